/**
 * Installable triggers, installed idempotently.
 *
 * Why it is built this way:
 * - Triggers belong to a user: ScriptApp.getProjectTriggers() lists only the
 *   current user's, and nobody can delete another user's trigger.
 * - So the document keeps one record per purpose (document properties, under a
 *   key of the caller's choosing): the trigger's unique id, its OWNER and the
 *   settings it was built with. The record is the single truth: a trigger
 *   whose id is not the recorded one is stale.
 * - Installing holds the document lock, deletes the current user's triggers
 *   of this purpose except the recorded one (kept only if its settings did not
 *   change) and creates one when none is kept — so activating twice, changing
 *   the schedule or recreating a trigger deleted by hand never duplicates.
 * - When the record names another owner, the current user takes over: a new
 *   trigger is created and recorded; the other user's trigger, which this
 *   session cannot see, finds on its next run that it is not the recorded one
 *   (isRecordedTrigger) and deletes itself without doing anything
 *   (retireTrigger). At any time at most one trigger is the recorded one.
 * - A trigger is "of this purpose" when it is the recorded one, when its
 *   source is `sourceId`, or when the user's registry (user properties: trigger
 *   id → key and source, written when it was created) says so. Time-driven
 *   triggers may report no source: the registry keeps a second tracker's
 *   trigger of the same handler from being taken for this one's.
 */
import {getJson, setJson, deleteKey} from './properties';
import {withDocumentLock} from './lock';
import {AddonError} from './errors';

export interface TriggerRecord {
  id: string;
  handler: string;
  /** E-mail of the user whose trigger it is ('' when Google does not tell). */
  owner: string;
  settings?: unknown;
  sourceId?: string;
  /** ISO instant of the installation. */
  installedAt?: string;
}

export interface InstallResult {
  id: string;
  /** A new trigger was created (none kept). */
  created: boolean;
  /** Owner of the recorded trigger this installation replaced, when another user. */
  tookOverFrom: string | null;
}

const REGISTRY_KEY = 'tds.triggerRegistry';

/** Google's message when a user already has 20 triggers for the script. */
const TOO_MANY_TRIGGERS = /too many triggers/i;

/**
 * Creates a trigger, turning Google's English refusal at the 20-trigger limit
 * into the catalogue's message (compared by text: the error may come from
 * another realm).
 */
export function createTrigger(
  create: () => GoogleAppsScript.Script.Trigger,
): GoogleAppsScript.Script.Trigger {
  try {
    return create();
  } catch (e) {
    const message = String((e as {message?: unknown} | null)?.message ?? e);
    if (TOO_MANY_TRIGGERS.test(message)) {
      throw new AddonError('error.tooManyTriggers');
    }
    throw e;
  }
}

type Registry = Record<string, {key: string; source: string}>;

/** The user running this execution (for an installable trigger: its owner). */
export function currentUserEmail(): string {
  let email = '';
  try {
    email = Session.getEffectiveUser().getEmail();
  } catch {
    // Not allowed in some contexts: fall back to the active user.
  }
  if (!email) {
    try {
      email = Session.getActiveUser().getEmail();
    } catch {
      email = '';
    }
  }
  return email;
}

function readRegistry(): Registry {
  const raw = PropertiesService.getUserProperties().getProperty(REGISTRY_KEY);
  if (!raw) return {};
  try {
    return JSON.parse(raw) as Registry;
  } catch {
    return {};
  }
}

/** Writes the registry, keeping only ids of triggers that still exist. */
function writeRegistry(
  registry: Registry,
  live: readonly GoogleAppsScript.Script.Trigger[],
): void {
  const ids = new Set(live.map(tr => tr.getUniqueId()));
  const kept: Registry = {};
  for (const [id, entry] of Object.entries(registry)) {
    if (ids.has(id)) kept[id] = entry;
  }
  PropertiesService.getUserProperties().setProperty(
    REGISTRY_KEY,
    JSON.stringify(kept),
  );
}

function ofPurpose(
  all: readonly GoogleAppsScript.Script.Trigger[],
  key: string,
  handler: string,
  storedId: string | null,
  sourceId: string | undefined,
  registry: Registry,
): GoogleAppsScript.Script.Trigger[] {
  return all.filter(tr => {
    if (tr.getHandlerFunction() !== handler) return false;
    const id = tr.getUniqueId();
    if (id === storedId) return true;
    if (sourceId === undefined) return true;
    if (tr.getTriggerSourceId() === sourceId) return true;
    const entry = registry[id];
    return entry?.key === key && entry.source === sourceId;
  });
}

/** The record of this purpose's trigger, or null. */
export function triggerRecord(key: string): TriggerRecord | null {
  return getJson<TriggerRecord>(key);
}

/**
 * Same as ensureTrigger, for a caller that already holds the document lock.
 */
