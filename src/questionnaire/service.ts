/**
 * "Créer le questionnaire…": from the bank and the Programme to a Google Form
 * linked to the tracker, the prefilled link of each session in the
 * Programme, the QR code document, the submit trigger (installed once), and
 * the response counts tab (formulas that count the answers as they arrive).
 */
import {t} from '../i18n';
import {AddonError} from '../gas/errors';
import {getJson, setJson} from '../gas/properties';
import {withDocumentLock} from '../gas/lock';
import {ensureTrigger} from '../gas/triggers';
import {readTracker} from '../tracker/read';
import {findResponseSheets} from '../bilan/adapter';
import {publishForm, setEmailCollection, urlDesignates} from '../gas/forms';
import {AUDIENCES, Audience, audienceLabel} from './bank';
import {sessionLabels, sessionsFor, prefilledUrls} from './sessions';
import {
  addItems,
  ensureBank,
  locateColumn,
  refreshSessions,
  writeCounts,
  writeLinks,
  findCreatedFile,
  writeQrDocument,
} from './adapter';
import {countLayout, FormCounts} from './counts';

/** Tracker document property: the questionnaire of each audience. */
export const FORMS_KEY = 'tds.questionnaire.forms';
/** Tracker document property: the submit trigger (see ensureTrigger). */
export const TRIGGER_KEY = 'tds.questionnaire.trigger';
export const SUBMIT_HANDLER = 'onQuestionnaireSubmit';
/**
 * Tracker document property: the layout of the counts tab ("formulas" once
 * refreshCounts has written the counting formulas; absent on trackers made
 * before them, which the next submission lays out again).
 */
export const COUNTS_LAYOUT_KEY = 'tds.questionnaire.countsLayout';
const LIVE_LAYOUT = 'formulas';

/** Whether the counts tab already counts by formulas (two calls). */
export function countsAreLive(): boolean {
  return getJson<string>(COUNTS_LAYOUT_KEY) === LIVE_LAYOUT;
}

export interface FormRecord {
  formId: string;
  editUrl: string;
  publishedUrl: string;
  docId: string;
  docUrl: string;
  /** Titles of the session dropdown and rating grid, to find them again. */
  sessionTitle: string;
  gridTitle: string;
  createdAt: string;
  /**
   * The form is still being built (questions, response sheet, links or QR
   * document may be missing): recorded before FormApp.create (formId '') and
   * right after it, cleared by the first run that finishes. A rerun finishes
   * this form instead of making a second one.
   */
  building?: boolean;
}
export type FormRecords = Partial<Record<Audience, FormRecord>>;

export interface CreateOptions {
  audience: Audience;
  collectEmails: boolean;
}

export interface CreateResult {
  ok: true;
  message: string;
  updated: boolean;
  formId: string;
  editUrl: string;
  publishedUrl: string;
  docUrl: string;
  items: number;
  links: number;
  link: {url: string; label: string};
}

/**
 * "dd/MM" in the tracker's time zone (as staff read the Programme), one
 * Utilities call per distinct day rather than per session.
 */
function dayFormatter(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): (d: Date) => string {
  const tz = ss.getSpreadsheetTimeZone();
  const cache = new Map<number, string>();
  return d => {
    const key = d.getTime();
    let text = cache.get(key);
    if (text === undefined) {
      text = Utilities.formatDate(d, tz, 'dd/MM');
      cache.set(key, text);
    }
    return text;
  };
}

export function parseAudience(value: unknown): Audience {
  const a = String(value ?? '') as Audience;
  if (!AUDIENCES.includes(a)) {
    throw new AddonError('questionnaire.error.badAudienceChoice', {
      value: String(value ?? ''),
    });
  }
  return a;
}

function openForm(id: string): GoogleAppsScript.Forms.Form | null {
  if (!id) return null;
  try {
    return FormApp.openById(id);
  } catch {
    return null;
  }
}

/** Records the audience's form (merged with the others), under the lock. */
function saveRecord(audience: Audience, record: FormRecord): void {
  withDocumentLock(() =>
    setJson(FORMS_KEY, {
      ...(getJson<FormRecords>(FORMS_KEY) ?? {}),
      [audience]: record,
    }),
  );
}

