/**
 * Emulated FormApp.
 *
 * Exports (of this folder, one file per class family):
 *   createFormApp(env: EmuEnv, sheets: SheetsBridge, ui: () => GoogleAppsScript.Base.Ui,
 *                 hooks?: FormHooks): FakeFormApp           — the `FormApp` global
 *   submitFormResponse(env, sheets, formId, answers, opts?: {at?: Date; email?: string}): SubmitResult
 *       — a respondent fills the form: records the response and appends the
 *         row to the destination sheet (Workspace.submitForm calls it, then fires triggers)
 *   formDump(form: FakeForm): FormDump, newForm(env, sheets, title, hooks?): FakeForm,
 *   FakeForm, FakeFormResponse, FakeItem (typed items), FakeGenericItem (plain
 *   Item from getItems(): cast with as…Item()), FakeValidation, FormAnswer, FormSheets
 *   (= Pick<SheetsBridge, getSpreadsheet | addResponseSheet | appendResponseRow | setHeaders | unlinkForm>)
 *
 * Google's behaviours kept: the response sheet is named after the spreadsheet's
 * locale ("Réponses au formulaire N" / "Form Responses N", by the bridge) and
 * starts with "Horodateur"/"Timestamp" (then "Adresse e-mail"/"Email Address"
 * when the form collects e-mails), then one column per question — a grid gives
 * one column per row, "Question [Row]"; section headers and page breaks give
 * none; questions added later get new columns at the end, a renamed question
 * renames its column, a deleted question keeps its column. In the sheet, a
 * checkbox answer is joined with ", ", a scale answer is a number, a text
 * answer that is a plain number becomes a number (so "0612…" loses its zero,
 * as in Google); ItemResponse.getResponse() of a scale item is a string.
 * Respondents are checked as the Forms page checks them: required questions,
 * existing choices, scale bounds, item validations (createTextValidation()…),
 * one response per user, closed forms. Linking a form that already has
 * responses copies them into the new sheet.
 *
 * Reference: https://developers.google.com/apps-script/reference/forms/form-app
 */
import {MIME_TYPES} from '../base/mime-type';
import {enumOf, real} from '../core/cast';
import type {EmuEnv} from '../core/env';
import {
  canAccess,
  driveEntry,
  NOT_FOUND_MESSAGE,
  registerFile,
} from '../drive/registry';
import type {FormHooks, FormSheets} from './form';
import {EMAIL_COLLECTION_TYPES, FakeForm} from './form';
import {copyItemInto} from './item';
import {validationBuilder} from './validation';

type F = typeof GoogleAppsScript.Forms;
type GForm = GoogleAppsScript.Forms.Form;

export type FakeFormApp = {
  /** Not in @types/google-apps-script 2.0. */
  EmailCollectionType: Record<string, unknown>;
} & Pick<
  GoogleAppsScript.Forms.FormApp,
  | 'create'
  | 'openById'
  | 'openByUrl'
  | 'getActiveForm'
  | 'getUi'
  | 'DestinationType'
  | 'ItemType'
  | 'Alignment'
  | 'FeedbackType'
  | 'PageNavigationType'
  | 'createTextValidation'
  | 'createParagraphTextValidation'
  | 'createCheckboxValidation'
  | 'createGridValidation'
>;

/** A new form, registered in env.forms and in Drive (no metering). */
export function newForm(
  env: EmuEnv,
  sheets: FormSheets,
  title: string,
  hooks: FormHooks = {},
): FakeForm {
  const form = new FakeForm(env, sheets, env.ids.next('form_'), title, hooks);
  env.forms.set(form.id, form);
  registerFile(env, {
    id: form.id,
    name: form.fileName,
    mimeType: MIME_TYPES.GOOGLE_FORMS,
    kind: 'form',
    hooks: {
      getName: () => form.fileName,
      setName: n => {
        form.fileName = n;
      },
      // Drive's makeCopy of a form copies its questions and settings, not its
      // responses nor its destination (as Google does).
      copy: n => {
        const copy = newForm(env, sheets, form.title, hooks);
        copy.fileName = n;
        copy.description = form.description;
        copy.emailCollection = form.emailCollection;
        copy.allowEdits = form.allowEdits;
        copy.limitOne = form.limitOne;
        copy.progressBar = form.progressBar;
        copy.confirmation = form.confirmation;
        copy.flags = {...form.flags};
        for (const item of form.items)
          copyItemInto(item, copy.newItem(item.kind));
        return copy.id;
      },
    },
  });
  return form;
}

