/**
 * A form.
 * Reference: https://developers.google.com/apps-script/reference/forms/form
 */
import {real} from '../core/cast';
import type {EmuEnv, Locale} from '../core/env';
import {driveEntry, NOT_FOUND_MESSAGE} from '../drive/registry';
import type {SheetsBridge} from '../spreadsheet/bridge';
import {FakeGenericItem, unwrapItem} from './generic-item';
import type {ItemKind} from './item';
import {FakeItem, NO_ANSWER, WORDS} from './item';
import {FakeFormResponse} from './response';
import type {SubmitResult} from './submit';
import {sheetRowOf, spreadsheetLocale} from './submit';

type GForm = GoogleAppsScript.Forms.Form;
type GItem = GoogleAppsScript.Forms.Item;
type GFormResponse = GoogleAppsScript.Forms.FormResponse;

/** What forms/ needs from the spreadsheet module (part A's SheetsBridge). */
export type FormSheets = Pick<
  SheetsBridge,
  | 'getSpreadsheet'
  | 'addResponseSheet'
  | 'appendResponseRow'
  | 'setHeaders'
  | 'unlinkForm'
>;

/** Optional callbacks: FormResponse.submit() from a script (Workspace may fire triggers). */
export interface FormHooks {
  onScriptSubmit?(result: SubmitResult): void;
}

interface Destination {
  spreadsheetId: string;
  sheetName: string;
  /** Column keys in sheet order: 'timestamp', 'email', '<itemId>' or '<itemId>:<row>'. */
  keys: string[];
  /** Last header written for each key (a deleted question keeps its column). */
  headers: Map<string, string>;
  locale: Locale;
}

type FormKeys =
  | 'setTitle'
  | 'getTitle'
  | 'setDescription'
  | 'getDescription'
  | 'setCollectEmail'
  | 'collectsEmail'
  | 'setAllowResponseEdits'
  | 'canEditResponse'
  | 'setLimitOneResponsePerUser'
  | 'hasLimitOneResponsePerUser'
  | 'setProgressBar'
  | 'hasProgressBar'
  | 'setConfirmationMessage'
  | 'getConfirmationMessage'
  | 'setAcceptingResponses'
  | 'isAcceptingResponses'
  | 'setShowLinkToRespondAgain'
  | 'setRequireLogin'
  | 'getId'
  | 'getEditUrl'
  | 'getPublishedUrl'
  | 'getSummaryUrl'
  | 'shortenFormUrl'
  | 'addScaleItem'
  | 'addMultipleChoiceItem'
  | 'addCheckboxItem'
  | 'addListItem'
  | 'addTextItem'
  | 'addParagraphTextItem'
  | 'addSectionHeaderItem'
  | 'addPageBreakItem'
  | 'addGridItem'
  | 'addCheckboxGridItem'
  | 'addDateItem'
  | 'getItems'
  | 'getItemById'
  | 'deleteItem'
  | 'moveItem'
  | 'setDestination'
  | 'getDestinationId'
  | 'getDestinationType'
  | 'removeDestination'
  | 'createResponse'
  | 'getResponses'
  | 'getResponse'
  | 'deleteAllResponses'
  | 'deleteResponse'
  | 'addEditor'
  | 'addEditors'
  | 'getEditors'
  | 'setPublishingSummary'
  | 'isPublishingSummary'
  | 'setShuffleQuestions'
  | 'getShuffleQuestions'
  | 'setIsQuiz'
  | 'isQuiz'
  | 'setCustomClosedFormMessage'
  | 'getCustomClosedFormMessage';

/** FormApp.EmailCollectionType names (https://developers.google.com/apps-script/reference/forms/email-collection-type). */
export type EmailCollectionName =
  'DO_NOT_COLLECT' | 'VERIFIED' | 'RESPONDER_INPUT';
export const EMAIL_COLLECTION_TYPES: EmailCollectionName[] = [
  'DO_NOT_COLLECT',
  'VERIFIED',
  'RESPONDER_INPUT',
];

/**
 * Forms made through the API after this instant start unpublished: "forms
 * created by the API after June 30, 2026 will be created in an unpublished
 * state. You must publish the forms before they can accept responses."
 * https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms
 * (the end of 30 June, read in UTC+14, the earliest zone: stricter).
 */
export const UNPUBLISHED_FROM = Date.parse('2026-06-30T10:00:00Z');

