/**
 * The Sheets side of a tracker tab: reading it whole (values and formulas),
 * making room, and laying its rules on it (bold frozen header, filter,
 * widths, named range, header protection as a warning, validation,
 * conditional formatting). Every call here works on whole ranges: the number
 * of calls depends on the number of columns, never on the number of rows.
 */
import {allLanguages, t} from '../i18n';
import {findColumn, normalizeKey, readTable} from '../gas/table';
import {columnLetter, Grid, HeaderPlan} from './plan';
import {
  CF_MARKER,
  CfSpec,
  conditionalRules,
  numberFormatOf,
  validationKey,
  validationOf,
  ValidationSpec,
} from './format';
import {
  ColumnDef,
  EVENT_FIELDS,
  EVENT_KIND_LABEL,
  EVENT_KINDS,
  TabDef,
} from './schema';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const HEADER_BACKGROUND = '#e8f0fe';

/** A tab's headers, values and formulas: one getValues and one getFormulas. */
export function readGrid(sheet: Sheet): Grid {
  const table = readTable(sheet);
  if (table.headers.length === 0)
    return {headers: [], values: [], formulas: []};
  const formulas =
    table.rows.length > 0
      ? sheet
          .getRange(2, 1, table.rows.length, table.headers.length)
          .getFormulas()
      : [];
  return {headers: table.headers, values: table.rows, formulas};
}

export interface FormatContext {
  ss: Spreadsheet;
  /** The spreadsheet's named ranges by name, read once per run. */
  namedRanges: Map<string, GoogleAppsScript.Spreadsheet.NamedRange>;
  /** Official commune names of the Communes tab (rows 2..n+1, column), when there is one. */
  communes: {sheet: Sheet; column: number; count: number} | null;
  /** Validation rules built in this run, by spec: each rule is built once. */
  rules: Map<string, GoogleAppsScript.Spreadsheet.DataValidation | null>;
}

/** Where the Communes tab keeps the official names, for the commune dropdowns (2 calls). */
export function communeSource(sheet: Sheet): FormatContext['communes'] {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow < 2 || lastColumn < 1) return null;
  const headers = sheet
    .getRange(1, 1, 1, lastColumn)
    .getValues()[0]
    .map(String);
  const at = findColumn(headers, allLanguages('tracker.col.commune.name'));
  return at < 0 ? null : {sheet, column: at + 1, count: lastRow - 1};
}

/** The named ranges by name (one call per named range, once per run). */
export function namedRangesOf(
  ss: Spreadsheet,
): Map<string, GoogleAppsScript.Spreadsheet.NamedRange> {
  const map = new Map<string, GoogleAppsScript.Spreadsheet.NamedRange>();
  for (const n of ss.getNamedRanges()) map.set(n.getName(), n);
  return map;
}

export interface FormatOptions {
  /** The header row's range, when the caller already holds it. */
  header?: GoogleAppsScript.Spreadsheet.Range;
  /** The tab was created in this run: nothing to check, everything to lay. */
  isNew: boolean;
  /** Lay the validation again even if present (its Communes source was rebuilt). */
  forceValidation?: boolean;
  /** Rows were added to the grid in this run: every rule is laid over them again. */
  grew?: boolean;
  /** Widths and number formats for these columns only (new tab or new columns). */
  newColumns: readonly ColumnDef[];
  /** The Événement card as written (header row first), to find its rows. */
  card?: readonly (readonly unknown[])[];
  /** The grid's row count, when the caller already knows it. */
  maxRows?: number;
}

/** Wide columns (titles, descriptions, addresses) get 260 px, the others 150 px. */
export function snapWidth(width: number): number {
  return width > 200 ? 260 : 150;
}

/**
 * Column widths: a new tab takes one call for all its columns and one per
 * wide column; columns added to an existing tab one call each.
 */
function applyWidths(
  sheet: Sheet,
  plan: HeaderPlan,
  cols: readonly ColumnDef[],
  isNew: boolean,
): void {
  if (isNew) sheet.setColumnWidths(1, plan.headers.length, 150);
  for (const c of cols) {
    const width = snapWidth(c.width);
    if (isNew && width === 150) continue;
    sheet.setColumnWidth((plan.at.get(c.id) ?? 0) + 1, width);
  }
}

