/**
 * The browser harness finds Chromium where it is installed, not only at
 * Debian's /usr/bin/chromium: CHROMIUM_PATH / CHROME_PATH first, then PATH,
 * then the usual install locations.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {findChromium} from '../../browser/harness';

let dir: string;
const exe = (name: string): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, '#!/bin/sh\n');
  fs.chmodSync(file, 0o755);
  return file;
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'find-chromium-'));
});
afterEach(() => fs.rmSync(dir, {recursive: true, force: true}));

describe('findChromium', () => {
  test('on PATH under any of its usual names', () => {
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    const chrome = path.join(bin, 'google-chrome-stable');
    fs.writeFileSync(chrome, '#!/bin/sh\n');
    fs.chmodSync(chrome, 0o755);
    expect(
      findChromium({PATH: `/nowhere${path.delimiter}${bin}`}, []).path,
    ).toBe(chrome);
  });

  test('CHROMIUM_PATH, then CHROME_PATH, before PATH', () => {
    const a = exe('my-chromium');
    const b = exe('my-chrome');
    const onPath = exe('chromium');
    expect(findChromium({CHROMIUM_PATH: a, PATH: dir}, []).path).toBe(a);
    expect(findChromium({CHROME_PATH: b, PATH: dir}, []).path).toBe(b);
    expect(findChromium({PATH: dir}, []).path).toBe(onPath);
  });

  test('a given path that is not an executable is reported, not replaced', () => {
    exe('chromium');
    const notExe = path.join(dir, 'readme.txt');
    fs.writeFileSync(notExe, 'x');
    expect(findChromium({CHROMIUM_PATH: notExe, PATH: dir}, []).path).toBe(
      null,
    );
  });

  test('a common install location when PATH has none; null when nowhere', () => {
    const located = exe('Chromium');
    expect(findChromium({PATH: ''}, [located]).path).toBe(located);
    expect(findChromium({PATH: ''}, [path.join(dir, 'absent')]).path).toBe(
      null,
    );
    // A directory named like the browser is not the browser.
    fs.mkdirSync(path.join(dir, 'sub', 'chromium'), {recursive: true});
    expect(findChromium({PATH: path.join(dir, 'sub')}, []).path).toBe(null);
  });
});
