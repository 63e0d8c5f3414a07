/**
 * The "Bilan" tab as one grid of cells (written with one setValues), plus
 * where its headings are (made bold) and where its charts go. Pure: the
 * adapter writes it. Every answer text goes into the grid as it is; the
 * writer (writeRows → toCells) neutralises formula characters.
 */
import type {BilanResult, QuestionStats} from '../model/bilan';
import {t} from '../i18n';
import {kindLabel} from './params';

export interface ChartSpec {
  /** 1-based first row and column of the data (labels column then counts). */
  row: number;
  column: number;
  numRows: number;
  title: string;
  /** Where the chart is anchored (1-based row, column). */
  anchorRow: number;
  anchorColumn: number;
}

export interface BilanLayout {
  rows: unknown[][];
  width: number;
  /** 1-based rows to show in bold (titles and table headers). */
  boldRows: number[];
  charts: ChartSpec[];
}

/** Charts drawn at most (each costs several service calls). */
export const MAX_CHARTS = 20;
/** Free-text answers shown per question in the tab (all are counted). */
export const MAX_TEXTS_SHOWN = 200;
/** Anomalies listed in the tab (all are counted by reason). */
export const MAX_ANOMALIES_SHOWN = 5000;

const CHART_COLUMN = 6;

export function layoutBilan(r: BilanResult, date: string): BilanLayout {
  const rows: unknown[][] = [];
  const bold: number[] = [];
  const charts: ChartSpec[] = [];
  const k = r.k ?? 5;
  const small = t('bilan.out.small', {k});
  const push = (row: unknown[], isBold = false) => {
    rows.push(row);
    if (isBold) bold.push(rows.length);
  };
  const gap = () => push([]);

  push([t('bilan.out.title')], true);
  push([t('bilan.out.generated', {date, k})]);
  gap();
  push([t('bilan.out.summary')], true);
  push([t('bilan.out.responses'), r.responses]);
  push([t('bilan.out.sources'), r.sources.length]);
  for (const s of r.sources) push(['', s.sheet, s.responses]);
  push([t('bilan.out.satisfaction'), r.satisfaction ?? '']);
  push([t('bilan.out.nps'), r.nps ?? '']);
  push([t('bilan.out.anomalies'), r.anomalies.length]);

  const p = r.programme;
  if (p) {
    gap();
    push([t('bilan.out.programme')], true);
    const line = (key: Parameters<typeof t>[0], v: unknown) =>
      push([t(key), v ?? '']);
    line('bilan.out.sessionsPlanned', p.sessionsPlanned);
    line('bilan.out.sessionsHeld', p.sessionsHeld);
    line('bilan.out.registered', p.registered);
    line('bilan.out.attended', p.attended);
    line('bilan.out.schoolSessions', p.schoolSessions);
    line('bilan.out.generalPublicSessions', p.generalPublicSessions);
    line('bilan.out.schoolAttended', p.schoolAttended);
    line('bilan.out.generalPublicAttended', p.generalPublicAttended);
    line('bilan.out.communesReached', p.communesReached);
    line('bilan.out.communesInDepartement', p.communesInDepartement);
    line('bilan.out.populationShare', p.populationShare);
    line('bilan.out.structures', p.structures);
    line('bilan.out.responseRate', p.responseRate);
  }

  const o = r.organisers;
  if (o) {
    gap();
    push([t('bilan.out.organisers')], true);
    push([t('bilan.out.reports'), o.reports]);
    push([t('bilan.out.visitors'), o.visitors]);
    push([t('bilan.out.pupils'), o.pupils]);
    push([t('bilan.out.classes'), o.classes]);
    for (const [title, list, head] of [
      ['bilan.out.byStructure', o.byStructure, 'bilan.out.structure'],
      ['bilan.out.byCommune', o.byCommune, 'bilan.out.commune'],
    ] as const) {
      gap();
      push([t(title)], true);
      push(
        [
          t(head),
          t('bilan.out.visitors'),
          t('bilan.out.pupils'),
          t('bilan.out.classes'),
        ],
        true,
      );
      for (const x of list) push([x.name, x.visitors, x.pupils, x.classes]);
    }
  }

  gap();
  push([t('bilan.out.questions')], true);
  push(
    [
      t('bilan.out.source'),
      t('bilan.out.question'),
      t('bilan.out.kind'),
      t('bilan.out.answered'),
      t('bilan.out.mean'),
      t('bilan.out.median'),
      t('bilan.out.top2'),
      t('bilan.out.npsScore'),
    ],
    true,
  );
  if (r.questions.length === 0) push([t('bilan.out.noResponse')]);
  for (const q of r.questions) {
    push([
      q.source,
      q.title,
      kindLabel(q.type),
      q.answered,
      q.mean ?? '',
      q.median ?? '',
      q.top2 ?? '',
      q.nps ? q.nps.score : '',
    ]);
  }

  const chartable = (q: QuestionStats) =>
    q.type === 'nps' ||
    q.type === 'scale' ||
    q.type === 'choice' ||
    q.type === 'multi';
  const chartOrder = [...r.questions]
    .filter(q => chartable(q) && q.answered > 0)
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, MAX_CHARTS);
  const charted = new Set(chartOrder);

  for (const q of r.questions) {
    const entries = Object.entries(q.distribution);
    const hasTable = entries.length > 0 || q.type === 'number' || q.texts;
    if (!hasTable) continue;
    gap();
    push([q.title], true);
    if (q.type === 'number') {
      push([t('bilan.out.sum'), q.sum ?? 0]);
      push([t('bilan.out.mean'), q.mean ?? '']);
      push([t('bilan.out.median'), q.median ?? '']);
      continue;
    }
    if (q.texts) {
      push([t('bilan.out.texts')], true);
      const shown = q.texts.slice(0, MAX_TEXTS_SHOWN);
      for (const text of shown) push([text]);
      const more = q.answered - shown.length;
      if (more > 0) push([t('bilan.out.textsOmitted', {n: more})]);
      continue;
    }
    const pct =
      q.type === 'multi'
        ? t('bilan.out.percentRespondents')
        : t('bilan.out.percent');
    push([t('bilan.out.answer'), t('bilan.out.count'), pct], true);
    const first = rows.length + 1;
    for (const [label, count] of entries) {
      push([label, count, q.percentages?.[label] ?? '']);
    }
    if (charted.has(q)) {
      charts.push({
        row: first,
        column: 1,
        numRows: entries.length,
        title: q.title,
        anchorRow: first - 2,
        anchorColumn: CHART_COLUMN,
      });
    }
    if (q.nps) {
      push([t('bilan.out.promoters'), q.nps.promoters]);
      push([t('bilan.out.passives'), q.nps.passives]);
      push([t('bilan.out.detractors'), q.nps.detractors]);
      push([t('bilan.out.npsScore'), q.nps.score]);
    }
    // Leave room for the chart beside a short table.
    if (charted.has(q)) {
      const used = rows.length - (first - 2);
      for (let i = used; i < 16; i++) push([]);
    }
  }

  if (r.crossTabs.length > 0) {
    gap();
    push([t('bilan.out.crossTabs', {k})], true);
    for (const c of r.crossTabs) {
      gap();
      push(
        [t('bilan.out.crossTitle', {question: c.question, segment: c.segment})],
        true,
      );
      const head: unknown[] = [
        c.segment,
        ...c.columns,
        t('bilan.out.shownTotal'),
      ];
      if (c.rowMeans) head.push(t('bilan.out.mean'));
      push(head, true);
      c.rows.forEach((label, i) => {
        const line: unknown[] = [
          label,
          ...c.cells[i].map(cell => (cell.count === null ? small : cell.count)),
          c.rowTotals[i],
        ];
        if (c.rowMeans) line.push(c.rowMeans[i] ?? small);
        push(line);
      });
      push([t('bilan.out.shownTotal'), ...c.columnTotals]);
    }
  }

  gap();
  push([`${t('bilan.out.anomalies')} (${r.anomalies.length})`], true);
  if (r.anomalies.length === 0) {
    push([t('bilan.out.noAnomaly')]);
  } else {
    push(
      [
        t('bilan.out.source'),
        t('bilan.out.question'),
        t('bilan.out.row'),
        t('bilan.out.value'),
        t('bilan.out.reason'),
      ],
      true,
    );
    for (const a of r.anomalies.slice(0, MAX_ANOMALIES_SHOWN)) {
      push([a.source ?? '', a.question, a.row, a.value, a.reason]);
    }
  }

  const width = Math.max(2, ...rows.map(row => row.length));
  for (const row of rows) while (row.length < width) row.push('');
  return {rows, width, boldRows: bold, charts};
}

/** Charts go first to the NPS and scales, then to choices. */
function rank(q: QuestionStats): number {
  return q.type === 'nps'
    ? 0
    : q.type === 'scale'
      ? 1
      : q.type === 'choice'
        ? 2
        : 3;
}
