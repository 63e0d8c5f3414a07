/**
 * `npm start`: checks the given files, builds the add-on, and runs the built
 * dist/Code.js on the emulator the way staff would — for the Fête de la
 * science tracker, then a NoS FuturS festival and an école d'été — and writes
 * index.html, report.json and artefacts/ into the output folder.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {build} from '../build';
import {generateSample} from '../sample/generate';
import type {StartOptions} from './args';
import {checkEventsFile, checkResponsesFile} from './precheck';
import {planEvents, type EventPlan} from './events';
import {Steps} from './steps';
import type {Terminal} from './terminal';
import {
  REPORT_FORMAT,
  REPORT_VERSION,
  type EventReport,
  type Report,
} from './report';
import {runEvent, runWeekly, type EventState} from './flow';
import {createWorkspace, parisTime} from './emulator';
import {writeSite} from './site';
import {addDays} from './figures';

const ROOT = path.resolve(__dirname, '..', '..');
export const USER = 'coordination@territoire-de-sciences.fr';

export interface PreviewOutcome {
  report: Report;
  outDir: string;
  /** Files written, for the final table: [what, where]. */
  made: string[][];
  seconds: number;
}

function bundleExports(): string[] {
  const code = fs.readFileSync(path.join(ROOT, 'dist', 'Code.js'), 'utf8');
  return [...code.matchAll(/^function (\w+)\(/gm)].map(m => m[1]);
}

export async function runPreview(
  o: StartOptions,
  term: Terminal,
): Promise<PreviewOutcome> {
  const started = Date.now();
  // 1. Every given file is read before anything runs (FileError stops the run).
  const events = o.events.map(checkEventsFile);
  const responses = o.responses.map(checkResponsesFile);
  for (const e of events)
    term.info(
      `Fichier d'événements : ${e.path} (${e.format}, ${e.records} enregistrements)`,
    );
  for (const r of responses)
    term.info(
      `Fichier de réponses : ${r.path} (${r.format}, ${r.table.records.length} réponses)`,
    );

  // 2. The add-on as Apps Script would run it.
  let exports: string[];
  if (o.noBuild && fs.existsSync(path.join(ROOT, 'dist', 'Code.js')))
    exports = bundleExports();
  else {
    let b;
    try {
      b = await build();
    } catch (e) {
      throw new Error(
        `construction du module impossible (npm run build) : ${e instanceof Error ? e.message : String(e)}`,
      );
    }
    exports = b.exports;
    term.info(
      `Module construit : dist/Code.js (${(b.bytes / 1024).toFixed(0)} Kio, ${b.exports.length} fonctions)`,
    );
  }

  // 3. The sample, and what each tracker receives.
  const sample = generateSample({seed: o.seed, scale: o.scale});
  const plans: EventPlan[] = planEvents(sample, events, responses);

  // 4. One workspace, one virtual clock: everything happens the week before --today.
  const ws = createWorkspace({
    now: parisTime(addDays(o.today, -6), '09:00'),
    locale: 'fr',
    user: USER,
    accountType: 'workspace',
    distDir: path.join(ROOT, 'dist'),
    timeZone: 'Europe/Paris',
  });
  const steps = new Steps(term);
  const ctx = {ws, exports: new Set(exports), steps, term, today: o.today};
  const states: EventState[] = [];
  for (const plan of plans) states.push(runEvent(ctx, plan));
  runWeekly(ctx, states);

  // 5. Output.
  const outDir = path.resolve(o.out);
  const reports: EventReport[] = states.map(s => s.report);
  const report: Report = {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    input: {
      sample: {
        seed: o.seed,
        scale: o.scale,
        fdsEvents: events.length === 0,
        fdsResponses: responses.length === 0,
      },
      events: events.map(e => ({
        file: e.fileName,
        format: e.format,
        records: e.records,
      })),
      responses: responses.map(r => ({
        file: r.fileName,
        format: r.format,
        rows: r.table.records.length,
      })),
      today: o.today,
    },
    ...reports[0],
    actions: steps.actions,
    others: reports.slice(1),
  };
  const made = writeSite(ws, outDir, report, states);
  return {report, outDir, made, seconds: (Date.now() - started) / 1000};
}
