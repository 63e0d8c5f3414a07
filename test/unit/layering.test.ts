/**
 * Layering: the add-on (src/) only knows the Apps Script globals. Nothing
 * under src/ imports the emulator, Node's modules, or the build scripts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const SRC = path.resolve(__dirname, '../../src');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap(e => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Module specifiers imported (or re-exported) by a TypeScript file. */
function specifiers(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [
    ...text.matchAll(/\b(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/g),
  ].map(m => m[1]);
}

describe('src/ layering', () => {
  const files = sources(SRC);

  test('there are sources to check', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  test('no file under src/ imports the emulator, Node or the scripts', () => {
    const offending = files.flatMap(file =>
      specifiers(file)
        .filter(spec => {
          if (spec.startsWith('node:')) return true;
          if (!spec.startsWith('.'))
            return !['qrcode-generator'].includes(spec);
          const target = path.resolve(path.dirname(file), spec);
          return !target.startsWith(SRC + path.sep);
        })
        .map(spec => `${path.relative(SRC, file)} → ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  test('the check sees an import of the emulator', () => {
    const fake = path.join(SRC, 'tracker', 'x.ts');
    const target = path.resolve(path.dirname(fake), '../../emulator');
    expect(target.startsWith(SRC + path.sep)).toBe(false);
  });
});
