/**
 * Forms methods Google documents but @types/google-apps-script 2.0 lacks,
 * declared once for the cases (the add-on declares its own in src/gas/:
 * conformance/ never imports the add-on).
 * https://developers.google.com/apps-script/reference/forms/form#setPublished(Boolean)
 * https://developers.google.com/apps-script/reference/forms/form#setEmailCollectionType(EmailCollectionType)
 * https://developers.google.com/apps-script/reference/forms/email-collection-type
 */

/** FormApp.EmailCollectionType values. */
export type EmailCollectionType =
  'DO_NOT_COLLECT' | 'VERIFIED' | 'RESPONDER_INPUT';

export interface PublishableForm extends GoogleAppsScript.Forms.Form {
  isPublished(): boolean;
  setPublished(enabled: boolean): PublishableForm;
  getEmailCollectionType(): EmailCollectionType;
  setEmailCollectionType(type: EmailCollectionType): PublishableForm;
}

/** The form with the methods of the publishing and e-mail collection changes. */
export function publishable(
  form: GoogleAppsScript.Forms.Form,
): PublishableForm {
  return form as PublishableForm;
}

/** FormApp.EmailCollectionType (throws a TypeError where the service lacks it, as old runtimes would). */
export function emailCollectionType(
  name: EmailCollectionType,
): EmailCollectionType {
  const app = FormApp as unknown as {
    EmailCollectionType: Record<EmailCollectionType, EmailCollectionType>;
  };
  return app.EmailCollectionType[name];
}
