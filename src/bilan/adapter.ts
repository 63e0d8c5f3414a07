/**
 * The bilan's Google side: finding the response sheets by their link to a
 * form, reading each in one call, reading the forms' items, and writing the
 * "Bilan – paramètres" and "Bilan" tabs and the stored result.
 */
import {bookingFormKeys} from '../bookings/read';
import {allLanguages, t, MessageKey} from '../i18n';
import {ensureGridSize, normalizeKey, writeRows} from '../gas/table';
import {maxOf, minOf} from '../shared/arrays';
import {formKeysOf, responseFormUrl, urlDesignates} from '../gas/forms';
import type {ItemHint, ResponseSheet} from './types';
import type {ColumnSpec, ColumnParam} from './types';
import {
  KINDS,
  PARAMS_HEADER_ROW,
  ROLES,
  kindLabel,
  paramRows,
  parseParams,
  roleLabel,
} from './params';
import type {BilanLayout, LongTab} from './layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The spreadsheet id in a Sheets URL, or the text itself when it is an id. */
export function spreadsheetIdOf(text: string): string {
  const s = text.trim();
  const m = /\/spreadsheets\/d\/([\w-]+)/.exec(s);
  if (m) return m[1];
  return /^[\w-]{10,}$/.test(s) ? s : '';
}

export interface LinkedSheet {
  sheet: Sheet;
  formUrl: string;
}

/**
 * Sheets that receive a form's responses (Sheet.getFormUrl()), whatever
 * their name (it depends on the account's language). With `form`, only
 * that form's sheet, whichever of the form's addresses the sheet gives
 * (the rule is src/gas/forms.ts's).
 */
export function findResponseSheets(
  ss: Spreadsheet,
  form?: GoogleAppsScript.Forms.Form,
): LinkedSheet[] {
  const keys = form ? formKeysOf(form) : null;
  // The booking form's responses hold teachers' addresses: never a bilan source.
  const booking = bookingFormKeys();
  const out: LinkedSheet[] = [];
  for (const sheet of ss.getSheets()) {
    const url = responseFormUrl(sheet);
    if (!url) continue;
    if (keys && !urlDesignates(url, keys)) continue;
    if (booking && urlDesignates(url, booking)) continue;
    out.push({sheet, formUrl: url});
  }
  return out;
}

/** One sheet's values in one call. */
export function readResponseSheet(linked: LinkedSheet): ResponseSheet {
  const {sheet, formUrl} = linked;
  const values =
    sheet.getLastRow() > 0 && sheet.getLastColumn() > 0
      ? sheet.getDataRange().getValues()
      : [];
  return {
    name: sheet.getName(),
    formUrl,
    values,
    format: 'sheet',
    items: readFormItems(formUrl),
  };
}

/**
 * What the form's items say about their columns (type, options, bounds), or
 * null when the form cannot be opened (deleted, not shared with the user):
 * the answers alone then decide. Calls grow with the items, not the answers.
 */
export function readFormItems(formUrl: string): ItemHint[] | null {
  let form: GoogleAppsScript.Forms.Form;
  try {
    form = FormApp.openByUrl(formUrl);
  } catch {
    return null;
  }
  const T = FormApp.ItemType;
  const hints: ItemHint[] = [];
  for (const item of form.getItems()) {
    const title = item.getTitle();
    const type = item.getType();
    switch (type) {
      case T.MULTIPLE_CHOICE: {
        const mc = item.asMultipleChoiceItem();
        hints.push({
          title,
          kind: 'choice',
          options: mc.getChoices().map(c => c.getValue()),
          hasOther: mc.hasOtherOption(),
        });
        break;
      }
      case T.LIST:
        // A dropdown lists the sessions: hundreds of choices, and reading
        // each choice's value is one call. The answers give the options.
        hints.push({title, kind: 'choice'});
        break;
      case T.CHECKBOX: {
        const cb = item.asCheckboxItem();
        hints.push({
          title,
          kind: 'multi',
          options: cb.getChoices().map(c => c.getValue()),
          hasOther: cb.hasOtherOption(),
        });
        break;
      }
      case T.SCALE: {
        const sc = item.asScaleItem();
        hints.push({
          title,
          kind: 'scale',
          bounds: [sc.getLowerBound(), sc.getUpperBound()],
        });
        break;
      }
      case T.GRID: {
        const grid = item.asGridItem();
        const labels = grid.getColumns().map(String);
        const columns = labels.map(Number);
        const numeric =
          columns.length > 0 && columns.every(n => Number.isInteger(n));
        // Numbers: a scale by its bounds; words ("Pas du tout", 2, 3, 4,
        // "Tout à fait"): the columns, in the form's order, decide.
        hints.push({
          title,
          kind: 'grid',
          rows: grid.getRows(),
          bounds: numeric ? [minOf(columns), maxOf(columns)] : undefined,
          options: numeric ? undefined : labels,
        });
        break;
      }
      case T.PARAGRAPH_TEXT:
        hints.push({title, kind: 'text'});
        break;
      case T.PAGE_BREAK:
      case T.SECTION_HEADER:
      case T.IMAGE:
      case T.VIDEO:
        break;
      default:
        // Short text (maybe a number), date, time: the answers decide.
        hints.push({title, kind: 'other'});
    }
  }
  return hints;
}

/** The parameters tab, found by its name in French or English. */
function paramsSheet(ss: Spreadsheet): Sheet | null {
  const names = new Set(allLanguages('bilan.params.tab').map(normalizeKey));
  return ss.getSheets().find(s => names.has(normalizeKey(s.getName()))) ?? null;
}

