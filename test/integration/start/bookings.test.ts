/**
 * `npm start -- --events programme.csv --bookings demandes.csv` (issue 19):
 * report.json's `bookings` is exactly what first come, first served gives on
 * the file — computed here independently from the two CSV files, with the
 * refusal rules of the issue (unknown or cancelled session, not for schools,
 * pupils not between 1 and 40 or above the Jauge, the same teacher twice).
 */
import {execFileSync, spawnSync} from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const FIX = path.join(ROOT, 'test/fixtures/start');

let tmp: string;
beforeAll(() => {
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'],
    {cwd: ROOT, stdio: 'pipe'},
  );
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tds-bookings-'));
});
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}));

function start(args: string[]) {
  return spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      'scripts/start.ts',
      '--no-build',
      '--quiet',
      ...args,
    ],
    {cwd: ROOT, encoding: 'utf8', timeout: 240_000},
  );
}

/** A plain split is enough for these fixtures (no quotes). */
function rows(file: string, sep: string): Record<string, string>[] {
  const [head, ...lines] = fs
    .readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n');
  const h = head.split(sep);
  return lines.map(l =>
    Object.fromEntries(l.split(sep).map((v, i) => [h[i], v])),
  );
}

interface B {
  email: string;
  session: string;
  pupils: number;
  state: 'c' | 'w' | 'x' | 'r';
  promoted: boolean;
}

/** First come, first served, written again from the words. */
function expected(programmeFile: string, requestsFile: string) {
  const programme = rows(programmeFile, ';');
  const sessions = new Map(programme.map(p => [p['Identifiant'], p]));
  const cap = (id: string) => Number(sessions.get(id)!['Jauge']);
  const list: B[] = [];
  let mails = 0;
  const used = (id: string) =>
    list
      .filter(b => b.session === id && b.state === 'c')
      .reduce((n, b) => n + b.pupils, 0);
  for (const r of rows(requestsFile, ',')) {
    const id = r['Séance'];
    const email = r['E-mail'].toLowerCase();
    mails++; // every request is answered
    if (r['Action'] === 'annuler') {
      const b = list.find(
        x =>
          x.email === email &&
          x.session === id &&
          (x.state === 'c' || x.state === 'w'),
      );
      if (!b) continue;
      b.state = 'x';
      for (const w of list.filter(x => x.session === id && x.state === 'w')) {
        if (w.pupils <= cap(id) - used(id)) {
          w.state = 'c';
          w.promoted = true;
          mails++;
        }
      }
      continue;
    }
    const s = sessions.get(id);
    const pupils = Number(r['Élèves']);
    const twice = list.some(
      x =>
        x.email === email &&
        x.session === id &&
        (x.state === 'c' || x.state === 'w'),
    );
    const refused =
      !s ||
      s['Statut'] === 'annulé' ||
      s['Public'] !== 'scolaires' ||
      !(pupils >= 1 && pupils <= 40) ||
      pupils > cap(id) ||
      twice;
    const state = refused ? 'r' : pupils <= cap(id) - used(id) ? 'c' : 'w';
    list.push({email, session: id, pupils, state, promoted: false});
  }
  const count = (st: B['state']) => list.filter(b => b.state === st).length;
  return {
    requests: list.length,
    confirmed: count('c'),
    waitlisted: count('w'),
    refused: count('r'),
    cancelled: count('x'),
    promoted: list.filter(b => b.promoted).length,
    mailsSent: mails,
    sessions: programme
      .filter(p => p['Public'] === 'scolaires')
      .map(p => {
        const id = p['Identifiant'];
        const of = list.filter(b => b.session === id);
        return {
          id,
          capacity: cap(id),
          pupilsConfirmed: used(id),
          confirmed: of.filter(b => b.state === 'c').length,
          waitlisted: of.filter(b => b.state === 'w').length,
        };
      }),
  };
}

test('the report gives exactly first come, first served on the file', () => {
  const programme = path.join(FIX, 'bookings-programme.csv');
  const requests = path.join(FIX, 'bookings-demandes.csv');
  const out = path.join(tmp, 'out');
  const r = start([
    '--events',
    programme,
    '--bookings',
    requests,
    '--out',
    out,
  ]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const report = JSON.parse(
    fs.readFileSync(path.join(out, 'report.json'), 'utf8'),
  );
  const want = expected(programme, requests);
  expect(report.bookings).toEqual(want);
  // By hand: SC-1 (50) a 25, b 20 confirmed, c 10 waits, d 5 fills it; SC-2
  // (30) e 28, f 29 waits, k 2; five refusals (SC-3 cancelled, GP-1 not for
  // schools, SC-9 unknown, 45 pupils, a twice); b cancels → c promoted; e
  // cancels → f (29) still does not fit 28; z names no booking. E-mails: 12
  // answers, 3 cancellation answers, 1 promotion.
  expect(want).toMatchObject({
    requests: 12,
    confirmed: 4,
    waitlisted: 1,
    refused: 5,
    cancelled: 2,
    promoted: 1,
    mailsSent: 16,
  });
  expect(report.input.bookings).toEqual([
    {file: 'bookings-demandes.csv', requests: 12},
  ]);
  // No teacher's address in the report.
  expect(JSON.stringify(report)).not.toMatch(/@ecole\.fr/);
});

test('a bad line: a French message naming it, nothing played', () => {
  const bad = path.join(tmp, 'bad.csv');
  fs.writeFileSync(
    bad,
    'Horodatage;Action;Séance;Établissement;Commune;Niveau;Élèves;E-mail\n' +
      '01/09/2026 08:00;réserver;SC-1;École;Grenoble;CM1;20;a@ecole.fr\n' +
      '31/02/2026 08:00;réserver;SC-1;École;Grenoble;CM1;20;b@ecole.fr\n',
  );
  const r = start([
    '--events',
    path.join(FIX, 'bookings-programme.csv'),
    '--bookings',
    bad,
    '--out',
    path.join(tmp, 'bad'),
  ]);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(
    'Fichier illisible : bad.csv, ligne 3 : Horodatage « 31/02/2026 08:00 » illisible (attendu : jj/mm/aaaa hh:mm)',
  );
  expect(fs.existsSync(path.join(tmp, 'bad', 'report.json'))).toBe(false);
});
