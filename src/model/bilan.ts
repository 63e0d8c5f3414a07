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
  /**
   * A scale's labels from the lowest (rank 1) to the highest: the words of a
   * scale written in words, else its numbers. Mean, median and top-2-box are
   * on the ranks (the numbers themselves for a numeric scale).
   */
  scale?: string[];
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

/**
 * One group of a cross-tab as a reader sees it: every hidden value is null.
 * A mean or a median is given only for a group none of whose cells is hidden
 * (then it reveals nothing the cells do not already show).
 */
export interface CrossTabRow {
  group: string;
  /** Answers of the group (to both questions). */
  n: number;
  /** One per column: the count, or null when hidden. */
  cells: (number | null)[];
  mean: number | null;
  median: number | null;
  /** Number of groups merged into this one ("Autres communes"), when merged. */
  merged?: number;
}

export interface CrossTab {
  question: string;
  /** Response sheet (audience) of both questions. */
  source: string;
  segment: string;
  segmentRole: ColumnRole;
  /** Answer values (columns), in the question's order. */
  columns: string[];
  rows: CrossTabRow[];
  /** Every group together: column totals, n, mean and median (never hidden). */
  total: CrossTabRow;
  /** Smallest group shown. */
  k: number;
  /** Cells shown as hidden ("s"). */
  hiddenCells: number;
  /** Scale or NPS: the groups' means and medians are meaningful. */
  withMean: boolean;
  /** Shown in the "Bilan – par séance" tab (one row per session) rather than the Bilan tab. */
  perSession: boolean;
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

/** Where a figure comes from. */
export type FigureSource =
  'programme' | 'organisers' | 'programme+organisers' | 'none';

/** A commune where sessions were held: the coverage of the territory. */
export interface CommuneCoverage {
  /** Official name. */
  name: string;
  insee: string;
  population: number;
  /** Sessions held there. */
  sessions: number;
  /** Sum of the Programme's "Présents" of those sessions, null when none is filled. */
  attended: number | null;
  /** Visitors the organisers reported for that commune (their main commune), null when none did. */
  visitors: number | null;
  /** Structures that held sessions there. */
  structures: number;
}

/** A commune of the département with no session held (a white zone). */
export interface WhiteZone {
  name: string;
  insee: string;
  population: number;
}

/** One structure: its sessions held, its Programme figures and its report. */
export interface StructureFigures {
  name: string;
  sessions: number;
  /** Sum of its "Présents", null when none is filled. */
  attended: number | null;
  reported: boolean;
  visitors: number | null;
  pupils: number | null;
  classes: number | null;
}

/** A structure whose Programme figure and reported figure differ. */
export interface Disagreement {
  structure: string;
  figure: 'visitors' | 'pupils';
  /** Sum of the Programme's "Présents" (of its school sessions for pupils). */
  programme: number;
  /** What its organisers reported. */
  organisers: number;
}

export interface ProgrammeFigures {
  /** Sessions not cancelled. */
  sessionsPlanned: number;
  /**
   * Sessions held: marked "réalisé", or whose date is past and that are not
   * cancelled nor marked "non réalisé" / "reporté".
   */
  sessionsHeld: number;
  /** Of the sessions held, those marked "réalisé" by staff. */
  sessionsMarkedHeld: number;
  /** Not yet past (or without a date). */
  sessionsUpcoming: number;
  sessionsCancelled: number;
  /** Held sessions for schools / for the general public. */
  schoolSessions: number;
  generalPublicSessions: number;
  /** Sum of "Inscrits" of the sessions held. */
  registered: number;
  /** Sum of the Programme's "Présents" of the sessions held, and how many sessions have one. */
  attended: number;
  sessionsWithAttendance: number;
  /**
   * Visitors, pupils and classes: per structure, the Programme's "Présents"
   * when every held session of it has one, else its organisers' report;
   * null when no source has any figure.
   */
  visitors: number | null;
  pupils: number | null;
  classes: number | null;
  communesReached: number;
  communesInDepartement: number;
  /** Share (0–100, one decimal) of the département's population living in the communes reached. */
  populationShare: number;
  /** Structures of the sessions held. */
  structures: number;
  /** Organisers' reports received (rows of their form). */
  organiserReports: number;
  /** Structures of the sessions held that sent a report, and their share (0–100). */
  structuresReported: number;
  organiserResponseRate: number | null;
  /** Structures of the sessions held that sent no report (names as in the Programme). */
  structuresWithoutReport: string[];
  /** Reports naming a structure that has no session held (spelling to check). */
  unmatchedReports: string[];
  /** Public responses ÷ general-public visitors (visitors − pupils), 0–100, or null. */
  responseRate: number | null;
  /** Where each figure comes from. */
  sources: {
    sessionsHeld: 'programme';
    communesReached: 'programme';
    visitors: FigureSource;
    pupils: FigureSource;
    classes: FigureSource;
  };
  /** Structures whose two sources differ: both figures. */
  disagreements: Disagreement[];
  /** Structures of the sessions held and those that reported, most sessions first. */
  byStructure: StructureFigures[];
  /** Communes reached, most sessions first. */
  communes: CommuneCoverage[];
  /** Communes of the département with no session held, most populous first. */
  whiteZones: WhiteZone[];
}

/** Figures by structure or commune as the organisers reported them (null: not asked or not answered). */
export interface OrganiserTally {
  name: string;
  visitors: number | null;
  pupils: number | null;
  classes: number | null;
  reports: number;
}

export interface OrganiserFigures {
  reports: number;
  visitors: number | null;
  pupils: number | null;
  classes: number | null;
  byStructure: OrganiserTally[];
  byCommune: OrganiserTally[];
}

/** Who a response sheet's form was made for. */
export type BilanAudience =
  'public' | 'teachers' | 'summer' | 'organisers' | 'other';

/** The key figures of one edition, for the comparison year over year. */
export interface EditionFigures {
  /** "Fête de la science 2025 – Isère". */
  name: string;
  sessions: number | null;
  communes: number | null;
  structures: number | null;
  visitors: number | null;
  pupils: number | null;
  responses: number | null;
  satisfaction: number | null;
  /** Bounds of the satisfaction scale, e.g. [1, 5]. */
  satisfactionScale: [number, number] | null;
  nps: number | null;
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
    /** Whom the form was made for (from the questionnaires the add-on made, else guessed). */
    audience?: BilanAudience;
  }[];
  questions: QuestionStats[];
  segments: string[];
  crossTabs: CrossTab[];
  programme: ProgrammeFigures | null;
  /** School bookings (issue 19): classes and pupils booked, pupils reported present. */
  bookings?: {classes: number; pupils: number; present: number | null};
  organisers: OrganiserFigures | null;
  anomalies: Anomaly[];
  /** Running satisfaction (mean of the overall satisfaction question) and NPS. */
  satisfaction: number | null;
  nps: number | null;
  /** Number of anomalies by code (the list `anomalies` may be capped when stored). */
  anomalyCounts?: Partial<Record<AnomalyCode, number>>;
  /** Smallest group shown in the cross-tabs. */
  k?: number;
  /** Cross-tabs not shown because a hidden cell could not be protected. */
  withheldCrossTabs?: {question: string; segment: string}[];
  /** This edition's key figures. */
  edition?: EditionFigures;
  /** The previous edition's key figures (tracker linked in "Bilan – paramètres"), or null. */
  previous?: EditionFigures | null;
  /** Why the previous edition could not be read (its address is kept in the parameters). */
  previousError?: string;
}
