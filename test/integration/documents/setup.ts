/**
 * Shared set-up of the documents integration tests: a private copy of the
 * built bundle (other engineers rebuild dist/ meanwhile), a workspace, and a
 * tracker made by the tracker's own entry point then filled through the
 * emulated Sheets API with the rows of the test fixture.
 */
import {execFileSync} from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {FakeDocument, FakeSpreadsheet, Workspace} from '../../../emulator';
import type {DocNode} from '../../../emulator/document';
import {documentTree} from '../../../emulator/document';
import {encodeBilan, STORE_SHEET} from '../../../src/bilan/store';
import {t} from '../../../src/i18n';
import type {BilanResult} from '../../../src/model/bilan';
import type {TrackerData} from '../../../src/model/tracker';
import {tabDef, TabId} from '../../../src/tracker/schema';

const ROOT = path.resolve(__dirname, '../../..');

/** Builds the bundle and copies it aside; returns the copy's directory. */
export function privateDist(): string {
  execFileSync('npx', ['tsx', 'scripts/build.ts'], {cwd: ROOT, stdio: 'pipe'});
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-dist-'));
  fs.cpSync(path.join(ROOT, 'dist'), dir, {recursive: true});
  return dir;
}

export const USER = 'coordination@territoire-de-sciences.fr';

export function workspace(
  distDir: string,
  now = new Date('2026-10-01T10:00:00+02:00'),
): Workspace {
  return new Workspace({
    now,
    user: USER,
    timeZone: 'Europe/Paris',
    locale: 'fr',
    distDir,
  });
}

type Row = Record<string, unknown>;

function fillTab(ss: FakeSpreadsheet, tab: TabId, rows: Row[]): void {
  const def = tabDef(tab);
  const sheet = ss.getSheetByName(t(def.name, {}, 'fr'));
  if (!sheet) throw new Error(`tab ${tab} missing`);
  const headers = sheet
    .getRange(1, 1, 1, sheet.getLastColumn())
    .getValues()[0]
    .map(String);
  // The tracker starts with a checklist of tasks: the fixture's rows replace it.
  if (sheet.getLastRow() > 1) {
    sheet.getRange(2, 1, sheet.getLastRow() - 1, headers.length).clearContent();
  }
  if (rows.length === 0) return;
  const idOf = new Map(def.columns.map(c => [t(c.header, {}, 'fr'), c.id]));
  const values = rows.map(r =>
    headers.map(h => {
      const id = idOf.get(h);
      const v = id === undefined ? '' : r[id];
      return v === null || v === undefined ? '' : v;
    }),
  );
  // Keep the tab's own columns that hold formulas (the budget's gap) untouched.
  const formulas = sheet.getRange(2, 1, 1, headers.length).getFormulas()[0];
  values.forEach(row =>
    row.forEach((_, j) => {
      if (formulas[j]) row[j] = formulas[j];
    }),
  );
  sheet
    .getRange(2, 1, values.length, headers.length)
    .setValues(values as never);
}

/**
 * Builds the tracker with the tracker capability's entry point, then writes
 * the event card and the rows of `data`.
 */
export function populate(
  ws: Workspace,
  ss: FakeSpreadsheet,
  data: TrackerData,
): void {
  const e = data.event;
  const built = ws.callServer(ss, 'createOrUpdateTracker', [
    {
      name: e.name,
      kind: e.kind,
      edition: e.edition,
      startDate: '2026-10-02',
      endDate: '2026-10-12',
      departement: '38',
      teamEmails: e.teamEmails.join('\n'),
    },
  ]);
  if (built.error) throw built.error;
  const card = ss.getSheetByName(t(tabDef('event').name, {}, 'fr'))!;
  const labels = card.getRange(1, 1, card.getLastRow(), 2).getValues();
  const byLabel: Record<string, unknown> = {
    [t('tracker.col.event.mainVenue', {}, 'fr')]: e.mainVenue,
    [t('tracker.col.event.lead', {}, 'fr')]: e.lead,
    [t('tracker.col.event.context', {}, 'fr')]: e.context,
    [t('tracker.col.event.objectives', {}, 'fr')]: e.objectives,
    [t('tracker.col.event.targetPublics', {}, 'fr')]: e.targetPublics,
  };
  labels.forEach((row, i) => {
    const v = byLabel[String(row[0])];
    if (v !== undefined) card.getRange(i + 1, 2).setValue(v as never);
  });
  fillTab(ss, 'programme', data.sessions as unknown as Row[]);
  fillTab(ss, 'logistics', data.tasks as unknown as Row[]);
  fillTab(ss, 'partners', data.partners as unknown as Row[]);
  fillTab(ss, 'budget', data.budget as unknown as Row[]);
}

/** The emulated document named `name` (throws when missing). */
export function docNamed(ws: Workspace, name: string): FakeDocument {
  const doc = ws.documents.find(d => d.name === name);
  if (!doc)
    throw new Error(
      `no document "${name}" among ${ws.documents.map(d => d.name).join(' | ')}`,
    );
  return doc;
}

/** The body's blocks as lines: "HEADING1 text", "PARAGRAPH text", tables as rows. */
export function bodyOutline(doc: FakeDocument): (string | string[][])[] {
  const tree = documentTree(doc);
  const body = tree.children!.find(c => c.type === 'BODY_SECTION')!;
  return body.children!.map((n: DocNode) => {
    if (n.type === 'TABLE') return n.rows!;
    if (n.type === 'LIST_ITEM') return `LI ${n.text}`;
    if (n.children?.some(c => c.type === 'INLINE_IMAGE')) return 'IMAGE';
    if (n.children?.some(c => c.type === 'PAGE_BREAK')) return 'BR';
    return `${n.heading} ${n.text}`;
  });
}

export function tabValues(ss: FakeSpreadsheet, name: string): unknown[][] {
  const sheet = ss.getSheetByName(name);
  if (!sheet || sheet.getLastRow() === 0) return [];
  return sheet
    .getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn())
    .getValues();
}

/** Stores a bilan the way the bilan capability does (its hidden tab), for the bilan document. */
export function storeBilan(ss: FakeSpreadsheet, bilan: BilanResult): void {
  const cells = encodeBilan(bilan);
  const sheet = ss.getSheetByName(STORE_SHEET) ?? ss.insertSheet(STORE_SHEET);
  sheet.getRange(1, 1, cells.length, 1).setValues(cells);
}
