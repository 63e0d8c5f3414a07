/**
 * The questionnaire's Google side: the "Questionnaire" tab, the form built
 * from it, the prefilled links in the Programme, the QR code document and
 * the response counts tab.
 */
import {filesNamed} from '../gas/drive';
import {allLanguages, t} from '../i18n';
import {ensureGridSize, normalizeKey, writeRows} from '../gas/table';
import {locateTabs, columnIndex} from '../tracker/tabs';
import {columnDef} from '../tracker/schema';
import {
  AUDIENCES,
  BankItem,
  ITEM_KINDS,
  audienceLabel,
  bankHeaders,
  bankRows,
  kindLabel,
  optionsOf,
  parseBank,
  scaleOf,
  standardItems,
} from './bank';
import {qrGif} from './qr';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Form = GoogleAppsScript.Forms.Form;

/** A tab found by its name in French or English. */
export function sheetNamed(
  ss: Spreadsheet,
  key: 'questionnaire.tab' | 'questionnaire.countsTab',
): Sheet | null {
  const names = new Set(allLanguages(key).map(normalizeKey));
  return ss.getSheets().find(s => names.has(normalizeKey(s.getName()))) ?? null;
}

export interface BankState {
  items: BankItem[];
  created: boolean;
}

/**
 * The bank as staff left it; created with the standard items when the tab
 * is missing or empty. An existing tab is never rewritten (staff edits stay).
 */
export function ensureBank(ss: Spreadsheet): BankState {
  const existing = sheetNamed(ss, 'questionnaire.tab');
  if (existing && existing.getLastRow() >= 2) {
    return {
      items: parseBank(existing.getDataRange().getValues()),
      created: false,
    };
  }
  const sheet = existing ?? ss.insertSheet(t('questionnaire.tab'));
  const items = standardItems();
  const rows = [bankHeaders(), ...bankRows(items)];
  writeRows(sheet, 1, rows);
  sheet.setFrozenRows(1);
  sheet.getRange(1, 1, 1, rows[0].length).setFontWeight('bold');
  const list = (values: string[]) =>
    SpreadsheetApp.newDataValidation()
      .requireValueInList(values, true)
      .setAllowInvalid(false)
      .build();
  const n = Math.max(items.length + 100, 200);
  sheet.getRange(2, 3, n, 1).setDataValidation(list(ITEM_KINDS.map(kindLabel)));
  sheet
    .getRange(2, 5, n, 1)
    .setDataValidation(list([t('questionnaire.yes'), t('questionnaire.no')]));
  sheet
    .getRange(2, 6, n, 1)
    .setDataValidation(list(AUDIENCES.map(audienceLabel)));
  return {items: items.map((it, i) => ({...it, row: i + 2})), created: true};
}

export interface BuiltForm {
  form: Form;
  /** The session dropdown, when the audience's items have one. */
  sessionItem: GoogleAppsScript.Forms.ListItem | null;
  items: number;
  /** Scales whose bounds were brought within Google's limits: question, as written, as made. */
  adjustedScales: {question: string; written: string; made: string}[];
}

/**
 * Builds the form's items from the bank (one item per row; sessions from the
 * Programme). `existing` are the items a cut run already added to this form:
 * each is set up again in place (same id, so prefilled links stay valid)
 * when it has the type expected at its position; from the first one that
 * does not, the rest are removed and added afresh.
 */
