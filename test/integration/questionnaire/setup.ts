/**
 * A tracker written straight into an emulated spreadsheet (French headers of
 * src/tracker/schema.ts), for the questionnaire and bilan integration tests.
 */
import {execFileSync} from 'node:child_process';
import * as path from 'node:path';
import {Workspace, FakeSpreadsheet} from '../../../emulator';
import {t} from '../../../src/i18n';
import {EVENT_FIELDS, tabDef, TabId} from '../../../src/tracker/schema';

export const ROOT = path.resolve(__dirname, '../../..');
type Row = Record<string, unknown>;

let built = false;
/** Builds dist/ once per test file (the bundle the emulator runs). */
export function buildBundle(): void {
  if (built) return;
  execFileSync('npx', ['tsx', 'scripts/build.ts'], {cwd: ROOT, stdio: 'pipe'});
  built = true;
}

export const paris = (day: string, time = '00:00') =>
  new Date(`${day}T${time}:00+02:00`);

function writeTab(ss: FakeSpreadsheet, tab: TabId, rows: Row[]): void {
  const def = tabDef(tab);
  const name = t(def.name, {}, 'fr');
  const sheet = ss.getSheetByName(name) ?? ss.insertSheet(name);
  const values = [
    def.columns.map(c => t(c.header, {}, 'fr')),
    ...rows.map(r => def.columns.map(c => r[c.id] ?? '')),
  ];
  sheet.getRange(1, 1, values.length, values[0].length).setValues(values);
}

/** Six sessions: three general public, one for schools, one for professionals, one cancelled. */
export const SESSIONS: Row[] = [
  {
    id: 'S1',
    title: 'Atelier robots',
    date: paris('2026-10-10'),
    start: '10:00',
    commune: 'Grenoble',
    insee: '38185',
    structure: 'La Casemate',
    public: 'grand public',
    registered: 45,
    attended: 40,
    status: 'réalisé',
  },
  {
    id: 'S2',
    title: 'Planétarium',
    date: paris('2026-10-10'),
    start: '14:00',
    commune: 'Le Pont-de-Claix',
    insee: '38317',
    structure: 'Cosmocité',
    public: 'grand public',
    attended: 30,
    status: 'réalisé',
  },
  {
    id: 'S3',
    title: 'Conférence climat',
    date: paris('2026-10-11'),
    start: '18:00',
    commune: 'Grenoble',
    insee: '38185',
    structure: 'Université Grenoble Alpes',
    public: 'grand public',
    registered: 60,
    attended: 50,
    status: 'réalisé',
  },
  {
    id: 'S4',
    title: 'Classe eau',
    date: paris('2026-10-12'),
    start: '09:30',
    commune: 'Échirolles',
    insee: '38151',
    structure: 'La Casemate',
    public: 'scolaires',
    registered: 28,
    attended: 28,
    status: 'réalisé',
  },
  {
    id: 'S5',
    title: 'Atelier médiation',
    date: paris('2026-07-06'),
    start: '09:00',
    commune: 'Le Pont-de-Claix',
    insee: '38317',
    structure: 'Cosmocité',
    public: 'professionnels',
    status: 'confirmé',
  },
  {
    id: 'S6',
    title: 'Balade',
    date: paris('2026-10-11'),
    start: '10:00',
    commune: 'Meylan',
    insee: '38229',
    structure: 'Rando sciences',
    public: 'grand public',
    registered: 12,
    status: 'annulé',
  },
];

export function setupTracker(options: {now?: Date} = {}) {
  const ws = new Workspace({
    now: options.now ?? paris('2026-09-20', '10:00'),
    user: 'coordination@territoire-de-sciences.fr',
    timeZone: 'Europe/Paris',
    locale: 'fr',
  });
  const ss = ws.createSpreadsheet('Suivi FDS 2026');
  const event = ss.getSheets()[0];
  event.setName(t(tabDef('event').name, {}, 'fr'));
  const card = [
    [
      t('tracker.col.card.field', {}, 'fr'),
      t('tracker.col.card.value', {}, 'fr'),
    ],
    ...EVENT_FIELDS.map(f => [
      t(f.label, {}, 'fr'),
      f.id === 'name'
        ? 'Fête de la science 2026'
        : f.id === 'kind'
          ? 'Fête de la science'
          : f.id === 'departement'
            ? '38'
            : '',
    ]),
  ];
  event.getRange(1, 1, card.length, 2).setValues(card);
  writeTab(ss, 'programme', SESSIONS);
  ws.open(ss);
  return {ws, ss};
}

/** All values of a tab (header included), or [] when it is missing. */
export function valuesOf(ss: FakeSpreadsheet, name: string): unknown[][] {
  const sheet = ss.getSheetByName(name);
  if (!sheet || sheet.getLastRow() === 0) return [];
  return sheet
    .getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn())
    .getValues();
}
