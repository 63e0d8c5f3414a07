/**
 * Statistics of one column, in one pass over its cells: answered count, mean,
 * median, distribution and percentages, top-2-box, NPS, checkbox options,
 * masked free text; every answer that does not fit its question becomes an
 * anomaly (never silently dropped). The pass also encodes each row's answer
 * as a category index, which the cross-tabs reuse.
 */
import type {
  Anomaly,
  AnomalyCode,
  NpsFigures,
  QuestionStats,
} from '../model/bilan';
import type {ColumnSpec} from './types';
import {cellText, maskPersonal, parseNumber, percent, round} from './text';
import {multiSeparator, splitMulti} from './infer';
import {rankLookup} from './scales';

/** The words the statistics need, from the catalogue (kept out of this pure module). */
export interface StatsLabels {
  other: string;
  emailMark: string;
  phoneMark: string;
  reasons: Record<AnomalyCode, string>;
}

/** A column's answers as category indexes (-1: no valid answer), for cross-tabs. */
export interface EncodedColumn {
  spec: ColumnSpec;
  codes: Int32Array;
  labels: string[];
  /** Numeric answer per row (NaN when none), for scale, NPS and number columns. */
  nums: Float64Array | null;
  /** A scale's or NPS's value of each category (its number, or its rank for words). */
  values?: number[];
}

export interface ColumnResult {
  stats: QuestionStats | null;
  encoded: EncodedColumn | null;
  /** For the timestamp column: first and last answers. */
  first?: Date | null;
  last?: Date | null;
}

/** Free-text answers kept per question (the rest are counted). */
export const MAX_TEXTS = 1000;
/** Longest answer text kept in an anomaly. */
const MAX_ANOMALY_VALUE = 200;

function emptyStats(spec: ColumnSpec): QuestionStats {
  return {
    title: spec.title,
    type: spec.kind,
    source: spec.source,
    answered: 0,
    mean: null,
    median: null,
    distribution: {},
    percentages: {},
    top2: null,
    nps: null,
    role: spec.role,
    column: spec.column,
  };
}

/**
 * Analyses one column. `rows` are the sheet's data rows (header excluded);
 * row numbers in anomalies are sheet rows (header = row 1).
 */
export function analyseColumn(
  spec: ColumnSpec,
  rows: readonly (readonly unknown[])[],
  labels: StatsLabels,
  anomalies: Anomaly[],
  sep = multiSeparator('sheet'),
): ColumnResult {
  const flag = (row: number, value: unknown, code: AnomalyCode) => {
    let text = maskPersonal(
      cellText(value),
      labels.emailMark,
      labels.phoneMark,
    );
    if (text.length > MAX_ANOMALY_VALUE) {
      text = text.slice(0, MAX_ANOMALY_VALUE - 1) + '…';
    }
    anomalies.push({
      question: spec.title,
      row: row + 2,
      value: text,
      reason: labels.reasons[code],
      code,
      source: spec.source,
    });
  };
  switch (spec.kind) {
    case 'timestamp':
      return timestamps(spec, rows);
    case 'personal':
      return {stats: null, encoded: null};
    case 'scale':
    case 'nps':
      return scale(spec, rows, flag);
    case 'number':
      return numbers(spec, rows, flag);
    case 'choice':
      return choice(spec, rows, labels, flag);
    case 'multi':
      return multi(spec, rows, labels, flag, sep);
    default:
      return texts(spec, rows, labels);
  }
}

type Flag = (row: number, value: unknown, code: AnomalyCode) => void;

function isEmpty(v: unknown): boolean {
  return (
    v === '' ||
    v === null ||
    v === undefined ||
    (typeof v === 'string' && v.trim() === '')
  );
}

function timestamps(
  spec: ColumnSpec,
  rows: readonly (readonly unknown[])[],
): ColumnResult {
  let first: Date | null = null;
  let last: Date | null = null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of rows) {
    const v = r[spec.index];
    if (!(v instanceof Date)) continue;
    const ms = v.getTime();
    if (ms < lo) {
      lo = ms;
      first = v;
    }
    if (ms > hi) {
      hi = ms;
      last = v;
    }
  }
  return {stats: null, encoded: null, first, last};
}

/** Median of integer answers from their counts (values lo, lo+1, …). */
export function medianFromCounts(
  counts: number[],
  lo: number,
  n: number,
): number {
  const a = Math.floor((n - 1) / 2);
  const b = Math.floor(n / 2);
  let seen = 0;
  let va = NaN;
  let vb = NaN;
  for (let i = 0; i < counts.length; i++) {
    const next = seen + counts[i];
    if (isNaN(va) && a < next) va = lo + i;
    if (isNaN(vb) && b < next) {
      vb = lo + i;
      break;
    }
    seen = next;
  }
  return (va + vb) / 2;
}

/**
 * A scale written in words (or numbers with labelled ends): each answer is
 * its rank, 1 for the lowest label; an answer that is none of the labels is
 * an anomaly.
 */
