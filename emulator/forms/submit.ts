/**
 * A respondent submits: the response is stored and its row appended to the destination sheet.
 * Reference: https://developers.google.com/apps-script/reference/forms/form#setDestination(DestinationType,String)
 */
import type {EmuEnv, Locale} from '../core/env';
import {NOT_FOUND_MESSAGE} from '../drive/registry';
import type {FormSheets} from './form';
import {FakeForm, UNPUBLISHED_MESSAGE} from './form';
import type {FakeItem} from './item';
import {NO_ANSWER} from './item';
import type {FormAnswer} from './response';
import {FakeFormResponse, FakeItemResponse, normalizeAnswer} from './response';

/** The spreadsheet's locale ('fr'/'en'), else the workspace default. */
export function spreadsheetLocale(
  env: EmuEnv,
  sheets: FormSheets,
  id: string,
): Locale {
  const ss = sheets.getSpreadsheet(id) as unknown as {locale?: unknown} | null;
  const l = ss && typeof ss.locale === 'string' ? ss.locale : env.locale;
  return l.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** A plain-number text answer becomes a number in the sheet, as Google Sheets parses it. */
function sheetText(s: string, locale: Locale): string | number {
  if (/^-?\d{1,15}$/.test(s)) return Number(s);
  if (locale === 'en' && /^-?\d{1,15}\.\d+$/.test(s)) return Number(s);
  if (locale === 'fr' && /^-?\d{1,15},\d+$/.test(s))
    return Number(s.replace(',', '.'));
  return s;
}

export function sheetRowOf(form: FakeForm, r: FakeFormResponse): unknown[] {
  const d = form.destination!;
  return d.keys.map(key => {
    if (key === 'timestamp') return new Date(r.timestamp!.getTime());
    if (key === 'email') return r.email;
    const [id, row] = key.split(':');
    const ir = r.items.find(x => String(x.item.id) === id);
    if (!ir) return '';
    const item = ir.item;
    if (row !== undefined) {
      const v = (ir.value as (string | string[])[])[Number(row)];
      // A grid of "1".."5" columns lands as numbers, as Sheets parses what Forms writes.
      return Array.isArray(v) ? v.join(', ') : sheetText(v ?? '', d.locale);
    }
    if (item.kind === 'SCALE') return Number(ir.value);
    if (item.kind === 'CHECKBOX') return (ir.value as string[]).join(', ');
    return sheetText(String(ir.value), d.locale);
  });
}

export interface SubmitResult {
  formId: string;
  responseId: string;
  response: FakeFormResponse;
  sheetRow: {
    spreadsheetId: string;
    sheetName: string;
    row: number;
    values: unknown[];
  } | null;
}

/** Stores a response (id, timestamp) and appends its row to the destination sheet. */
export function recordResponse(
  form: FakeForm,
  r: FakeFormResponse,
  opts: {at?: Date; email?: string},
): SubmitResult {
  const env = form.env;
  // An unpublished form accepts no response, from a respondent or a script.
  // https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms
  if (!form.published) throw new Error(UNPUBLISHED_MESSAGE);
  if (!form.accepting)
    throw new Error('This form is no longer accepting responses.');
  const who = opts.email ?? env.context()?.user ?? '';
  if (form.limitOne && who) {
    if (form.responses.some(x => x.respondent === who)) {
      throw new Error(`You've already responded: ${who} can only answer once.`);
    }
  }
  r.id = env.ids.next('resp_');
  r.respondent = who;
  r.timestamp = opts.at ? new Date(opts.at.getTime()) : env.clock.now();
  if (form.collectEmail) r.email = who;
  form.responses.push(r);
  let sheetRow: SubmitResult['sheetRow'] = null;
  if (form.destination) {
    form.syncHeaders();
    const values = sheetRowOf(form, r);
    const {spreadsheetId, sheetName} = form.destination;
    try {
      const row = form.sheets.appendResponseRow(
        spreadsheetId,
        sheetName,
        values,
      );
      sheetRow = {spreadsheetId, sheetName, row, values};
      form.destinationError = null;
    } catch (e) {
      // The response is kept by Forms even when its sheet is gone (as in Google).
      form.destinationError = e instanceof Error ? e.message : String(e);
    }
  }
  return {formId: form.id, responseId: r.id, response: r, sheetRow};
}

/**
 * A respondent submits the form: `answers` maps item titles to values
 * (text/choice: string; checkbox: string[]; scale: number; grid: one column
 * per row, string[]; checkbox grid: string[][]). Required questions must be
 * answered; choices must exist (unless "other" is shown). No metering: this is
 * the respondent, not the script.
 */
export function submitFormResponse(
  env: EmuEnv,
  _sheets: FormSheets,
  formId: string,
  answers: Record<string, FormAnswer>,
  opts: {at?: Date; email?: string} = {},
): SubmitResult {
  const form = env.forms.get(formId);
  if (!(form instanceof FakeForm)) throw new Error(NOT_FOUND_MESSAGE);
  const r = new FakeFormResponse(env, form);
  const byTitle = new Map<string, FakeItem>();
  for (const item of form.items) {
    if (!NO_ANSWER.includes(item.kind) && !byTitle.has(item.title))
      byTitle.set(item.title, item);
  }
  for (const title of Object.keys(answers)) {
    if (!byTitle.has(title)) {
      throw new Error(
        `The form "${form.title}" has no question titled "${title}".`,
      );
    }
  }
  for (const [title, item] of byTitle) {
    const v = answers[title];
    const empty =
      v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
    if (empty) {
      if (item.required)
        throw new Error(`Missing answer to required question "${title}".`);
      continue;
    }
    r.items.push(new FakeItemResponse(env, item, normalizeAnswer(item, v)));
  }
  return recordResponse(form, r, opts);
}
