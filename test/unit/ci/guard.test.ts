/**
 * Under CI=true a skipped test, a .todo or a .only fails the run: jest is run
 * for real on small throw-away test files with this project's guard reporter.
 */
import {spawnSync} from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const JEST = path.join(ROOT, 'node_modules/jest/bin/jest.js');
const GUARD = path.join(ROOT, 'test/ci-guard-reporter.js');

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-guard-'));
});
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

/** Runs jest on one test file (plain JS) with the guard; returns exit code and output. */
function runJest(name: string, body: string, ci: boolean) {
  const sub = path.join(dir, name);
  fs.mkdirSync(sub, {recursive: true});
  fs.writeFileSync(path.join(sub, 'x.test.js'), body);
  fs.writeFileSync(
    path.join(sub, 'jest.config.js'),
    `module.exports = {testEnvironment: 'node', reporters: ['default', ${JSON.stringify(GUARD)}]};`,
  );
  const env: NodeJS.ProcessEnv = {...process.env, CI: ci ? 'true' : ''};
  const r = spawnSync(process.execPath, [JEST, '--rootDir', sub], {
    cwd: sub,
    env,
    encoding: 'utf8',
  });
  return {code: r.status, out: `${r.stdout}${r.stderr}`};
}

const CASES: [string, string][] = [
  ['skip', "test('a', () => {}); test.skip('b', () => {});"],
  ['xit', "it('a', () => {}); xit('b', () => {});"],
  [
    'describe-skip',
    "test('a', () => {}); describe.skip('d', () => { test('c', () => {}); });",
  ],
  ['todo', "test('a', () => {}); test.todo('later');"],
  ['only', "test.only('a', () => {}); test('b', () => {});"],
  ['fit', "fit('a', () => {}); it('b', () => {});"],
];

describe('the CI guard reporter', () => {
  test.each(CASES)('%s: fails under CI=true, names the test', (name, body) => {
    const r = runJest(name, body, true);
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/CI=true : 1 test\(s\) non exécuté\(s\)/);
  });

  test('the same file passes outside CI (listed only)', () => {
    const r = runJest('skip-local', CASES[0][1], false);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /1 test\(s\) non exécuté\(s\) \(échec sous CI=true\)/,
    );
  });

  test('a run where every test ran passes under CI=true', () => {
    const r = runJest(
      'clean',
      "test('a', () => {}); test('b', () => {});",
      true,
    );
    expect(r.code).toBe(0);
  });
});
