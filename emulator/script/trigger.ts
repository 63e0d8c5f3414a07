/**
 * Installable triggers: their records, schedules and event objects.
 * Reference: https://developers.google.com/apps-script/reference/script/trigger
 * Reference: https://developers.google.com/apps-script/reference/script/clock-trigger-builder
 */
import {zonedParts, zonedToUtc} from '../core/datetime';
import type {EmuEnv} from '../core/env';

type Trigger = GoogleAppsScript.Script.Trigger;

export type TriggerEventType =
  'CLOCK' | 'ON_FORM_SUBMIT' | 'ON_EDIT' | 'ON_OPEN' | 'ON_CHANGE';
export type TriggerSourceName =
  'CLOCK' | 'SPREADSHEETS' | 'FORMS' | 'DOCUMENTS';

export const MAX_TRIGGERS_PER_USER = 20;
export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
/**
 * Editor add-ons: "each add-on can only have one trigger of each type, per
 * user, per document", and "time-driven triggers cannot run more frequently
 * than once per hour"
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions).
 * The time-based message is the one Google's executions log (seen in add-on
 * users' reports); for the other types the reference gives no text, so the
 * same sentence names the type. Google's text for a too-frequent trigger is
 * not documented: this one is the emulator's.
 */
export function addonTooManyTriggers(type: TriggerEventType): string {
  const kind: Record<TriggerEventType, string> = {
    CLOCK: 'time-based',
    ON_FORM_SUBMIT: 'form-submit',
    ON_EDIT: 'edit',
    ON_OPEN: 'open',
    ON_CHANGE: 'change',
  };
  return `This add-on has created too many ${kind[type]} triggers in this document for this Google user account.`;
}
export const ADDON_TOO_FREQUENT =
  'Add-ons can only create time-based triggers that run at most once per hour.';
const HOUR = 3600000;
const DAY = 24 * HOUR;

export interface Schedule {
  kind:
    | 'everyMinutes'
    | 'everyHours'
    | 'everyDays'
    | 'everyWeeks'
    | 'onMonthDay'
    | 'at';
  n: number;
  hour: number | null;
  minute: number | null;
  /** 0 = Sunday … 6 = Saturday */
  weekDay: number | null;
  monthDay: number | null;
  atMs: number | null;
  timeZone: string;
  createdMs: number;
  /**
   * Shortest time between two firings. An editor add-on's time-driven
   * triggers run at most once an hour
   * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions);
   * a bound script's everyMinutes(n) fires every n minutes
   * (https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyMinutes(Integer)).
   * Absent: an hour (the add-on's rule, kept for records made before).
   */
  minIntervalMs?: number;
}

/** An installed trigger (ws.triggers). */
export interface FakeTriggerRecord {
  uid: string;
  handler: string;
  type: TriggerEventType;
  source: TriggerSourceName;
  /** Spreadsheet / form / document id, or null for time-driven triggers. */
  sourceId: string | null;
  /** The document the trigger was created from (getUserTriggers(doc)). */
  docId: string | null;
  owner: string;
  schedule: Schedule | null;
  /** Next time a time-driven trigger fires (ms), or null. */
  nextDueMs: number | null;
  lastFiredMs: number | null;
  /** A one-off (.at/.after) trigger that has fired: still listed, never fires again. */
  spent: boolean;
}

export const WEEKDAYS = [
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
];

function dayIndex(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY);
}

/**
 * The first time strictly after `afterMs` at which the schedule fires, at
 * least `minIntervalMs` (an add-on: an hour) after the last firing.
 */
