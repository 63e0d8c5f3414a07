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

/** Makes the grid at least rows × columns (new rows and columns at the end only). */
export function ensureSize(
  sheet: Sheet,
  rows: number,
  columns: number,
): boolean {
  let grew = false;
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) {
    sheet.insertRowsAfter(maxRows, rows - maxRows);
    grew = true;
  }
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) {
    sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  }
  return grew;
}

export interface FormatContext {
  ss: Spreadsheet;
  /** The named ranges of the spreadsheet, read once per run. */
  namedRanges: GoogleAppsScript.Spreadsheet.NamedRange[];
  /** Official commune names of the Communes tab (rows 2..n+1, column), when there is one. */
  communes: {sheet: Sheet; column: number; count: number} | null;
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

export interface FormatOptions {
  /** Widths and number formats for these columns only (new tab or new columns). */
  newColumns: readonly ColumnDef[];
  /** The Événement card as written (header row first), to find its rows. */
  card?: readonly (readonly unknown[])[];
}

/** Lays the tab's rules on it; safe to run on a tab that already has them. */
export function formatTab(
  sheet: Sheet,
  tab: TabDef,
  plan: HeaderPlan,
  ctx: FormatContext,
  options: FormatOptions,
): void {
  const width = plan.headers.length;
  const maxRows = sheet.getMaxRows();
  const dataRows = Math.max(1, maxRows - 1);
  const header = sheet.getRange(1, 1, 1, width);
  header.setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true);
  sheet.setFrozenRows(1);

  for (const col of options.newColumns) {
    const c = (plan.at.get(col.id) ?? 0) + 1;
    sheet.setColumnWidth(c, col.width);
    const format = tab.id === 'event' ? null : numberFormatOf(col);
    if (format) sheet.getRange(2, c, dataRows, 1).setNumberFormat(format);
  }

  if (tab.id === 'event') applyCardValidation(sheet, plan, options.card ?? []);
  else applyValidation(sheet, tab, plan, ctx, dataRows);
  applyConditionalFormats(sheet, tab, plan, dataRows);
  ensureFilter(sheet, width, maxRows);
  ensureNamedRange(ctx, tab.rangeName, sheet.getRange(1, 1, maxRows, width));
  ensureHeaderProtection(sheet, header);
}

function buildRule(
  spec: ValidationSpec,
  ctx: FormatContext,
  topLeft: string,
): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const b = SpreadsheetApp.newDataValidation();
  switch (spec.type) {
    case 'list':
      return b
        .requireValueInList([...spec.values], true)
        .setAllowInvalid(!spec.strict)
        .build();
    case 'communes': {
      if (!ctx.communes) return null;
      const {sheet, column, count} = ctx.communes;
      return b
        .requireValueInRange(
          sheet.getRange(2, column, Math.max(1, count), 1),
          true,
        )
        .setAllowInvalid(!spec.strict)
        .build();
    }
    case 'date':
      return b
        .requireDate()
        .setAllowInvalid(false)
        .setHelpText(t('tracker.validation.date'))
        .build();
    case 'time':
      return b
        .requireFormulaSatisfied(
          `=OR(ISBLANK(${topLeft}),AND(ISNUMBER(${topLeft}),${topLeft}<1))`,
        )
        .setAllowInvalid(false)
        .setHelpText(t('tracker.validation.time'))
        .build();
    case 'number':
      return b
        .requireNumberGreaterThanOrEqualTo(spec.min)
        .setAllowInvalid(false)
        .setHelpText(t('tracker.validation.number'))
        .build();
    case 'email':
      return b
        .requireTextIsEmail()
        .setAllowInvalid(false)
        .setHelpText(t('tracker.validation.email'))
        .build();
  }
}

/**
 * One setDataValidation per run of adjacent columns sharing a rule (the four
 * counts of the Programme take one call), rows 2 to the last row of the grid.
 */
function applyValidation(
  sheet: Sheet,
  tab: TabDef,
  plan: HeaderPlan,
  ctx: FormatContext,
  dataRows: number,
): void {
  const byColumn: {column: number; spec: ValidationSpec}[] = [];
  for (const col of tab.columns) {
    const spec = validationOf(col, ctx.communes !== null);
    if (spec) byColumn.push({column: (plan.at.get(col.id) ?? 0) + 1, spec});
  }
  byColumn.sort((a, b) => a.column - b.column);
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
    const rule = buildRule(byColumn[i].spec, ctx, `${columnLetter(first)}2`);
    if (rule) {
      sheet.getRange(2, first, dataRows, j - i).setDataValidation(rule);
    }
    i = j;
  }
}

