/**
 * Standalone HTML pages showing what the emulator holds (no external CSS or
 * JS; every text is escaped; e-mail bodies sit in a sandboxed iframe).
 *
 * Exports (of this folder, one file per class family):
 *   renderSpreadsheetHtml(dump: SpreadsheetDump, opts?: {now?: Date}): string
 *   renderDocumentHtml(tree: DocNode): string
 *   renderFormHtml(form: FormDump): string
 *   renderMailHtml(mail: SentMail): string
 *   renderTriggersHtml(list: TriggerView[]): string
 *   renderIndexHtml(entries: IndexEntry[]): string
 *   writeArtefacts(outDir: string, dump: ArtefactsDump): string[]
 *       — writes `<kind>-<id>.html` + `.json` per artefact, triggers.html/.json,
 *         drive.json and index.html; returns the written paths.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type {SentMail} from '../core/env';
import type {DocNode} from '../document';
import type {DriveEntryDump} from '../drive/registry';
import type {FormDump} from '../forms/dump';
import type {SpreadsheetDump} from '../spreadsheet/dump';
import {esc, page} from './common';
import {renderDocumentHtml} from './document';
import {renderFormHtml} from './form';
import {renderMailHtml} from './mail';
import {renderSpreadsheetHtml} from './spreadsheet';
import type {TriggerView} from './triggers';
import {renderTriggersHtml} from './triggers';

export interface IndexEntry {
  title: string;
  href: string;
  kind: string;
}

const KIND_LABEL: Record<string, string> = {
  spreadsheet: 'Feuilles de calcul',
  form: 'Formulaires',
  document: 'Documents',
  mail: 'E-mails envoyés',
  triggers: 'Déclencheurs',
  drive: 'Drive',
};

/** The index page: links to every artefact, grouped by kind. */
export function renderIndexHtml(entries: IndexEntry[]): string {
  const kinds = [...new Set(entries.map(e => e.kind))];
  const groups = kinds
    .map(
      k =>
        `<h2>${esc(KIND_LABEL[k] ?? k)}</h2><ul>${entries
          .filter(e => e.kind === k)
          .map(
            e =>
              `<li><a href="${esc(e.href.replace(/^javascript:/i, ''))}">${esc(e.title)}</a></li>`,
          )
          .join('')}</ul>`,
    )
    .join('');
  const body = `<header class="top"><h1>Espace de travail émulé</h1><div class="meta">${entries.length} élément(s)</div></header><main>${
    groups || '<p class="muted">Rien à montrer.</p>'
  }</main>`;
  return page(
    'Espace de travail émulé',
    body,
    'main h2{font-size:16px;font-weight:500;margin:18px 0 6px}',
  );
}

/** What writeArtefacts needs (a subset of the workspace dump). */
export interface ArtefactsDump {
  spreadsheets?: SpreadsheetDump[];
  forms?: FormDump[];
  documents?: DocNode[];
  mails?: SentMail[];
  triggers?: TriggerView[];
  files?: DriveEntryDump[];
}

function safeId(id: unknown): string {
  return String(id ?? '').replace(/[^A-Za-z0-9_-]/g, '_') || 'x';
}

/** Writes one HTML page and one JSON file per artefact, plus index.html; returns the paths. */
export function writeArtefacts(
  outDir: string,
  dump: ArtefactsDump,
  opts: {now?: Date} = {},
): string[] {
  fs.mkdirSync(outDir, {recursive: true});
  const written: string[] = [];
  const entries: IndexEntry[] = [];
  const write = (name: string, content: string) => {
    const file = path.join(outDir, name);
    fs.writeFileSync(file, content);
    written.push(file);
  };
  const both = (
    kind: string,
    id: string,
    title: string,
    html: string,
    json: unknown,
  ) => {
    const base = `${kind}-${safeId(id)}`;
    write(`${base}.html`, html);
    write(`${base}.json`, `${JSON.stringify(json, null, 2)}\n`);
    entries.push({title, href: `${base}.html`, kind});
  };
  for (const ss of dump.spreadsheets ?? []) {
    both('spreadsheet', ss.id, ss.name, renderSpreadsheetHtml(ss, opts), ss);
  }
  for (const f of dump.forms ?? [])
    both('form', f.id, f.title, renderFormHtml(f), f);
  for (const d of dump.documents ?? []) {
    both(
      'document',
      d.id ?? 'doc',
      d.name ?? 'Document',
      renderDocumentHtml(d),
      d,
    );
  }
  (dump.mails ?? []).forEach((m, i) => {
    both(
      'mail',
      String(i + 1),
      `${m.subject} → ${m.to.join(', ')}`,
      renderMailHtml(m),
      m,
    );
  });
  if (dump.triggers) {
    write('triggers.html', renderTriggersHtml(dump.triggers));
    write('triggers.json', `${JSON.stringify(dump.triggers, null, 2)}\n`);
    entries.push({
      title: `${dump.triggers.length} déclencheur(s)`,
      href: 'triggers.html',
      kind: 'triggers',
    });
  }
  if (dump.files) {
    write('drive.json', `${JSON.stringify(dump.files, null, 2)}\n`);
    entries.push({
      title: `${dump.files.length} fichier(s) et dossier(s)`,
      href: 'drive.json',
      kind: 'drive',
    });
  }
  write('index.html', renderIndexHtml(entries));
  return written;
}
