/** Shared set-up of the tracker's integration tests: the built bundle on the emulator. */
import {execFileSync} from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {Workspace, FakeSpreadsheet} from '../../../emulator';

export const ROOT = path.resolve(__dirname, '../../..');
export const FIXTURES = path.join(ROOT, 'test/fixtures/tracker');

let built = false;
/** Builds dist/Code.js once per test file. */
export function buildBundle(): void {
  if (built) return;
  execFileSync('npx', ['tsx', 'scripts/build.ts'], {cwd: ROOT, stdio: 'pipe'});
  built = true;
}

export function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

export const USER = 'coordination@territoire-de-sciences.fr';

export function newWorkspace(
  accountType: 'consumer' | 'workspace' = 'consumer',
): Workspace {
  return new Workspace({
    now: new Date('2026-09-01T08:00:00+02:00'),
    locale: 'fr',
    user: USER,
    timeZone: 'Europe/Paris',
    accountType,
  });
}

export type Kind = 'fds' | 'festival' | 'ecole' | 'autre';

export const FORMS: Record<Kind, Record<string, string>> = {
  fds: {
    name: 'Fête de la science 2026 en Isère',
    kind: 'fds',
    edition: '2026',
    startDate: '2026-10-02',
    endDate: '2026-10-12',
    departement: '38',
    teamEmails:
      'coordination@territoire-de-sciences.fr, fds@territoire-de-sciences.fr',
  },
  festival: {
    name: 'NoS FuturS',
    kind: 'festival',
    edition: '2027',
    startDate: '2027-02-04',
    endDate: '2027-02-14',
    departement: '38',
    teamEmails: 'nosfuturs@territoire-de-sciences.fr',
  },
  ecole: {
    name: "École d'été de la médiation scientifique",
    kind: 'ecole',
    edition: '2027',
    startDate: '2027-07-05',
    endDate: '2027-07-09',
    departement: '38',
    teamEmails: 'ecole@territoire-de-sciences.fr',
  },
  autre: {
    name: 'Journée des partenaires',
    kind: 'autre',
    edition: '',
    startDate: '2026-12-03',
    endDate: '',
    departement: '38',
    teamEmails: '',
  },
};

/** Runs the dialog's server call; fails the test on an exception. */
export function createTracker(ws: Workspace, ss: FakeSpreadsheet, kind: Kind) {
  const r = ws.callServer(ss, 'createOrUpdateTracker', [FORMS[kind]]);
  if (r.error) throw r.error;
  return r;
}

export function sheet(ss: FakeSpreadsheet, name: string) {
  const s = ss.getSheetByName(name);
  if (!s) throw new Error(`no tab ${name}`);
  return s;
}

/** Whole tab: values and formulas (as the user sees them). */
export function grid(
  ss: FakeSpreadsheet,
  name: string,
): {values: unknown[][]; formulas: string[][]} {
  const s = sheet(ss, name);
  const r = s.getLastRow();
  const c = s.getLastColumn();
  if (r === 0 || c === 0) return {values: [], formulas: []};
  const range = s.getRange(1, 1, r, c);
  return {values: range.getValues(), formulas: range.getFormulas()};
}

/** A tab as a list of records keyed by header. */
export function records(
  ss: FakeSpreadsheet,
  name: string,
): Record<string, unknown>[] {
  const {values} = grid(ss, name);
  const [headers, ...rows] = values;
  return rows.map(row =>
    Object.fromEntries(headers.map((h, i) => [String(h), row[i]])),
  );
}
