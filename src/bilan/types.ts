/**
 * The bilan's working shapes: what the adapter reads (response sheets, the
 * forms' items, the staff's corrections) and what inference decides for each
 * column. The result itself is BilanResult (src/model/bilan.ts).
 */
import type {
  BilanAudience,
  ColumnRole,
  EditionFigures,
  QuestionType,
} from '../model/bilan';
import type {TrackerData} from '../model/tracker';
import type {CommuneRecord} from '../model/geo';

/** Where the answers come from: the linked sheet (", " between checkbox answers) or a Forms CSV download (";"). */
export type SourceFormat = 'sheet' | 'csv';

/** What a form item says about its column (read from the form when reachable). */
export interface ItemHint {
  title: string;
  kind: QuestionType | 'grid' | 'section' | 'other';
  options?: string[];
  bounds?: [number, number];
  /** The item offers "Autre" with a free answer. */
  hasOther?: boolean;
  /** Rows of a grid item: its columns are titled "Title [Row]". */
  rows?: string[];
}

/** One response sheet: its values as one getValues returns them (header row first). */
export interface ResponseSheet {
  name: string;
  formUrl: string;
  values: readonly (readonly unknown[])[];
  format?: SourceFormat;
  /** The form's items, or null when the form could not be opened. */
  items?: ItemHint[] | null;
  /** Whom the add-on made the form for, when it made it. */
  audience?: BilanAudience;
}

/**
 * One row of the "Bilan – paramètres" tab: the kind decided for a column,
 * which staff may correct; the next run reads it back.
 */
export interface ColumnParam {
  source: string;
  /** 1-based column in the response sheet. */
  column: number;
  title: string;
  kind: QuestionType;
  bounds?: [number, number];
  role: ColumnRole;
  /**
   * Known options of a choice / multiple-choice question; for a scale
   * written in words, its labels from the lowest to the highest.
   */
  options: string[];
  /**
   * Staff changed the row since the add-on wrote it: it then wins over the
   * form and the answers. Rows as the add-on wrote them are only a memory of
   * the last run's questions (renamed / added / deleted).
   */
  corrected?: boolean;
}

/** The decision for one column, with where it came from. */
export interface ColumnSpec extends ColumnParam {
  /** 0-based index in the sheet's rows. */
  index: number;
  /** How the kind was decided: staff's parameters, the form's item, or the answers. */
  origin: 'params' | 'form' | 'answers';
  hasOther: boolean;
}

export interface BilanInput {
  sheets: ResponseSheet[];
  /** Rows of the "Bilan – paramètres" tab as staff left them ([] the first time). */
  params: ColumnParam[];
  tracker: TrackerData | null;
  /** Smallest group shown in a cross-tab (settings.smallGroupK). */
  k: number;
  now: Date;
  /** Official communes (COMMUNES of src/generated/communes.ts). */
  communes: readonly CommuneRecord[];
  /** Départements of the territory (settings.departements), when the tracker names none. */
  departements?: string[];
  /** Segment roles to cross by (default session, commune, age). */
  segmentRoles?: ColumnRole[];
  /** The previous edition's key figures (its tracker linked in the parameters). */
  previous?: EditionFigures | null;
  /** Why the linked previous edition could not be read. */
  previousError?: string;
}
