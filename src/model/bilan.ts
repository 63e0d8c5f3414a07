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
}

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
}

export interface Anomaly {
  question: string;
  /** 1-based row in the response sheet. */
  row: number;
  value: string;
  reason: string;
}

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
  sources: {sheet: string; formUrl: string; responses: number}[];
  questions: QuestionStats[];
  segments: string[];
  crossTabs: CrossTab[];
  programme: ProgrammeFigures | null;
  organisers: OrganiserFigures | null;
  anomalies: Anomaly[];
  /** Running satisfaction (mean of the overall satisfaction question) and NPS. */
  satisfaction: number | null;
  nps: number | null;
}
