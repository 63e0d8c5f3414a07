/**
 * Builds the two Apps Script projects of the add-on:
 *  - dist/sheets/ — Google Sheets (entry src/main.ts, manifest
 *    projects/sheets/appsscript.json): trackers, questionnaires, bilans,
 *    documents, weekly summary;
 *  - dist/forms/ — Google Forms (entry src/main-forms.ts, manifest
 *    projects/forms/appsscript.json): the form's bilan, the link to a tracker.
 * Each holds its Code.js (the entry module bundled by scripts/bundle.ts, its
 * exports as top-level functions), its own appsscript.json and only the pages
 * its code names (plus the page kit). The host and the deployment mode
 * (`--mode bound|addon`, default bound) are written into the code as literals
 * (src/gas/deploy.ts), and into a first-line comment the emulator reads.
 * The Sheets project is also written at dist/ itself, where the tools and the
 * tests that predate the split load it (the emulator's default distDir).
 * The generated data modules (official communes) are made first.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {bundleAppsScript, removeStale, writeAtomic} from './bundle';
import {generate} from './generate';

export const GLOBAL_NAME = 'TerritoireDeSciencesAddon';
const ROOT = path.resolve(__dirname, '..');
const SRC = path.join(ROOT, 'src');
const DEFAULT_DIST = path.join(ROOT, 'dist');

export type ProjectName = 'sheets' | 'forms';
export type DeployMode = 'bound' | 'addon';

/** The two projects: entry module and manifest source of each. */
export const PROJECTS: Record<ProjectName, {entry: string; manifest: string}> =
  {
    sheets: {
      entry: path.join(SRC, 'main.ts'),
      manifest: path.join(ROOT, 'projects/sheets/appsscript.json'),
    },
    forms: {
      entry: path.join(SRC, 'main-forms.ts'),
      manifest: path.join(ROOT, 'projects/forms/appsscript.json'),
    },
  };

/** First line of each Code.js: which project, which mode (read by the emulator). */
export function projectBanner(name: ProjectName, mode: DeployMode): string {
  return `// Territoire de sciences — projet ${name} — @projectType ${mode}`;
}

function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...htmlFiles(full));
    else if (entry.name.endsWith('.html')) found.push(path.relative(SRC, full));
  }
  return found.sort();
}

/**
 * The pages a project needs: the page kit (included by every page) and each
 * page whose name ('ui/about') the bundled code contains.
 */
function pagesOf(code: string, all: string[]): string[] {
  return all.filter(rel => {
    const name = rel.replace(/\.html$/, '');
    return (
      rel.startsWith('ui/kit/') ||
      code.includes(`'${name}'`) ||
      code.includes(`"${name}"`)
    );
  });
}

export interface ProjectResult {
  name: ProjectName;
  dir: string;
  exports: string[];
  html: string[];
  scopes: string[];
  bytes: number;
}

export interface BuildResult {
  mode: DeployMode;
  projects: ProjectResult[];
  /** The Sheets project's figures (what dist/ itself holds). */
  exports: string[];
  html: string[];
  bytes: number;
}

async function buildProject(
  name: ProjectName,
  mode: DeployMode,
  minify: boolean,
  outDirs: string[],
): Promise<ProjectResult> {
  const project = PROJECTS[name];
  const manifest = fs.readFileSync(project.manifest);
  const declared = JSON.parse(manifest.toString('utf8')) as {
    timeZone?: string;
    oauthScopes?: string[];
  };
  const bundle = await bundleAppsScript({
    entry: project.entry,
    globalName: GLOBAL_NAME,
    minify,
    define: {
      __TDS_HOST__: JSON.stringify(name),
      __TDS_DEPLOY_MODE__: JSON.stringify(mode),
      // What the installation check compares with what the user granted.
      __TDS_MANIFEST__: JSON.stringify({
        timeZone: declared.timeZone ?? '',
        oauthScopes: declared.oauthScopes ?? [],
      }),
    },
  });
  const code = `${projectBanner(name, mode)}\n${bundle.code}`;
  const html = pagesOf(code, htmlFiles(SRC));
  for (const dir of outDirs) {
    writeAtomic(path.join(dir, 'Code.js'), code);
    writeAtomic(path.join(dir, 'appsscript.json'), manifest);
    for (const rel of html) {
      writeAtomic(path.join(dir, rel), fs.readFileSync(path.join(SRC, rel)));
    }
  }
  const scopes = declared.oauthScopes;
  return {
    name,
    dir: outDirs[0],
    exports: bundle.exports,
    html,
    scopes: scopes ?? [],
    bytes: Buffer.byteLength(code),
  };
}

export async function build(
  options: {minify?: boolean; mode?: DeployMode; outDir?: string} = {},
): Promise<BuildResult> {
  const mode = options.mode ?? 'bound';
  const minify = options.minify ?? false;
  const dist = options.outDir ?? DEFAULT_DIST;
  generate();
  const sheets = await buildProject('sheets', mode, minify, [
    path.join(dist, 'sheets'),
    dist,
  ]);
  const forms = await buildProject('forms', mode, minify, [
    path.join(dist, 'forms'),
  ]);
  for (const p of [sheets, forms]) {
    removeStale(p.dir, new Set(['Code.js', 'appsscript.json', ...p.html]));
  }
  // dist/ itself: the Sheets project, and the two project folders.
  const keepRoot = new Set(['Code.js', 'appsscript.json', ...sheets.html]);
  for (const p of [sheets, forms]) {
    for (const f of ['Code.js', 'appsscript.json', ...p.html]) {
      keepRoot.add(path.join(p.name, f));
    }
  }
  removeStale(dist, keepRoot);
  return {
    mode,
    projects: [sheets, forms],
    exports: sheets.exports,
    html: sheets.html,
    bytes: sheets.bytes,
  };
}

/** `--mode addon` or `--mode=addon` on the command line (default bound). */
export function modeFromArgs(argv: string[]): DeployMode {
  let value = '';
  argv.forEach((arg, i) => {
    if (arg === '--mode') value = argv[i + 1] ?? '';
    else if (arg.startsWith('--mode=')) value = arg.slice('--mode='.length);
  });
  if (value === '' || value === 'bound') return 'bound';
  if (value === 'addon') return 'addon';
  throw new Error(
    `Mode de déploiement inconnu : « ${value} » (attendu : bound ou addon).`,
  );
}

if (require.main === module) {
  Promise.resolve()
    .then(() => build({mode: modeFromArgs(process.argv.slice(2))}))
    .then(r => {
      for (const p of r.projects) {
        console.log(
          `dist/${p.name}/Code.js : ${(p.bytes / 1024).toFixed(1)} Kio, ${p.exports.length} fonctions exposées, ${p.html.length} pages HTML, ${p.scopes.length} autorisations (mode ${r.mode})`,
        );
      }
    })
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    });
}