function wordScale(
  spec: ColumnSpec,
  rows: readonly (readonly unknown[])[],
  flag: Flag,
): ColumnResult {
  const labels = spec.options;
  const size = labels.length;
  const rankOf = rankLookup(labels);
  const counts = new Array<number>(size).fill(0);
  const codes = new Int32Array(rows.length).fill(-1);
  const nums = new Float64Array(rows.length).fill(NaN);
  const cache = new Map<string, number | undefined>();
  let n = 0;
  let sum = 0;
  for (let i = 0; i < rows.length; i++) {
    const v = rows[i][spec.index];
    if (isEmpty(v)) continue;
    const text = cellText(v);
    let rank = cache.get(text);
    if (!cache.has(text)) {
      rank = rankOf(text);
      cache.set(text, rank);
    }
    if (rank === undefined) {
      flag(i, v, 'outOfScale');
      continue;
    }
    counts[rank - 1]++;
    codes[i] = rank - 1;
    nums[i] = rank;
    n++;
    sum += rank;
  }
  const stats = emptyStats(spec);
  stats.bounds = [1, size];
  stats.scale = [...labels];
  stats.answered = n;
  labels.forEach((label, i) => {
    stats.distribution[label] = counts[i];
    stats.percentages![label] = percent(counts[i], n);
  });
  if (n > 0) {
    stats.mean = round(sum / n, 2);
    stats.median = medianFromCounts(counts, 1, n);
    const top = counts[size - 1] + (size > 1 ? counts[size - 2] : 0);
    stats.top2 = percent(top, n);
  }
  const values = labels.map((_, i) => i + 1);
  return {stats, encoded: {spec, codes, labels: [...labels], nums, values}};
}

function scale(
  spec: ColumnSpec,
  rows: readonly (readonly unknown[])[],
  flag: Flag,
): ColumnResult {
  if (spec.kind === 'scale' && spec.options.length > 1) {
    return wordScale(spec, rows, flag);
  }
  const [lo, hi] = spec.bounds ?? (spec.kind === 'nps' ? [0, 10] : [1, 5]);
  const size = hi - lo + 1;
  const counts = new Array<number>(size).fill(0);
  const codes = new Int32Array(rows.length).fill(-1);
  const nums = new Float64Array(rows.length).fill(NaN);
  let n = 0;
  let sum = 0;
  for (let i = 0; i < rows.length; i++) {
    const v = rows[i][spec.index];
    if (isEmpty(v)) continue;
    const x = parseNumber(v);
    if (x === null) {
      flag(i, v, 'notANumber');
      continue;
    }
    if (!Number.isInteger(x)) {
      flag(i, v, 'notAnInteger');
      continue;
    }
    if (x < lo || x > hi) {
      flag(i, v, 'outOfScale');
      continue;
    }
    counts[x - lo]++;
    codes[i] = x - lo;
    nums[i] = x;
    n++;
    sum += x;
  }
  const labels = counts.map((_, i) => String(lo + i));
  const stats = emptyStats(spec);
  stats.bounds = [lo, hi];
  stats.scale = [...labels];
  stats.answered = n;
  for (let i = 0; i < size; i++) {
    stats.distribution[labels[i]] = counts[i];
    stats.percentages![labels[i]] = percent(counts[i], n);
  }
  if (n > 0) {
    stats.mean = round(sum / n, 2);
    stats.median = medianFromCounts(counts, lo, n);
  }
  if (spec.kind === 'nps') {
    stats.nps = npsOf(counts, lo, n);
  } else if (n > 0) {
    const top = counts[size - 1] + (size > 1 ? counts[size - 2] : 0);
    stats.top2 = percent(top, n);
  }
  const values = counts.map((_, i) => lo + i);
  return {stats, encoded: {spec, codes, labels, nums, values}};
}

/** Promoters 9–10, passives 7–8, detractors 0–6; score = % promoters − % detractors. */
function npsOf(counts: number[], lo: number, n: number): NpsFigures {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  counts.forEach((c, i) => {
    const v = lo + i;
    if (v >= 9) promoters += c;
    else if (v >= 7) passives += c;
    else detractors += c;
  });
  return {
    promoters,
    passives,
    detractors,
    score: n > 0 ? round(((promoters - detractors) * 100) / n, 1) : 0,
  };
}

function numbers(
  spec: ColumnSpec,
  rows: readonly (readonly unknown[])[],
  flag: Flag,
): ColumnResult {
  const values = new Float64Array(rows.length);
  const nums = new Float64Array(rows.length).fill(NaN);
  let n = 0;
  let sum = 0;
  for (let i = 0; i < rows.length; i++) {
    const v = rows[i][spec.index];
    if (isEmpty(v)) continue;
    const x = parseNumber(v);
    if (x === null) {
      flag(i, v, 'notANumber');
      continue;
    }
    values[n++] = x;
    nums[i] = x;
    sum += x;
  }
  const stats = emptyStats(spec);
  stats.answered = n;
  stats.sum = round(sum, 2);
  if (n > 0) {
    const sorted = values.subarray(0, n).sort();
    stats.mean = round(sum / n, 2);
    stats.median = round((sorted[(n - 1) >> 1] + sorted[n >> 1]) / 2, 2);
  }
  return {
    stats,
    encoded: {
      spec,
      codes: new Int32Array(rows.length).fill(-1),
      labels: [],
      nums,
    },
  };
}

