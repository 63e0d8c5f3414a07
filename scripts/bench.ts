/**
 * `npm run bench` (issue 10): service calls and predicted Apps Script time of
 * every menu action and trigger at three sizes, the naive row-by-row way side
 * by side, compute speed against arquero and a floor, bundle size and load
 * time, peak memory of the bilan. Prints tables and writes bench.json with
 * every figure, its target and whether it is met. Not part of `npm test`.
 *
 *   npm run bench                 everything (a few minutes on 2 cores)
 *   npm run bench -- --quick      small and Isère only, shorter compute (a check, not the figures)
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {performance} from 'node:perf_hooks';
import {build} from './build';
import {measureBundle, type BundleFigures} from './bench/bundle';
import {measureCompute, type ComputeFigures} from './bench/compute';
import {measureSpeed, type SpeedFigures} from './bench/speed';
import {measureMemory, type MemoryFigures} from './bench/memory';
import {naiveBilanRead, naiveImport, type NaiveFigure} from './bench/naive';
import {
  actionsTable,
  actionTargets,
  festivalTargets,
  naiveTable,
  otherTargets,
  RETIRED_TARGETS,
  targetsTable,
  weeklyYear,
} from './bench/report';
import type {FestivalDay} from './bench/festival';
import {
  ACTIONS,
  runScale,
  SCALES,
  type ActionFigure,
  type ScaleRun,
} from './bench/scenario';
import {round} from './bench/stats';
import {
  bookingTargets,
  measureBookings,
  type BookingFigures,
} from './bench/bookings';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'bench.json');

/** At ten times Isère the questionnaire's creation is stopped at the 60 s target (see ScaleOptions). */
const QUESTIONNAIRE_LIMIT_SECONDS = 60;

function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function step<T>(label: string, fn: () => T): T {
  const t0 = performance.now();
  say(`… ${label}`);
  const value = fn();
  say(`  ${label} : ${round((performance.now() - t0) / 1000, 1)} s`);
  return value;
}

/**
 * For an action the bench stopped at ten times Isère: its full cost by a
 * straight line through the two smaller scales (cost per session), as a note.
 */
