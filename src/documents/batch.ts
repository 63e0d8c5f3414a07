/**
 * One sheet per commune or per structure, for up to hundreds of them, within
 * Apps Script's 6-minute limit. The batch keeps its progress in document
 * properties (the keys to do, the document made for each, the one being
 * made), stops on its own well before the limit, and continues on a one-off
 * time trigger until every key is done; then it deletes its trigger.
 *
 * Never twice: a key is done once its document id is recorded. A document
 * created and recorded as "pending" but cut off before it was finished is
 * reopened and rewritten on the next run instead of being made again.
 * A safety trigger, set before any work, resumes a run that the hard limit
 * cut off.
 *
 * In an editor add-on (src/gas/deploy.ts) one-minute and one-off triggers are
 * not allowed (one time-driven trigger per document, at most hourly): the
 * open dialog drives the batch run after run (continueDocumentsBatchFromPage,
 * each run within the same per-run budget), and the document's hourly trigger
 * (src/gas/clock.ts), held while the batch is under way, finishes it if the
 * dialog is closed. The lease below keeps the two from making a sheet twice.
 */
import {filesNamed, moveToFolder, type FolderRef} from '../gas/drive';
import {AddonError, userMessage} from '../gas/errors';
import {withDocumentLock} from '../gas/lock';
import {reportProgress} from '../gas/progress';
import {
  deleteLargeJson,
  getJson,
  getLargeJson,
  setJson,
  setLargeJson,
} from '../gas/properties';
import {holdClock, releaseClock} from '../gas/clock';
import {isAddon} from '../gas/deploy';
import {ensureTrigger, removeTrigger} from '../gas/triggers';
import {t} from '../i18n';
import type {TrackerData} from '../model/tracker';
import type {Settings} from '../settings/types';
import {activeSessions} from './figures';
import {eventTitle, fieldSource} from './fields';
import {isoDay} from './format';
import {
  ficheData,
  FicheKey,
  FicheKind,
  ficheKeys,
  ficheLayout,
} from './layouts/fiche';
import {LogEntry, logBatchRun, upsertBatchRow} from './log';
import {documentName, documentUrl} from './naming';
import {isEmptyTracker, layoutContext} from './generate';
import {loadTrackerData} from './sources';
import {
  copyTemplateIn,
  createDocIn,
  documentsFolder,
  freeName,
  trashQuietly,
  openFolder,
} from './storage';
import {checkTemplate, fillTemplate, TemplateInfo} from './template';
import {writeDocument} from './writer';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const BATCH_KEY = 'tds.documents.batch';
/** The last batch that finished with every sheet made (see LastBatch). */
export const LAST_BATCH_KEY = 'tds.documents.lastBatch';
export const BATCH_TRIGGER_KEY = 'tds.documents.batchTrigger';
export const BATCH_HANDLER = 'continueDocumentsBatch';
/** A run stops starting new sheets past 4 min 30 s (the limit is 6 min). */
export const RUN_BUDGET_MS = 270 * 1000;
/**
 * At most this many sheets per run, whatever the clock says: a sheet costs
 * about 5 s (a document created, ~40 Docs calls) after about 20 s of reading
 * the tracker and the folder, so a run stays under a
 * minute — a sixth of the limit, leaving room for slow Docs days — even when
 * Date.now() does not reflect the time spent.
 */
export const MAX_SHEETS_PER_RUN = 6;
/** Tries of one sheet before it is logged as failed. */
export const MAX_ATTEMPTS = 2;
/** When a run stops on its own, the next one starts a minute later. */
export const NEXT_RUN_MS = 60 * 1000;
/** How long a run holds the batch: past the 6-minute limit, so a cut run's lease has ended. */
export const LEASE_MS = 6.5 * 60 * 1000;
/** Set before any work: fires only if the run was cut off by the hard limit. */
export const SAFETY_RUN_MS = 7 * 60 * 1000;

