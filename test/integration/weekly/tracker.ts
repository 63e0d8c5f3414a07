/**
 * Writing a tracker straight into an emulated spreadsheet, with the headers of
 * src/tracker/schema.ts (French), for the weekly and privacy integration
 * tests. Values are typed as Sheets returns them (Dates, numbers, '').
 */
import {execFileSync} from 'node:child_process';
import * as path from 'node:path';
import {t} from '../../../src/i18n';
import {EVENT_FIELDS, tabDef, TabId} from '../../../src/tracker/schema';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
/** The emulator's FakeSpreadsheet implements only part of the interface: taken as it is. */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type AnySpreadsheet = object;
const asSs = (ss: AnySpreadsheet) => ss as unknown as Spreadsheet;
export type Row = Record<string, unknown>;

export const ROOT = path.resolve(__dirname, '../../..');

/** Builds dist/ (the bundle the emulator runs). */
export function buildBundle(): void {
  execFileSync('npx', ['tsx', 'scripts/build.ts'], {cwd: ROOT, stdio: 'pipe'});
}

/** Midnight in Paris of "2026-09-14" (summer time). */
export const paris = (day: string, time = '00:00') =>
  new Date(`${day}T${time}:00+02:00`);

function sheetOf(ss: AnySpreadsheet, name: string): Sheet {
  return asSs(ss).getSheetByName(name) ?? asSs(ss).insertSheet(name);
}

/** Rewrites a tab: headers from the schema, one row per object (by column id). */
export function writeTab(ss: AnySpreadsheet, tab: TabId, rows: Row[]): Sheet {
  const def = tabDef(tab);
  const sheet = sheetOf(ss, t(def.name, {}, 'fr'));
  sheet.clear();
  const values = [
    def.columns.map(c => t(c.header, {}, 'fr')),
    ...rows.map(r => def.columns.map(c => r[c.id] ?? '')),
  ];
  sheet.getRange(1, 1, values.length, values[0].length).setValues(values);
  return sheet;
}

export function writeEvent(ss: AnySpreadsheet, fields: Row): Sheet {
  const sheet = sheetOf(ss, t(tabDef('event').name, {}, 'fr'));
  sheet.clear();
  const values = [
    [
      t('tracker.col.card.field', {}, 'fr'),
      t('tracker.col.card.value', {}, 'fr'),
    ],
    ...EVENT_FIELDS.map(f => [t(f.label, {}, 'fr'), fields[f.id] ?? '']),
  ];
  sheet.getRange(1, 1, values.length, 2).setValues(values);
  return sheet;
}

export interface TrackerSpec {
  event?: Row;
  sessions?: Row[];
  tasks?: Row[];
  partners?: Row[];
  budget?: Row[];
}

export function writeTracker(ss: AnySpreadsheet, spec: TrackerSpec): void {
  writeEvent(ss, {
    name: 'Fête de la science 2026',
    kind: 'Fête de la science',
    teamEmails: 'alice@tds.fr, bruno@tds.fr',
    ...(spec.event ?? {}),
  });
  writeTab(ss, 'programme', spec.sessions ?? []);
  writeTab(ss, 'logistics', spec.tasks ?? []);
  writeTab(ss, 'partners', spec.partners ?? []);
  writeTab(ss, 'budget', spec.budget ?? []);
}

/** All values of a tab (header included). */
export function valuesOf(ss: AnySpreadsheet, name: string): unknown[][] {
  const sheet = asSs(ss).getSheetByName(name);
  if (!sheet || sheet.getLastRow() === 0) return [];
  return sheet
    .getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn())
    .getValues();
}

/** The questionnaire's questions (satisfaction 1–5, NPS 0–10, a comment). */
export const Q_SAT = 'Satisfaction globale';
export const Q_NPS =
  'Recommanderiez-vous la Fête de la science à un proche ? (0-10)';
export const Q_TEXT = 'Commentaire';

interface FormLike {
  addScaleItem(): {
    setTitle(t: string): {setBounds(a: number, b: number): unknown};
  };
  addTextItem(): {setTitle(t: string): unknown};
  setDestination(type: unknown, id: string): unknown;
  setPublished(enabled: boolean): unknown;
}

/** A form linked to the tracker (its responses land in "Réponses au formulaire 1"). */
export function linkedForm<F>(
  ws: {
    createForm(title: string): F;
    services: Readonly<Record<string, unknown>>;
  },
  ss: AnySpreadsheet,
): F {
  const form = ws.createForm('Questionnaire public');
  const f = form as unknown as FormLike;
  f.addScaleItem().setTitle(Q_SAT).setBounds(1, 5);
  f.addScaleItem().setTitle(Q_NPS).setBounds(0, 10);
  f.addTextItem().setTitle(Q_TEXT);
  const formApp = ws.services.FormApp as GoogleAppsScript.Forms.FormApp;
  f.setDestination(formApp.DestinationType.SPREADSHEET, asSs(ss).getId());
  // Made by hand, then published by the person (forms are born unpublished
  // since 30 June 2026; an unpublished form takes no answers).
  f.setPublished(true);
  return form;
}
