/**
 * JSON picture of a spreadsheet, for ws.dump() and for render/spreadsheet.ts (which turns
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
   * evaluate); render/spreadsheet.ts paints these.
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
  protections: {
    range: string | null;
    description: string;
    warningOnly: boolean;
  }[];
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

// ------------------------------------------------------------------ builder

import {cellA1, rectA1} from './a1';
import {displayValue} from './format';
import type {FakeRange} from './range';
import {FakeRange as RangeClass} from './range';
import type {FakeSheet} from './sheet';
import type {FakeSpreadsheet} from './spreadsheet';

/** Past this many cells a conditional rule's matches are not listed (dump speed). */
const MAX_MATCH_CELLS = 200_000;

function dumpCell(v: unknown): DumpCell {
  if (v instanceof Date) return {date: v.toISOString()};
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string')
    return v;
  return String(v);
}

function sparse<T>(
  sheet: FakeSheet,
  key: keyof FakeSheet['formats'],
): Record<string, T> {
  const out: Record<string, T> = {};
  sheet.formats[key].forEach((r, c, v) => {
    out[cellA1(r + 1, c + 1)] = v as T;
  });
  return out;
}

function rangeA1(r: FakeRange): string {
  return rectA1(r.rect());
}

export function dumpSheet(sheet: FakeSheet, index: number): SheetDump {
  const {row, column} = sheet.extent();
  const ss = sheet.parent;
  const block = row && column ? new RangeClass(sheet, 1, 1, row, column) : null;
  const values = block ? block.readValues() : [];
  const formats = sheet.formats.numberFormat;
  const validations: ValidationDump[] = [];
  const lists = new Map<unknown, string[]>();
  sheet.validations.forEach((r, c, v) => {
    let values = lists.get(v);
    if (!values) lists.set(v, (values = v.listValues()));
    validations.push({
      a1: cellA1(r + 1, c + 1),
      kind: v.kind,
      values,
      allowInvalid: v.allowInvalid,
      helpText: v.helpText,
    });
  });
  const conditionalRules: ConditionalRuleDump[] = sheet.conditionalRules.map(
    rule => {
      const matches: string[] = [];
      const anchor = rule.ranges[0];
      let budget = MAX_MATCH_CELLS;
      for (const rg of rule.ranges) {
        const lastRow = Math.min(rg.row + rg.numRows - 1, Math.max(row, 1));
        for (let r = rg.row - 1; r < lastRow && budget > 0; r += 1) {
          for (
            let c = rg.column - 1;
            c < rg.column - 1 + rg.numColumns;
            c += 1
          ) {
            budget -= 1;
            if (
              anchor &&
              rule.matches(sheet, r, c, anchor.row, anchor.column)
            ) {
              matches.push(cellA1(r + 1, c + 1));
            }
          }
        }
      }
      return {
        ranges: rule.ranges.map(rangeA1),
        kind: rule.kind ?? '',
        args: rule.args.map(a =>
          a instanceof Date ? a.toISOString() : String(a),
        ),
        background: rule.format.background,
        fontColor: rule.format.fontColor,
        bold: rule.format.bold,
        matches,
      };
    },
  );
  const columnWidths: Record<number, number> = {};
  for (const [c, w] of sheet.columnWidths) columnWidths[c] = w;
  return {
    name: sheet.name,
    sheetId: sheet.sheetId,
    index,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    lastRow: row,
    lastColumn: column,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    hidden: sheet.hidden,
    tabColor: sheet.tabColor,
    formUrl: sheet.formUrl,
    values: values.map(r => r.map(dumpCell)),
    displayValues: values.map((r, i) =>
      r.map((v, j) =>
        displayValue(
          v as Parameters<typeof displayValue>[0],
          formats.get(i, j) as string | undefined,
          ss.timeZone,
          ss.locale,
        ),
      ),
    ),
    formulas: values.map((r, i) =>
      r.map((_, j) => sheet.formulas.get(i, j) ?? ''),
    ),
    numberFormats: sparse(sheet, 'numberFormat'),
    backgrounds: sparse(sheet, 'background'),
    fontWeights: sparse(sheet, 'fontWeight'),
    fontColors: sparse(sheet, 'fontColor'),
    fontStyles: sparse(sheet, 'fontStyle'),
    horizontalAlignments: sparse(sheet, 'horizontalAlignment'),
    wraps: sparse(sheet, 'wrap'),
    notes: sparse(sheet, 'note'),
    columnWidths,
    validations,
    conditionalRules,
    protections: sheet.protections.map(p => ({
      range: p.range ? rangeA1(p.range) : null,
      description: p.description,
      warningOnly: p.warningOnly,
    })),
    filter: sheet.filter ? rangeA1(sheet.filter.range) : null,
    charts: sheet.charts.map(ch => ({
      id: ch.chartId,
      type: ch.type,
      title: ch.title(),
      ranges: ch.ranges.map(rangeA1),
      position: {row: ch.position.row, column: ch.position.column},
      options: {...ch.options},
    })),
  };
}

/** JSON picture of a spreadsheet (no metering). */
export function dumpSpreadsheet(ss: FakeSpreadsheet): SpreadsheetDump {
  return {
    id: ss.id,
    name: ss.name,
    url: ss.url(),
    locale: ss.localeCode,
    timeZone: ss.timeZone,
    sheets: ss.sheets.map((s, i) => dumpSheet(s, i)),
    namedRanges: ss.namedRanges.map(n => ({
      name: n.name,
      range: `'${n.range.sheet.name.replace(/'/g, "''")}'!${rangeA1(n.range)}`,
    })),
    protections: [],
  };
}
