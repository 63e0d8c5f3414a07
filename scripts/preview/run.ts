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
import {finishEvent, runWeekly, setupEvent, type EventState} from './flow';
import {createWorkspace, parisTime} from './emulator';
import {writeSite} from './site';
import {checkBookingsFile, playBookings} from './bookings';
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
  const bookingFiles = o.bookings.map(checkBookingsFile);
  for (const b of bookingFiles)
    term.info(
      `Fichier de réservations : ${b.path} (${b.rows.length} demandes)`,
    );
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

  // 4. One workspace, one virtual clock. With --today, everything is set up
  // the week before it, the weekly summaries run on it, and the bilans and
  // documents are made on it. Without it, each tracker gets the dates its
  // outputs make sense at: set up four weeks before its event, weekly summary
  // four days before it starts, bilan three weeks after it ends — the
  // trackers taken in the order of their events (the previous edition first).
  const dates = new Map(plans.map(p => [p.id, datesFor(p, o.today)] as const));
  const order = [...plans].sort((a, b) =>
    dates.get(a.id)!.setup.localeCompare(dates.get(b.id)!.setup),
  );
  const first = dates.get(order[0].id)!.setup;
  const ws = createWorkspace({
    now: parisTime(first, '09:00'),
    locale: 'fr',
    user: USER,
    accountType: 'workspace',
    distDir: path.join(ROOT, 'dist'),
    timeZone: 'Europe/Paris',
  });
  const steps = new Steps(term);
  const ctx = {ws, exports: new Set(exports), steps, term};
  const states = new Map<string, EventState>();
  // The Fête de la science's school bookings, once its tracker is set up.
  const setup = (plan: EventPlan): EventState => {
    const state = setupEvent(ctx, plan);
    if (plan.id === 'fds') {
      steps.run(
        plan.id,
        'Réservations scolaires (ouverture et demandes)',
        () => {
          const played = playBookings(
            ctx,
            state,
            bookingFiles,
            events.length === 0,
          );
          state.report.bookings = played.report;
          const b = played.report;
          if (b === null) return {runs: [], detail: played.note};
          return {
            runs: played.runs,
            detail: `${played.played} demandes : ${b.confirmed} confirmées, ${b.waitlisted} en attente, ${b.refused} refusées, ${b.cancelled} annulées, ${b.promoted} promues, ${b.mailsSent} e-mails`,
          };
        },
      );
    }
    return state;
  };
  const clockTo = (day: string, time: string): void => {
    const at = parisTime(day, time);
    const now =
      (ws as unknown as {clock?: {now(): Date}}).clock?.now() ?? new Date(0);
    if (at.getTime() > now.getTime()) ws.advanceTo(at);
  };
  for (const plan of plans) {
    const d = dates.get(plan.id)!;
    term.info(
      `Dates pour ${plan.label} : ${d.weekly ? `synthèse hebdomadaire le ${d.weekly}, ` : ''}bilan et documents le ${d.bilan}`,
    );
  }
  if (o.today) {
    for (const plan of order) states.set(plan.id, setup(plan));
    runWeekly(
      ctx,
      order.filter(p => dates.get(p.id)!.weekly).map(p => states.get(p.id)!),
      o.today,
    );
    for (const plan of order) {
      finishEvent(ctx, states.get(plan.id)!, previousOf(plan, states));
    }
  } else {
    for (const plan of order) {
      const d = dates.get(plan.id)!;
      clockTo(d.setup, '09:00');
      const state = setup(plan);
      states.set(plan.id, state);
      if (d.weekly) runWeekly(ctx, [state], d.weekly, true);
      clockTo(d.bilan, '10:00');
      finishEvent(ctx, state, previousOf(plan, states));
    }
  }
  for (const [id, state] of states) {
    const d = dates.get(id as EventPlan['id'])!;
    state.report.dates = {weekly: d.weekly, bilan: d.bilan};
  }

  // 5. Output.
  const outDir = path.resolve(o.out);
  // The Fête de la science first (it receives the files), then the others.
  const reports: EventReport[] = plans.map(p => states.get(p.id)!.report);
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
      bookings: bookingFiles.map(b => ({
        file: b.fileName,
        requests: b.rows.filter(r => r.action === 'réserver').length,
      })),
      today: o.today,
    },
    ...reports[0],
    actions: steps.actions,
    others: reports.slice(1),
  };
  const made = writeSite(
    ws,
    outDir,
    report,
    plans.map(p => states.get(p.id)!),
  );
  return {report, outDir, made, seconds: (Date.now() - started) / 1000};
}

interface PlanDates {
  setup: string;
  weekly: string | null;
  bilan: string;
}

/**
 * The dates of a tracker's steps: all around --today when given, else set
 * up four weeks before the event, weekly summary four days before it
 * starts, bilan three weeks after it ends (the organisers' reports are in).
 * The previous edition has no weekly summary.
 */
function datesFor(plan: EventPlan, today: string | null): PlanDates {
  const weekly = plan.id !== 'fds-previous';
  if (today) {
    return {
      setup: addDays(today, plan.id === 'fds-previous' ? -7 : -6),
      weekly: weekly ? today : null,
      bilan: today,
    };
  }
  return {
    setup: addDays(plan.card.startDate, -28),
    weekly: weekly ? addDays(plan.card.startDate, -4) : null,
    bilan: addDays(plan.card.endDate, 21),
  };
}

/** The tracker a plan's bilan compares with (the Fête de la science's previous edition). */
function previousOf(
  plan: EventPlan,
  states: Map<string, EventState>,
): EventState | null {
  return plan.id === 'fds' ? (states.get('fds-previous') ?? null) : null;
}
