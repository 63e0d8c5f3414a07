/**
 * What the reliability suites on the emulator share: a private copy of the
 * built bundle (others rebuild dist/ meanwhile), a workspace, a tracker made
 * by the add-on's own dialog call, and a spy on every value written to a
 * sheet (the raw write tells a neutralised value from a live one, even
 * where Sheets' typing hides the difference).
 */
import {execFileSync} from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {FakeSpreadsheet, Workspace} from '../../emulator';
import {FakeRange} from '../../emulator/spreadsheet/range';
import {FakeSheet} from '../../emulator/spreadsheet/sheet';

const ROOT = path.resolve(__dirname, '../..');

let dist: string | null = null;
/** Builds the bundle once per test file and copies it aside. */
export function privateDist(): string {
  if (dist) return dist;
  execFileSync('npx', ['tsx', 'scripts/build.ts'], {cwd: ROOT, stdio: 'pipe'});
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'reliability-dist-'));
  fs.cpSync(path.join(ROOT, 'dist'), dist, {recursive: true});
  return dist;
}

export const USER = 'coordination@territoire-de-sciences.fr';
export const OTHER = 'fds@territoire-de-sciences.fr';

export function workspace(
  now = new Date('2026-09-01T08:00:00+02:00'),
  options: {accountType?: 'consumer' | 'workspace'} = {},
): Workspace {
  return new Workspace({
    now,
    locale: 'fr',
    user: USER,
    timeZone: 'Europe/Paris',
    distDir: privateDist(),
    accountType: options.accountType ?? 'consumer',
  });
}

export const TRACKER_FORM = {
  name: 'Fête de la science 2026',
  kind: 'fds',
  edition: '2026',
  startDate: '2026-10-02',
  endDate: '2026-10-12',
  departement: '38',
  teamEmails: `${USER}\n${OTHER}`,
};

/** A tracker made by "Créer / mettre à jour le suivi…" (the dialog's server call). */
export function newTracker(ws: Workspace, name = 'Suivi FDS 2026') {
  const ss = ws.createSpreadsheet(name);
  ws.open(ss);
  const r = ws.callServer(ss, 'createOrUpdateTracker', [TRACKER_FORM]);
  if (r.error) throw r.error;
  return ss;
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

export interface CsvSession {
  id?: string;
  title: string;
  date: string;
  start?: string;
  commune: string;
  venue?: string;
  structure?: string;
  description?: string;
}

/** A Programme CSV as staff export it (French headers). */
export function programmeCsv(sessions: CsvSession[]): string {
  const head = [
    'Identifiant',
    'Titre',
    'Date',
    'Début',
    'Fin',
    'Lieu',
    'Commune',
    'Structure organisatrice',
    'Description',
  ];
  const rows = sessions.map(s =>
    [
      s.id ?? '',
      s.title,
      s.date,
      s.start ?? '10:00',
      '11:00',
      s.venue ?? '',
      s.commune,
      s.structure ?? '',
      s.description ?? '',
    ].map(quote),
  );
  return [head.join(','), ...rows.map(r => r.join(','))].join('\n');
}

export function importCsv(
  ws: Workspace,
  ss: FakeSpreadsheet,
  sessions: CsvSession[],
) {
  return ws.callServer(ss, 'importEvents', [
    {fileName: 'programme.csv', content: programmeCsv(sessions)},
  ]);
}

/** Whole tab as values (header first), [] when missing. */
export function tab(ss: FakeSpreadsheet, name: string): unknown[][] {
  const sheet = ss.getSheetByName(name);
  if (!sheet || sheet.getLastRow() === 0 || sheet.getLastColumn() === 0)
    return [];
  return sheet
    .getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn())
    .getValues();
}

/** The records of a tab keyed by header (empty rows left out). */
export function records(
  ss: FakeSpreadsheet,
  name: string,
): Record<string, unknown>[] {
  const [head, ...rows] = tab(ss, name);
  if (!head) return [];
  return rows
    .filter(r => r.some(v => v !== ''))
    .map(r => Object.fromEntries(head.map((h, i) => [String(h), r[i]])));
}

/** Characters that make Sheets read a typed value as a formula. */
export const FORMULA_START = /^[=+\-@\t\r\n]/;

export interface RawWrite {
  sheet: string;
  value: string;
}

/**
 * Records every string written through Range.setValue(s) and
 * Sheet.appendRow that starts with a formula character. Returns a stop
 * function giving the writes seen.
 */
export function spyOnWrites(): () => RawWrite[] {
  const seen: RawWrite[] = [];
  const rangeProto = FakeRange.prototype as unknown as Record<
    string,
    (...a: unknown[]) => unknown
  >;
  const sheetProto = FakeSheet.prototype as unknown as Record<
    string,
    (...a: unknown[]) => unknown
  >;
  const originals = {
    setValues: rangeProto.setValues,
    setValue: rangeProto.setValue,
    appendRow: sheetProto.appendRow,
  };
  const note = (sheet: string, v: unknown) => {
    if (typeof v === 'string' && FORMULA_START.test(v))
      seen.push({sheet, value: v});
  };
  const sheetName = (self: unknown): string => {
    const s = self as {getSheet?: () => {getName(): string}};
    try {
      return s.getSheet ? s.getSheet().getName() : '';
    } catch {
      return '';
    }
  };
  rangeProto.setValues = function (this: unknown, ...a: unknown[]) {
    const name = sheetName(this);
    for (const row of (a[0] as unknown[][]) ?? []) {
      for (const v of row) note(name, v);
    }
    return originals.setValues.apply(this, a);
  };
  rangeProto.setValue = function (this: unknown, ...a: unknown[]) {
    note(sheetName(this), a[0]);
    return originals.setValue.apply(this, a);
  };
  sheetProto.appendRow = function (this: unknown, ...a: unknown[]) {
    const name = (this as {getName(): string}).getName();
    for (const v of (a[0] as unknown[]) ?? []) note(name, v);
    return originals.appendRow.apply(this, a);
  };
  return () => {
    rangeProto.setValues = originals.setValues;
    rangeProto.setValue = originals.setValue;
    sheetProto.appendRow = originals.appendRow;
    return seen;
  };
}

type Answer = string | string[] | number;

/**
 * A complete answer to a form: every item answered (the first choice, the
 * middle of a scale), free-text items and the chosen titles overridden.
 */
export function answersFor(
  ws: Workspace,
  formIndex: number,
  overrides: Record<string, Answer> = {},
  pick = 0,
): Record<string, Answer> {
  const form = ws.dump().forms[formIndex];
  const out: Record<string, Answer> = {};
  for (const item of form.items) {
    const choices = item.choices ?? [];
    switch (item.type) {
      case 'LIST':
      case 'MULTIPLE_CHOICE':
        if (choices.length) out[item.title] = choices[pick % choices.length];
        break;
      case 'CHECKBOX':
        if (choices.length) out[item.title] = [choices[pick % choices.length]];
        break;
      case 'SCALE': {
        const [lo, hi] = item.bounds ?? [1, 5];
        out[item.title] = lo + ((pick + 3) % (hi - lo + 1));
        break;
      }
      case 'TEXT':
      case 'PARAGRAPH_TEXT':
        out[item.title] = item.validation?.rule ? String(pick + 1) : 'Bien';
        break;
      default:
        break;
    }
  }
  for (const [title, value] of Object.entries(overrides)) {
    const item = form.items.find(i => i.title.includes(title));
    if (item) out[item.title] = value;
  }
  return out;
}
