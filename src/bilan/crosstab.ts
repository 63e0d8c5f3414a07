/**
 * Cross-tabs of a scale, NPS or single-choice question by a segment question
 * (session, commune, age band), with small-cell suppression: a group of
 * fewer than k answers is suppressed whole; within a shown group, every cell
 * of 1 to k−1 answers is shown as "< k" and left out of the row and column
 * totals, so that no suppressed cell can be recovered by subtraction.
 * A cell of 0 is shown (it singles nobody out).
 */
import type {CrossTab} from '../model/bilan';
import {normalizeKey} from '../gas/table';
import type {ColumnSpec} from './types';
import type {EncodedColumn} from './stats';
import {cellText, round} from './text';

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

/** Cross-tab of `question` by `segment` with suppression under `k`. */
export function crossTab(
  segment: Segment,
  question: EncodedColumn,
  k: number,
): CrossTab {
  const nSeg = segment.labels.length;
  const nCol = question.labels.length;
  const counts = new Int32Array(nSeg * nCol);
  const groupN = new Int32Array(nSeg);
  const groupSum = new Float64Array(nSeg);
  const sc = segment.codes;
  const qc = question.codes;
  const nums = question.nums;
  for (let i = 0; i < sc.length; i++) {
    const s = sc[i];
    const c = qc[i];
    if (s < 0 || c < 0) continue;
    counts[s * nCol + c]++;
    groupN[s]++;
    if (nums) groupSum[s] += nums[i];
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
  const withMean =
    question.spec.kind === 'scale' || question.spec.kind === 'nps';
  const table: CrossTab = {
    question: question.spec.title,
    segment: segment.spec.title,
    rows: order.map(s => segment.labels[s]),
    columns: keepCols.map(c => question.labels[c]),
    cells: [],
    suppressed: [],
    k,
    rowTotals: [],
    columnTotals: keepCols.map(() => 0),
  };
  if (withMean) table.rowMeans = [];
  for (const s of order) {
    const small = groupN[s] < k;
    if (small) table.suppressed.push(segment.labels[s]);
    let total = 0;
    const cells = keepCols.map((c, j) => {
      const count = counts[s * nCol + c];
      if (small || (count > 0 && count < k)) return {count: null};
      total += count;
      table.columnTotals[j] += count;
      return {count};
    });
    table.cells.push(cells);
    table.rowTotals.push(total);
    if (table.rowMeans) {
      table.rowMeans.push(small ? null : round(groupSum[s] / groupN[s], 2));
    }
  }
  return table;
}
