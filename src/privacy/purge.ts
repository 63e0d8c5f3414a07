/**
 * Which answers a purge deletes from one response sheet (pure): the rows whose
 * timestamp is a date before the cut-off. Rows without a readable timestamp
 * are kept (nothing is deleted that cannot be dated). The deleted rows are
 * given as contiguous blocks, bottom first, so that deleting them one block at
 * a time never shifts a block still to delete.
 */
import {findColumn} from '../gas/table';

const TIMESTAMP_HEADERS = ['Horodateur', 'Timestamp', 'Horodatage'];

export interface RowBlock {
  /** 1-based sheet row of the block's first row. */
  start: number;
  count: number;
}

export interface PurgePlan {
  deleted: number;
  /** Contiguous blocks of rows to delete, last block first. */
  blocks: RowBlock[];
  /** How many data rows stay. */
  kept: number;
}

/** @param values the whole sheet, header row first */
export function planPurge(
  values: readonly (readonly unknown[])[],
  cutoff: Date,
): PurgePlan {
  if (values.length < 2) return {deleted: 0, blocks: [], kept: 0};
  const headers = values[0].map(h => String(h ?? '').trim());
  const tsAt = Math.max(0, findColumn(headers, TIMESTAMP_HEADERS));
  const blocks: RowBlock[] = [];
  let kept = 0;
  let deleted = 0;
  values.slice(1).forEach((row, i) => {
    const ts = row[tsAt];
    const old = ts instanceof Date && ts.getTime() < cutoff.getTime();
    if (!old) {
      kept += 1;
      return;
    }
    deleted += 1;
    const sheetRow = i + 2;
    const last = blocks[blocks.length - 1];
    if (last && last.start + last.count === sheetRow) last.count += 1;
    else blocks.push({start: sheetRow, count: 1});
  });
  return {deleted, blocks: blocks.reverse(), kept};
}
