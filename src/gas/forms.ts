/**
 * What every capability needs from Google Forms beyond the typings:
 *
 * - Publishing. Forms created through Apps Script after 30 June 2026 start
 *   unpublished and accept no responses until published; unpublishing also
 *   closes responses
 *   (https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms,
 *   https://developers.google.com/apps-script/reference/forms/form#setPublished(Boolean)).
 *   @types/google-apps-script lacks isPublished/setPublished: they are
 *   declared here, once, with the e-mail collection settings.
 * - Respondent e-mail collection as Google names it today:
 *   Form.setEmailCollectionType(FormApp.EmailCollectionType.X)
 *   (https://developers.google.com/apps-script/reference/forms/email-collection-type).
 * - Matching a response sheet to its form. Sheet.getFormUrl() may give the
 *   form's address by id (…/forms/d/<id>/viewform or …/edit) or its
 *   published address (…/forms/d/e/<publishedId>/viewform): the rule that
 *   recognises every form is written here only.
 */
import {AddonError} from './errors';

type Form = GoogleAppsScript.Forms.Form;

/** FormApp.EmailCollectionType values. */
export type EmailCollection = 'DO_NOT_COLLECT' | 'VERIFIED' | 'RESPONDER_INPUT';

/** The Form methods Google documents that @types/google-apps-script 2.0 lacks. */
export interface FormExtras {
  isPublished(): boolean;
  setPublished(enabled: boolean): Form;
  getEmailCollectionType(): unknown;
  setEmailCollectionType(type: unknown): Form;
}

/** `form` with the methods of the publishing and e-mail collection changes. */
export function withExtras(form: Form): Form & FormExtras {
  return form as Form & FormExtras;
}

/**
 * Sets who gives an address: nobody, or the respondent typing it in
 * (RESPONDER_INPUT: people at a public event mostly have no Google account
 * to sign in with, which VERIFIED would demand). A runtime without the enum
 * (older than the setting) falls back on setCollectEmail.
 */
export function setEmailCollection(form: Form, collect: boolean): void {
  const app = FormApp as unknown as {
    EmailCollectionType?: Record<EmailCollection, unknown>;
  };
  const value =
    app.EmailCollectionType?.[collect ? 'RESPONDER_INPUT' : 'DO_NOT_COLLECT'];
  const f = withExtras(form);
  if (value === undefined || typeof f.setEmailCollectionType !== 'function') {
    form.setCollectEmail(collect);
    return;
  }
  f.setEmailCollectionType(value);
}

/** The form's e-mail collection setting, by name. */
export function emailCollectionOf(form: Form): EmailCollection {
  return String(withExtras(form).getEmailCollectionType()) as EmailCollection;
}

/**
 * Publishes the form so that it accepts responses, and checks it. Throws an
 * AddonError (a clear message naming the form) when Google refuses or the
 * form still is not published or not accepting responses afterwards.
 */
export function publishForm(form: Form): void {
  const f = withExtras(form);
  let title = '';
  try {
    title = form.getTitle();
    if (!f.isPublished()) f.setPublished(true);
    if (!form.isAcceptingResponses()) form.setAcceptingResponses(true);
  } catch {
    throw new AddonError('forms.error.notPublished', {title});
  }
  if (!f.isPublished() || !form.isAcceptingResponses()) {
    throw new AddonError('forms.error.notPublished', {title});
  }
}

/**
 * The key a form address carries: 'id:<form id>' for …/forms/d/<id>/…, or
 * 'pub:<published id>' for the published address …/forms/d/e/<id>/…; ''
 * when it is no form address (pure).
 */
export function formUrlKey(url: string): string {
  const published = /\/forms\/d\/e\/([\w-]+)/.exec(url);
  if (published) return `pub:${published[1]}`;
  const byId = /\/forms\/(?:u\/\d+\/)?d\/([\w-]+)/.exec(url);
  return byId ? `id:${byId[1]}` : '';
}

/** What identifies one form, whichever address of it a sheet gives. */
export interface FormKeys {
  id: string;
  editUrl?: string;
  publishedUrl?: string;
}

/** Every key that designates the form (pure). */
export function keysOfForm(form: FormKeys): Set<string> {
  const keys = new Set<string>([`id:${form.id}`]);
  for (const url of [form.editUrl, form.publishedUrl]) {
    const k = url ? formUrlKey(url) : '';
    if (k) keys.add(k);
  }
  return keys;
}

/** Whether a sheet's getFormUrl() designates this form (pure). */
export function urlDesignates(url: string, form: FormKeys): boolean {
  const k = formUrlKey(url);
  return k !== '' && keysOfForm(form).has(k);
}

/** The keys of an open form (three calls). */
export function formKeysOf(form: Form): FormKeys {
  return {
    id: form.getId(),
    editUrl: form.getEditUrl(),
    publishedUrl: form.getPublishedUrl(),
  };
}

/** The address a sheet receives responses from, or '' when it is not a response sheet. */
export function responseFormUrl(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
): string {
  return sheet.getFormUrl() ?? '';
}

/** Whether a sheet receives a form's responses (whatever the form of its address). */
export function isResponseSheet(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
): boolean {
  return responseFormUrl(sheet) !== '';
}
