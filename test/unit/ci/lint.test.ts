/** The lint refuses every way of focusing or skipping a test (ESLint run for real). */
import {spawnSync} from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const ESLINT = path.join(ROOT, 'node_modules/eslint/bin/eslint.js');

const BANNED = [
  "test.only('a', () => {});",
  "it.only('a', () => {});",
  "describe.only('a', () => {});",
  "fit('a', () => {});",
  "fdescribe('a', () => {});",
  "xit('a', () => {});",
  "xdescribe('a', () => {});",
  "xtest('a', () => {});",
  "test.skip('a', () => {});",
  "it.skip('a', () => {});",
  "describe.skip('a', () => {});",
];
const ALLOWED = ["test('a', () => {});", "it('b', () => {});"];

interface Message {
  ruleId: string | null;
  line: number;
}

/** The restriction rules ESLint reports, by line, for a JavaScript test file's text. */
function restrictedByLine(lines: string[]): Map<number, string[]> {
  const r = spawnSync(
    process.execPath,
    [
      ESLINT,
      '--format',
      'json',
      '--stdin',
      '--stdin-filename',
      'test/unit/ci/probe.test.js',
    ],
    {
      cwd: ROOT,
      input: `'use strict';\n${lines.join('\n')}\n`,
      encoding: 'utf8',
    },
  );
  const [report] = JSON.parse(r.stdout) as {messages: Message[]}[];
  const out = new Map<number, string[]>();
  for (const m of report.messages) {
    if (!/^no-restricted-(properties|globals)$/.test(m.ruleId ?? '')) continue;
    // Line 1 is 'use strict'.
    out.set(m.line - 1, [...(out.get(m.line - 1) ?? []), m.ruleId!]);
  }
  return out;
}

test('each focused or skipped test is a lint error; plain ones are not', () => {
  const found = restrictedByLine([...BANNED, ...ALLOWED]);
  const flagged = [...BANNED, ...ALLOWED].filter((_, i) => found.has(i + 1));
  expect(flagged).toEqual(BANNED);
});
