/**
 * JSON picture of a spreadsheet, for ws.dump() and for render.ts (which turns
 * it into HTML). Everything is plain data: dates as ISO strings.
 */

/** A cell value in a dump: dates become {date: ISO string}. */
export type DumpCell = string | number | boolean | {date: string};

export interface ValidationDump {
  /** A1 notation of the cell (one entry per cell). */
  a1: string;
  /** 'list' | 'range' | 'date' | 'numberGte' | 'numberBetween' | 'email' | 'checkbox' | ... */
  kind: string;
  /** List items (kind 'list' / 'range' resolved values) or criteria arguments as text. */
  values: string[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface ConditionalRuleDump {
  /** A1 notations of the rule's ranges. */
  ranges: string[];
  /** 'formula' | 'textEqualTo' | 'textContains' | 'numberGreaterThan' | ... | 'cellEmpty' ... */
  kind: string;
  /** Criteria arguments as text (formula, text, numbers). */
  args: string[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  /**
   * Cells (A1) where the rule applies, evaluated by the emulator for the simple
   * kinds (text/number comparisons, empty/not empty, simple formulas it can
   * evaluate); render.ts paints these.
   */
  matches: string[];
}

export interface ChartDump {
  id: string;
  type: string;
  title: string | null;
  ranges: string[];
  position: {row: number; column: number};
  options: Record<string, unknown>;
}

export interface SheetDump {
  name: string;
  sheetId: number;
  index: number;
  maxRows: number;
  maxColumns: number;
  lastRow: number;
  lastColumn: number;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  tabColor: string | null;
  /** The form linked to this sheet (response sheet), or null. */
  formUrl: string | null;
  /** lastRow × lastColumn blocks. */
  values: DumpCell[][];
  displayValues: string[][];
  /** '' where the cell holds no formula. */
  formulas: string[][];
  /** Only non-default formats, as sparse lists keyed by A1. */
  numberFormats: Record<string, string>;
  backgrounds: Record<string, string>;
  fontWeights: Record<string, string>;
  fontColors: Record<string, string>;
  fontStyles: Record<string, string>;
  horizontalAlignments: Record<string, string>;
  wraps: Record<string, boolean>;
  notes: Record<string, string>;
  /** 1-based column → width in pixels (only those set). */
  columnWidths: Record<number, number>;
  validations: ValidationDump[];
  conditionalRules: ConditionalRuleDump[];
  protections: {range: string | null; description: string; warningOnly: boolean}[];
  /** A1 of the filter's range, or null. */
  filter: string | null;
  charts: ChartDump[];
}

export interface SpreadsheetDump {
  id: string;
  name: string;
  url: string;
  locale: string;
  timeZone: string;
  sheets: SheetDump[];
  namedRanges: {name: string; range: string /* 'Sheet'!A1:B2 */}[];
  /** Whole-spreadsheet protections (protect() on the spreadsheet). */
  protections: {description: string; warningOnly: boolean}[];
}
