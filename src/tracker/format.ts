/**
 * The rules a tracker tab carries, as data (pure): data validation per
 * column, conditional formatting, number formats. The adapter (sheets.ts)
 * turns them into Apps Script builders; tests read them directly.
 */
import {columnLetter, HeaderPlan} from './plan';
import {ColumnDef, TabDef} from './schema';

export type ValidationSpec =
  | {type: 'list'; values: readonly string[]; strict: boolean}
  | {type: 'communes'; strict: boolean}
  | {type: 'date'}
  | {type: 'time'}
  | {type: 'number'; min: number}
  | {type: 'email'};

/** The validation of a column, or null (free text, computed columns). */
export function validationOf(
  col: ColumnDef,
  hasCommunes: boolean,
): ValidationSpec | null {
  if (col.computed) return null;
  if (col.fromCommunes) {
    return hasCommunes ? {type: 'communes', strict: col.strict ?? false} : null;
  }
  switch (col.kind) {
    case 'list':
      return {
        type: 'list',
        values: col.values ?? [],
        strict: col.strict ?? true,
      };
    case 'date':
      return {type: 'date'};
    case 'number':
      return {type: 'number', min: col.min ?? 0};
    case 'email':
      return {type: 'email'};
    case 'time':
      // Sheets has no time-only check, and times are kept as text (see numberFormatOf).
      return null;
    default:
      return null;
  }
}

/** Stable key of a validation, to give adjacent columns with the same rule one call. */
export function validationKey(spec: ValidationSpec): string {
  return JSON.stringify(spec);
}

/**
 * Number format of a column's data cells, or null to leave Sheets' automatic
 * format (numbers and free text need none).
 */
export function numberFormatOf(col: ColumnDef): string | null {
  if (col.id === 'updatedOn') return 'dd/mm/yyyy hh:mm';
  switch (col.kind) {
    case 'date':
      return 'dd/mm/yyyy';
    case 'time':
      // Times stay text "14:00": a time value is a date of 30 December 1899,
      // which Apps Script reads back shifted by that day's local offset
      // (Paris then: +0:09:21), so "14:00" would come back as 13:50.
      return '@';
    case 'number':
    case 'formula':
      return col.header.startsWith('tracker.col.budget.') ? '#,##0.00 €' : null;
    default:
      // INSEE and postal codes must stay text: "01004" is not 1004. (The
      // Communes tab sets it before writing, which is when it matters.)
      return col.id === 'insee' && !col.computed ? '@' : null;
  }
}

/**
 * The tab's columns formatted as plain text "@" (times, INSEE codes), as
 * the shared writer wants them (1-based sheet columns): their strings are
 * written without the apostrophe other text gets.
 */
export function plainTextColumns(
  tab: TabDef,
  plan: HeaderPlan,
): (column: number) => boolean {
  const plain = new Set<number>();
  for (const col of tab.columns) {
    const at = plan.at.get(col.id);
    if (at !== undefined && numberFormatOf(col) === '@') plain.add(at + 1);
  }
  return column => plain.has(column);
}

/** Marker that tells the add-on's conditional-format rules from the user's own. */
export const CF_MARKER = 'N("tds")=0';

export interface CfSpec {
  /** Custom formula, relative to the top-left data cell (row 2). */
  formula: string;
  background?: string;
  fontColor?: string;
  strikethrough?: boolean;
  bold?: boolean;
}

/** The conditional formatting of a tab, by its columns' positions now. */
export function conditionalRules(tab: TabDef, plan: HeaderPlan): CfSpec[] {
  const col = (id: string) => `$${columnLetter((plan.at.get(id) ?? 0) + 1)}2`;
  if (tab.id === 'logistics') {
    const status = col('status');
    const due = col('dueDate');
    return [
      {
        formula: `=AND(${CF_MARKER},${status}="fait")`,
        background: '#e0e0e0',
      },
      {
        formula: `=AND(${CF_MARKER},${status}<>"fait",ISNUMBER(${due}),${due}<TODAY())`,
        background: '#f4c7c3',
      },
      {
        formula: `=AND(${CF_MARKER},${status}<>"fait",ISNUMBER(${due}),${due}>=TODAY(),${due}<=TODAY()+7)`,
        background: '#fce8b2',
      },
    ];
  }
  if (tab.id === 'programme') {
    const status = col('status');
    const capacity = col('capacity');
    const registered = col('registered');
    return [
      {
        formula: `=AND(${CF_MARKER},${status}="annulé")`,
        fontColor: '#80868b',
        strikethrough: true,
      },
      {
        formula: `=AND(${CF_MARKER},ISNUMBER(${capacity}),ISNUMBER(${registered}),${capacity}>0,${registered}>=${capacity})`,
        background: '#d2e3fc',
      },
    ];
  }
  if (tab.id === 'budget') {
    const gap = col('gap');
    return [
      {
        formula: `=AND(${CF_MARKER},ISNUMBER(${gap}),${gap}<0)`,
        fontColor: '#d93025',
      },
    ];
  }
  return [];
}