/** Ranges asked once per tab and run (number formats and validation often share one). */
type RangeCache = (
  row: number,
  column: number,
  rows: number,
  columns: number,
) => GoogleAppsScript.Spreadsheet.Range;

function rangeCache(sheet: Sheet): RangeCache {
  const cache = new Map<string, GoogleAppsScript.Spreadsheet.Range>();
  return (row, column, rows, columns) => {
    const key = `${row},${column},${rows},${columns}`;
    let range = cache.get(key);
    if (!range) {
      range = sheet.getRange(row, column, rows, columns);
      cache.set(key, range);
    }
    return range;
  };
}

/** Number formats, one call per run of adjacent columns with the same format. */
function applyNumberFormats(
  range: RangeCache,
  plan: HeaderPlan,
  cols: readonly ColumnDef[],
  dataRows: number,
): void {
  const sorted = cols
    .map(c => ({
      column: (plan.at.get(c.id) ?? 0) + 1,
      format: numberFormatOf(c),
    }))
    .filter((c): c is {column: number; format: string} => c.format !== null)
    .sort((a, b) => a.column - b.column);
  let i = 0;
  while (i < sorted.length) {
    let j = i + 1;
    while (
      j < sorted.length &&
      sorted[j].format === sorted[i].format &&
      sorted[j].column === sorted[j - 1].column + 1
    ) {
      j++;
    }
    range(2, sorted[i].column, dataRows, j - i).setNumberFormat(
      sorted[i].format,
    );
    i = j;
  }
}

/**
 * Lays the tab's rules on it; safe to run on a tab that already has them: on
 * an existing tab each rule is first checked (one or two calls) and laid
 * again only when missing or out of step with the columns.
 */
export function formatTab(
  sheet: Sheet,
  tab: TabDef,
  plan: HeaderPlan,
  ctx: FormatContext,
  options: FormatOptions,
): void {
  const width = plan.headers.length;
  const maxRows = options.maxRows ?? sheet.getMaxRows();
  const dataRows = Math.max(1, maxRows - 1);
  const header = options.header ?? sheet.getRange(1, 1, 1, width);
  header.setFontWeight('bold');
  sheet.setFrozenRows(1);

  applyWidths(sheet, plan, options.newColumns, options.isNew);
  const range = rangeCache(sheet);
  if (tab.id !== 'event') {
    // Grown rows need the formats too; widths only concern new columns.
    const formatted = options.grew ? tab.columns : options.newColumns;
    applyNumberFormats(range, plan, formatted, dataRows);
  }

  if (tab.id === 'event') applyCardRules(sheet, plan, ctx, options.card ?? []);
  else {
    const check = !options.isNew && !options.forceValidation && !options.grew;
    applyValidation(range, tab, plan, ctx, dataRows, !check);
  }
  applyConditionalFormats(
    sheet,
    tab,
    plan,
    dataRows,
    options.isNew,
    options.grew,
  );
  const table = sheet.getRange(1, 1, maxRows, width);
  if (tab.id !== 'event') {
    ensureFilter(sheet, table, width, options.isNew, options.grew ?? false);
  }
  ensureNamedRange(ctx, tab.rangeName, table);
  ensureHeaderProtection(sheet, header, width, options.isNew);
}

/** The rule of a spec, built once per run. */
function ruleFor(
  spec: ValidationSpec,
  ctx: FormatContext,
  topLeft: string,
): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const key = validationKey(spec) + (spec.type === 'time' ? topLeft : '');
  if (!ctx.rules.has(key)) ctx.rules.set(key, buildRule(spec, ctx, topLeft));
  return ctx.rules.get(key) ?? null;
}

