/**
 * The bilan as a plain data object: computed by src/bilan from the response
 * sheets and the tracker, written to the "Bilan" tab, stored (aggregates only,
 * never an answer that identifies someone) for the documents and the weekly
 * summary, and reported by `npm start` in report.json.
 */

export type QuestionType =
  | 'timestamp'
  | 'scale'
  | 'nps'
  | 'choice'
  | 'multi'
  | 'number'
  | 'text'
  | 'personal';

export interface NpsFigures {
  promoters: number;
  passives: number;
  detractors: number;
  /** % promoters − % detractors, from −100 to 100. */
  score: number;
}

export interface QuestionStats {
  title: string;
  type: QuestionType;
  /** Which response sheet (audience) the question comes from. */
  source: string;
  answered: number;
  mean: number | null;
  median: number | null;
  /** Answer or option → count (for multi: respondents who ticked it). */
  distribution: Record<string, number>;
  /** Share (0–100) of the top two boxes of a scale (4–5 on 1–5). */
  top2: number | null;
  nps: NpsFigures | null;
  /** For free text: the answers, e-mail addresses and phone numbers masked. */
  texts?: string[];
  /**
   * Answer or option → share (0–100, one decimal) of those who answered
   * (for multi: of the question's respondents). Same keys as distribution.
   */
  percentages?: Record<string, number>;
  /** Sum of the answers of a number question. */
  sum?: number;
  /** Bounds of a scale or NPS question, e.g. [1, 5]. */
  bounds?: [number, number];
  /** What the question is used for (segment, organisers' figure…), see ColumnRole. */
  role?: ColumnRole;
  /** 1-based column in its response sheet. */
  column?: number;
  /** Number of free-text answers left out of `texts` (the list is capped). */
  textsOmitted?: number;
}

/**
 * What a column is used for beyond its own statistics: a segment of the
 * cross-tabs (session, commune, age band), the organisers' figures, or the
 * overall satisfaction. '' when none.
 */
export type ColumnRole =
  | ''
  | 'session'
  | 'commune'
  | 'age'
  | 'structure'
  | 'visitors'
  | 'pupils'
  | 'classes'
  | 'satisfaction';

export interface CrossTabCell {
  /** The count, or null when suppressed (fewer than k answers). */
  count: number | null;
  mean?: number | null;
}

export interface CrossTab {
  question: string;
  segment: string;
  /** Segment values (rows) and answer values (columns). */
  rows: string[];
  columns: string[];
  cells: CrossTabCell[][];
  /** Segment values whose group is suppressed as "< k". */
  suppressed: string[];
  k: number;
  /** Per segment value: sum of its shown cells (suppressed cells left out). */
  rowTotals: number[];
  /** Per answer value: sum of its shown cells (suppressed cells left out). */
  columnTotals: number[];
  /** Per segment value: mean of a scale/NPS question, null when the group has fewer than k answers. */
  rowMeans?: (number | null)[];
}

export interface Anomaly {
  question: string;
  /** 1-based row in the response sheet. */
  row: number;
  value: string;
  reason: string;
  /** Machine-readable reason (reason is its French/English text). */
  code?: AnomalyCode;
  /** Response sheet the anomaly was found in. */
  source?: string;
}

export type AnomalyCode =
  | 'outOfScale'
  | 'notANumber'
  | 'notAnInteger'
  | 'other'
  | 'renamed'
  | 'added'
  | 'deleted'
  | 'notInForm'
  | 'duplicate'
  | 'empty';

export interface ProgrammeFigures {
  sessionsPlanned: number;
  sessionsHeld: number;
  registered: number;
  attended: number;
  schoolSessions: number;
  generalPublicSessions: number;
  communesReached: number;
  communesInDepartement: number;
  /** Share (0–100) of the département's population living in the communes reached. */
  populationShare: number;
  structures: number;
  /** Responses ÷ attendance, 0–100, or null when nobody attended. */
  responseRate: number | null;
  /** Attendance of school sessions and of the other sessions. */
  schoolAttended?: number;
  generalPublicAttended?: number;
  /** Official names of the communes reached (sessions held). */
  communes?: string[];
}

export interface OrganiserFigures {
  reports: number;
  visitors: number;
  pupils: number;
  classes: number;
  byStructure: {
    name: string;
    visitors: number;
    pupils: number;
    classes: number;
  }[];
  byCommune: {
    name: string;
    visitors: number;
    pupils: number;
    classes: number;
  }[];
}

export interface BilanResult {
  generatedAt: string;
  responses: number;
  sources: {
    sheet: string;
    formUrl: string;
    responses: number;
    /** True for the organisers' reports (their figures, not the public's opinion). */
    organisers?: boolean;
    /** ISO dates of the first and last responses. */
    first?: string | null;
    last?: string | null;
  }[];
  questions: QuestionStats[];
  segments: string[];
  crossTabs: CrossTab[];
  programme: ProgrammeFigures | null;
  organisers: OrganiserFigures | null;
  anomalies: Anomaly[];
  /** Running satisfaction (mean of the overall satisfaction question) and NPS. */
  satisfaction: number | null;
  nps: number | null;
  /** Number of anomalies by code (the list `anomalies` may be capped when stored). */
  anomalyCounts?: Partial<Record<AnomalyCode, number>>;
  /** Smallest group shown in the cross-tabs. */
  k?: number;
}