function bilanSheet(ss: Spreadsheet): Sheet | null {
  const names = new Set(allLanguages('bilan.tab').map(normalizeKey));
  return ss.getSheets().find(s => names.has(normalizeKey(s.getName()))) ?? null;
}

/** The parameters tab as staff left it (one read): its values, [] when missing. */
export function readParamValues(ss: Spreadsheet): unknown[][] {
  const sheet = paramsSheet(ss);
  // Even one row matters: it may hold the previous edition's link alone.
  if (!sheet || sheet.getLastRow() < 1) return [];
  return sheet.getDataRange().getValues();
}

/** Staff's parameters, [] when the tab does not exist yet. */
export function readParams(ss: Spreadsheet): ColumnParam[] {
  return parseParams(readParamValues(ss));
}

/**
 * Rewrites the parameters tab (one setValues): the previous edition's link
 * as staff left it, then one row per column with dropdowns for kind and role.
 */
export function writeParams(
  ss: Spreadsheet,
  specs: readonly ColumnSpec[],
  kept: readonly (readonly unknown[])[] = [],
  previous = '',
): void {
  let sheet = paramsSheet(ss);
  if (!sheet) sheet = ss.insertSheet(t('bilan.params.tab'));
  else sheet.clearContents();
  const rows = paramRows(specs, kept, previous);
  ensureGridSize(sheet, rows.length, rows[PARAMS_HEADER_ROW - 1].length);
  writeRows(sheet, 1, rows);
  sheet.setFrozenRows(PARAMS_HEADER_ROW);
  sheet.getRange(1, 1, 1, 1).setFontWeight('bold');
  sheet
    .getRange(PARAMS_HEADER_ROW, 1, 1, rows[PARAMS_HEADER_ROW - 1].length)
    .setFontWeight('bold');
  const first = PARAMS_HEADER_ROW + 1;
  const n = rows.length - PARAMS_HEADER_ROW;
  if (n > 0) {
    sheet
      .getRange(first, 4, n, 1)
      .setDataValidation(
        SpreadsheetApp.newDataValidation()
          .requireValueInList(KINDS.map(kindLabel), true)
          .setAllowInvalid(false)
          .build(),
      );
    sheet.getRange(first, 6, n, 1).setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireValueInList(
          // No blank item: Google keeps none, and an empty cell already
          // passes a list rule (issue 14, point 5).
          ROLES.map(roleLabel),
          true,
        )
        .setAllowInvalid(true)
        .build(),
    );
  }
}

/** A tab found by its name in French or English, or made in the current language. */
function tabNamed(ss: Spreadsheet, key: MessageKey): Sheet | null {
  const names = new Set(allLanguages(key).map(normalizeKey));
  return ss.getSheets().find(s => names.has(normalizeKey(s.getName()))) ?? null;
}

/** Rewrites the "Bilan" tab: one setValues for the grid, bold headings, charts. */
export function writeBilanTab(ss: Spreadsheet, layout: BilanLayout): Sheet {
  let sheet = bilanSheet(ss);
  if (!sheet) {
    sheet = ss.insertSheet(t('bilan.tab'));
  } else {
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
    sheet.clear();
  }
  ensureGridSize(sheet, layout.rows.length, layout.width);
  writeRows(sheet, 1, layout.rows);
  // Headings in bold: one setFontWeights over the whole grid.
  const bold = new Set(layout.boldRows);
  const weights = layout.rows.map((_, i) =>
    new Array<GoogleAppsScript.Spreadsheet.FontWeight>(layout.width).fill(
      bold.has(i + 1) ? 'bold' : 'normal',
    ),
  );
  sheet
    .getRange(1, 1, layout.rows.length, layout.width)
    .setFontWeights(weights);
  for (const c of layout.charts) {
    // Google's own chart of the table beside it: the answers label the bars.
    const builder = sheet.newChart();
    const typed =
      c.data.type === 'bar' ? builder.asBarChart() : builder.asColumnChart();
    const chart = typed
      .addRange(sheet.getRange(c.row, c.column, c.numRows, 2))
      .setPosition(c.anchorRow, c.anchorColumn, 0, 0)
      .setOption('title', c.data.title)
      .setOption('legend', {position: 'none'})
      .setOption(c.data.type === 'bar' ? 'hAxis' : 'vAxis', {
        title: c.data.valueTitle,
      })
      .build();
    sheet.insertChart(chart);
  }
  for (const tab of layout.longTabs) writeLongTab(ss, tab);
  return sheet;
}

const LONG_TAB_KEYS: MessageKey[] = [
  'bilan.tab.sessions',
  'bilan.tab.communes',
  'bilan.tab.structures',
];

/**
 * A long table in its own tab: one setValues, its header in bold and frozen,
 * a filter over the table (the header row and every row under it).
 */
function writeLongTab(ss: Spreadsheet, tab: LongTab): void {
  const key = LONG_TAB_KEYS.find(k => t(k) === tab.name);
  let sheet = key ? tabNamed(ss, key) : ss.getSheetByName(tab.name);
  if (!sheet) {
    sheet = ss.insertSheet(tab.name);
  } else {
    sheet.getFilter()?.remove();
    sheet.clear();
  }
  ensureGridSize(sheet, tab.rows.length, tab.width);
  writeRows(sheet, 1, tab.rows);
  const header = tab.headerRows + 1;
  sheet.getRange(1, 1, header, tab.width).setFontWeight('bold');
  sheet.setFrozenRows(header);
  sheet
    .getRange(header, 1, tab.rows.length - tab.headerRows, tab.width)
    .createFilter();
}