export function addItems(
  form: Form,
  items: readonly BankItem[],
  sessionLabels: readonly string[],
  existing: readonly GoogleAppsScript.Forms.Item[] = [],
): BuiltForm {
  let sessionItem: GoogleAppsScript.Forms.ListItem | null = null;
  let count = 0;
  const adjustedScales: BuiltForm['adjustedScales'] = [];
  const Type = FormApp.ItemType;
  let left = [...existing];
  let pos = 0;
  const slot = <T>(
    type: GoogleAppsScript.Forms.ItemType,
    add: () => T,
    cast: (i: GoogleAppsScript.Forms.Item) => T,
  ): T => {
    const old = left[pos];
    if (old && old.getType() === type) {
      pos++;
      return cast(old);
    }
    dropFrom(pos);
    return add();
  };
  const dropFrom = (from: number): void => {
    for (let j = left.length - 1; j >= from; j--) form.deleteItem(left[j]);
    left = left.slice(0, from);
  };
  for (const item of items) {
    const help = item.help;
    switch (item.kind) {
      case 'section':
        slot(
          Type.SECTION_HEADER,
          () => form.addSectionHeaderItem(),
          i => i.asSectionHeaderItem(),
        )
          .setTitle(item.question)
          .setHelpText(help);
        continue;
      case 'session': {
        if (sessionLabels.length === 0) continue;
        const list = slot(
          Type.LIST,
          () => form.addListItem(),
          i => i.asListItem(),
        )
          .setTitle(item.question)
          .setHelpText(help);
        list.setChoiceValues([...sessionLabels]).setRequired(item.required);
        sessionItem = sessionItem ?? list;
        break;
      }
      case 'scale':
      case 'nps': {
        const s = scaleOf(item);
        if (s.adjusted) {
          adjustedScales.push({
            question: item.question,
            written: s.written,
            made: `${s.lo}–${s.hi}`,
          });
        }
        slot(
          Type.SCALE,
          () => form.addScaleItem(),
          i => i.asScaleItem(),
        )
          .setTitle(item.question)
          .setHelpText(help)
          .setBounds(s.lo, s.hi)
          .setLabels(s.low, s.high)
          .setRequired(item.required);
        break;
      }
      case 'choice':
      case 'multi': {
        const {options, other} = optionsOf(item);
        const built =
          item.kind === 'choice'
            ? slot(
                Type.MULTIPLE_CHOICE,
                () => form.addMultipleChoiceItem(),
                i => i.asMultipleChoiceItem(),
              )
            : slot(
                Type.CHECKBOX,
                () => form.addCheckboxItem(),
                i => i.asCheckboxItem(),
              );
        built
          .setTitle(item.question)
          .setHelpText(help)
          .setChoiceValues(options);
        built.showOtherOption(other).setRequired(item.required);
        break;
      }
      case 'list':
        slot(
          Type.LIST,
          () => form.addListItem(),
          i => i.asListItem(),
        )
          .setTitle(item.question)
          .setHelpText(help)
          .setChoiceValues(item.choices)
          .setRequired(item.required);
        break;
      case 'paragraph':
        slot(
          Type.PARAGRAPH_TEXT,
          () => form.addParagraphTextItem(),
          i => i.asParagraphTextItem(),
        )
          .setTitle(item.question)
          .setHelpText(help)
          .setRequired(item.required);
        break;
      case 'number':
        // A whole number, checked by Forms as it is typed.
        slot(
          Type.TEXT,
          () => form.addTextItem(),
          i => i.asTextItem(),
        )
          .setTitle(item.question)
          .setHelpText(help)
          .setRequired(item.required)
          .setValidation(
            FormApp.createTextValidation()
              .setHelpText(t('questionnaire.help.number'))
              .requireWholeNumber()
              .build(),
          );
        break;
      case 'grid': {
        if (sessionLabels.length === 0) continue;
        const s = scaleOf({...item, kind: 'scale'}, 2);
        const columns: string[] = [];
        for (let v = s.lo; v <= s.hi; v++) columns.push(String(v));
        slot(
          Type.GRID,
          () => form.addGridItem(),
          i => i.asGridItem(),
        )
          .setTitle(item.question)
          .setHelpText(help)
          .setRows([...sessionLabels])
          .setColumns(columns)
          .setRequired(item.required);
        break;
      }
      default:
        slot(
          Type.TEXT,
          () => form.addTextItem(),
          i => i.asTextItem(),
        )
          .setTitle(item.question)
          .setHelpText(help)
          .setRequired(item.required);
    }
    count++;
  }
  // More items than the bank asks for: not made by this build.
  dropFrom(pos);
  return {form, sessionItem, items: count, adjustedScales};
}

/**
 * Brings an existing form's session dropdown and rating grid up to date with
 * the Programme (its other questions are left as they are).
 */
export function refreshSessions(
  form: Form,
  sessionTitle: string,
  gridTitle: string,
  sessionLabels: readonly string[],
): GoogleAppsScript.Forms.ListItem | null {
  let sessionItem: GoogleAppsScript.Forms.ListItem | null = null;
  if (sessionLabels.length === 0) return null;
  for (const item of form.getItems()) {
    const title = item.getTitle();
    if (
      sessionTitle &&
      title === sessionTitle &&
      item.getType() === FormApp.ItemType.LIST
    ) {
      sessionItem = item.asListItem();
      sessionItem.setChoiceValues([...sessionLabels]);
    } else if (
      gridTitle &&
      title === gridTitle &&
      item.getType() === FormApp.ItemType.GRID
    ) {
      item.asGridItem().setRows([...sessionLabels]);
    }
  }
  return sessionItem;
}

/**
 * Writes each session's prefilled link into the Programme's questionnaire
 * column: one read of the column, one setValues (other rows keep their value).
 */
