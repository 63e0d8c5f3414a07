/**
 * Google's reference pages the cases cite (one place for the addresses; each
 * case adds the method anchor, as Google writes it: `#setValues(Object)`).
 */
const AS = 'https://developers.google.com/apps-script/reference/';
const GUIDE = 'https://developers.google.com/apps-script/';

export const REF = {
  range: `${AS}spreadsheet/range`,
  sheet: `${AS}spreadsheet/sheet`,
  spreadsheet: `${AS}spreadsheet/spreadsheet`,
  spreadsheetApp: `${AS}spreadsheet/spreadsheet-app`,
  dataValidationBuilder: `${AS}spreadsheet/data-validation-builder`,
  dataValidation: `${AS}spreadsheet/data-validation`,
  form: `${AS}forms/form`,
  formApp: `${AS}forms/form-app`,
  scaleItem: `${AS}forms/scale-item`,
  item: `${AS}forms/item`,
  itemResponse: `${AS}forms/item-response`,
  formResponse: `${AS}forms/form-response`,
  emailCollectionType: `${AS}forms/email-collection-type`,
  driveApp: `${AS}drive/drive-app`,
  file: `${AS}drive/file`,
  folder: `${AS}drive/folder`,
  fileIterator: `${AS}drive/file-iterator`,
  documentApp: `${AS}document/document-app`,
  document: `${AS}document/document`,
  body: `${AS}document/body`,
  text: `${AS}document/text`,
  session: `${AS}base/session`,
  ui: `${AS}base/ui`,
  scriptApp: `${AS}script/script-app`,
  authMode: `${AS}script/auth-mode`,
  clockTriggerBuilder: `${AS}script/clock-trigger-builder`,
  lockService: `${AS}lock/lock-service`,
  lock: `${AS}lock/lock`,
  propertiesService: `${AS}properties/properties-service`,
  properties: `${AS}properties/properties`,
  cache: `${AS}cache/cache`,
  mailApp: `${AS}mail/mail-app`,
  utilities: `${AS}utilities/utilities`,
  blob: `${AS}base/blob`,
  htmlService: `${AS}html/html-service`,
  htmlOutput: `${AS}html/html-output`,
  urlFetchApp: `${AS}url-fetch/url-fetch-app`,
  quotas: `${GUIDE}guides/services/quotas`,
  scopes: `${GUIDE}concepts/scopes`,
  manifest: `${GUIDE}manifest`,
  simpleTriggers: `${GUIDE}guides/triggers`,
  installableTriggers: `${GUIDE}guides/triggers/installable`,
  triggerEvents: `${GUIDE}guides/triggers/events`,
  templates: `${GUIDE}guides/html/templates`,
  scriptRun: `${GUIDE}guides/html/reference/run`,
  communication: `${GUIDE}guides/html/communication`,
  v8: `${GUIDE}guides/v8-runtime`,
  driveAuth: 'https://developers.google.com/drive/api/guides/about-auth',
  driveRest:
    'https://developers.google.com/workspace/drive/api/reference/rest/v3/files/',
  driveSearch:
    'https://developers.google.com/workspace/drive/api/guides/ref-search-terms',
  advancedServices: `${GUIDE}guides/services/advanced`,
  formsApiChanges:
    'https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms',
  formsPublish:
    'https://developers.google.com/workspace/forms/api/guides/publish-form',
  sheetsFormats: 'https://developers.google.com/sheets/api/guides/formats',
  valueInputOption:
    'https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption',
} as const;