function buildRule(
  spec: ValidationSpec,
  ctx: FormatContext,
  topLeft: string,
): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const b = SpreadsheetApp.newDataValidation();
  // New rules only warn by default; closed lists, dates and numbers refuse.
  switch (spec.type) {
    case 'list': {
      const withList = b.requireValueInList([...spec.values], true);
      return (spec.strict ? withList.setAllowInvalid(false) : withList).build();
    }
    case 'communes': {
      if (!ctx.communes) return null;
      const {sheet, column, count} = ctx.communes;
      const withRange = b.requireValueInRange(
        sheet.getRange(2, column, Math.max(1, count), 1),
        true,
      );
      return (
        spec.strict ? withRange.setAllowInvalid(false) : withRange
      ).build();
    }
    case 'date':
      return b.requireDate().setAllowInvalid(false).build();
    case 'time':
      return b
        .requireFormulaSatisfied(
          `=OR(ISBLANK(${topLeft}),AND(ISNUMBER(${topLeft}),${topLeft}<1))`,
        )
        .build();
    case 'number':
      return b
        .requireNumberGreaterThanOrEqualTo(spec.min)
        .setAllowInvalid(false)
        .build();
    case 'email':
      return b.requireTextIsEmail().build();
  }
}

/**
 * One setDataValidation per run of adjacent columns sharing a rule (the four
 * counts of the Programme take one call), rows 2 to the last row of the grid.
 * On an existing tab, row 2's rules are read first: when every column that
 * should have a rule has one, nothing is laid again.
 */
function applyValidation(
  range: RangeCache,
  tab: TabDef,
  plan: HeaderPlan,
  ctx: FormatContext,
  dataRows: number,
  layAnyway: boolean,
): void {
  const byColumn: {column: number; spec: ValidationSpec}[] = [];
  for (const col of tab.columns) {
    const spec = validationOf(col, ctx.communes !== null);
    if (spec) byColumn.push({column: (plan.at.get(col.id) ?? 0) + 1, spec});
  }
  if (byColumn.length === 0) return;
  byColumn.sort((a, b) => a.column - b.column);
  if (!layAnyway) {
    const present = range(2, 1, 1, plan.headers.length).getDataValidations()[0];
    if (byColumn.every(c => present[c.column - 1])) return;
  }
  let i = 0;
  while (i < byColumn.length) {
    let j = i + 1;
    const key = validationKey(byColumn[i].spec);
    while (
      j < byColumn.length &&
      byColumn[j].column === byColumn[j - 1].column + 1 &&
      validationKey(byColumn[j].spec) === key
    ) {
      j++;
    }
    const first = byColumn[i].column;
    const rule = ruleFor(byColumn[i].spec, ctx, `${columnLetter(first)}2`);
    if (rule) {
      range(2, first, dataRows, j - i).setDataValidation(rule);
    }
    i = j;
  }
}

/** The card's kind row gets the kinds' dropdown, its date rows a date check and format. */
function applyCardRules(
  sheet: Sheet,
  plan: HeaderPlan,
  ctx: FormatContext,
  card: readonly (readonly unknown[])[],
): void {
  const valueColumn = (plan.at.get('value') ?? 1) + 1;
  const labelAt = plan.at.get('field') ?? 0;
  const rowOf = (id: string) => {
    const field = EVENT_FIELDS.find(f => f.id === id)!;
    const names = new Set(allLanguages(field.label).map(normalizeKey));
    const i = card.findIndex(
      (r, k) => k > 0 && names.has(normalizeKey(String(r[labelAt] ?? ''))),
    );
    return i < 0 ? -1 : i + 1;
  };
  const kindRow = rowOf('kind');
  if (kindRow > 0) {
    const kinds = EVENT_KINDS.map(k => t(EVENT_KIND_LABEL[k]));
    const rule = ruleFor({type: 'list', values: kinds, strict: false}, ctx, '');
    if (rule) sheet.getRange(kindRow, valueColumn).setDataValidation(rule);
  }
  const start = rowOf('startDate');
  const end = rowOf('endDate');
  const dateRule = ruleFor({type: 'date'}, ctx, '');
  if (start > 0 && end === start + 1 && dateRule) {
    // The two dates are next to each other in a new card: one range.
    const cells = sheet.getRange(start, valueColumn, 2, 1);
    cells.setDataValidation(dateRule);
    cells.setNumberFormat('dd/mm/yyyy');
  } else {
    for (const r of [start, end]) {
      if (r < 1 || !dateRule) continue;
      const cell = sheet.getRange(r, valueColumn);
      cell.setDataValidation(dateRule);
      cell.setNumberFormat('dd/mm/yyyy');
    }
  }
}