export interface BatchState {
  id: string;
  kind: FicheKind;
  spreadsheetId: string;
  folderId: string;
  /** Day of the batch's start: all its names carry it. */
  day: string;
  eventTitle: string;
  startedAt: string;
  keys: FicheKey[];
  /** key → document id, for each sheet finished. */
  done: Record<string, string>;
  /** key → error message, for each sheet that failed (not retried). */
  failed: Record<string, string>;
  /**
   * key → the sheet under way: its name, recorded before the document is
   * created, and its id once created. A cut between the two is resolved by
   * looking the name up in the folder.
   */
  pending: Record<string, {name: string; id?: string}>;
  /** Sheets finished but not yet written to the Documents tab. */
  unlogged: {key: string; name: string}[];
  /** key → failed attempts so far (a sheet is tried twice before it counts as failed). */
  attempts?: Record<string, number>;
  token: string | null;
  /** A staff template (Google Doc id) filled for each sheet, or null for the built-in layout. */
  templateId?: string | null;
  /**
   * Until when (ms) a run holds the batch: another run starting meanwhile
   * (the dialog clicked again while the trigger runs) leaves it alone. A run
   * cut by the hard limit holds it at most until its lease ends.
   */
  leaseUntil?: number;
  /** What the sheets were made from (batchSignature), kept for LastBatch. */
  signature?: string;
}

/**
 * A batch finished without a failure: asked again the same day, with the
 * same data, template and folder, it is the answer (its sheets are already
 * in the folder) instead of a second set named "(2)" — a rerun after a cut
 * that the trigger finished meanwhile makes nothing twice.
 */
export interface LastBatch {
  kind: FicheKind;
  day: string;
  signature: string;
  folderId: string;
  templateId: string | null;
  total: number;
}

export interface BatchOutcome {
  total: number;
  done: number;
  failed: number;
  finished: boolean;
  folderName: string;
  folderUrl: string;
  message: string;
}

/**
 * A short fingerprint (FNV-1a, 32 bits, hex) of what a batch's sheets are
 * made from: the kind, the keys, the template, the organisation and the
 * tracker's event, sessions and partners (pure).
 */
