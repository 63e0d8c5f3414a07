/** Entry points of the documents capability (menu items, dialog calls, batch trigger). */
import {AddonError, userMessage} from '../gas/errors';
import {showPage} from '../gas/html';
import {reportProgress} from '../gas/progress';
import {t} from '../i18n';
import {startExecution} from '../settings/store';
import {textsFor} from '../ui/kit/texts';
import {
  BATCH_HANDLER,
  BATCH_TRIGGER_KEY,
  BatchOutcome,
  loadBatch,
  runBatch,
  startBatch,
} from './batch';
import {isAddon} from '../gas/deploy';
import {removeTrigger} from '../gas/triggers';
import {
  generateDocument,
  GenerateResult,
  isSingleKind,
  SingleKind,
} from './generate';
import {checkTemplate} from './template';
import type {FicheKind} from './layouts/fiche';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What a page's server call answers (the page kit's bindForm contract). */
export interface PageResult {
  ok: boolean;
  message: string;
  link?: {url: string; label: string};
  /**
   * A google.script.run target the page calls next (with a new progress
   * token), over and over while the answer names one: how the open dialog
   * drives a document batch in an add-on, run after run.
   */
  next?: string;
}

/** The dialog's next call while a batch is unfinished (add-on mode only). */
function batchResult(outcome: BatchOutcome): PageResult {
  return {
    ok: true,
    message: outcome.message,
    link: outcome.folderUrl
      ? {url: outcome.folderUrl, label: outcome.folderName}
      : undefined,
    next:
      isAddon() && !outcome.finished
        ? 'continueDocumentsBatchFromPage'
        : undefined,
  };
}

/** What the Documents dialog sends. */
export interface DocumentRequest {
  kind: string;
  template?: string;
  pdf?: boolean;
}

const KINDS = [
  'presentation',
  'followup',
  'bilan',
  'ficheCommune',
  'ficheStructure',
] as const;

function activeSpreadsheet(): Spreadsheet {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) throw new AddonError('error.noSpreadsheet');
  return ss;
}

function doneMessage(r: GenerateResult): PageResult {
  const message = t('documents.done.message', {
    name: r.name,
    folder: r.folderName,
  });
  return {
    ok: true,
    message: r.pdfUrl ? `${message} ${t('documents.done.pdf')}` : message,
    link: {url: r.url, label: t('documents.done.open')},
  };
}

function showResult(result: PageResult): void {
  showPage(
    'ui/documents-result',
    {
      message: result.message,
      ok: result.ok,
      linkUrl: result.link?.url ?? '',
      linkLabel: result.link?.label ?? '',
      closeLabel: t('common.close'),
    },
    {
      title: t('documents.dialog.title'),
      kind: 'dialog',
      width: 460,
      height: 220,
    },
  );
}

function fromMenu(kind: SingleKind): void {
  let result: PageResult;
  try {
    const settings = startExecution();
    result = doneMessage(generateDocument(activeSpreadsheet(), settings, kind));
  } catch (e) {
    result = {ok: false, message: userMessage(e)};
  }
  showResult(result);
}

/** Menu "Générer la présentation": the presentation file from the tracker, in the documents folder. */
export function generatePresentation(): void {
  fromMenu('presentation');
}

/** Menu "Générer le point d'étape": the follow-up note (sessions, tasks, budget, open questions). */
export function generateFollowup(): void {
  fromMenu('followup');
}

/** Menu "Générer le bilan (document)": the bilan document from the last computed bilan. */
export function generateBilanDocument(): void {
  fromMenu('bilan');
}

function showDialog(kind: (typeof KINDS)[number]): void {
  startExecution();
  showPage(
    'ui/documents-dialog',
    {
      txt: textsFor(['documents.dialog.', 'common.']),
      kinds: KINDS.map(k => ({
        value: k,
        label: t(`documents.dialog.kind.${k}`),
        selected: k === kind,
      })),
    },
    {
      title: t('documents.dialog.title'),
      kind: 'dialog',
      width: 520,
      height: 520,
    },
  );
}

/** Menu "Documents…": choose the document, a staff template and a PDF copy. */
export function showDocumentsDialog(): void {
  showDialog('presentation');
}