/** Whether the form's responses already go to the tracker `ssId`. */
function linkedTo(form: GoogleAppsScript.Forms.Form, ssId: string): boolean {
  try {
    return form.getDestinationId() === ssId;
  } catch {
    // "The form currently has no response destination."
    return false;
  }
}

const FORM_MIME = 'application/vnd.google-apps.form';
const DOC_MIME = 'application/vnd.google-apps.document';

export function createQuestionnaireIn(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  options: CreateOptions,
): CreateResult {
  const audience = options.audience;
  const bank = ensureBank(ss);
  const items = bank.items.filter(i => i.audience === audience);
  if (items.length === 0) {
    throw new AddonError('questionnaire.error.noItems', {
      audience: audienceLabel(audience),
      tab: t('questionnaire.tab'),
    });
  }
  const tracker = readTracker(ss);
  const needsSessions = items.some(
    i => i.kind === 'session' || i.kind === 'grid',
  );
  const sessions = needsSessions ? sessionsFor(tracker.sessions, audience) : [];
  if (needsSessions && sessions.length === 0)
    throw new AddonError('questionnaire.error.noSessions');
  const labels = sessionLabels(sessions, dayFormatter(ss));
  const sessionTitle = items.find(i => i.kind === 'session')?.question ?? '';
  const gridTitle = items.find(i => i.kind === 'grid')?.question ?? '';

  const title = t('questionnaire.form.title', {
    event: tracker.event.name || t('questionnaire.form.defaultEvent'),
    audience: audienceLabel(audience),
  });
  const records = getJson<FormRecords>(FORMS_KEY) ?? {};
  const previous = records[audience];
  const building = previous?.building === true;
  let form = openForm(previous?.formId ?? '');
  // Cut between FormApp.create and recording its id: the form is found again
  // by its title among the files created since the creation began.
  if (!form && building && previous && !previous.formId) {
    form = openForm(findCreatedFile(title, FORM_MIME, previous.createdAt));
  }
  const updated = form !== null && !building;
  let sessionItem: GoogleAppsScript.Forms.ListItem | null;
  let count: number;
  let adjusted: {question: string; written: string; made: string}[] = [];
  let docId = previous?.docId ?? '';
  let createdAt = previous?.createdAt ?? '';
  if (form && previous && !building) {
    sessionItem = refreshSessions(
      form,
      previous.sessionTitle,
      previous.gridTitle,
      labels,
    );
    count = form.getItems().length;
  } else {
    const blank = (formId: string): FormRecord => ({
      formId,
      editUrl: '',
      publishedUrl: '',
      // A QR document of a form deleted by hand is reused for the new one.
      docId,
      docUrl: previous?.docUrl ?? '',
      sessionTitle,
      gridTitle,
      createdAt,
      building: true,
    });
    const resumed = form !== null;
    if (!form) {
      // Recorded before the form exists: a cut at any later point finds it.
      createdAt = new Date().toISOString();
      saveRecord(audience, blank(''));
      form = FormApp.create(title);
    }
    if (!resumed || !previous?.formId)
      saveRecord(audience, blank(form.getId()));
    form
      .setDescription(t('questionnaire.form.description'))
      .setConfirmationMessage(t('questionnaire.form.thanks'))
      .setProgressBar(false);
    setEmailCollection(form, options.collectEmails === true);
    const built = addItems(form, items, labels, resumed ? form.getItems() : []);
    sessionItem = built.sessionItem;
    count = built.items;
    adjusted = built.adjustedScales;
    if (!resumed || !linkedTo(form, ss.getId())) {
      form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    }
    // A form made by a script after 30 June 2026 is born unpublished and
    // takes no response: published here, and checked (a refusal stops the
    // build with a clear message; the record keeps it "building", so a
    // rerun finishes this very form).
    publishForm(form);
  }
  const publishedUrl = form.getPublishedUrl();
  const editUrl = form.getEditUrl();

  // One prefilled link made by Google, the others derived from it.
  let links: string[] = [];
  if (sessionItem && labels.length > 0) {
    const sample = form
      .createResponse()
      .withItemResponse(sessionItem.createResponse(labels[0]))
      .toPrefilledUrl();
    links = prefilledUrls(sample, labels[0], labels);
  }
  const qrTitle = t('questionnaire.qr.title', {title: form.getTitle()});
  // A QR document made by a cut build, before its id was recorded.
  if (building && !docId && createdAt) {
    docId = findCreatedFile(qrTitle, DOC_MIME, createdAt);
  }
  const doc = writeQrDocument(
    qrTitle,
    {label: t('questionnaire.qr.general'), url: publishedUrl},
    links.map((url, i) => ({label: labels[i], url})),
    docId,
  );
  withDocumentLock(() => {
    if (links.length > 0) {
      writeLinks(
        ss,
        sessions.map(s => s.row),
        links,
      );
    }
    const record: FormRecord = {
      formId: form!.getId(),
      editUrl,
      publishedUrl,
      docId: doc.id,
      docUrl: doc.url,
      sessionTitle: previous?.sessionTitle || sessionTitle,
      gridTitle: previous?.gridTitle || gridTitle,
      createdAt: createdAt || new Date().toISOString(),
    };
    setJson(FORMS_KEY, {
      ...(getJson<FormRecords>(FORMS_KEY) ?? {}),
      [audience]: record,
    });
  });
  ensureTrigger(
    TRIGGER_KEY,
    SUBMIT_HANDLER,
    () =>
      ScriptApp.newTrigger('onQuestionnaireSubmit')
        .forSpreadsheet(ss)
        .onFormSubmit()
        .create(),
    undefined,
    ss.getId(),
  );
  refreshCounts(ss);
  const done = updated
    ? t('questionnaire.dialog.updated')
    : t('questionnaire.dialog.done', {items: count, links: links.length});
  const scales = adjusted.length
    ? ` ${t('questionnaire.dialog.scalesAdjusted', {
        list: adjusted
          .map(a => t('questionnaire.dialog.scaleAdjusted', a))
          .join(' ; '),
      })}`
    : '';
  return {
    ok: true,
    message: done + scales,
    updated,
    formId: form.getId(),
    editUrl,
    publishedUrl,
    docUrl: doc.url,
    items: count,
    links: links.length,
    link: {url: editUrl, label: t('questionnaire.dialog.openForm')},
  };
}

