/**
 * Top-level functions that Google calls on its own (simple triggers,
 * installable triggers, google.script.run): scenario cases make them fire,
 * then read what they recorded. They record in properties only.
 */
import {messageOf} from './framework/values';

/** Document property where onOpen records what it was given. */
export const ON_OPEN_RECORD = 'conformance.hook.onOpen';
/** Script properties where conformanceTick counts its runs and keeps its last event. */
export const TICK_COUNT = 'conformance.hook.tick.count';
export const TICK_EVENT = 'conformance.hook.tick.event';

/** What a simple onOpen saw (JSON in ON_OPEN_RECORD). */
export interface OnOpenRecord {
  authMode: string;
  /** Session.getActiveUser().getEmail() in the trigger. */
  activeUser: string;
}

/** What a time-driven run saw (JSON in TICK_EVENT). */
export interface TickRecord {
  authMode: string;
  timezone: string;
  triggerUid: string;
  /** The error of SpreadsheetApp.getUi() in a trigger ('' if it did not throw). */
  uiError: string;
}

/**
 * Simple trigger of the bound spreadsheet (scenario cases only; a standalone
 * project never receives it).
 */
export function onOpen(e: GoogleAppsScript.Events.SheetsOnOpen): void {
  const record: OnOpenRecord = {
    authMode: String(e.authMode),
    activeUser: Session.getActiveUser().getEmail(),
  };
  PropertiesService.getDocumentProperties().setProperty(
    ON_OPEN_RECORD,
    JSON.stringify(record),
  );
}

/** Handler of the time-driven triggers the trigger cases install. */
export function conformanceTick(e: GoogleAppsScript.Events.TimeDriven): void {
  let uiError = '';
  try {
    SpreadsheetApp.getUi();
  } catch (err) {
    uiError = messageOf(err);
  }
  const props = PropertiesService.getScriptProperties();
  const count = Number(props.getProperty(TICK_COUNT) ?? '0') + 1;
  const record: TickRecord = {
    authMode: String(e.authMode),
    timezone: e.timezone,
    triggerUid: e.triggerUid,
    uiError,
  };
  props.setProperties({
    [TICK_COUNT]: String(count),
    [TICK_EVENT]: JSON.stringify(record),
  });
}

/** google.script.run target: a plain value, or one holding a Date. */
export function conformanceServerValue(kind: string): unknown {
  return kind === 'date'
    ? {at: new Date(), n: 1}
    : {n: 1, list: ['a'], nothing: null};
}

/** A function whose name ends in "_": private, google.script.run cannot reach it. */
export function conformancePrivate_(): string {
  return 'privé';
}