export function batchSignature(
  kind: FicheKind,
  keys: readonly FicheKey[],
  data: TrackerData,
  templateId: string | null,
  organisation: string,
): string {
  const text = JSON.stringify([
    kind,
    keys,
    templateId,
    organisation,
    data.event,
    data.sessions,
    data.partners,
  ]);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${text.length.toString(16)}-${h.toString(16)}`;
}

export function loadBatch(): BatchState | null {
  return getLargeJson<BatchState>(BATCH_KEY);
}

function saveBatch(state: BatchState): void {
  setLargeJson(BATCH_KEY, state);
}

/** Keys still to make, in order (pure). */
export function remainingKeys(state: BatchState): FicheKey[] {
  return state.keys.filter(
    k => !(k.key in state.done) && !(k.key in state.failed),
  );
}

/**
 * Whether to start one more sheet: the time spent plus the longest sheet
 * so far (with a margin) must stay within the budget (pure).
 */
export function shouldContinue(
  elapsedMs: number,
  longestMs: number,
  budgetMs = RUN_BUDGET_MS,
): boolean {
  return elapsedMs + Math.max(longestMs * 1.5, 5000) <= budgetMs;
}

/**
 * The document a cut run created under `name` (anywhere in Drive: the cut
 * may have come before it was moved to the folder), moved to the folder;
 * '' when there is none. Only a file created since the batch started counts.
 */
function findCutDocument(
  name: string,
  state: BatchState,
  folder: FolderRef,
): string {
  const since = new Date(state.startedAt).getTime();
  for (const file of filesNamed(name)) {
    if (new Date(file.createdTime ?? 0).getTime() < since) continue;
    moveToFolder(file.id, folder.id);
    return file.id;
  }
  return '';
}

function kindName(kind: FicheKind): string {
  return t(
    kind === 'commune'
      ? 'documents.kindName.fichesCommune'
      : 'documents.kindName.fichesStructure',
  );
}

function sheetKindName(kind: FicheKind): string {
  return t(
    kind === 'commune'
      ? 'documents.kindName.ficheCommune'
      : 'documents.kindName.ficheStructure',
  );
}

/**
 * Makes sure a later run comes: bound, a one-off trigger in `afterMs`; in an
 * add-on, the document's hourly trigger (held by the batch until it ends).
 */
function scheduleNext(ss: Spreadsheet, afterMs: number): void {
  if (isAddon()) {
    withDocumentLock(() => holdClock(ss, 'batch'));
    return;
  }
  ensureTrigger(
    BATCH_TRIGGER_KEY,
    BATCH_HANDLER,
    () =>
      ScriptApp.newTrigger(BATCH_HANDLER).timeBased().after(afterMs).create(),
    {at: Date.now() + afterMs},
  );
}

/** No run is needed any more: the batch's trigger goes (in an add-on, its hold on the clock). */
export function stopScheduling(ss: Spreadsheet): void {
  if (isAddon()) withDocumentLock(() => releaseClock(ss, 'batch'));
  else removeTrigger(BATCH_TRIGGER_KEY, BATCH_HANDLER);
}

/** The batch's own row in the Documents tab. */
function batchRow(
  state: BatchState,
  folderUrl: string,
  finished: boolean,
): LogEntry {
  const done =
    Object.keys(state.done).length + Object.keys(state.failed).length;
  return {
    kind: kindName(state.kind),
    at: new Date(state.startedAt),
    name: documentName(kindName(state.kind), state.eventTitle, state.day),
    url: folderUrl,
    status: finished ? 'done' : 'running',
    statusText: finished
      ? undefined
      : t('documents.status.progress', {done, total: state.keys.length}),
    error: Object.keys(state.failed).length
      ? Object.entries(state.failed)
          .map(
            ([k, e]) =>
              `${state.keys.find(x => x.key === k)?.label ?? k} : ${e}`,
          )
          .join(' ; ')
          .slice(0, 2000)
      : '',
    batch: state.id,
    key: '*',
  };
}

/**
 * Starts a batch of sheets (or continues the one under way) and makes as
 * many as this run allows.
 */
export function startBatch(
  ss: Spreadsheet,
  settings: Settings,
  kind: FicheKind,
  startMs: number,
  token: string | null,
  templateRef = '',
): BatchOutcome {
  // A batch under way (cut, or waiting for its trigger) is resumed, never
  // started again: same batch id, same Documents row, same documents.
  const existing = loadBatch();
  if (existing && remainingKeys(existing).length > 0) {
    return runBatch(ss, settings, startMs, token ?? existing.token);
  }
  // A template is checked before anything is made.
  const template = templateRef.trim() ? checkTemplate(templateRef) : null;
  const zone = ss.getSpreadsheetTimeZone();
  const data = loadTrackerData(ss);
  if (isEmptyTracker(data)) throw new AddonError('documents.error.noTracker');
  if (activeSessions(data.sessions).length === 0) {
    throw new AddonError('documents.error.emptyProgramme');
  }
  const keys = ficheKeys(data, kind);
  if (keys.length === 0) throw new AddonError('documents.error.noFicheKeys');
  const folder = documentsFolder(settings);
  const now = new Date();
  const day = isoDay(now, zone);
  const templateId = template ? template.id : null;
  const signature = batchSignature(
    kind,
    keys,
    data,
    templateId,
    settings.organisation,
  );
  const last = getJson<LastBatch>(LAST_BATCH_KEY);
  if (
    last &&
    last.kind === kind &&
    last.day === day &&
    last.signature === signature &&
    last.folderId === folder.id &&
    last.templateId === templateId
  ) {
    return alreadyMade(folder, last.total, token);
  }
  const state: BatchState = {
    id: `${kind}-${now.getTime()}`,
    kind,
    spreadsheetId: ss.getId(),
    folderId: folder.id,
    day,
    eventTitle: eventTitle(data),
    startedAt: now.toISOString(),
    keys,
    done: {},
    failed: {},
    pending: {},
    unlogged: [],
    token,
    templateId,
    signature,
  };
  // Two people starting at the same moment: the second one joins the first batch.
  const claimed = withDocumentLock(() => {
    const other = loadBatch();
    if (other && remainingKeys(other).length > 0) return false;
    saveBatch(state);
    upsertBatchRow(ss, batchRow(state, folder.url, false));
    return true;
  });
  return runBatch(ss, settings, startMs, token, claimed ? data : undefined);
}

/** The answer when the same sheets were made today from the same data. */
function alreadyMade(
  folder: FolderRef,
  total: number,
  token: string | null,
): BatchOutcome {
  const folderName = folder.name;
  const folderUrl = folder.url;
  const message = t('documents.batch.finished', {total, folder: folderName});
  reportProgress(token, {
    step: 1,
    total: 1,
    count: total,
    done: true,
    label: message,
    link: {url: folderUrl, label: folderName},
  });
  return {
    total,
    done: total,
    failed: 0,
    finished: true,
    folderName,
    folderUrl,
    message,
  };
}

/**
 * One run of the batch: resumes a pending sheet, makes sheets while time
 * allows, logs them in one write, and schedules the next run or, when all
 * is done, removes the trigger and the progress.
 */
export function runBatch(
  ss: Spreadsheet,
  settings: Settings,
  startMs: number,
  token: string | null,
  preloaded?: TrackerData,
): BatchOutcome {
  const claim = withDocumentLock(() => {
    const current = loadBatch();
    if (!current) return {state: null, mine: false};
    if ((current.leaseUntil ?? 0) > Date.now())
      return {state: current, mine: false};
    current.leaseUntil = Date.now() + LEASE_MS;
    saveBatch(current);
    return {state: current, mine: true};
  });
  const state = claim.state;
  if (!state) {
    stopScheduling(ss);
    return {
      total: 0,
      done: 0,
      failed: 0,
      finished: true,
      folderName: '',
      folderUrl: '',
      message: '',
    };
  }
  if (!claim.mine) {
    // Another run is making these sheets right now: leave them to it.
    const handled =
      Object.keys(state.done).length + Object.keys(state.failed).length;
    return {
      total: state.keys.length,
      done: Object.keys(state.done).length,
      failed: Object.keys(state.failed).length,
      finished: false,
      folderName: '',
      folderUrl: '',
      message: t('documents.batch.already', {
        done: handled,
        total: state.keys.length,
      }),
    };
  }
  if (token) state.token = token;
  // Before any work: if the hard limit cuts this run, the safety trigger resumes it.
  scheduleNext(ss, SAFETY_RUN_MS);
  const zone = ss.getSpreadsheetTimeZone();
  const data = preloaded ?? loadTrackerData(ss);
  // The folder or the template vanished mid-batch: stop for good and say why.
  const abandon = (error: unknown): never => {
    stopScheduling(ss);
    deleteLargeJson(BATCH_KEY);
    const message = userMessage(error);
    withDocumentLock(() =>
      upsertBatchRow(ss, {
        ...batchRow(state, '', false),
        status: 'failed',
        statusText: undefined,
        error: message,
      }),
    );
    throw error;
  };
  let folder: FolderRef;
  try {
    folder = openFolder(state.folderId);
  } catch (e) {
    return abandon(e);
  }
  let template: TemplateInfo | null = null;
  if (state.templateId) {
    try {
      template = checkTemplate(state.templateId);
    } catch (e) {
      return abandon(e);
    }
  }
  const ctx = layoutContext(settings, zone, new Date());
  const entries: LogEntry[] = [];
  const entryOf = (
    key: FicheKey,
    id: string,
    status: 'done' | 'failed',
    error?: string,
    name?: string,
  ): LogEntry => ({
    kind: sheetKindName(state.kind),
    at: new Date(),
    name:
      name ??
      documentName(
        t(
          state.kind === 'commune'
            ? 'documents.kindLabel.ficheCommune'
            : 'documents.kindLabel.ficheStructure',
          {name: key.label},
        ),
        state.eventTitle,
        state.day,
      ),
    url: id ? documentUrl(id) : '',
    status,
    error,
    batch: state.id,
    key: key.key,
  });
  // Sheets finished by a run that was cut before it could log them (they
  // stay in `unlogged` until the Documents tab has them, even if this run
  // is cut too).
  for (const u of state.unlogged) {
    const key = state.keys.find(x => x.key === u.key);
    if (key && state.done[u.key]) {
      entries.push(entryOf(key, state.done[u.key], 'done', undefined, u.name));
    }
  }
  let longest = 0;
  let made = 0;
  const total = state.keys.length;
  for (const key of remainingKeys(state)) {
    const before = Date.now();
    if (
      made >= MAX_SHEETS_PER_RUN ||
      !shouldContinue(before - startMs, longest)
    )
      break;
    made += 1;
    const pending = state.pending[key.key];
    let id = pending?.id ?? '';
    try {
      const model = ficheLayout(data, state.kind, key, ctx);
      let doc: GoogleAppsScript.Document.Document | null = null;
      if (pending && !id) id = findCutDocument(pending.name, state, folder);
      if (id && template) {
        // A half-filled copy cannot be filled again: it goes to the trash
        // and a fresh copy takes its name.
        trashQuietly(id);
        id = '';
      }
      if (id) {
        try {
          doc = DocumentApp.openById(id);
          doc.getBody().clear();
        } catch {
          doc = null;
        }
      }
      if (!doc) {
        const name =
          pending?.name ??
          freeName(
            folder,
            documentName(model.kindLabel, state.eventTitle, state.day),
          );
        // The name is recorded before the document exists: a cut at any point
        // after this finds the document again by its name in the folder.
        state.pending[key.key] = {name};
        saveBatch(state);
        const created = template
          ? copyTemplateIn(template.id, folder, name)
          : createDocIn(folder, name);
        doc = created.doc;
        id = created.id;
      }
      const name = state.pending[key.key]?.name ?? doc.getName();
      if (template) {
        fillTemplate(
          doc,
          template,
          fieldSource(
            ficheData(data, state.kind, key),
            null,
            ctx.today,
            settings.organisation,
            key.label,
          ),
          zone,
        );
      } else {
        writeDocument(doc.getBody(), model);
      }
      doc.saveAndClose();
      state.done[key.key] = id;
      delete state.pending[key.key];
      state.unlogged.push({key: key.key, name});
      saveBatch(state);
      entries.push(entryOf(key, id, 'done', undefined, name));
    } catch (e) {
      const message = userMessage(e);
      // The document's name: still pending, or already moved to `unlogged`
      // when the error hit the state's save after the sheet was written.
      const name =
        state.pending[key.key]?.name ??
        state.unlogged.find(u => u.key === key.key)?.name;
      // Not done after all.
      delete state.done[key.key];
      state.unlogged = state.unlogged.filter(u => u.key !== key.key);
      const attempts = (state.attempts ??= {});
      attempts[key.key] = (attempts[key.key] ?? 0) + 1;
      if (attempts[key.key] >= MAX_ATTEMPTS) {
        if (id) trashQuietly(id);
        delete state.pending[key.key];
        state.failed[key.key] = message;
        entries.push(entryOf(key, '', 'failed', message));
        saveBatch(state);
      } else {
        // A passing service error: the next run (in a minute) takes this
        // sheet up again, in order, and rewrites the document already made
        // (by its id, or found by its name) instead of making a second one.
        if (name) state.pending[key.key] = id ? {name, id} : {name};
        saveBatch(state);
        break;
      }
    }
    longest = Math.max(longest, Date.now() - before);
    const handled =
      Object.keys(state.done).length + Object.keys(state.failed).length;
    reportProgress(state.token, {
      step: 1,
      total: 1,
      count: handled,
      label: t('documents.batch.step', {done: handled, total, name: key.label}),
    });
  }
  const finished = remainingKeys(state).length === 0;
  // Order matters when a run is cut: the trigger that resumes the batch goes
  // last, so that a cut between two steps always leaves a run to come that
  // finishes the log (logging is idempotent: rows are keyed) and the state.
  if (!finished) scheduleNext(ss, NEXT_RUN_MS);
  withDocumentLock(() =>
    logBatchRun(ss, entries, batchRow(state, folder.url, finished)),
  );
  const done = Object.keys(state.done).length;
  const failed = Object.keys(state.failed).length;
  const folderName = folder.name;
  if (finished) {
    if (Object.keys(state.failed).length === 0 && state.signature) {
      const last: LastBatch = {
        kind: state.kind,
        day: state.day,
        signature: state.signature,
        folderId: state.folderId,
        templateId: state.templateId ?? null,
        total,
      };
      setJson(LAST_BATCH_KEY, last);
    }
    deleteLargeJson(BATCH_KEY);
    stopScheduling(ss);
  } else {
    state.unlogged = [];
    state.leaseUntil = 0;
    saveBatch(state);
  }
  const message = finished
    ? t('documents.batch.finished', {total, folder: folderName})
    : t(
        isAddon() ? 'documents.batch.stoppedAddon' : 'documents.batch.stopped',
        {
          done: done + failed,
          total,
        },
      );
  reportProgress(state.token, {
    step: 1,
    total: 1,
    count: done + failed,
    done: finished,
    label: message,
    link: finished ? {url: folder.url, label: folderName} : undefined,
  });
  return {
    total,
    done,
    failed,
    finished,
    folderName,
    folderUrl: folder.url,
    message,
  };
}
