/**
 * Installable triggers, installed idempotently: the trigger's unique id is kept
 * in document properties under a key of the caller's choosing; installing
 * again first looks for that trigger (and any other trigger of the same
 * handler on this document) so that there is never more than one.
 */
import {getJson, setJson, deleteKey} from './properties';
import {withDocumentLock} from './lock';

interface StoredTrigger {
  id: string;
  handler: string;
  settings?: unknown;
}

function triggersOf(
  handler: string,
  sourceId?: string,
): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter(
    tr =>
      tr.getHandlerFunction() === handler &&
      (sourceId === undefined ||
        tr.getTriggerSourceId() === sourceId ||
        !tr.getTriggerSourceId()),
  );
}

/**
 * Makes sure exactly one trigger of `handler` exists for this purpose, built by
 * `create` when missing or when `settings` changed. Returns the trigger id.
 */
export function ensureTrigger(
  key: string,
  handler: string,
  create: () => GoogleAppsScript.Script.Trigger,
  settings?: unknown,
  sourceId?: string,
): string {
  return withDocumentLock(() => {
    const stored = getJson<StoredTrigger>(key);
    const existing = triggersOf(handler, sourceId);
    const same =
      stored !== null &&
      JSON.stringify(stored.settings ?? null) ===
        JSON.stringify(settings ?? null);
    const kept = same
      ? existing.find(tr => tr.getUniqueId() === stored!.id)
      : undefined;
    for (const tr of existing) if (tr !== kept) ScriptApp.deleteTrigger(tr);
    if (kept) return kept.getUniqueId();
    const created = create();
    setJson(key, {
      id: created.getUniqueId(),
      handler,
      settings,
    } satisfies StoredTrigger);
    return created.getUniqueId();
  });
}

/** Removes this purpose's trigger (and any stray one of the same handler). */
export function removeTrigger(
  key: string,
  handler: string,
  sourceId?: string,
): number {
  return withDocumentLock(() => {
    const existing = triggersOf(handler, sourceId);
    for (const tr of existing) ScriptApp.deleteTrigger(tr);
    deleteKey(key);
    return existing.length;
  });
}
