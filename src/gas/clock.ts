/**
 * The editor add-on's one time-driven trigger per document.
 *
 * Google's editor add-on rules
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions):
 * one trigger of each type per user per document, and time-driven triggers
 * at most once an hour. The weekly summary and the document batches both need
 * a time-driven trigger, so in add-on mode they share one hourly trigger
 * (handler ADDON_CLOCK_HANDLER), installed while at least one of them needs
 * it. Each purpose records its need in the document's properties; the last
 * one to let go removes the trigger. Bound to a document (the default build),
 * none of this is used: each purpose keeps its own trigger.
 *
 * Every function here expects the caller to hold the document lock
 * (installTrigger's rule).
 */
import {getJson, setJson} from './properties';
import {installTrigger, InstallResult, uninstallTrigger} from './triggers';

export const ADDON_CLOCK_KEY = 'tds.addon.clock';
export const ADDON_CLOCK_HANDLER = 'runHourlyTasks';
/** What the clock is built with: never changes, so reinstalling keeps it. */
const CLOCK_SETTINGS = {everyHours: 1};
const NEEDS_KEY = 'tds.addon.clockNeeds';

export type ClockPurpose = 'weekly' | 'batch';

/** Builds the hourly trigger (everyHours(1): the fastest an add-on may have). */
export function createAddonClock(): GoogleAppsScript.Script.Trigger {
  return ScriptApp.newTrigger(ADDON_CLOCK_HANDLER)
    .timeBased()
    .everyHours(1)
    .create();
}

function needs(): ClockPurpose[] {
  return getJson<ClockPurpose[]>(NEEDS_KEY) ?? [];
}

/** The purpose needs the clock: recorded, and the trigger installed (or kept). */
export function holdClock(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  purpose: ClockPurpose,
): InstallResult {
  const current = needs();
  if (!current.includes(purpose)) setJson(NEEDS_KEY, [...current, purpose]);
  return installTrigger(
    ADDON_CLOCK_KEY,
    ADDON_CLOCK_HANDLER,
    createAddonClock,
    CLOCK_SETTINGS,
    ss.getId(),
  );
}

/**
 * The purpose no longer needs the clock; the trigger goes when nothing else
 * needs it. Returns what uninstallTrigger returns (nothing deleted while
 * another purpose keeps it).
 */
export function releaseClock(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  purpose: ClockPurpose,
): {deleted: number; owner: string | null} {
  const rest = needs().filter(p => p !== purpose);
  setJson(NEEDS_KEY, rest);
  if (rest.length > 0) return {deleted: 0, owner: null};
  return uninstallTrigger(ADDON_CLOCK_KEY, ADDON_CLOCK_HANDLER, ss.getId());
}

/** Whether a purpose still records a need (for the hourly run's clean-up). */
export function clockNeeded(purpose: ClockPurpose): boolean {
  return needs().includes(purpose);
}