/** Menu "Générer les fiches par commune / par structure": the dialog, on the sheets. */
export function showFichesDialog(): void {
  showDialog('ficheCommune');
}

/**
 * google.script.run target of the Documents dialog: generates the chosen
 * document (or starts the batch of sheets) and reports progress under `token`.
 * @param token progress token made by the page (or '' for none)
 * @param request kind, optional template address, PDF copy wanted
 */
export function generateDocumentFromPage(
  token: string,
  request: DocumentRequest,
): PageResult {
  const startMs = Date.now();
  try {
    const settings = startExecution();
    const ss = activeSpreadsheet();
    const kind = String(request?.kind ?? '');
    if (isSingleKind(kind)) {
      reportProgress(token, {
        step: 1,
        total: 1,
        count: 0,
        label: t('documents.dialog.generate'),
      });
      const result = doneMessage(
        generateDocument(ss, settings, kind, {
          template: String(request.template ?? ''),
          pdf: request.pdf === true,
        }),
      );
      reportProgress(token, {
        step: 1,
        total: 1,
        count: 1,
        done: true,
        label: result.message,
        link: result.link,
      });
      return result;
    }
    if (kind === 'ficheCommune' || kind === 'ficheStructure') {
      const ficheKind: FicheKind =
        kind === 'ficheCommune' ? 'commune' : 'structure';
      const outcome = startBatch(
        ss,
        settings,
        ficheKind,
        startMs,
        token || null,
        String(request.template ?? ''),
      );
      return batchResult(outcome);
    }
    throw new AddonError('documents.error.badKind', {kind});
  } catch (e) {
    const message = userMessage(e);
    reportProgress(token, {step: 1, total: 1, count: 0, error: message});
    return {ok: false, message};
  }
}

/**
 * google.script.run target: checks a staff template before generating and
 * says which placeholders are unknown (with the closest known name).
 * @param ref the template's address or id
 */
export function checkDocumentTemplate(ref: string): PageResult {
  try {
    startExecution();
    if (!String(ref ?? '').trim()) {
      return {ok: false, message: t('documents.dialog.templateNone')};
    }
    const info = checkTemplate(String(ref));
    const count = new Set(info.analysis.uses.map(u => u.raw)).size;
    return {ok: true, message: t('documents.dialog.templateOk', {count})};
  } catch (e) {
    return {ok: false, message: userMessage(e)};
  }
}

/**
 * Handler of the batch's one-off time trigger: makes the next sheets, then
 * schedules itself again or removes its trigger when all are done.
 */
export function continueDocumentsBatch(): void {
  const startMs = Date.now();
  const settings = startExecution();
  const state = loadBatch();
  if (!state) {
    // Nothing left to do (finished, or cancelled by hand): the trigger goes.
    removeTrigger(BATCH_TRIGGER_KEY, BATCH_HANDLER);
    return;
  }
  let ss: Spreadsheet | null = null;
  try {
    ss = SpreadsheetApp.getActiveSpreadsheet();
  } catch {
    ss = null;
  }
  if (!ss) ss = SpreadsheetApp.openById(state.spreadsheetId);
  runBatch(ss, settings, startMs, state.token);
}

/**
 * google.script.run target of the Documents dialog in an add-on: one more run
 * of the batch under way (the dialog calls it again while the answer names
 * it). Nothing under way: says the batch is finished. The hourly trigger
 * finishes the batch if the dialog is closed; the batch's lease keeps the
 * two from working at once.
 * @param token progress token made by the page (or '' for none)
 */
export function continueDocumentsBatchFromPage(token: string): PageResult {
  const startMs = Date.now();
  try {
    const settings = startExecution();
    const state = loadBatch();
    if (!state) {
      const message = t('documents.batch.nothing');
      reportProgress(token, {
        step: 1,
        total: 1,
        count: 1,
        done: true,
        label: message,
      });
      return {ok: true, message};
    }
    const ss = activeSpreadsheet();
    return batchResult(runBatch(ss, settings, startMs, token || null));
  } catch (e) {
    const message = userMessage(e);
    reportProgress(token, {step: 1, total: 1, count: 0, error: message});
    return {ok: false, message};
  }
}
