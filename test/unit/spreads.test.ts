/**
 * No argument spread of an unbounded list in src/ (issue 14, point 5):
 * `Math.max(...rows)` or `list.push(...items)` passes every element as an
 * argument and V8 throws past about a hundred thousand; src/shared/arrays.ts
 * has the loops to use instead.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {appendAll, maxOf, minOf, widthOf} from '../../src/shared/arrays';

const SRC = path.resolve(__dirname, '../../src');

function files(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap(e => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : files(full);
    // arrays.ts names the spreads it replaces, in its comment.
    return e.name.endsWith('.ts') && e.name !== 'arrays.ts' ? [full] : [];
  });
}

test('src/ has no Math.max/min(...x) nor push/unshift(...x)', () => {
  const found: string[] = [];
  for (const file of files(SRC)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(
      /Math\.(?:max|min)\(\s*\.\.\.|\.(?:push|unshift)\(\s*\.\.\./g,
    )) {
      const line = text.slice(0, m.index).split('\n').length;
      found.push(`${path.relative(SRC, file)}:${line}`);
    }
  }
  expect(found).toEqual([]);
});

test('the loops take 300,000 elements, where a spread throws', () => {
  const big = Array.from({length: 300000}, (_, i) => (i * 7919) % 300007);
  expect(() => Math.max(...big)).toThrow(RangeError);
  // Largest and smallest of the sequence, found by sorting a copy.
  const sorted = [...big].sort((a, b) => a - b);
  expect(maxOf(big)).toBe(sorted[sorted.length - 1]);
  expect(minOf(big)).toBe(sorted[0]);
  expect(maxOf([])).toBe(-Infinity);
  expect(minOf([], 0)).toBe(0);
  const target = [1];
  expect(appendAll(target, big).length).toBe(300001);
  expect(widthOf([[1], [1, 2, 3], []])).toBe(3);
});