export function nextDue(
  s: Schedule,
  afterMs: number,
  lastFiredMs: number | null,
): number | null {
  const gap = s.minIntervalMs ?? HOUR;
  const floor =
    lastFiredMs === null ? afterMs : Math.max(afterMs, lastFiredMs + gap - 1);
  switch (s.kind) {
    case 'at':
      return s.atMs !== null && s.atMs > afterMs - 1 && lastFiredMs === null
        ? Math.max(s.atMs, afterMs)
        : null;
    case 'everyMinutes':
    case 'everyHours': {
      const step =
        s.kind === 'everyMinutes' ? Math.max(s.n * 60000, gap) : s.n * HOUR;
      const k = Math.floor((floor - s.createdMs) / step) + 1;
      return s.createdMs + Math.max(k, 1) * step;
    }
    default: {
      const created = zonedParts(s.createdMs, s.timeZone);
      const createdDay = dayIndex(created.year, created.month, created.day);
      const start = zonedParts(floor, s.timeZone);
      const startDay = dayIndex(start.year, start.month, start.day);
      const hour = s.hour ?? created.hour;
      const minute = s.minute ?? 0;
      for (let d = startDay; d < startDay + 800; d += 1) {
        const date = new Date(d * DAY);
        const y = date.getUTCFullYear();
        const m = date.getUTCMonth() + 1;
        const day = date.getUTCDate();
        const wd = date.getUTCDay();
        let ok = false;
        if (s.kind === 'everyDays')
          ok = (d - createdDay) % s.n === 0 || s.n === 1;
        else if (s.kind === 'everyWeeks') {
          const want = s.weekDay ?? created.weekday;
          // Weeks counted from the Monday of the creation week.
          const createdMonday = createdDay - ((created.weekday + 6) % 7);
          ok = wd === want && Math.floor((d - createdMonday) / 7) % s.n === 0;
        } else if (s.kind === 'onMonthDay') ok = day === s.monthDay;
        if (!ok) continue;
        const t = zonedToUtc(y, m, day, hour, minute, 0, s.timeZone);
        if (t > floor) return t;
      }
      return null;
    }
  }
}

/** All triggers of the script (the Workspace holds one). */
export class TriggerStore {
  triggers: FakeTriggerRecord[] = [];
  private seq = 0;
  nextUid(): string {
    this.seq += 1;
    return String(7_000_000 + this.seq * 37);
  }
  ofUser(user: string): FakeTriggerRecord[] {
    return this.triggers.filter(t => t.owner === user);
  }
}

export class FakeTrigger implements Pick<
  Trigger,
  | 'getEventType'
  | 'getHandlerFunction'
  | 'getTriggerSource'
  | 'getTriggerSourceId'
  | 'getUniqueId'
> {
  constructor(
    private readonly env: EmuEnv,
    readonly record: FakeTriggerRecord,
  ) {}
  private m(method: string): void {
    this.env.meter.call('Trigger', method);
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    this.m('getEventType');
    return this.record.type as unknown as GoogleAppsScript.Script.EventType;
  }
  getHandlerFunction(): string {
    this.m('getHandlerFunction');
    return this.record.handler;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    this.m('getTriggerSource');
    return this.record
      .source as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  getTriggerSourceId(): string {
    this.m('getTriggerSourceId');
    // null for time-driven triggers, as in Google (the typings say string).
    return this.record.sourceId as string;
  }
  getUniqueId(): string {
    this.m('getUniqueId');
    return this.record.uid;
  }
}

export function idOf(x: unknown): string {
  if (typeof x === 'string') return x;
  const o = x as {id?: unknown; getId?: () => string};
  if (typeof o?.id === 'string') return o.id;
  if (typeof o?.getId === 'function') return o.getId();
  throw new Error('Invalid argument: source');
}

export type AnyBuilder = Record<string, (...args: never[]) => unknown>;

export interface ScriptDeps {
  store: TriggerStore;
  /** Does a document with this id exist (spreadsheet / form / document)? */
  exists(kind: 'spreadsheet' | 'form' | 'document', id: string): boolean;
  scriptId: string;
}

/** Google's time-driven event object (fields in UTC, as Google sends them). */
export function clockEvent(uid: string, ms: number): Record<string, unknown> {
  const d = new Date(ms);
  return {
    authMode: 'FULL',
    triggerUid: uid,
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    'day-of-month': d.getUTCDate(),
    'day-of-week': d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    'week-of-year': isoWeekUtc(d),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    timezone: 'UTC',
  };
}

function isoWeekUtc(date: Date): number {
  const d = new Date(
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()),
  );
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return Math.ceil(((d.getTime() - yearStart) / DAY + 1) / 7);
}