function cutEstimates(
  actions: ActionFigure[],
  scales: {key: string; sessions: number}[],
): string[] {
  const out: string[] = [];
  const at = (key: string): number =>
    scales.find(s => s.key === key)?.sessions ?? 0;
  for (const big of actions.filter(a => a.cutAtSeconds !== undefined)) {
    const small = actions.find(
      a => a.action === big.action && a.scale === 'small',
    );
    const mid = actions.find(
      a => a.action === big.action && a.scale === 'isere',
    );
    const dx = at('isere') - at('small');
    if (!small || !mid || dx <= 0) continue;
    const extra = at(big.scale) - at('isere');
    const calls = Math.round(
      mid.serviceCalls + ((mid.serviceCalls - small.serviceCalls) / dx) * extra,
    );
    const seconds = round(
      mid.predictedSeconds +
        ((mid.predictedSeconds - small.predictedSeconds) / dx) * extra,
      0,
    );
    out.push(
      `${big.scale} : ${big.label} — estimation linéaire (par séance) de l'exécution entière : ${calls} appels, ${seconds} s prévues (au-delà de la limite de 6 min : Apps Script l'arrêterait).`,
    );
  }
  return out;
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const started = performance.now();
  const notes: string[] = [];

  try {
    const built = await build();
    say(`dist/Code.js construit (${built.exports.length} fonctions exposées)`);
  } catch (e) {
    notes.push(
      `Construction impossible (${(e as Error).message}) : mesures sur le dist/ existant.`,
    );
    say(
      `! construction impossible, dist/ existant utilisé : ${(e as Error).message}`,
    );
  }

  const scales = quick ? SCALES.filter(s => s.key !== 'isere10') : SCALES;
  const actions: ActionFigure[] = [];
  const naive: NaiveFigure[] = [];
  const festival: FestivalDay[] = [];
  const scaleInfo: {
    key: string;
    label: string;
    generateSampleScale: number;
    sessions: number;
    communes: number;
    answers: number;
    submitFormWallMs: number;
    weeklySent: boolean;
  }[] = [];
  for (const spec of scales) {
    let run: ScaleRun | null = step(`scénario ${spec.label}`, () =>
      runScale(spec, say, {
        questionnaireLimitSeconds:
          spec.key === 'isere10' ? QUESTIONNAIRE_LIMIT_SECONDS : undefined,
      }),
    );
    actions.push(...run.actions);
    notes.push(...run.notes);
    if (run.festival) festival.push(run.festival);
    for (const f of [naiveBilanRead(run), naiveImport(run)])
      if (f) naive.push(f);
    scaleInfo.push({
      key: spec.key,
      label: spec.label,
      generateSampleScale: spec.scale,
      sessions: run.sessions,
      communes: run.communes,
      answers: run.answers,
      submitFormWallMs: Math.round(run.submitFormWallMs),
      weeklySent: run.weeklySent,
    });
    run = null; // the workspace of a scale is not kept while the next runs
  }
  notes.push(...cutEstimates(actions, scaleInfo));
  const largest = scaleInfo[scaleInfo.length - 1];
  const measured = [...scaleInfo]
    .reverse()
    .find(
      s =>
        !actions.find(a => a.action === 'formSubmit' && a.scale === s.key)
          ?.unmeasured,
    );
  const perSubmit = Math.max(measured?.submitFormWallMs ?? 0, 1);
  notes.push(
    `Réponses : toutes sauf la dernière sont écrites d'un seul setValues dans la feuille de réponses liée (depuis le banc, hors exécution), au format de Google ; la dernière passe par ws.submitForm (action « ${ACTIONS.formSubmit} »). ` +
      `Un ws.submitForm avec son déclencheur a pris ${perSubmit} ms (temps de l’émulateur) à « ${measured?.label ?? '?'} » : ${largest.answers} envois un par un prendraient ${round((largest.answers * perSubmit) / 60000, 0)} min de banc pour des exécutions identiques (le déclencheur ne relit plus la feuille de réponses : l’onglet des comptes compte par formules).`,
    'Secondes prévues : modèle de latence de l’émulateur (emulator/core/meter.ts, sources dans docs/latency-model.md), par classe d’appel (local, métadonnée, lecture, écriture, flush, création, e-mail). « predictedSeconds » et « maxExecutionSeconds » sont la borne PESSIMISTE (celle des cibles) ; « optimisticSeconds » et « maxExecutionOptimisticSeconds » la borne optimiste. Le calcul JavaScript n’y est pas compté (wallMs donne le temps passé par l’émulateur, indicatif).',
    'Journée de festival : les réponses du jour passent par le déclencheur d’envoi (un échantillon envoyé une à une au fil de la journée sur la feuille de réponses pleine, coût constant prouvé par test/integration/questionnaire/submit-cost.test.ts, multiplié par le nombre de réponses du jour), plus la synthèse hebdomadaire de son jour et toutes les exécutions par déclencheur du lot de fiches par commune, comptées le même jour (pire cas). 10 × Isère : compte Workspace.',
    'Lot de fiches : démarré depuis la boîte de dialogue Documents, puis repris par son déclencheur ponctuel (ws.advanceClock) jusqu’à la fin ; la croissance se compare en appels par document.',
  );

  let bookings: BookingFigures[] = [];
  try {
    say('… réservations scolaires');
    bookings = measureBookings(
      path.join(ROOT, 'dist'),
      quick
        ? [{key: 'isere', factor: 1}]
        : [
            {key: 'small', factor: 0.08},
            {key: 'isere', factor: 1},
            {key: 'isere10', factor: 10},
          ],
    );
  } catch (e) {
    notes.push(`Réservations non mesurées : ${(e as Error).message}`);
  }
  let compute: ComputeFigures | null = null;
  let bundle: BundleFigures | null = null;
  let memory: MemoryFigures | null = null;
  let speed: SpeedFigures | null = null;
  try {
    say('… vitesses (réponse longue, émulateur)');
    speed = measureSpeed(quick ? 1 : 3);
  } catch (e) {
    notes.push(`Vitesses non mesurées : ${(e as Error).message}`);
  }
  try {
    say('… calcul (médianes)');
    compute = await measureCompute(quick ? 20000 : 100000, quick ? 3 : 5);
  } catch (e) {
    notes.push(`Calcul non mesuré : ${(e as Error).message}`);
  }
  try {
    say('… module');
    bundle = await measureBundle(path.join(ROOT, 'dist'));
  } catch (e) {
    notes.push(`Module non mesuré : ${(e as Error).message}`);
  }
  try {
    say('… mémoire');
    memory = measureMemory(quick ? 5000 : 50000);
  } catch (e) {
    notes.push(`Mémoire non mesurée : ${(e as Error).message}`);
  }

  const targets = [
    ...(quick ? [] : actionTargets(actions)),
    ...festivalTargets(festival),
    ...otherTargets(compute, bundle, memory, speed),
    ...(bookings.length ? bookingTargets(bookings) : []),
  ];
  const seconds = round((performance.now() - started) / 1000, 1);
  const report = {
    date: new Date().toISOString(),
    quick,
    durationSeconds: seconds,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? '',
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
      loadAverage: os.loadavg().map(x => round(x, 2)),
    },
    scales: scaleInfo,
    actions,
    targets,
    retiredTargets: RETIRED_TARGETS,
    festival,
    naive,
    weekly: quick ? null : weeklyYear(actions, 'isere10'),
    compute,
    bundle,
    memory,
    speed,
    bookings,
    notes,
  };
  if (!quick) fs.writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);

  say();
  say('Actions : appels de service / secondes Apps Script prévues');
  say(actionsTable(actions, scales));
  say();
  say(
    'La manière naïve (ligne par ligne), mêmes données, même exécution du banc',
  );
  say(naiveTable(naive));
  say();
  if (compute)
    say(
      `Calcul (${compute.answers} réponses × ${compute.questions} questions, ${compute.crossTabs} tableaux croisés, médianes de ${compute.runs}) : module ${compute.oursMs} ms, arquero ${compute.arqueroMs} ms (× ${compute.ratioToArquero}), plancher ${compute.floorMs} ms (× ${compute.ratioToFloor})`,
    );
  if (bundle)
    say(
      `Module : poussé par clasp ${Object.entries(bundle.pushed)
        .map(([k, v]) => `${k} ${round(v / 1024, 1)} Kio`)
        .join(
          ', ',
        )} ; chargement dans un contexte vm neuf : ${bundle.loadMs} ms (minifié ${round(bundle.minifiedBytes / 1024, 1)} Kio, gzip ${round(bundle.gzipBytes / 1024, 1)} Kio, pour mémoire)`,
    );
  if (memory)
    say(
      `Mémoire : pic du bilan à ${memory.answers} réponses : +${memory.bilanPeakMB} Mo (processus ${memory.peakMB} Mo)`,
    );
  say();
  for (const d of festival)
    say(
      `Journée de festival (${d.scale}, compte ${d.account}) : ${d.answers} réponses × ${d.perAnswerCalls.max} appels ; ${round(d.totalSeconds.pessimistic / 60, 1)} min de déclencheurs (optimiste ${round(d.totalSeconds.optimistic / 60, 1)} min) = ${d.budgetShare} % du budget quotidien`,
    );
  say();
  say('Cibles');
  say(targetsTable(targets));
  say();
  for (const n of notes) say(`Note : ${n}`);
  const met = targets.filter(t => t.met).length;
  say();
  say(
    `${met}/${targets.length} cibles tenues — ${seconds} s${quick ? ' (--quick : bench.json non écrit)' : ` — ${path.relative(process.cwd(), OUT)} écrit`}`,
  );
}

main().catch(e => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
