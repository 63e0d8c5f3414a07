/**
 * Rewrites the README's performance section from bench.json (issue 17), so
 * that the figures people read are the ones the bench wrote:
 *
 *   npx tsx scripts/bench/readme.ts
 *
 * The section runs from "## Performance" to the next "## " heading.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

interface Action {
  action: string;
  label: string;
  scale: string;
  executions: number;
  serviceCalls: number;
  predictedSeconds: number;
  optimisticSeconds?: number;
  maxExecutionSeconds: number;
  maxExecutionOptimisticSeconds?: number;
  documents?: number;
  errors: string[];
  cutAtSeconds?: number;
  unmeasured?: boolean;
}

interface Target {
  name: string;
  figure: number;
  target: string;
  met: boolean;
  unit?: string;
  note?: string;
}

interface Bench {
  date: string;
  durationSeconds: number;
  machine: {cpus: number; node: string};
  scales: {key: string; label: string; sessions: number; answers: number}[];
  actions: Action[];
  targets: Target[];
  retiredTargets?: {name: string; reason: string}[];
  festival?: {
    scale: string;
    account: string;
    answers: number;
    perAnswerCalls: {max: number};
    totalSeconds: {optimistic: number; pessimistic: number};
    budgetShare: number;
    budgetShareOptimistic: number;
    batchTriggerRuns: number;
  }[];
  naive: {
    label: string;
    scale: string;
    naive: {
      serviceCalls: number;
      predictedSeconds: number;
      optimisticSeconds?: number;
    };
    project: {
      serviceCalls: number;
      predictedSeconds: number;
      optimisticSeconds?: number;
    };
  }[];
  bundle: {pushed?: Record<string, number>; loadMs: number} | null;
}

const n = (x: number): string => x.toLocaleString('en-GB');

function cell(a: Action | undefined): string {
  if (!a) return '—';
  if (a.unmeasured) return 'not measured';
  const runs =
    a.executions > 1
      ? ` (${a.executions} runs, longest ${a.maxExecutionSeconds} s / ${a.maxExecutionOptimisticSeconds ?? '?'} s)`
      : '';
  const docs =
    a.documents !== undefined
      ? `, ${a.documents} doc${a.documents === 1 ? '' : 's'}`
      : '';
  const cut = a.cutAtSeconds
    ? ` — stopped by the bench at ${a.cutAtSeconds} s`
    : '';
  const err = a.errors.length && !a.cutAtSeconds ? ' — error' : '';
  return `${n(a.serviceCalls)} / ${a.predictedSeconds} s / ${a.optimisticSeconds ?? '?'} s${runs}${docs}${cut}${err}`;
}

export function section(b: Bench): string {
  const scales = b.scales.filter(s => s.key !== 'small');
  const labels = [...new Set(b.actions.map(a => a.action))];
  const rows = labels.map(key => {
    const label = b.actions.find(a => a.action === key)!.label;
    return `| ${label} | ${scales
      .map(s =>
        cell(b.actions.find(a => a.action === key && a.scale === s.key)),
      )
      .join(' | ')} |`;
  });
  const met = b.targets.filter(t => t.met).length;
  const targets = b.targets.map(
    t =>
      `| ${t.name} | ${t.figure}${t.unit ? ` ${t.unit}` : ''} | ${t.target} | ${t.met ? 'met' : '**not met**'} |`,
  );
  const festival = (b.festival ?? [])
    .filter(f => f.scale !== 'small')
    .map(
      f =>
        `- ${b.scales.find(s => s.key === f.scale)?.label ?? f.scale} (${f.account} account): ${n(f.answers)} answers at ${f.perAnswerCalls.max} calls each, the weekly summary and a whole per-commune batch (${f.batchTriggerRuns} trigger runs) use ${Math.round(f.totalSeconds.pessimistic / 60)} min of trigger time at the pessimistic bound (${f.budgetShare} % of the daily budget), ${Math.round(f.totalSeconds.optimistic / 60)} min at the optimistic one (${f.budgetShareOptimistic} %).`,
    );
  const naive = b.naive.map(
    x =>
      `- ${x.label}, ${x.scale}: naive ${n(x.naive.serviceCalls)} calls, ${x.naive.predictedSeconds} s pessimistic / ${x.naive.optimisticSeconds ?? '?'} s optimistic; the add-on ${n(x.project.serviceCalls)} calls, ${x.project.predictedSeconds} s / ${x.project.optimisticSeconds ?? '?'} s.`,
  );
  const pushed = b.bundle?.pushed
    ? Object.entries(b.bundle.pushed)
        .map(
          ([k, v]) =>
            `${k === '.' ? 'dist/' : `dist/${k}/`} ${Math.round(v / 1024)} KiB`,
        )
        .join(', ')
    : '?';
  const retired = (b.retiredTargets ?? []).map(
    r => `- *${r.name}*: ${r.reason}`,
  );
  return [
    '## Performance',
    '',
    '`npm run bench` (not part of `npm test`; tens of minutes on 2 cores) builds the add-on and runs every menu action',
    'and trigger on the emulator at three sizes of the deterministic sample — small (one festival), Isère 2025, ten',
    'times Isère (on a Workspace account) — then a festival day against the daily trigger budget, the naive',
    'row-by-row way on the same data, the compute, bundle and memory figures. It writes `bench.json` (every figure,',
    'each target with `met`, notes on method); this section is regenerated from it by',
    '`npx tsx scripts/bench/readme.ts`.',
    '',
    "**Predicted seconds** come from the emulator's latency model (`emulator/core/meter.ts`, constants and sources in",
    '`docs/latency-model.md`): each call is billed by its class (local, metadata, read, write, flush, create, mail)',
    'under two bounds. Figures below are *calls / pessimistic s / optimistic s*; targets use the **pessimistic**',
    `bound. Latest run: ${b.date.slice(0, 10)}, ${b.machine.cpus} vCPU, Node ${b.machine.node}, ${Math.round(b.durationSeconds)} s.`,
    '',
    `| Action | ${scales.map(s => `${s.label} (${n(s.sessions)} sessions, ${n(s.answers)} answers)`).join(' | ')} |`,
    `|---|${scales.map(() => '---').join('|')}|`,
    ...rows,
    '',
    'Festival day (answers through the submit trigger, the weekly summary, a per-commune batch, one user, one day):',
    '',
    ...festival,
    '',
    'Naive way, same data (one call per row):',
    '',
    ...naive,
    '',
    `Bundle: clasp pushes ${pushed}; loading it in a fresh \`node:vm\` context takes ${b.bundle?.loadMs ?? '?'} ms (each execution loads it).`,
    '',
    `${met} of ${b.targets.length} targets met:`,
    '',
    '| Target | Figure | Target | |',
    '|---|---|---|---|',
    ...targets,
    '',
    'Retired targets:',
    '',
    ...retired,
    '',
  ].join('\n');
}

function main(): void {
  const bench = JSON.parse(
    fs.readFileSync(path.join(ROOT, 'bench.json'), 'utf8'),
  ) as Bench;
  const file = path.join(ROOT, 'README.md');
  const readme = fs.readFileSync(file, 'utf8');
  const start = readme.indexOf('## Performance');
  if (start < 0) throw new Error('README.md has no "## Performance" section');
  const end = readme.indexOf('\n## ', start + 3);
  const next = end < 0 ? '' : readme.slice(end + 1);
  fs.writeFileSync(file, `${readme.slice(0, start)}${section(bench)}\n${next}`);
}

if (require.main === module) main();
