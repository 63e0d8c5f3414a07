/**
 * What the Bilan tab and the bilan document both show of a question, so that
 * they show the same numbers: its answers in reading order (a scale in its
 * order, options most frequent first, the top ten and the rest grouped when
 * there are dozens), and the chart of them. Pure.
 */
import type {
  BilanAudience,
  EditionFigures,
  QuestionStats,
} from '../model/bilan';

/** Options shown by name; the others are grouped in one line. */
export const TOP_OPTIONS = 10;

export interface DisplayEntry {
  label: string;
  count: number;
  /** Share (0–100) as the bilan computed it, or null for a grouped line of checkbox options. */
  percent: number | null;
  /** The line groups this many options ("Autres (35)"). */
  grouped?: number;
}

/** The specification of a chart: what Google's chart is built from. */
export interface ChartData {
  /** 'column' (vertical bars) for a scale in order, 'bar' (horizontal) for options. */
  type: 'column' | 'bar';
  title: string;
  /** One label per bar: the answers, as in the table. */
  labels: string[];
  values: number[];
  /** Title of the value axis. */
  valueTitle: string;
}

/** Reader's order of the audiences: the public first, the organisers last. */
export const AUDIENCE_ORDER: BilanAudience[] = [
  'public',
  'teachers',
  'summer',
  'organisers',
  'other',
];

/**
 * The answers of a closed question as lines: a scale or NPS in its order
 * (never grouped), options most frequent first with, past TOP_OPTIONS + 1,
 * the rest grouped under `rest(n)`.
 */
export function displayEntries(
  q: QuestionStats,
  rest: (n: number) => string,
): DisplayEntry[] {
  // The bilan's own share (same base as its tab); older stored bilans have none.
  const pct = (label: string): number | null =>
    q.percentages?.[label] ??
    (q.answered > 0
      ? Math.round(((q.distribution[label] ?? 0) * 1000) / q.answered) / 10
      : null);
  if (q.type === 'scale' || q.type === 'nps') {
    const labels =
      q.scale ??
      Object.keys(q.distribution).sort((a, b) => Number(a) - Number(b));
    return labels.map(label => ({
      label,
      count: q.distribution[label] ?? 0,
      percent: pct(label),
    }));
  }
  const entries = Object.entries(q.distribution)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'fr'))
    .map(([label, count]) => ({label, count, percent: pct(label)}));
  if (entries.length <= TOP_OPTIONS + 1) return entries;
  const top = entries.slice(0, TOP_OPTIONS);
  const others = entries.slice(TOP_OPTIONS);
  const count = others.reduce((n, e) => n + e.count, 0);
  // Single choice: shares of the same base add up. Checkboxes: a respondent
  // may have ticked several of the rest, so their shares do not add up.
  const percent =
    q.type === 'choice'
      ? Math.round(others.reduce((n, e) => n + (e.percent ?? 0), 0) * 10) / 10
      : null;
  return [
    ...top,
    {label: rest(others.length), count, percent, grouped: others.length},
  ];
}

/** Questions drawn as a chart: closed questions that have answers. */
export function isChartable(q: QuestionStats): boolean {
  return (
    (q.type === 'scale' ||
      q.type === 'nps' ||
      q.type === 'choice' ||
      q.type === 'multi') &&
    q.answered > 0
  );
}

/** The chart of a question: the same lines as its table. */
export function chartData(
  q: QuestionStats,
  rest: (n: number) => string,
  valueTitle: string,
): ChartData {
  const entries = displayEntries(q, rest);
  return {
    type: q.type === 'scale' || q.type === 'nps' ? 'column' : 'bar',
    title: q.title,
    labels: entries.map(e => e.label),
    values: entries.map(e => e.count),
    valueTitle,
  };
}

/** One key figure of the year-over-year comparison. */
export interface KeyFigureRow {
  key:
    | 'sessions'
    | 'communes'
    | 'structures'
    | 'visitors'
    | 'pupils'
    | 'responses'
    | 'satisfaction'
    | 'nps';
  current: number | null;
  previous: number | null;
  /** current − previous, when both are known. */
  change: number | null;
  /** Change in % of the previous figure (counts only), when both are known. */
  changePercent: number | null;
}

const KEYS: KeyFigureRow['key'][] = [
  'sessions',
  'communes',
  'structures',
  'visitors',
  'pupils',
  'responses',
  'satisfaction',
  'nps',
];

/**
 * The key figures of this edition beside the previous one's. A satisfaction
 * on another scale than last year's is not compared (its change is null).
 */
export function keyFigureRows(
  current: EditionFigures,
  previous: EditionFigures | null,
): KeyFigureRow[] {
  const comparable =
    !previous ||
    String(current.satisfactionScale) === String(previous.satisfactionScale);
  return KEYS.map(key => {
    const cur = current[key];
    const prev = previous ? previous[key] : null;
    const both = cur !== null && prev !== null;
    const counts = key !== 'satisfaction' && key !== 'nps';
    const change =
      both && (key !== 'satisfaction' || comparable)
        ? Math.round((cur - prev) * 100) / 100
        : null;
    return {
      key,
      current: cur,
      previous: prev,
      change,
      changePercent:
        both && counts && prev !== 0
          ? Math.round(((cur - prev) * 1000) / prev) / 10
          : null,
    };
  });
}