export function writeLinks(
  ss: Spreadsheet,
  rows: readonly number[],
  links: readonly string[],
): number {
  const programme = locateTabs(ss).get('programme')?.sheet;
  if (!programme || rows.length === 0) return 0;
  const lastRow = programme.getLastRow();
  const lastCol = programme.getLastColumn();
  if (lastRow < 2) return 0;
  const headers = programme
    .getRange(1, 1, 1, lastCol)
    .getValues()[0]
    .map(h => String(h).trim());
  let col = columnIndex(headers, columnDef('programme', 'questionnaireLink'));
  if (col < 0) {
    // An older tracker without the column: add it at the end.
    col = lastCol;
    writeRows(
      programme,
      1,
      [[t('tracker.col.session.questionnaireLink')]],
      col + 1,
    );
  }
  const column: unknown[][] =
    col < lastCol
      ? programme.getRange(2, col + 1, lastRow - 1, 1).getValues()
      : Array.from({length: lastRow - 1}, () => ['']);
  rows.forEach((row, i) => {
    if (row >= 2 && row <= lastRow) column[row - 2] = [links[i]];
  });
  writeRows(programme, 2, column, col + 1);
  return rows.length;
}

export interface QrEntry {
  label: string;
  url: string;
}

/**
 * The printable document: the form's general QR code, then a table with one
 * row per session (QR code, session, link). Re-uses `docId` when it still
 * opens (its body is rebuilt), else creates a document. Returns its id and URL.
 */
export function writeQrDocument(
  title: string,
  general: QrEntry,
  entries: readonly QrEntry[],
  docId: string,
): {id: string; url: string} {
  let doc: GoogleAppsScript.Document.Document | null = null;
  if (docId) {
    try {
      doc = DocumentApp.openById(docId);
    } catch {
      doc = null;
    }
  }
  if (doc) doc.setName(title);
  else doc = DocumentApp.create(title);
  const body = doc.getBody();
  body.clear();
  body.appendParagraph(title).setHeading(DocumentApp.ParagraphHeading.TITLE);
  body.appendParagraph(t('questionnaire.qr.intro'));
  body
    .appendParagraph(general.label)
    .setHeading(DocumentApp.ParagraphHeading.HEADING2);
  body.appendImage(qrBlob(general.url, 'questionnaire'));
  body.appendParagraph(general.url);
  if (entries.length > 0) {
    const table = body.appendTable(
      entries.map(e => ['', `${e.label}\n${e.url}`]),
    );
    entries.forEach((e, i) => {
      table.getCell(i, 0).appendImage(qrBlob(e.url, `seance-${i + 1}`));
    });
  }
  doc.saveAndClose();
  return {id: doc.getId(), url: doc.getUrl()};
}

/**
 * The id of a file named `name` of type `mimeType` created since `since`
 * (ISO instant) and not in the trash, or '': what a run cut right after
 * creating it, before recording its id, left behind.
 */
export function findCreatedFile(
  name: string,
  mimeType: string,
  since: string,
): string {
  const from = new Date(since).getTime();
  if (!name || !Number.isFinite(from)) return '';
  for (const file of filesNamed(name)) {
    if (
      file.mimeType === mimeType &&
      new Date(file.createdTime ?? 0).getTime() >= from
    ) {
      return file.id;
    }
  }
  return '';
}

function qrBlob(url: string, name: string): GoogleAppsScript.Base.Blob {
  const image = qrGif(url);
  return Utilities.newBlob(image.bytes, 'image/gif', `${name}.gif`);
}

/** Rewrites the response counts tab in one setValues. */
export function writeCounts(
  ss: Spreadsheet,
  rows: readonly (readonly unknown[])[],
): void {
  let sheet = sheetNamed(ss, 'questionnaire.countsTab');
  if (!sheet) {
    sheet = ss.insertSheet(t('questionnaire.countsTab'));
    sheet.setFrozenRows(1);
    sheet.getRange(1, 1, 1, rows[0].length).setFontWeight('bold');
  } else {
    sheet.clearContents();
  }
  // One row per session: more than a new tab's 1,000 rows at ten times Isère.
  ensureGridSize(sheet, rows.length, rows[0].length);
  writeRows(sheet, 1, rows);
}

/** Header row and one column of a response sheet: two reads, whatever its length. */
export function readColumnByTitle(
  sheet: Sheet,
  title: string,
): {answers: unknown[] | null; responses: number} {
  const lastRow = sheet.getLastRow();
  const lastCol = sheet.getLastColumn();
  if (lastRow < 1 || lastCol < 1) return {answers: null, responses: 0};
  const headers = sheet
    .getRange(1, 1, 1, lastCol)
    .getValues()[0]
    .map(h => String(h).trim());
  const responses = lastRow - 1;
  const col = title ? headers.indexOf(title.trim()) : -1;
  if (col < 0) return {answers: null, responses};
  if (responses === 0) return {answers: [], responses};
  return {
    answers: sheet
      .getRange(2, col + 1, responses, 1)
      .getValues()
      .map(r => r[0]),
    responses,
  };
}