/** The card's kind row gets the kinds' dropdown, its date rows a date check. */
function applyCardValidation(
  sheet: Sheet,
  plan: HeaderPlan,
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
    sheet
      .getRange(kindRow, valueColumn)
      .setDataValidation(
        SpreadsheetApp.newDataValidation()
          .requireValueInList(kinds, true)
          .setAllowInvalid(true)
          .build(),
      );
  }
  const dateRule = SpreadsheetApp.newDataValidation()
    .requireDate()
    .setAllowInvalid(false)
    .setHelpText(t('tracker.validation.date'))
    .build();
  for (const id of ['startDate', 'endDate']) {
    const r = rowOf(id);
    if (r > 0) {
      const cell = sheet.getRange(r, valueColumn);
      cell.setDataValidation(dateRule);
      cell.setNumberFormat('dd/mm/yyyy');
    }
  }
  const dep = rowOf('departement');
  if (dep > 0) sheet.getRange(dep, valueColumn).setNumberFormat('@');
}

function isOurs(
  rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule,
): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition) return false;
  return condition.getCriteriaValues().some(v => String(v).includes(CF_MARKER));
}

/** Replaces the add-on's own rules (marked) and keeps every rule the user made. */
function applyConditionalFormats(
  sheet: Sheet,
  tab: TabDef,
  plan: HeaderPlan,
  dataRows: number,
): void {
  const specs: CfSpec[] = conditionalRules(tab, plan);
  if (specs.length === 0) return;
  const range = sheet.getRange(2, 1, dataRows, plan.headers.length);
  const kept = sheet.getConditionalFormatRules().filter(r => !isOurs(r));
  const ours = specs.map(spec => {
    let b = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(spec.formula)
      .setRanges([range]);
    if (spec.background) b = b.setBackground(spec.background);
    if (spec.fontColor) b = b.setFontColor(spec.fontColor);
    if (spec.strikethrough) b = b.setStrikethrough(true);
    if (spec.bold) b = b.setBold(true);
    return b.build();
  });
  sheet.setConditionalFormatRules([...ours, ...kept]);
}

/**
 * A filter over the whole table. An existing filter narrower than the table
 * (columns were added) is rebuilt with the user's criteria kept.
 */
function ensureFilter(sheet: Sheet, width: number, maxRows: number): void {
  const filter = sheet.getFilter();
  if (filter) {
    const current = filter.getRange();
    if (current.getNumColumns() >= width && current.getColumn() === 1) return;
    const criteria: {
      column: number;
      c: GoogleAppsScript.Spreadsheet.FilterCriteria;
    }[] = [];
    for (let c = current.getColumn(); c <= current.getLastColumn(); c++) {
      const found = filter.getColumnFilterCriteria(c);
      if (found) criteria.push({column: c, c: found});
    }
    filter.remove();
    const created = sheet.getRange(1, 1, maxRows, width).createFilter();
    for (const {column, c} of criteria)
      created.setColumnFilterCriteria(column, c);
    return;
  }
  sheet.getRange(1, 1, maxRows, width).createFilter();
}

function ensureNamedRange(
  ctx: FormatContext,
  name: string,
  range: GoogleAppsScript.Spreadsheet.Range,
): void {
  const existing = ctx.namedRanges.find(n => n.getName() === name);
  if (existing) existing.setRange(range);
  else ctx.ss.setNamedRange(name, range);
}

/** The header row protected with a warning only: every editor can still confirm an edit. */
function ensureHeaderProtection(
  sheet: Sheet,
  header: GoogleAppsScript.Spreadsheet.Range,
): void {
  const description = t('tracker.protect.description');
  const descriptions = new Set([
    t('tracker.protect.description', {}, 'fr'),
    t('tracker.protect.description', {}, 'en'),
  ]);
  const ours = sheet
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .find(p => descriptions.has(p.getDescription()));
  if (ours) {
    ours.setRange(header);
    if (!ours.isWarningOnly()) ours.setWarningOnly(true);
    return;
  }
  header.protect().setDescription(description).setWarningOnly(true);
}