/** The formula of one of the add-on's rules (marked), or null for a user's rule. */
function ourFormula(
  rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule,
): string | null {
  const condition = rule.getBooleanCondition();
  if (!condition) return null;
  const formula = String(condition.getCriteriaValues()[0] ?? '');
  return formula.includes(CF_MARKER) ? formula : null;
}

/**
 * Replaces the add-on's own rules (marked) and keeps every rule the user
 * made; when the marked rules already say what they should, nothing is set.
 */
function applyConditionalFormats(
  sheet: Sheet,
  tab: TabDef,
  plan: HeaderPlan,
  dataRows: number,
  isNew: boolean,
  grew = false,
): void {
  const specs: CfSpec[] = conditionalRules(tab, plan);
  if (specs.length === 0) return;
  let kept: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  if (!isNew) {
    const existing = sheet.getConditionalFormatRules();
    const ours: string[] = [];
    for (const rule of existing) {
      const formula = ourFormula(rule);
      if (formula === null) kept.push(rule);
      else ours.push(formula);
    }
    const same = ours.join('\n') === specs.map(s => s.formula).join('\n');
    if (same && !grew) return;
  }
  const range = sheet.getRange(2, 1, dataRows, plan.headers.length);
  const built = specs.map(spec => {
    let b = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(spec.formula)
      .setRanges([range]);
    if (spec.background) b = b.setBackground(spec.background);
    if (spec.fontColor) b = b.setFontColor(spec.fontColor);
    if (spec.strikethrough) b = b.setStrikethrough(true);
    if (spec.bold) b = b.setBold(true);
    return b.build();
  });
  if (isNew) kept = [];
  sheet.setConditionalFormatRules([...built, ...kept]);
}

/**
 * A filter over the whole table. An existing filter narrower than the table
 * (columns or rows were added) is rebuilt with the user's criteria kept.
 */
function ensureFilter(
  sheet: Sheet,
  table: GoogleAppsScript.Spreadsheet.Range,
  width: number,
  isNew: boolean,
  grew: boolean,
): void {
  const filter = isNew ? null : sheet.getFilter();
  if (filter) {
    const current = filter.getRange();
    const first = current.getColumn();
    const count = current.getNumColumns();
    if (first === 1 && count >= width && !grew) return;
    const criteria: {
      column: number;
      c: GoogleAppsScript.Spreadsheet.FilterCriteria;
    }[] = [];
    for (let c = first; c < first + count; c++) {
      const found = filter.getColumnFilterCriteria(c);
      if (found) criteria.push({column: c, c: found});
    }
    filter.remove();
    const created = table.createFilter();
    for (const {column, c} of criteria) {
      created.setColumnFilterCriteria(column, c);
    }
    return;
  }
  table.createFilter();
}

function ensureNamedRange(
  ctx: FormatContext,
  name: string,
  range: GoogleAppsScript.Spreadsheet.Range,
): void {
  const existing = ctx.namedRanges.get(name);
  if (existing) existing.setRange(range);
  else ctx.ss.setNamedRange(name, range);
}

/**
 * The header row protected with a warning only: every editor can still
 * confirm an edit, but nobody renames a column by accident. The add-on's
 * protection is the warning-only one on row 1 from column A.
 */
function ensureHeaderProtection(
  sheet: Sheet,
  header: GoogleAppsScript.Spreadsheet.Range,
  width: number,
  isNew: boolean,
): void {
  if (!isNew) {
    for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
      if (!p.isWarningOnly()) continue;
      const range = p.getRange();
      if (range.getRow() !== 1 || range.getColumn() !== 1) continue;
      if (range.getNumRows() === 1 && range.getNumColumns() === width) return;
      // The header grew (columns added): protect the whole new header instead.
      p.remove();
      break;
    }
  }
  // No description: the warning Sheets shows already says the range is
  // protected, and each call counts (the tab is identified by its place).
  header.protect().setWarningOnly(true);
}
