/**
 * Serialises the sample the way the real sources export it, so the preview
 * imports exactly what a user would give: FDS open-data JSON, OpenAgenda v2
 * JSON, a programme CSV (semicolon separated, UTF-8 with BOM, as a French
 * spreadsheet saves it).
 */
import type {Sample} from './generate';
import {ECOLE_HEADERS} from './generate';

export function fdsJson(sample: Sample, previous = false): string {
  const fds = previous ? sample.previousFds : sample.fds;
  return JSON.stringify(fds.records, null, 1) + '\n';
}

export function openAgendaJson(sample: Sample): string {
  return JSON.stringify(sample.festival.export, null, 1) + '\n';
}

function csvField(value: string, sep: string): string {
  return /["\r\n]/.test(value) || value.includes(sep)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

export function toCsv(
  headers: string[],
  rows: Record<string, string>[],
  sep = ';',
): string {
  const lines = [headers.map(h => csvField(h, sep)).join(sep)];
  for (const row of rows)
    lines.push(headers.map(h => csvField(row[h] ?? '', sep)).join(sep));
  return lines.join('\r\n') + '\r\n';
}

export function ecoleCsv(sample: Sample): string {
  return '\ufeff' + toCsv(ECOLE_HEADERS, sample.ecole.csvRows);
}

/** The sample's files, by name (what `tsx scripts/sample --out DIR` writes). */
export function sampleFiles(sample: Sample): Record<string, string> {
  return {
    'fete-de-la-science-isere.json': fdsJson(sample),
    'fete-de-la-science-isere-edition-precedente.json': fdsJson(sample, true),
    'nos-futurs-openagenda.json': openAgendaJson(sample),
    'ecole-d-ete-programme.csv': ecoleCsv(sample),
  };
}