/** A respondent's answer to an unpublished form (undocumented wording). */
export const UNPUBLISHED_MESSAGE =
  'This form is not published: it does not accept responses.';

export class FakeForm implements Pick<GForm, FormKeys> {
  title: string;
  fileName: string;
  description = '';
  /** Form.setEmailCollectionType; collectsEmail() is "anything but DO_NOT_COLLECT". */
  emailCollection: EmailCollectionName = 'DO_NOT_COLLECT';
  get collectEmail(): boolean {
    return this.emailCollection !== 'DO_NOT_COLLECT';
  }
  /**
   * Published (Form.isPublished). Born unpublished after 30 June 2026 (see
   * UNPUBLISHED_FROM), published before; forms a person makes in the Forms
   * UI follow the same rule ("to align with the product experience in the
   * UI", same page).
   */
  published: boolean;
  allowEdits = false;
  limitOne = false;
  progressBar = false;
  confirmation = '';
  accepting = true;
  items: FakeItem[] = [];
  responses: FakeFormResponse[] = [];
  destination: Destination | null = null;
  /** Settings the emulator only stores (quiz, shuffle, summary, closed message). */
  flags: Record<string, unknown> = {};
  readonly publishedId: string;
  constructor(
    readonly env: EmuEnv,
    readonly sheets: FormSheets,
    readonly id: string,
    title: string,
    readonly hooks: FormHooks = {},
  ) {
    this.title = title;
    this.fileName = title;
    this.publishedId = `e-${id}`;
    this.published = env.clock.nowMillis() <= UNPUBLISHED_FROM;
    this.accepting = this.published;
  }
  private m(method: string, create = false): void {
    this.env.meter.call('Form', method, create ? {create} : {});
  }
  editUrl(): string {
    return `https://docs.google.com/forms/d/${this.id}/edit`;
  }
  publishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this.publishedId}/viewform`;
  }
  /** What sheet.getFormUrl() returns for the linked sheet. */
  formUrl(): string {
    return `https://docs.google.com/forms/d/${this.id}/viewform`;
  }
  setTitle(title: string): GForm {
    this.m('setTitle');
    this.title = String(title);
    return real(this);
  }
  getTitle(): string {
    this.m('getTitle');
    return this.title;
  }
  setDescription(d: string): GForm {
    this.m('setDescription');
    this.description = String(d);
    return real(this);
  }
  getDescription(): string {
    this.m('getDescription');
    return this.description;
  }
  /**
   * The older switch: true collects verified addresses (the stricter of the
   * two kinds of collection), false collects none.
   * https://developers.google.com/apps-script/reference/forms/form#setCollectEmail(Boolean)
   */
  setCollectEmail(collect: boolean): GForm {
    this.m('setCollectEmail');
    this.emailCollection = collect ? 'VERIFIED' : 'DO_NOT_COLLECT';
    this.syncHeaders();
    return real(this);
  }
  /** https://developers.google.com/apps-script/reference/forms/form#setEmailCollectionType(EmailCollectionType) */
  setEmailCollectionType(type: unknown): GForm {
    this.m('setEmailCollectionType');
    const name = String(type) as EmailCollectionName;
    if (!EMAIL_COLLECTION_TYPES.includes(name)) {
      throw new Error(`Invalid argument: type (${String(type)})`);
    }
    this.emailCollection = name;
    this.syncHeaders();
    return real(this);
  }
  /** https://developers.google.com/apps-script/reference/forms/form#getEmailCollectionType() */
  getEmailCollectionType(): unknown {
    this.m('getEmailCollectionType');
    return real(this.emailCollection);
  }
  /** https://developers.google.com/apps-script/reference/forms/form#isPublished() */
  isPublished(): boolean {
    this.m('isPublished');
    return this.published;
  }
  /**
   * Publishing opens responses; unpublishing also closes them ("If
   * is_published is set to false, isAcceptingResponses is forced to false").
   * https://developers.google.com/apps-script/reference/forms/form#setPublished(Boolean)
   * https://developers.google.com/workspace/forms/api/reference/rest/v1/forms#PublishState
   */
  setPublished(enabled: boolean): GForm {
    this.m('setPublished');
    this.published = Boolean(enabled);
    this.accepting = this.published;
    return real(this);
  }
  collectsEmail(): boolean {
    this.m('collectsEmail');
    return this.collectEmail;
  }
  setAllowResponseEdits(enabled: boolean): GForm {
    this.m('setAllowResponseEdits');
    this.allowEdits = Boolean(enabled);
    return real(this);
  }
  canEditResponse(): boolean {
    this.m('canEditResponse');
    return this.allowEdits;
  }
  setLimitOneResponsePerUser(enabled: boolean): GForm {
    this.m('setLimitOneResponsePerUser');
    this.limitOne = Boolean(enabled);
    return real(this);
  }
  hasLimitOneResponsePerUser(): boolean {
    this.m('hasLimitOneResponsePerUser');
    return this.limitOne;
  }
  setProgressBar(enabled: boolean): GForm {
    this.m('setProgressBar');
    this.progressBar = Boolean(enabled);
    return real(this);
  }
  hasProgressBar(): boolean {
    this.m('hasProgressBar');
    return this.progressBar;
  }
  setConfirmationMessage(message: string): GForm {
    this.m('setConfirmationMessage');
    this.confirmation = String(message);
    return real(this);
  }
  getConfirmationMessage(): string {
    this.m('getConfirmationMessage');
    return this.confirmation;
  }
  setAcceptingResponses(enabled: boolean): GForm {
    this.m('setAcceptingResponses');
    // An unpublished form cannot take responses (PublishState, above):
    // accepting stays false until it is published.
    this.accepting = Boolean(enabled) && this.published;
    return real(this);
  }
  isAcceptingResponses(): boolean {
    this.m('isAcceptingResponses');
    return this.accepting;
  }
  setShowLinkToRespondAgain(): GForm {
    this.m('setShowLinkToRespondAgain');
    return real(this);
  }
  setRequireLogin(): GForm {
    this.m('setRequireLogin');
    return real(this);
  }
  /** Editors live on the form's Drive entry (as DriveApp's File sees them). */
  private addEditorEmails(method: string, users: unknown[]): GForm {
    this.m(method);
    const entry = driveEntry(this.env, this.id);
    for (const u of users) {
      const e =
        typeof u === 'string'
          ? u.trim()
          : String((u as {getEmail(): string}).getEmail());
      if (!/^[^\s@]+@[^\s@]+$/.test(e)) throw new Error(`Invalid email: ${e}`);
      if (entry && !entry.editors.includes(e)) entry.editors.push(e);
    }
    return real(this);
  }
  addEditor(user: unknown): GForm {
    return this.addEditorEmails('addEditor', [user]);
  }
  addEditors(emails: string[]): GForm {
    return this.addEditorEmails('addEditors', emails);
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    this.m('getEditors');
    const entry = driveEntry(this.env, this.id);
    return (entry?.editors ?? []).map(e => ({
      getEmail: () => e,
      getUserLoginId: () => e,
    }));
  }
  private flag(method: string, key: string, v?: unknown): GForm {
    this.m(method);
    this.flags[key] = v;
    return real(this);
  }
  setPublishingSummary(enabled: boolean): GForm {
    return this.flag('setPublishingSummary', 'summary', Boolean(enabled));
  }
  isPublishingSummary(): boolean {
    this.m('isPublishingSummary');
    return this.flags.summary === true;
  }
  setShuffleQuestions(shuffle: boolean): GForm {
    return this.flag('setShuffleQuestions', 'shuffle', Boolean(shuffle));
  }
  getShuffleQuestions(): boolean {
    this.m('getShuffleQuestions');
    return this.flags.shuffle === true;
  }
  setIsQuiz(enabled: boolean): GForm {
    return this.flag('setIsQuiz', 'quiz', Boolean(enabled));
  }
  isQuiz(): boolean {
    this.m('isQuiz');
    return this.flags.quiz === true;
  }
  setCustomClosedFormMessage(message: string): GForm {
    return this.flag('setCustomClosedFormMessage', 'closed', String(message));
  }
  getCustomClosedFormMessage(): string {
    this.m('getCustomClosedFormMessage');
    return String(this.flags.closed ?? '');
  }
  getId(): string {
    this.m('getId');
    return this.id;
  }
  getEditUrl(): string {
    this.m('getEditUrl');
    return this.editUrl();
  }
  getPublishedUrl(): string {
    this.m('getPublishedUrl');
    return this.publishedUrl();
  }
  getSummaryUrl(): string {
    this.m('getSummaryUrl');
    return `https://docs.google.com/forms/d/${this.id}/viewanalytics`;
  }
  shortenFormUrl(url: string): string {
    this.m('shortenFormUrl');
    if (!String(url).startsWith('https://docs.google.com/forms/')) {
      throw new Error('Invalid argument: url');
    }
    const key = Buffer.from(String(url)).toString('base64url').slice(-12);
    return `https://forms.gle/${key}`;
  }
  /** Adds an item (no metering: the add* method counted). */
  newItem(kind: ItemKind, index = this.items.length): FakeItem {
    const item = new FakeItem(
      this.env,
      this,
      kind,
      1_000_000_000 + Number(this.env.ids.next('')),
    );
    this.items.splice(index, 0, item);
    this.syncHeaders();
    return item;
  }
  private add<T>(method: string, kind: ItemKind): T {
    this.m(method);
    return real<T>(this.newItem(kind));
  }
  addScaleItem(): GoogleAppsScript.Forms.ScaleItem {
    return this.add('addScaleItem', 'SCALE');
  }
  addMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return this.add('addMultipleChoiceItem', 'MULTIPLE_CHOICE');
  }
  addCheckboxItem(): GoogleAppsScript.Forms.CheckboxItem {
    return this.add('addCheckboxItem', 'CHECKBOX');
  }
  addListItem(): GoogleAppsScript.Forms.ListItem {
    return this.add('addListItem', 'LIST');
  }
  addTextItem(): GoogleAppsScript.Forms.TextItem {
    return this.add('addTextItem', 'TEXT');
  }
  addParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return this.add('addParagraphTextItem', 'PARAGRAPH_TEXT');
  }
  addSectionHeaderItem(): GoogleAppsScript.Forms.SectionHeaderItem {
    return this.add('addSectionHeaderItem', 'SECTION_HEADER');
  }
  addPageBreakItem(): GoogleAppsScript.Forms.PageBreakItem {
    return this.add('addPageBreakItem', 'PAGE_BREAK');
  }
  addGridItem(): GoogleAppsScript.Forms.GridItem {
    return this.add('addGridItem', 'GRID');
  }
  addCheckboxGridItem(): GoogleAppsScript.Forms.CheckboxGridItem {
    return this.add('addCheckboxGridItem', 'CHECKBOX_GRID');
  }
  addDateItem(): GoogleAppsScript.Forms.DateItem {
    return this.add('addDateItem', 'DATE');
  }
  getItems(itemType?: GoogleAppsScript.Forms.ItemType): GItem[] {
    this.m('getItems');
    const t = itemType === undefined ? null : String(itemType);
    return real(
      this.items
        .filter(i => t === null || i.kind === t)
        .map(i => new FakeGenericItem(i)),
    );
  }
  getItemById(id: number): GItem {
    this.m('getItemById');
    const item = this.items.find(i => i.id === Number(id));
    return real(item ? new FakeGenericItem(item) : null);
  }
  private indexOf(x: number | GItem): number {
    const i =
      typeof x === 'number' ? x : this.items.indexOf(unwrapItem(x) as FakeItem);
    if (i < 0 || i >= this.items.length) {
      throw new Error(
        `Invalid item index: ${String(typeof x === 'number' ? x : 'item not in form')}.`,
      );
    }
    return i;
  }
  deleteItem(x: number | GItem): void {
    this.m('deleteItem');
    this.items.splice(this.indexOf(x), 1);
  }
  moveItem(x: number | GItem, to: number): GItem {
    this.m('moveItem');
    const from = this.indexOf(x);
    if (to < 0 || to >= this.items.length)
      throw new Error(`Invalid item index: ${to}.`);
    const [item] = this.items.splice(from, 1);
    this.items.splice(to, 0, item);
    return real(new FakeGenericItem(item));
  }
  /** Column keys the current items need, in form order. */
  private wantedKeys(): string[] {
    const keys = ['timestamp'];
    if (this.collectEmail) keys.push('email');
    for (const item of this.items) {
      if (NO_ANSWER.includes(item.kind)) continue;
      if (item.kind === 'GRID' || item.kind === 'CHECKBOX_GRID') {
        item.rows.forEach((_, i) => keys.push(`${item.id}:${i}`));
      } else {
        keys.push(String(item.id));
      }
    }
    return keys;
  }
  private headerOf(key: string, locale: Locale): string {
    if (key === 'timestamp') return WORDS[locale].timestamp;
    if (key === 'email') return WORDS[locale].email;
    const [id, row] = key.split(':');
    const item = this.items.find(i => String(i.id) === id);
    if (!item) return this.destination?.headers.get(key) ?? '';
    return row === undefined
      ? item.title
      : `${item.title} [${item.rows[Number(row)] ?? ''}]`;
  }
  /** Keeps the response sheet's header row in step with the questions (as Google does). */
  syncHeaders(): void {
    const d = this.destination;
    if (!d) return;
    const wanted = this.wantedKeys();
    // The e-mail column, when switched on, goes right after the timestamp.
    if (wanted.includes('email') && !d.keys.includes('email'))
      d.keys.splice(1, 0, 'email');
    for (const k of wanted) if (!d.keys.includes(k)) d.keys.push(k);
    const before = d.keys.map(k => d.headers.get(k) ?? null);
    const after = d.keys.map(k => this.headerOf(k, d.locale));
    d.keys.forEach((k, i) => d.headers.set(k, after[i]));
    if (before.some((h, i) => h !== after[i])) {
      try {
        this.sheets.setHeaders(d.spreadsheetId, d.sheetName, after);
      } catch (e) {
        // The response sheet was deleted by a user: Google's background sync
        // fails silently; the next submission reports it (destinationError).
        this.destinationError = e instanceof Error ? e.message : String(e);
      }
    }
  }
  /** Why the last write to the response sheet failed (its sheet deleted…), or null. */
  destinationError: string | null = null;
  setDestination(
    type: GoogleAppsScript.Forms.DestinationType,
    id: string,
  ): GForm {
    this.m('setDestination');
    if (String(type) !== 'SPREADSHEET')
      throw new Error(`Unsupported destination type: ${String(type)}`);
    if (!this.sheets.getSpreadsheet(String(id)))
      throw new Error(NOT_FOUND_MESSAGE);
    if (this.destination)
      this.sheets.unlinkForm(this.destination.spreadsheetId, this.id);
    const locale = spreadsheetLocale(this.env, this.sheets, String(id));
    const keys = this.wantedKeys();
    const headers = new Map<string, string>();
    this.destination = {
      spreadsheetId: String(id),
      sheetName: '',
      keys,
      headers,
      locale,
    };
    const names = keys.map(k => this.headerOf(k, locale));
    keys.forEach((k, i) => headers.set(k, names[i]));
    this.destination.sheetName = this.sheets.addResponseSheet(
      String(id),
      this.id,
      this.formUrl(),
      names,
    );
    // Google copies the responses already received into the new sheet.
    for (const r of this.responses) {
      this.sheets.appendResponseRow(
        String(id),
        this.destination.sheetName,
        sheetRowOf(this, r),
      );
    }
    return real(this);
  }
  getDestinationId(): string {
    this.m('getDestinationId');
    if (!this.destination)
      throw new Error('The form currently has no response destination.');
    return this.destination.spreadsheetId;
  }
  getDestinationType(): GoogleAppsScript.Forms.DestinationType {
    this.m('getDestinationType');
    if (!this.destination)
      throw new Error('The form currently has no response destination.');
    return real('SPREADSHEET');
  }
  removeDestination(): GForm {
    this.m('removeDestination');
    if (this.destination)
      this.sheets.unlinkForm(this.destination.spreadsheetId, this.id);
    this.destination = null;
    return real(this);
  }
  createResponse(): GFormResponse {
    this.m('createResponse');
    return real(new FakeFormResponse(this.env, this));
  }
  getResponses(timestamp?: GoogleAppsScript.Base.Date): GFormResponse[] {
    this.m('getResponses');
    const after = timestamp ? timestamp.getTime() : -Infinity;
    return real(
      this.responses.filter(r => (r.timestamp?.getTime() ?? 0) >= after),
    );
  }
  getResponse(responseId: string): GFormResponse {
    this.m('getResponse');
    const r = this.responses.find(x => x.id === responseId);
    if (!r)
      throw new Error(
        `No response with ID ${responseId} exists for this form.`,
      );
    return real(r);
  }
  deleteAllResponses(): GForm {
    this.m('deleteAllResponses');
    this.responses = [];
    return real(this);
  }
  deleteResponse(responseId: string): GForm {
    this.m('deleteResponse');
    this.responses = this.responses.filter(r => r.id !== responseId);
    return real(this);
  }
}
