/**
 * `npm start`: the whole add-on, offline, on the built-in sample or on your
 * own exports. See `npm start -- --help` and docs/report-format.md.
 * Exit codes: 0 done; 1 a file could not be read (file, line, reason) or the
 * run failed; 2 bad command-line arguments.
 */
import * as path from 'node:path';
import {parseArgs, USAGE, UsageError} from './preview/args';
import {FileError} from './preview/precheck';
import {createTerminal} from './preview/terminal';
import {runPreview} from './preview/run';

/** Relative to the current folder when inside it, else absolute. */
function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

export async function main(argv: string[]): Promise<number> {
  let options;
  try {
    options = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const term = createTerminal(options.quiet);
  try {
    const outcome = await runPreview(options, term);
    const bad = outcome.report.actions.filter(a => a.status !== 'ok');
    term.info('');
    term.table(outcome.made);
    term.info('');
    if (bad.length > 0)
      term.info(
        `${bad.length} étape(s) non abouties : ${bad.map(a => `${a.name} [${a.event}] (${a.status})`).join(', ')}`,
      );
    term.info(
      `Terminé en ${outcome.seconds.toFixed(1)} s. Ouvrez ${displayPath(path.join(outcome.outDir, 'index.html'))} dans un navigateur.`,
    );
    return 0;
  } catch (e) {
    if (e instanceof FileError) {
      console.error(`Fichier illisible : ${e.message}`);
      return 1;
    }
    // The stack only helps a developer: DEBUG=1 shows it.
    const detail =
      e instanceof Error
        ? process.env.DEBUG
          ? (e.stack ?? e.message)
          : e.message
        : String(e);
    console.error(`Échec : ${detail}`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    code => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