/**
 * Lays out the response counts tab (one row per session of each
 * questionnaire made here, with its attendance read from the tracker, and
 * formulas that count the answers live), under the lock. Called when a
 * questionnaire is created or updated and by the menu; never per answer.
 * Returns the number of responses received so far.
 */
export function refreshCounts(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): number {
  const records = getJson<FormRecords>(FORMS_KEY) ?? {};
  // A form still being built has no responses to count yet.
  const audiences = AUDIENCES.filter(
    a => records[a]?.formId && !records[a]?.building,
  );
  if (audiences.length === 0) return 0;
  const linked = findResponseSheets(ss);
  const sheetOf = (record: FormRecord) =>
    linked.find(l =>
      urlDesignates(l.formUrl, {
        id: record.formId,
        editUrl: record.editUrl,
        publishedUrl: record.publishedUrl,
      }),
    )?.sheet;
  const tracker = readTracker(ss);
  const day = dayFormatter(ss);
  let responses = 0;
  const forms: FormCounts[] = audiences.map(a => {
    const record = records[a]!;
    const sheet = sheetOf(record);
    const where = sheet ? locateColumn(sheet, record.sessionTitle) : null;
    responses += where?.responses ?? 0;
    const sessions = record.sessionTitle
      ? sessionsFor(tracker.sessions, a)
      : [];
    const labels = sessionLabels(sessions, day);
    return {
      name: audienceLabel(a),
      sessions: sessions.map((s, i) => ({
        label: labels[i],
        attended: s.attended,
      })),
      source: where,
    };
  });
  const layout = countLayout(forms);
  withDocumentLock(() => {
    writeCounts(ss, layout);
    setJson(COUNTS_LAYOUT_KEY, LIVE_LAYOUT);
  });
  return responses;
}
