/**
 * The one per-record loop of the importers: each record of the file is either
 * turned into Programme rows or refused with its line, field and reason, so
 * that records given = records accepted + records refused, always. A record's
 * identity in its source is checked for duplicates before anything else is
 * read, so that a second copy is named as such whatever else it holds.
 */
import {appendAll} from '../../shared/arrays';
import {SourceRecord, rejectionOf, toSessions} from './common';
import type {ImportContext, ImportedSession, Rejection} from './types';
import {RecordError} from './types';

/** A record's identity: its key in the source and the field that holds it. */
export interface Identity {
  field: string;
  key: string;
  /** The identifier as the file writes it, for the duplicate's message. */
  shown: string;
}

/** What a format tells the loop about its records. */
export interface RecordReader<T> {
  /** The record's line in the file (CSV, iCalendar) or its number (JSON). */
  line(item: T, index: number): number;
  /** The record's identity; throws a RecordError when it has none. */
  identity(item: T, line: number): Identity;
  /** The record read; throws a RecordError for the first fault found. */
  read(item: T, line: number, identity: Identity): SourceRecord;
}

export interface RecordsRead {
  rows: ImportedSession[];
  rejected: Rejection[];
  accepted: number;
}

export function readRecords<T>(
  items: readonly T[],
  reader: RecordReader<T>,
  ctx: ImportContext,
): RecordsRead {
  const rows: ImportedSession[] = [];
  const rejected: Rejection[] = [];
  const seen = new Map<string, number>();
  let accepted = 0;
  items.forEach((item, index) => {
    const line = reader.line(item, index);
    try {
      const identity = reader.identity(item, line);
      const first = seen.get(identity.key);
      if (first !== undefined) {
        throw new RecordError(
          identity.field,
          'tracker.import.reason.duplicate',
          {value: identity.shown, first},
        );
      }
      seen.set(identity.key, line);
      appendAll(rows, toSessions(reader.read(item, line, identity), ctx));
      accepted++;
    } catch (e) {
      rejected.push(rejectionOf(e, line));
    }
  });
  return {rows, rejected, accepted};
}