/** The `FormApp` global. */
export function createFormApp(
  env: EmuEnv,
  sheets: FormSheets,
  ui: () => GoogleAppsScript.Base.Ui,
  hooks: FormHooks = {},
): FakeFormApp {
  const m = (method: string, create = false) =>
    env.meter.call('FormApp', method, create ? {create} : {});
  const open = (id: string): GForm => {
    const f = env.forms.get(String(id));
    if (!(f instanceof FakeForm)) throw new Error(NOT_FOUND_MESSAGE);
    const entry = driveEntry(env, f.id);
    if (entry && (entry.trashed || !canAccess(env, entry))) {
      throw new Error(NOT_FOUND_MESSAGE);
    }
    return real(f);
  };
  return {
    DestinationType: enumOf<F['DestinationType']>(['SPREADSHEET']),
    // https://developers.google.com/apps-script/reference/forms/email-collection-type
    EmailCollectionType: enumOf<Record<string, unknown>>(
      EMAIL_COLLECTION_TYPES,
    ),
    ItemType: enumOf<F['ItemType']>([
      'CHECKBOX',
      'CHECKBOX_GRID',
      'DATE',
      'DATETIME',
      'DURATION',
      'GRID',
      'IMAGE',
      'LIST',
      'MULTIPLE_CHOICE',
      'PAGE_BREAK',
      'PARAGRAPH_TEXT',
      'SCALE',
      'SECTION_HEADER',
      'TEXT',
      'TIME',
      'VIDEO',
      'FILE_UPLOAD',
    ]),
    Alignment: enumOf<F['Alignment']>(['LEFT', 'CENTER', 'RIGHT']),
    FeedbackType: enumOf<F['FeedbackType']>([
      'CORRECT',
      'INCORRECT',
      'GENERAL',
    ]),
    PageNavigationType: enumOf<F['PageNavigationType']>([
      'CONTINUE',
      'GO_TO_PAGE',
      'RESTART',
      'SUBMIT',
    ]),
    createTextValidation() {
      m('createTextValidation');
      return real<GoogleAppsScript.Forms.TextValidationBuilder>(
        validationBuilder(env, 'text'),
      );
    },
    createParagraphTextValidation() {
      m('createParagraphTextValidation');
      return real<GoogleAppsScript.Forms.ParagraphTextValidationBuilder>(
        validationBuilder(env, 'paragraph'),
      );
    },
    createCheckboxValidation() {
      m('createCheckboxValidation');
      return real<GoogleAppsScript.Forms.CheckboxValidationBuilder>(
        validationBuilder(env, 'checkbox'),
      );
    },
    createGridValidation() {
      m('createGridValidation');
      return real<GoogleAppsScript.Forms.GridValidationBuilder>(
        validationBuilder(env, 'grid'),
      );
    },
    create(title: string): GForm {
      m('create', true);
      return real(newForm(env, sheets, String(title), hooks));
    },
    openById(id: string): GForm {
      m('openById');
      return open(id);
    },
    openByUrl(url: string): GForm {
      m('openByUrl');
      const s = String(url);
      const pub = /\/forms\/d\/e\/([^/?#]+)/.exec(s);
      if (pub) {
        for (const f of env.forms.values()) {
          if (f instanceof FakeForm && f.publishedId === pub[1]) {
            return open(f.id);
          }
        }
        throw new Error(NOT_FOUND_MESSAGE);
      }
      const m2 = /\/forms\/d\/([^/?#]+)/.exec(s);
      if (!m2) throw new Error(NOT_FOUND_MESSAGE);
      return open(m2[1]);
    },
    getActiveForm(): GForm {
      m('getActiveForm');
      const c = env.context();
      if (c?.activeKind === 'form' && c.activeId) return open(c.activeId);
      return real(null);
    },
    getUi(): GoogleAppsScript.Base.Ui {
      m('getUi');
      return ui();
    },
  };
}
