/**
 * The booking form on Google Forms: built once, published (forms made by a
 * script after 30 June 2026 start unpublished), linked to the tracker so that
 * its responses reach the questionnaires' single submit trigger; afterwards
 * only the session question's choices change.
 *
 * Why one page and no sections: a cancellation and a booking share the form
 * (the cancellation link in the e-mail is this form, prefilled with
 * "Annuler une réservation", the code and the address). The booking fields
 * are therefore not marked required — the add-on refuses an incomplete
 * booking with its reason, and the teacher is told.
 * References: https://developers.google.com/apps-script/reference/forms/form
 * https://developers.google.com/apps-script/reference/forms/list-item#setChoiceValues(String)
 * https://developers.google.com/apps-script/reference/forms/form-response#toPrefilledUrl()
 */
import {t} from '../i18n';
import {publishForm, setEmailCollection} from '../gas/forms';
import type {FullMode} from './labels';

type Form = GoogleAppsScript.Forms.Form;

/** The question titles, as built (the language of the day the form was made). */
export interface Titles {
  action: string;
  book: string;
  cancel: string;
  email: string;
  session: string;
  school: string;
  commune: string;
  level: string;
  pupils: string;
  access: string;
  code: string;
}

/** What the tracker keeps of its booking form (document property). */
export interface BookingsRecord {
  formId: string;
  editUrl: string;
  publishedUrl: string;
  sessionItemId: number;
  titles: Titles;
  /** The prefilled cancellation link, with EMAIL_MARK and CODE_MARK to replace. */
  cancelTemplate: string;
  fullMode: FullMode;
  /** Secret that makes booking codes unguessable. */
  salt: string;
  timeZone: string;
  /** Name of the "Réservations" tab. */
  tab: string;
  createdAt: string;
}

export const RECORD_KEY = 'tds.bookings';

export const EMAIL_MARK = 'adresse.a.remplacer@exemple.invalid';
export const CODE_MARK = 'R-CODE-AREMPLACER';

/** Class levels offered (French school system). */
export const LEVELS = [
  'Maternelle',
  'CP',
  'CE1',
  'CE2',
  'CM1',
  'CM2',
  '6e',
  '5e',
  '4e',
  '3e',
  'Seconde',
  'Première',
  'Terminale',
  'Enseignement supérieur',
  'Autre',
];

export function currentTitles(): Titles {
  return {
    action: t('bookings.form.action'),
    book: t('bookings.form.action.book'),
    cancel: t('bookings.form.action.cancel'),
    email: t('bookings.form.email'),
    session: t('bookings.form.session'),
    school: t('bookings.form.school'),
    commune: t('bookings.form.commune'),
    level: t('bookings.form.level'),
    pupils: t('bookings.form.pupils'),
    access: t('bookings.form.access'),
    code: t('bookings.form.code'),
  };
}

export interface BuiltForm {
  form: Form;
  sessionItemId: number;
  cancelTemplate: string;
}

/**
 * Makes the form: every question, the tracker as destination, published.
 * `choices` are the session labels, `communes` the official names.
 */
export function buildForm(
  title: string,
  titles: Titles,
  choices: readonly string[],
  communes: readonly string[],
  fullMode: FullMode,
  privacy: string,
  destinationId: string,
): BuiltForm {
  const form = FormApp.create(title);
  form
    .setDescription(t('bookings.form.description'))
    .setConfirmationMessage(t('bookings.form.thanks'))
    .setProgressBar(false);
  setEmailCollection(form, false);
  const action = form
    .addMultipleChoiceItem()
    .setTitle(titles.action)
    .setRequired(true);
  action.setChoiceValues([titles.book, titles.cancel]);
  const email = form
    .addTextItem()
    .setTitle(titles.email)
    .setHelpText(privacy)
    .setRequired(true);
  email.setValidation(
    FormApp.createTextValidation().requireTextIsEmail().build(),
  );
  form
    .addSectionHeaderItem()
    .setTitle(t('bookings.form.bookSection'))
    .setHelpText(t('bookings.form.bookSectionHelp'));
  const session = form
    .addListItem()
    .setTitle(titles.session)
    .setHelpText(
      fullMode === 'hide'
        ? t('bookings.form.sessionHelpHidden')
        : t('bookings.form.sessionHelp'),
    );
  session.setChoiceValues([...choices]);
  form.addTextItem().setTitle(titles.school);
  if (communes.length > 0) {
    form
      .addListItem()
      .setTitle(titles.commune)
      .setChoiceValues([...communes]);
  } else {
    form.addTextItem().setTitle(titles.commune);
  }
  form.addListItem().setTitle(titles.level).setChoiceValues(LEVELS);
  form
    .addTextItem()
    .setTitle(titles.pupils)
    .setHelpText(t('bookings.form.pupilsHelp'));
  form
    .addParagraphTextItem()
    .setTitle(titles.access)
    .setHelpText(t('bookings.form.accessHelp'));
  form
    .addSectionHeaderItem()
    .setTitle(t('bookings.form.cancelSection'))
    .setHelpText(t('bookings.form.cancelSectionHelp'));
  const code = form
    .addTextItem()
    .setTitle(titles.code)
    .setHelpText(t('bookings.form.codeHelp'));
  form.setDestination(FormApp.DestinationType.SPREADSHEET, destinationId);
  publishForm(form);
  // One prefilled link made by Google; each booking's link replaces the marks.
  const cancelTemplate = form
    .createResponse()
    .withItemResponse(action.createResponse(titles.cancel))
    .withItemResponse(email.createResponse(EMAIL_MARK))
    .withItemResponse(code.createResponse(CODE_MARK))
    .toPrefilledUrl();
  return {form, sessionItemId: session.getId(), cancelTemplate};
}

/** The cancellation link of one booking (pure). */
export function cancelLink(
  template: string,
  email: string,
  code: string,
): string {
  return template
    .replace(encodeURIComponent(EMAIL_MARK), encodeURIComponent(email))
    .replace(EMAIL_MARK, encodeURIComponent(email))
    .replace(encodeURIComponent(CODE_MARK), encodeURIComponent(code))
    .replace(CODE_MARK, encodeURIComponent(code));
}

/** The form's session choices replaced (one call chain: the update of a booking). */
export function updateChoices(
  record: BookingsRecord,
  choices: readonly string[],
): void {
  FormApp.openById(record.formId)
    .getItemById(record.sessionItemId)
    .asListItem()
    .setChoiceValues([...choices]);
}
