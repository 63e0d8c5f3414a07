/**
 * What every import parser returns: the Programme rows it could read and,
 * for every record it could not, the line (or record number) and the reason.
 * Records given = records accepted + records rejected: nothing is dropped
 * silently.
 */
import type {MessageKey} from '../../i18n';
import type {CommuneIndex} from '../communes';

/** One session (créneau) ready for the Programme tab. */
export interface ImportedSession {
  /** Stable id of the session in its source ("fds:123#1", "oa:456#2", "csv:…"). */
  sourceId: string;
  /** The id typed in a CSV "Identifiant" column, if any. */
  id: string;
  title: string;
  animationKind: string;
  date: Date;
  start: string;
  end: string;
  venue: string;
  address: string;
  commune: string;
  insee: string;
  structure: string;
  /** Other structures named by the source (partners, co-organisers). */
  partners: string[];
  speakers: string;
  public: string;
  minAge: number | null;
  capacity: number | null;
  registered: number | null;
  attended: number | null;
  questionnaireLink: string;
  registrationLink: string;
  description: string;
  /** 'annulé' when the source says so, else '' (the tracker keeps its own). */
  status: string;
  notes: string;
  /** Line (CSV) or record number (JSON) it came from. */
  line: number;
}

export interface Rejection {
  line: number;
  /** The field as named in the file (e.g. "horaires_iso", "Jauge"). */
  field: string;
  /** Catalogue key of the reason, and its parameters. */
  reason: MessageKey;
  params: Record<string, string | number>;
}

/** The formats the import reads (report.json's input.events[].format too). */
export type ImportFormat =
  'fds' | 'openagenda' | 'ods-openagenda' | 'ics' | 'csv';

export interface ImportResult {
  format: ImportFormat;
  /** Records (JSON), data lines (CSV) or VEVENTs (iCalendar) in the file. */
  given: number;
  /** Records turned into rows (each may give several rows, one per timing). */
  accepted: number;
  rows: ImportedSession[];
  rejected: Rejection[];
  /** What a rejection's number is: a line of the file, a record's rank, or the line a VEVENT starts on. */
  numbering: 'line' | 'record' | 'event';
}

export interface ImportContext {
  communes: CommuneIndex;
  /** The tracker's time zone (the spreadsheet's); Europe/Paris when absent. */
  timeZone?: string;
}

/** A record-level failure inside a parser: becomes one Rejection. */
export class RecordError extends Error {
  constructor(
    readonly field: string,
    readonly reason: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(reason);
  }
}
