/**
 * Cross-tabs of a scale, NPS or single-choice question by a segment question
 * (session, commune, age band). Small cells are hidden so that none can be
 * worked out from what is shown (see suppress.ts): a group of fewer than k
 * answers whole, every cell of 1 to k−1 answers, then the complementary cells
 * the audit asks for. Every hidden value is left out of the result (null):
 * the result is exactly what a reader sees. A group's mean and median are
 * given only when none of its cells is hidden. A segment with many groups
 * (communes of residence) keeps its largest groups and merges the others
 * into one row, except per session (one row each, in its own tab).
 */
import type {CrossTab, CrossTabRow} from '../model/bilan';
import {normalizeKey} from '../gas/table';
import type {ColumnSpec} from './types';
import {EncodedColumn, medianFromCounts} from './stats';
import {suppress} from './suppress';
import {cellText, round} from './text';

/** Groups shown by name in a cross-tab of the Bilan tab (the others are merged). */
export const MAX_GROUPS = 10;

export interface Segment {
  spec: ColumnSpec;
  codes: Int32Array;
  labels: string[];
}

/**
 * Groups a segment column's answers: answers equal but for case, accents and
 * spacing are one group, shown under `canonical(text)` (the official commune
 * name) or under its first spelling. The key is computed once per distinct text.
 */
export function encodeSegment(
  spec: ColumnSpec,
  rows: readonly (readonly unknown[])[],
  canonical: (text: string) => string = s => s,
  mask: (text: string) => string = s => s,
): Segment {
  const codes = new Int32Array(rows.length).fill(-1);
  const byText = new Map<string, number>();
  const byKey = new Map<string, number>();
  const labels: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    const v = rows[i][spec.index];
    if (v === '' || v === null || v === undefined) continue;
    const s = cellText(v);
    if (s === '') continue;
    let code = byText.get(s);
    if (code === undefined) {
      const label = mask(canonical(s));
      const key = normalizeKey(label);
      code = byKey.get(key);
      if (code === undefined) {
        code = labels.length;
        labels.push(label);
        byKey.set(key, code);
      }
      byText.set(s, code);
    }
    codes[i] = code;
  }
  return {spec, codes, labels};
}

export interface CrossTabOptions {
  k: number;
  /** One row per group, however many (the "Bilan – par séance" tab). */
  perSession: boolean;
  /** Label of the merged row: "Autres ({n})". */
  others: (n: number) => string;
}

/** Mean (2 decimals) and median of a distribution over column values. */
function centre(
  counts: readonly number[],
  values: readonly number[] | undefined,
): {mean: number | null; median: number | null} {
  if (!values) return {mean: null, median: null};
  let n = 0;
  let sum = 0;
  counts.forEach((c, j) => {
    n += c;
    sum += c * values[j];
  });
  if (n === 0) return {mean: null, median: null};
  // Values are consecutive (numbers or ranks): the median from the counts.
  const lo = values[0];
  const contiguous = values.every((v, j) => v === lo + j);
  return {
    mean: round(sum / n, 2),
    median: contiguous ? medianFromCounts([...counts], lo, n) : null,
  };
}

/**
 * Cross-tab of `question` by `segment`, suppressed under `k`; null when
 * there is nothing to compare (fewer than two groups); 'withheld' when a
 * hidden cell could not be protected (then it must not be shown).
 */
export function crossTab(
  segment: Segment,
  question: EncodedColumn,
  options: CrossTabOptions,
): CrossTab | 'withheld' | null {
  const {k} = options;
  const nSeg = segment.labels.length;
  const nCol = question.labels.length;
  const counts = new Int32Array(nSeg * nCol);
  const groupN = new Int32Array(nSeg);
  const sc = segment.codes;
  const qc = question.codes;
  for (let i = 0; i < sc.length; i++) {
    const s = sc[i];
    const c = qc[i];
    if (s < 0 || c < 0) continue;
    counts[s * nCol + c]++;
    groupN[s]++;
  }
  // Columns: every answer value, but an "Autre" bucket nobody used is left out.
  const colTotalsAll = new Int32Array(nCol);
  for (let s = 0; s < nSeg; s++) {
    for (let c = 0; c < nCol; c++) colTotalsAll[c] += counts[s * nCol + c];
  }
  const keepCols: number[] = [];
  for (let c = 0; c < nCol; c++) {
    const optional =
      question.spec.kind === 'choice' && c >= question.spec.options.length;
    if (!optional || colTotalsAll[c] > 0) keepCols.push(c);
  }
  const order = [...Array(nSeg).keys()]
    .filter(s => groupN[s] > 0)
    .sort(
      (a, b) =>
        groupN[b] - groupN[a] ||
        segment.labels[a].localeCompare(segment.labels[b]),
    );
  // Groups shown by name, and those merged into one row.
  let named = order;
  let merged: number[] = [];
  if (!options.perSession && order.length > MAX_GROUPS) {
    named = order.filter(s => groupN[s] >= k).slice(0, MAX_GROUPS);
    const shown = new Set(named);
    merged = order.filter(s => !shown.has(s));
    if (merged.length === 1) {
      named = [...named, merged[0]];
      merged = [];
    }
  }
  const nRows = named.length + (merged.length > 0 ? 1 : 0);
  if (nRows < 2) return null;
  const width = keepCols.length;
  const table = new Int32Array(nRows * width);
  const labels: string[] = [];
  named.forEach((s, r) => {
    labels.push(segment.labels[s]);
    keepCols.forEach((c, j) => (table[r * width + j] = counts[s * nCol + c]));
  });
  if (merged.length > 0) {
    labels.push(options.others(merged.length));
    const r = named.length;
    for (const s of merged) {
      keepCols.forEach(
        (c, j) => (table[r * width + j] += counts[s * nCol + c]),
      );
    }
  }
  const {hidden, publishable} = suppress(table, nRows, width, k);
  if (!publishable) return 'withheld';
  const withMean =
    question.spec.kind === 'scale' || question.spec.kind === 'nps';
  const values = withMean
    ? keepCols.map(c => question.values?.[c] ?? c)
    : undefined;
  const rows: CrossTabRow[] = [];
  let hiddenCells = 0;
  const totals = new Array<number>(width).fill(0);
  for (let r = 0; r < nRows; r++) {
    const line: number[] = [];
    const cells: (number | null)[] = [];
    let n = 0;
    let anyHidden = false;
    for (let j = 0; j < width; j++) {
      const x = table[r * width + j];
      line.push(x);
      n += x;
      totals[j] += x;
      if (hidden[r * width + j]) {
        cells.push(null);
        anyHidden = true;
        hiddenCells++;
      } else cells.push(x);
    }
    // A mean over hidden cells could give them away: only for whole groups.
    const c = !anyHidden ? centre(line, values) : {mean: null, median: null};
    const row: CrossTabRow = {
      group: labels[r],
      n,
      cells,
      mean: c.mean,
      median: c.median,
    };
    if (merged.length > 0 && r === named.length) row.merged = merged.length;
    rows.push(row);
  }
  const all = centre(totals, values);
  return {
    question: question.spec.title,
    source: question.spec.source,
    segment: segment.spec.title,
    segmentRole: segment.spec.role,
    columns: keepCols.map(c => question.labels[c]),
    rows,
    total: {
      group: '',
      n: totals.reduce((a, b) => a + b, 0),
      cells: totals,
      mean: all.mean,
      median: all.median,
    },
    k,
    hiddenCells,
    withMean,
    perSession: options.perSession,
  };
}
