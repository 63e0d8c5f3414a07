/**
 * Making one document: read the data once, check it, build the model (or
 * fill the staff template), write it into a new Google Doc in the documents
 * folder, log it in the Documents tab. A failure trashes the half-made
 * document and logs "échec" with the reason.
 */
import {AddonError, userMessage} from '../gas/errors';
import {withDocumentLock} from '../gas/lock';
import {t, currentLanguage} from '../i18n';
import type {BilanResult} from '../model/bilan';
import type {TrackerData} from '../model/tracker';
import type {Settings} from '../settings/types';
import {activeSessions} from './figures';
import {eventTitle, fieldSource} from './fields';
import {isoDay} from './format';
import {bilanLayout} from './layouts/bilan';
import type {LayoutContext} from './layouts/common';
import {followupLayout} from './layouts/followup';
import {presentationLayout} from './layouts/presentation';
import {appendLog, LogEntry} from './log';
import type {DocModel} from './model';
import {documentName} from './naming';
import {loadBilanResult, loadTrackerData} from './sources';
import {
  copyTemplateIn,
  createDocIn,
  CreatedDoc,
  documentsFolder,
  freeName,
  pdfCopy,
  trashQuietly,
} from './storage';
import {checkTemplate, fillTemplate, TemplateInfo} from './template';
import {writeDocument} from './writer';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type SingleKind = 'presentation' | 'followup' | 'bilan';

export interface GenerateOptions {
  /** Address or id of a staff template (Google Doc); empty for the built-in layout. */
  template?: string;
  pdf?: boolean;
}

export interface GenerateResult {
  name: string;
  url: string;
  pdfUrl: string | null;
  folderName: string;
  folderUrl: string;
}

const KIND_LABEL = {
  presentation: 'documents.kindLabel.presentation',
  followup: 'documents.kindLabel.followup',
  bilan: 'documents.kindLabel.bilan',
} as const;

export function layoutContext(
  settings: Settings,
  zone: string,
  today: Date,
): LayoutContext {
  return {
    lang: currentLanguage(),
    zone,
    today,
    organisation: settings.organisation,
    k: settings.smallGroupK,
  };
}

/** The built-in layout of a kind (pure once the data is read). */
export function buildModel(
  kind: SingleKind,
  data: TrackerData,
  bilan: BilanResult | null,
  ctx: LayoutContext,
): DocModel {
  if (isEmptyTracker(data)) throw new AddonError('documents.error.noTracker');
  if (kind !== 'followup' && activeSessions(data.sessions).length === 0) {
    throw new AddonError('documents.error.emptyProgramme');
  }
  switch (kind) {
    case 'presentation':
      return presentationLayout(data, ctx);
    case 'followup':
      return followupLayout(data, ctx);
    case 'bilan':
      if (!bilan) throw new AddonError('documents.error.noBilan');
      return bilanLayout(data, bilan, ctx);
  }
}

/** No event card and no rows at all: this spreadsheet is not a tracker. */
export function isEmptyTracker(data: TrackerData): boolean {
  return (
    !data.event.name.trim() &&
    data.sessions.length === 0 &&
    data.tasks.length === 0 &&
    data.partners.length === 0 &&
    data.budget.length === 0
  );
}

export function isSingleKind(kind: unknown): kind is SingleKind {
  return kind === 'presentation' || kind === 'followup' || kind === 'bilan';
}

/**
 * Generates one document of `kind` from the tracker of `ss`. Everything is
 * checked (data, template, folder) before the document is created.
 */
export function generateDocument(
  ss: Spreadsheet,
  settings: Settings,
  kind: SingleKind,
  options: GenerateOptions = {},
): GenerateResult {
  const zone = ss.getSpreadsheetTimeZone();
  const today = new Date();
  const ctx = layoutContext(settings, zone, today);
  const data = loadTrackerData(ss);
  const bilan = kind === 'bilan' ? loadBilanResult(ss) : null;
  const template: TemplateInfo | null = options.template?.trim()
    ? checkTemplate(options.template)
    : null;
  // The layout is built even with a template: it checks the data the same way.
  const model = buildModel(kind, data, bilan, ctx);
  const folder = documentsFolder(settings);
  const kindLabel = t(KIND_LABEL[kind]);
  const base = documentName(kindLabel, eventTitle(data), isoDay(today, zone));
  let name = base;
  let created: CreatedDoc | null = null;
  let pdfUrl: string | null = null;
  const entries: LogEntry[] = [];
  try {
    // The name is chosen and taken under the lock: two people generating at
    // the same moment get "(2)" rather than two documents of the same name.
    created = withDocumentLock(() => {
      name = freeName(folder, base);
      return template
        ? copyTemplateIn(template.id, folder, name)
        : createDocIn(folder, name);
    });
    if (template) {
      fillTemplate(
        created.doc,
        template,
        fieldSource(data, bilan, today, settings.organisation),
        zone,
      );
    } else {
      writeDocument(created.doc.getBody(), model);
    }
    created.doc.saveAndClose();
    entries.push({
      kind: kindLabel,
      at: today,
      name,
      url: created.url,
      status: 'done',
    });
    if (options.pdf) {
      pdfUrl = pdfCopy(created.id, folder, name);
      entries.push({
        kind: t('documents.kindName.pdf', {kind: kindLabel}),
        at: today,
        name: `${name}.pdf`,
        url: pdfUrl,
        status: 'done',
      });
    }
  } catch (e) {
    if (created) trashQuietly(created.id);
    const detail = userMessage(e);
    try {
      withDocumentLock(() =>
        appendLog(ss, [
          {
            kind: kindLabel,
            at: today,
            name,
            url: '',
            status: 'failed',
            error: detail,
          },
        ]),
      );
    } catch {
      // The failure itself is what the user must hear about.
    }
    throw new AddonError('documents.error.failed', {name, detail});
  }
  // The document is complete: a failure to log it must not undo it.
  withDocumentLock(() => appendLog(ss, entries));
  return {
    name,
    url: created.url,
    pdfUrl,
    folderName: folder.name,
    folderUrl: folder.url,
  };
}
