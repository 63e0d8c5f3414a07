import type {BookingsReport} from './bookings';
/**
 * report.json: the stable, documented output of `npm start`
 * (docs/report-format.md). Only aggregates: never an e-mail address, phone
 * number or respondent's name (free-text answers are not copied; questions
 * the bilan marks "personal" carry no distribution).
 */

export const REPORT_FORMAT = 'territoire-de-sciences.preview-report';
export const REPORT_VERSION = 2;

export interface Rejection {
  file: string;
  /** 1-based line (CSV) or record number (JSON) in that file; 0 when the whole file is concerned. */
  line: number;
  reason: string;
}

export interface TrackerFigures {
  name: string;
  /** Distinct events (source ids) in the Programme tab. */
  events: number;
  /** Programme rows (one per timing). */
  sessions: number;
  /** Distinct official communes (INSEE codes) of the sessions. */
  communes: number;
  /** Distinct host structures of the sessions. */
  structures: number;
  rejected: Rejection[];
}

export type QuestionKind =
  | 'scale'
  | 'nps'
  | 'choice'
  | 'multi'
  | 'number'
  | 'text'
  | 'personal'
  | 'timestamp';

export interface QuestionFigures {
  title: string;
  type: QuestionKind;
  /** Response sheet (audience) the question belongs to. */
  source: string;
  answered: number;
  mean: number | null;
  median: number | null;
  distribution: Record<string, number>;
  top2: number | null;
  nps: {
    promoters: number;
    passives: number;
    detractors: number;
    score: number;
  } | null;
  /** A scale's labels from the lowest (rank 1) to the highest; null for other types. */
  scale: string[] | null;
}

export type FigureSourceName =
  'programme' | 'organisers' | 'programme+organisers' | 'none';

export interface ProgrammeReport {
  sessionsPlanned: number;
  sessionsHeld: number;
  communesReached: number;
  communesInDepartement: number;
  /** Percent (0–100, one decimal) of the département's population in the communes reached. */
  populationShare: number;
  visitors: number | null;
  pupils: number | null;
  classes: number | null;
  organiserReports: number;
  structuresWithoutReport: number;
  sources: {
    sessionsHeld: FigureSourceName;
    communesReached: FigureSourceName;
    visitors: FigureSourceName;
    pupils: FigureSourceName;
    classes: FigureSourceName;
    organiserReports: FigureSourceName;
    structuresWithoutReport: FigureSourceName;
  };
}

export interface CrossTabRowReport {
  group: string;
  n: number;
  /** Answer → count; null where the Bilan tab shows "s". */
  cells: Record<string, number | null>;
  mean: number | null;
  median: number | null;
}

export interface CrossTabReport {
  question: string;
  segment: string;
  source: string;
  rows: CrossTabRowReport[];
  total: CrossTabRowReport;
}

export interface EditionReport {
  name: string;
  sessions: number | null;
  communes: number | null;
  structures: number | null;
  visitors: number | null;
  pupils: number | null;
  responses: number | null;
  satisfaction: number | null;
  nps: number | null;
}

export interface BilanFigures {
  responses: number;
  questions: QuestionFigures[];
  segments: string[];
  programme: ProgrammeReport | null;
  crossTabs: CrossTabReport[];
  previous: EditionReport | null;
}

export interface WeeklyFigures {
  today: string;
  upcomingSessions: number;
  overdueTasks: number;
  mailsSent: number;
}

export interface DocumentFigures {
  kind: string;
  name: string;
  elements: {
    paragraphs: number;
    headings: number;
    listItems: number;
    tables: number;
    tableRows: number;
    images: number;
    pageBreaks: number;
  };
}

export type StepStatus = 'ok' | 'erreur' | 'non disponible';

export interface ActionFigures {
  name: string;
  /** Which event the action ran for: fds, festival or ecole. */
  event: string;
  status: StepStatus;
  /** The add-on's own message when status is "erreur", or why the step is not available. */
  message?: string;
  /** Executions summed in the step (each trigger run, each resumed run). */
  runs: number;
  serviceCalls: number;
  cellsRead: number;
  cellsWritten: number;
  predictedSeconds: number;
}

/** The dates the preview used for one tracker (YYYY-MM-DD). */
export interface EventDates {
  /** The weekly summary's date (null: not run for this tracker). */
  weekly: string | null;
  /** The bilan and documents' date. */
  bilan: string;
}

export interface EventReport {
  kind: 'fds' | 'fds-previous' | 'festival' | 'ecole';
  dates: EventDates;
  tracker: TrackerFigures;
  bilan: BilanFigures | null;
  weekly: WeeklyFigures | null;
  documents: DocumentFigures[];
  /** School bookings played (Fête de la science only; see docs/report-format.md). */
  bookings?: BookingsReport | null;
}

export interface Report extends EventReport {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  input: {
    /**
     * The built-in sample: the festival and the école d'été always come from it;
     * the Fête de la science's events / answers only without --events / --responses.
     */
    sample: {
      seed: number;
      scale: number;
      fdsEvents: boolean;
      fdsResponses: boolean;
    };
    events: {file: string; format: string; records: number}[];
    responses: {file: string; format: string; rows: number}[];
    bookings?: {file: string; requests: number}[];
    /** --today, or null when each output got a date of its own (see each tracker's `dates`). */
    today: string | null;
  };
  actions: ActionFigures[];
  others: EventReport[];
}
