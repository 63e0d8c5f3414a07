/**
 * Layering: the add-on (src/) only knows the Apps Script globals. Nothing
 * under src/ imports the emulator, Node's modules, the build scripts or a
 * package outside the short list of pure-JavaScript ones bundled into the
 * add-on. Every kind of import is seen, read by TypeScript's own parser:
 * `import … from`, `import type`, `export … from`, `import x = require()`,
 * `require()`, dynamic `import()`, `import('…')` types, and bare specifiers
 * (a Node built-in without its `node:` prefix included).
 */
import {builtinModules} from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const SRC = path.resolve(__dirname, '../../src');
/** Packages the add-on bundles (pure JavaScript that runs in Apps Script). */
const ALLOWED_PACKAGES = ['qrcode-generator', 'omggif'];
const BUILTINS = new Set(builtinModules.map(m => m.replace(/^node:/, '')));

function sources(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap(e => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every module specifier a TypeScript text refers to, whatever the syntax. */
function specifiers(text: string, fileName = 'x.ts'): string[] {
  const file = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    true,
  );
  const out: string[] = [];
  const literal = (node: ts.Node | undefined) => {
    if (node && ts.isStringLiteralLike(node)) out.push(node.text);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      literal(node.moduleSpecifier);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference)
    ) {
      literal(node.moduleReference.expression);
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const isImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire =
        (ts.isIdentifier(callee) && callee.text === 'require') ||
        (ts.isPropertyAccessExpression(callee) &&
          ts.isIdentifier(callee.expression) &&
          callee.expression.text === 'require' &&
          callee.name.text === 'resolve');
      if (isImport || isRequire) {
        const arg = node.arguments[0];
        if (arg && ts.isStringLiteralLike(arg)) out.push(arg.text);
        // A computed specifier cannot be checked: it is refused as such.
        else out.push(`<computed ${isImport ? 'import()' : 'require()'}>`);
      }
    } else if (ts.isImportTypeNode(node)) {
      const arg = node.argument;
      if (ts.isLiteralTypeNode(arg)) literal(arg.literal);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** Why a specifier is not allowed in `file` under src/, or null. */
function offence(file: string, spec: string): string | null {
  if (spec.startsWith('<computed')) return 'computed specifier';
  if (spec.startsWith('node:')) return 'Node module';
  if (!spec.startsWith('.') && !spec.startsWith('/')) {
    const name = spec.startsWith('@')
      ? spec.split('/').slice(0, 2).join('/')
      : spec.split('/')[0];
    if (BUILTINS.has(name)) return 'Node module';
    return ALLOWED_PACKAGES.includes(name) ? null : 'package not bundled';
  }
  const target = path.resolve(path.dirname(file), spec);
  return target.startsWith(SRC + path.sep) ? null : 'outside src/';
}

describe('src/ layering', () => {
  const files = sources(SRC);

  test('there are sources to check', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  test('no file under src/ imports the emulator, Node, the scripts or an unlisted package', () => {
    const offending = files.flatMap(file =>
      specifiers(fs.readFileSync(file, 'utf8'), file).flatMap(spec => {
        const why = offence(file, spec);
        return why ? [`${path.relative(SRC, file)} → ${spec} (${why})`] : [];
      }),
    );
    expect(offending).toEqual([]);
  });
});

describe('the check itself sees every kind of import', () => {
  const file = path.join(SRC, 'tracker', 'x.ts');
  const cases: [string, string, string][] = [
    ["import {a} from '../../emulator';", '../../emulator', 'outside src/'],
    [
      "import type {A} from '../../emulator/docs';",
      '../../emulator/docs',
      'outside src/',
    ],
    [
      "export {a} from '../../scripts/build';",
      '../../scripts/build',
      'outside src/',
    ],
    ["export * from '../../emulator';", '../../emulator', 'outside src/'],
    ["import fs = require('fs');", 'fs', 'Node module'],
    ["const fs = require('fs');", 'fs', 'Node module'],
    ["const p = require.resolve('path');", 'path', 'Node module'],
    [
      "async function f() { await import('node:fs'); }",
      'node:fs',
      'Node module',
    ],
    [
      "let t: import('../../emulator').Workspace;",
      '../../emulator',
      'outside src/',
    ],
    ["import * as cp from 'child_process';", 'child_process', 'Node module'],
    ["import 'fs/promises';", 'fs/promises', 'Node module'],
    ["import lodash from 'lodash';", 'lodash', 'package not bundled'],
    [
      "import {x} from '@scope/pkg/sub';",
      '@scope/pkg/sub',
      'package not bundled',
    ],
    ['const m = require(name);', '<computed require()>', 'computed specifier'],
  ];
  test.each(cases)('%s', (code, spec, why) => {
    expect(specifiers(code)).toEqual([spec]);
    expect(offence(file, spec)).toBe(why);
  });

  test('what is allowed passes', () => {
    const ok = [
      "import qrcode from 'qrcode-generator';",
      "import {t} from '../i18n';",
      "export {parseCsv} from '../shared/csv';",
      "import type {TrackerData} from '../model/tracker';",
    ].join('\n');
    const found = specifiers(ok);
    expect(found).toHaveLength(4);
    expect(found.map(s => offence(file, s))).toEqual([null, null, null, null]);
  });
});
