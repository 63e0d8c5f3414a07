/**
 * One CSV reader for the add-on and `npm start`: a programme CSV with a
 * malformed quote is refused by both with the same French message naming the
 * line, and nothing of it is imported; a quoted cell spanning several lines
 * is still one cell. The add-on runs as the built bundle on the emulator.
 */
import {spawnSync} from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {checkEventsFile} from '../../scripts/preview/precheck';
import {
  buildBundle,
  createTracker,
  newWorkspace,
  records,
} from './tracker/helpers';

const ROOT = path.resolve(__dirname, '../..');
const FIX = path.join(ROOT, 'test/fixtures/start');

/** The messages, written here by hand (not read from the catalogue). */
const UNCLOSED =
  'Le fichier CSV est mal formé à la ligne 3 : un guillemet y ouvre une cellule qui n’est jamais refermée, et tout ce qui suit serait lu comme une seule cellule. Refermez ce guillemet (ou retirez-le), puis importez à nouveau. Rien n’a été importé.';
const STRAY =
  'Le fichier CSV est mal formé à la ligne 3 : un guillemet se trouve au milieu d’une cellule. Une cellule qui contient des guillemets doit être entièrement entre guillemets, ceux de l’intérieur doublés (« "" »). Corrigez cette ligne, puis importez à nouveau. Rien n’a été importé.';

let tmp: string;
beforeAll(() => {
  buildBundle();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'csv-reader-'));
});
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}));

function addonImport(
  file: string,
  content = fs.readFileSync(path.join(FIX, file), 'utf8'),
) {
  const ws = newWorkspace();
  const ss = ws.createSpreadsheet('Suivi FDS 2026');
  createTracker(ws, ss, 'fds');
  const r = ws.callServer(ss, 'importEvents', [{fileName: file, content}]);
  return {
    r,
    programme: records(ss, 'Programme'),
    partners: records(ss, 'Partenaires'),
  };
}

function npmStart(file: string) {
  const out = path.join(tmp, file);
  const r = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      'scripts/start.ts',
      '--no-build',
      '--quiet',
      '--events',
      path.join(FIX, file),
      '--out',
      out,
    ],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: {...process.env, NO_COLOR: '1'},
      timeout: 240_000,
    },
  );
  return {
    code: r.status,
    stderr: r.stderr,
    report: fs.existsSync(path.join(out, 'report.json')),
  };
}

describe.each([
  ['programme-unclosed-quote.csv', UNCLOSED],
  ['programme-stray-quote.csv', STRAY],
])('%s', (file, message) => {
  test('the add-on’s import refuses it in French, naming the line; nothing is imported', () => {
    const {r, programme, partners} = addonImport(file);
    expect(r.error?.message).toBe(message);
    expect(programme).toEqual([]);
    expect(partners).toEqual([]);
  });

  test('npm start -- --events refuses it with the same message; nothing is made', () => {
    const r = npmStart(file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file} : ${message}`);
    expect(r.report).toBe(false);
  });
});

test('a quoted cell over several lines is one cell, in the add-on and in npm start’s file check', () => {
  const content = [
    'Identifiant;Titre;Date;Début;Fin;Lieu;Commune',
    'M-1;"Atelier ""robots""',
    'sur deux lignes";07/10/2026;14:00;16:00;La Casemate;Grenoble',
    'M-2;Planétarium;09/10/2026;10:00;11:00;Cosmocité;Le Pont-de-Claix',
  ].join('\r\n');
  const {r, programme} = addonImport('multi.csv', content);
  expect(r.error).toBeNull();
  expect(programme.map(x => x['Titre'])).toEqual([
    'Atelier "robots"\nsur deux lignes',
    'Planétarium',
  ]);
  // npm start's check of its files (scripts/preview/precheck.ts) reads it the same way.
  const file = path.join(tmp, 'multi-line.csv');
  fs.writeFileSync(file, content);
  expect(checkEventsFile(file)).toMatchObject({format: 'csv', records: 2});
});