export function installTrigger(
  key: string,
  handler: string,
  create: () => GoogleAppsScript.Script.Trigger,
  settings?: unknown,
  sourceId?: string,
): InstallResult {
  const me = currentUserEmail();
  const stored = triggerRecord(key);
  const all = ScriptApp.getProjectTriggers();
  const registry = readRegistry();
  const mine = stored === null || stored.owner === me;
  const existing = ofPurpose(
    all,
    key,
    handler,
    mine && stored ? stored.id : null,
    sourceId,
    registry,
  );
  const same =
    stored !== null &&
    mine &&
    JSON.stringify(stored.settings ?? null) ===
      JSON.stringify(settings ?? null);
  const kept = same
    ? existing.find(tr => tr.getUniqueId() === stored.id)
    : undefined;
  for (const tr of existing) if (tr !== kept) ScriptApp.deleteTrigger(tr);
  if (kept) {
    return {id: kept.getUniqueId(), created: false, tookOverFrom: null};
  }
  const created = createTrigger(create);
  const id = created.getUniqueId();
  registry[id] = {key, source: sourceId ?? ''};
  writeRegistry(registry, [
    ...all.filter(tr => !existing.includes(tr)),
    created,
  ]);
  setJson(key, {
    id,
    handler,
    owner: me,
    settings,
    sourceId,
    installedAt: new Date().toISOString(),
  } satisfies TriggerRecord);
  return {
    id,
    created: true,
    tookOverFrom: stored && !mine ? stored.owner : null,
  };
}

/**
 * Makes sure exactly one trigger of `handler` serves this purpose, built by
 * `create` when missing or when `settings` changed. Returns the trigger id.
 */
export function ensureTrigger(
  key: string,
  handler: string,
  create: () => GoogleAppsScript.Script.Trigger,
  settings?: unknown,
  sourceId?: string,
): string {
  return withDocumentLock(
    () => installTrigger(key, handler, create, settings, sourceId).id,
  );
}

/**
 * Same as removeTrigger, for a caller that already holds the document lock.
 * Returns how many of the current user's triggers were deleted and the
 * record's owner (another user's trigger retires itself on its next run).
 */
export function uninstallTrigger(
  key: string,
  handler: string,
  sourceId?: string,
): {deleted: number; owner: string | null} {
  const stored = triggerRecord(key);
  const all = ScriptApp.getProjectTriggers();
  const registry = readRegistry();
  const existing = ofPurpose(
    all,
    key,
    handler,
    stored ? stored.id : null,
    sourceId,
    registry,
  );
  for (const tr of existing) ScriptApp.deleteTrigger(tr);
  if (existing.length > 0) {
    writeRegistry(
      registry,
      all.filter(tr => !existing.includes(tr)),
    );
  }
  deleteKey(key);
  return {deleted: existing.length, owner: stored ? stored.owner : null};
}

/** Removes this purpose's trigger (and any stray one of the same purpose). */
export function removeTrigger(
  key: string,
  handler: string,
  sourceId?: string,
): number {
  return withDocumentLock(
    () => uninstallTrigger(key, handler, sourceId).deleted,
  );
}

/** True when the trigger with this id is the one recorded for the purpose. */
export function isRecordedTrigger(key: string, triggerId: string): boolean {
  return triggerRecord(key)?.id === triggerId;
}

/**
 * Deletes the current user's trigger with this id (a stale one that found it
 * is no longer recorded). Returns whether it was found.
 */
export function retireTrigger(triggerId: string): boolean {
  const all = ScriptApp.getProjectTriggers();
  const stale = all.find(tr => tr.getUniqueId() === triggerId);
  if (!stale) return false;
  ScriptApp.deleteTrigger(stale);
  writeRegistry(
    readRegistry(),
    all.filter(tr => tr !== stale),
  );
  return true;
}

/**
 * Whether the recorded trigger of the purpose still exists — checkable only
 * by its owner (null when the record names another user or there is none).
 */
export function recordedTriggerExists(key: string): boolean | null {
  const stored = triggerRecord(key);
  if (!stored || stored.owner !== currentUserEmail()) return null;
  return ScriptApp.getProjectTriggers().some(
    tr => tr.getUniqueId() === stored.id,
  );
}

/** The source (document id) the current user's trigger was created for, or null. */
export function registeredSource(triggerId: string): string | null {
  return readRegistry()[triggerId]?.source || null;
}

/**
 * The spreadsheet a time-driven run works on: the active one, or (some
 * trigger executions have no active document) the one this user's registry
 * says the trigger was made for. Null when there is none, or when the
 * trigger is not the one recorded under `key` (another account took over,
 * or the feature was turned off): that stale trigger is deleted.
 */
export function triggerSpreadsheet(
  key: string,
  uid: string,
): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
  let ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss && uid) {
    const source = registeredSource(uid);
    if (source) ss = SpreadsheetApp.openById(source);
  }
  if (!ss) return null;
  if (uid && !isRecordedTrigger(key, uid)) {
    retireTrigger(uid);
    return null;
  }
  return ss;
}