/** Index of each known option, exact first, then ignoring case. */
function optionIndex(options: readonly string[]) {
  const exact = new Map<string, number>();
  const lower = new Map<string, number>();
  options.forEach((o, i) => {
    if (!exact.has(o)) exact.set(o, i);
    const l = o.toLowerCase();
    if (!lower.has(l)) lower.set(l, i);
  });
  return (s: string): number | undefined =>
    exact.get(s) ?? lower.get(s.toLowerCase());
}

/** The option list with the "Autre" bucket last (merged with a literal "Autre" option). */
function withOther(
  options: readonly string[],
  other: string,
  words: StatsLabels,
) {
  // Labels are shown and stored: never an e-mail address or a phone number.
  const labels = options.map(o =>
    maskPersonal(o, words.emailMark, words.phoneMark),
  );
  let otherIndex = labels.findIndex(
    o => o.toLowerCase() === other.toLowerCase(),
  );
  if (otherIndex < 0) {
    labels.push(other);
    otherIndex = labels.length - 1;
  }
  return {labels, otherIndex};
}

function choice(
  spec: ColumnSpec,
  rows: readonly (readonly unknown[])[],
  words: StatsLabels,
  flag: Flag,
): ColumnResult {
  const {labels, otherIndex} = withOther(spec.options, words.other, words);
  const find = optionIndex(spec.options);
  const counts = new Array<number>(labels.length).fill(0);
  const codes = new Int32Array(rows.length).fill(-1);
  let n = 0;
  for (let i = 0; i < rows.length; i++) {
    const v = rows[i][spec.index];
    if (isEmpty(v)) continue;
    const s = cellText(v);
    let at = find(s);
    if (at === undefined) {
      at = otherIndex;
      flag(i, v, 'other');
    }
    counts[at]++;
    codes[i] = at;
    n++;
  }
  return {
    stats: categorical(spec, labels, counts, n, otherIndex),
    encoded: {spec, codes, labels, nums: null},
  };
}

function categorical(
  spec: ColumnSpec,
  labels: string[],
  counts: number[],
  n: number,
  otherIndex: number,
): QuestionStats {
  const stats = emptyStats(spec);
  stats.answered = n;
  labels.forEach((label, i) => {
    // The "Autre" bucket shows only when someone answered something else.
    if (i === otherIndex && counts[i] === 0 && i >= spec.options.length) return;
    stats.distribution[label] = (stats.distribution[label] ?? 0) + counts[i];
    stats.percentages![label] = percent(stats.distribution[label], n);
  });
  return stats;
}

function multi(
  spec: ColumnSpec,
  rows: readonly (readonly unknown[])[],
  words: StatsLabels,
  flag: Flag,
  sep: string,
): ColumnResult {
  const {labels, otherIndex} = withOther(spec.options, words.other, words);
  const find = optionIndex(spec.options);
  const counts = new Array<number>(labels.length).fill(0);
  const longestFirst = [...spec.options].sort((a, b) => b.length - a.length);
  // Answers repeat: each distinct answer is split once.
  const cache = new Map<string, {ticked: number[]; unknown: string[]}>();
  let n = 0;
  for (let i = 0; i < rows.length; i++) {
    const v = rows[i][spec.index];
    if (isEmpty(v)) continue;
    const s = cellText(v);
    let parsed = cache.get(s);
    if (!parsed) {
      const whole = find(s);
      const pieces =
        whole !== undefined ? [s] : splitMulti(s, sep, longestFirst);
      const ticked = new Set<number>();
      const unknown: string[] = [];
      for (const piece of pieces) {
        const at = whole ?? find(piece);
        if (at === undefined) {
          unknown.push(piece);
          ticked.add(otherIndex);
        } else ticked.add(at);
      }
      parsed = {ticked: [...ticked], unknown};
      cache.set(s, parsed);
    }
    if (parsed.ticked.length === 0) continue;
    for (const piece of parsed.unknown) flag(i, piece, 'other');
    for (const at of parsed.ticked) counts[at]++;
    n++;
  }
  return {
    stats: categorical(spec, labels, counts, n, otherIndex),
    encoded: null,
  };
}

function texts(
  spec: ColumnSpec,
  rows: readonly (readonly unknown[])[],
  words: StatsLabels,
): ColumnResult {
  const stats = emptyStats(spec);
  const kept: string[] = [];
  let n = 0;
  for (let i = 0; i < rows.length; i++) {
    const v = rows[i][spec.index];
    if (isEmpty(v)) continue;
    n++;
    if (kept.length < MAX_TEXTS) {
      kept.push(maskPersonal(cellText(v), words.emailMark, words.phoneMark));
    }
  }
  stats.answered = n;
  stats.texts = kept;
  if (n > kept.length) stats.textsOmitted = n - kept.length;
  return {stats, encoded: null};
}
