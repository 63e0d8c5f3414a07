/**
 * What the Forms module (emulator/forms/) needs from the spreadsheet module:
 * finding a spreadsheet, creating a form's response sheet and appending
 * response rows. Implemented by the spreadsheet module; given to
 * createFormApp(env, sheets) and submitFormResponse(env, ...).
 */
import type {FakeSpreadsheet} from './spreadsheet';

export interface SheetsBridge {
  /** The spreadsheet with this id, or null if there is none. */
  getSpreadsheet(id: string): FakeSpreadsheet | null;
  /**
   * Adds the response sheet of a form, named after the spreadsheet's locale
   * ("Réponses au formulaire N" / "Form Responses N", N = first free number),
   * inserted first, with `headers` in row 1 (the caller passes
   * "Horodateur"/"Timestamp" then the question titles), frozen row 1, and
   * sheet.formUrl = formUrl. Returns the sheet's name.
   */
  addResponseSheet(
    spreadsheetId: string,
    formId: string,
    formUrl: string,
    headers: string[],
  ): string;
  /** Appends a row of values (no metering: Google writes it, not the script). Returns its 1-based row. */
  appendResponseRow(
    spreadsheetId: string,
    sheetName: string,
    row: unknown[],
  ): number;
  /** Rewrites row 1 (headers), e.g. after questions were added to the form. */
  setHeaders(spreadsheetId: string, sheetName: string, headers: string[]): void;
  /** Sheet name → the form linked to it is gone (form.removeDestination): clears formUrl. */
  unlinkForm(spreadsheetId: string, formId: string): void;
}
