/**
 * ScriptApp: installable triggers (time-driven, form submit, edit, open,
 * change) with Google's limits — 20 triggers per user per script, time-driven
 * triggers at most once an hour — and the auth-mode enums.
 */
import {requireAuth} from './auth';
import {zonedParts, zonedToUtc} from './datetime';
import type {EmuEnv} from './env';

type Trigger = GoogleAppsScript.Script.Trigger;

export type TriggerEventType =
  'CLOCK' | 'ON_FORM_SUBMIT' | 'ON_EDIT' | 'ON_OPEN' | 'ON_CHANGE';
export type TriggerSourceName =
  'CLOCK' | 'SPREADSHEETS' | 'FORMS' | 'DOCUMENTS';

export const MAX_TRIGGERS_PER_USER = 20;
export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
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

const WEEKDAYS = [
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
 * least an hour after the last firing (Google never runs a time-driven
 * trigger more than once an hour).
 */
export function nextDue(
  s: Schedule,
  afterMs: number,
  lastFiredMs: number | null,
): number | null {
  const floor =
    lastFiredMs === null ? afterMs : Math.max(afterMs, lastFiredMs + HOUR - 1);
  switch (s.kind) {
    case 'at':
      return s.atMs !== null && s.atMs > afterMs - 1 && lastFiredMs === null
        ? Math.max(s.atMs, afterMs)
        : null;
    case 'everyMinutes':
    case 'everyHours': {
      const step =
        s.kind === 'everyMinutes' ? Math.max(s.n * 60000, HOUR) : s.n * HOUR;
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

class FakeTrigger implements Pick<
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

function idOf(x: unknown): string {
  if (typeof x === 'string') return x;
  const o = x as {id?: unknown; getId?: () => string};
  if (typeof o?.id === 'string') return o.id;
  if (typeof o?.getId === 'function') return o.getId();
  throw new Error('Invalid argument: source');
}

type AnyBuilder = Record<string, (...args: never[]) => unknown>;

export interface ScriptDeps {
  store: TriggerStore;
  /** Does a document with this id exist (spreadsheet / form / document)? */
  exists(kind: 'spreadsheet' | 'form' | 'document', id: string): boolean;
  scriptId: string;
}

export function createScriptApp(
  env: EmuEnv,
  deps: ScriptDeps,
): Record<string, unknown> {
  const m = (method: string, cost?: {create?: boolean}) =>
    env.meter.call('ScriptApp', method, cost);
  const {store} = deps;
  const user = () => env.context()?.user ?? 'anonymous@example.com';

  const install = (
    rec: Omit<
      FakeTriggerRecord,
      'uid' | 'owner' | 'nextDueMs' | 'lastFiredMs' | 'spent' | 'docId'
    >,
  ): Trigger => {
    requireAuth(env, 'ScriptApp', 'newTrigger', 'FULL');
    const owner = user();
    if (store.ofUser(owner).length >= MAX_TRIGGERS_PER_USER)
      throw new Error(TOO_MANY_TRIGGERS);
    const full: FakeTriggerRecord = {
      ...rec,
      uid: store.nextUid(),
      owner,
      docId: env.context()?.activeId ?? null,
      nextDueMs: null,
      lastFiredMs: null,
      spent: false,
    };
    if (full.schedule)
      full.nextDueMs = nextDue(full.schedule, env.clock.nowMillis(), null);
    store.triggers.push(full);
    return new FakeTrigger(env, full) as unknown as Trigger;
  };

  const newTrigger = (handler: string): AnyBuilder => {
    m('newTrigger');
    if (typeof handler !== 'string' || !handler)
      throw new Error('Invalid argument: functionName');
    const b = (method: string) => env.meter.call('TriggerBuilder', method);
    const forSource = (
      method: string,
      source: TriggerSourceName,
      kind: 'spreadsheet' | 'form' | 'document',
      target: unknown,
      events: Partial<Record<string, TriggerEventType>>,
    ): AnyBuilder => {
      b(method);
      const sourceId = idOf(target);
      let type: TriggerEventType | null = null;
      const builder: AnyBuilder = {};
      for (const [name, ev] of Object.entries(events)) {
        builder[name] = () => {
          env.meter.call(
            `${source === 'FORMS' ? 'Form' : source === 'DOCUMENTS' ? 'Document' : 'Spreadsheet'}TriggerBuilder`,
            name,
          );
          type = ev!;
          return builder;
        };
      }
      builder.create = () => {
        env.meter.call('TriggerBuilder', 'create', {create: true});
        if (!type)
          throw new Error(
            'The trigger has no event type. Call onFormSubmit(), onEdit()… before create().',
          );
        if (!deps.exists(kind, sourceId)) {
          throw new Error(
            'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
          );
        }
        return install({handler, type, source, sourceId, schedule: null});
      };
      return builder;
    };
    const root: AnyBuilder = {
      forSpreadsheet: (target: never) =>
        forSource('forSpreadsheet', 'SPREADSHEETS', 'spreadsheet', target, {
          onFormSubmit: 'ON_FORM_SUBMIT',
          onEdit: 'ON_EDIT',
          onOpen: 'ON_OPEN',
          onChange: 'ON_CHANGE',
        }),
      forForm: (target: never) =>
        forSource('forForm', 'FORMS', 'form', target, {
          onFormSubmit: 'ON_FORM_SUBMIT',
          onOpen: 'ON_OPEN',
        }),
      forDocument: (target: never) =>
        forSource('forDocument', 'DOCUMENTS', 'document', target, {
          onOpen: 'ON_OPEN',
        }),
      timeBased: () => {
        b('timeBased');
        const s: Schedule = {
          kind: 'everyDays',
          n: 0,
          hour: null,
          minute: null,
          weekDay: null,
          monthDay: null,
          atMs: null,
          timeZone: env.timeZone,
          createdMs: env.clock.nowMillis(),
        };
        let set = false;
        const c = (method: string) =>
          env.meter.call('ClockTriggerBuilder', method);
        const clock: AnyBuilder = {};
        const every =
          (kind: Schedule['kind'], allowed: number[] | null) => (n: number) => {
            c(kind);
            if (
              !Number.isInteger(n) ||
              n < 1 ||
              (allowed && !allowed.includes(n))
            ) {
              throw new Error(
                `Invalid argument: ${kind === 'everyMinutes' ? 'minutes' : kind === 'everyHours' ? 'hours' : 'interval'} (${n})`,
              );
            }
            s.kind = kind;
            s.n = n;
            set = true;
            return clock;
          };
        clock.everyMinutes = every('everyMinutes', [1, 5, 10, 15, 30]);
        clock.everyHours = every('everyHours', null);
        clock.everyDays = every('everyDays', null);
        clock.everyWeeks = every('everyWeeks', null);
        clock.onWeekDay = ((day: unknown) => {
          c('onWeekDay');
          const i = WEEKDAYS.indexOf(String(day));
          if (i < 0) throw new Error('Invalid argument: day');
          s.weekDay = i;
          return clock;
        }) as never;
        clock.onMonthDay = ((d: number) => {
          c('onMonthDay');
          if (!Number.isInteger(d) || d < 1 || d > 31)
            throw new Error('Invalid argument: day');
          s.kind = 'onMonthDay';
          s.monthDay = d;
          s.n = 1;
          set = true;
          return clock;
        }) as never;
        clock.atHour = ((h: number) => {
          c('atHour');
          if (!Number.isInteger(h) || h < 0 || h > 23)
            throw new Error('Invalid argument: hour');
          s.hour = h;
          return clock;
        }) as never;
        clock.nearMinute = ((mi: number) => {
          c('nearMinute');
          if (!Number.isInteger(mi) || mi < 0 || mi > 59)
            throw new Error('Invalid argument: minute');
          // Google rounds to the nearest 15 minutes.
          s.minute = Math.min(45, Math.round(mi / 15) * 15);
          return clock;
        }) as never;
        clock.inTimezone = ((tz: string) => {
          c('inTimezone');
          zonedParts(0, tz);
          s.timeZone = tz;
          return clock;
        }) as never;
        clock.at = ((date: Date) => {
          c('at');
          s.kind = 'at';
          s.atMs = new Date(date).getTime();
          set = true;
          return clock;
        }) as never;
        clock.after = ((ms: number) => {
          c('after');
          s.kind = 'at';
          s.atMs = env.clock.nowMillis() + Number(ms);
          set = true;
          return clock;
        }) as never;
        clock.atDate = ((y: number, mo: number, d: number) => {
          c('atDate');
          s.kind = 'at';
          s.atMs = zonedToUtc(y, mo, d, 0, 0, 0, s.timeZone);
          set = true;
          return clock;
        }) as never;
        clock.create = () => {
          env.meter.call('TriggerBuilder', 'create', {create: true});
          if (!set)
            throw new Error(
              'The trigger has no schedule. Call everyHours(), everyDays(), at()… before create().',
            );
          if (
            (s.hour !== null || s.minute !== null) &&
            !['everyDays', 'everyWeeks', 'onMonthDay'].includes(s.kind)
          ) {
            throw new Error(
              'atHour() and nearMinute() need everyDays(), everyWeeks() or onMonthDay().',
            );
          }
          if (s.weekDay !== null && s.kind !== 'everyWeeks') {
            throw new Error('onWeekDay() needs everyWeeks().');
          }
          return install({
            handler,
            type: 'CLOCK',
            source: 'CLOCK',
            sourceId: null,
            schedule: {...s},
          });
        };
        return clock;
      },
    };
    return root;
  };

  const wrap = (r: FakeTriggerRecord) =>
    new FakeTrigger(env, r) as unknown as Trigger;
  const enumOf = (...names: string[]) =>
    Object.fromEntries(names.map(n => [n, n]));
  const app = {
    AuthMode: enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'),
    EventType: enumOf(
      'CLOCK',
      'ON_OPEN',
      'ON_EDIT',
      'ON_FORM_SUBMIT',
      'ON_CHANGE',
      'ON_EVENT_UPDATED',
    ),
    TriggerSource: enumOf(
      'SPREADSHEETS',
      'CLOCK',
      'FORMS',
      'DOCUMENTS',
      'CALENDAR',
    ),
    WeekDay: enumOf(...WEEKDAYS),
    AuthorizationStatus: enumOf('REQUIRED', 'NOT_REQUIRED'),
    newTrigger,
    getProjectTriggers(): Trigger[] {
      m('getProjectTriggers');
      requireAuth(env, 'ScriptApp', 'getProjectTriggers', 'FULL');
      return store.ofUser(user()).map(wrap);
    },
    getUserTriggers(doc: unknown): Trigger[] {
      m('getUserTriggers');
      requireAuth(env, 'ScriptApp', 'getUserTriggers', 'FULL');
      const id = idOf(doc);
      return store
        .ofUser(user())
        .filter(
          t => t.sourceId === id || (t.sourceId === null && t.docId === id),
        )
        .map(wrap);
    },
    deleteTrigger(trigger: Trigger): void {
      m('deleteTrigger');
      requireAuth(env, 'ScriptApp', 'deleteTrigger', 'FULL');
      const uid = (trigger as unknown as FakeTrigger).record?.uid;
      const i = store.triggers.findIndex(
        t => t.uid === uid && t.owner === user(),
      );
      if (i >= 0) store.triggers.splice(i, 1);
    },
    getScriptId(): string {
      m('getScriptId');
      return deps.scriptId;
    },
    getOAuthToken(): string {
      m('getOAuthToken');
      return 'emulator-oauth-token';
    },
    getAuthorizationInfo(): unknown {
      m('getAuthorizationInfo');
      return {
        getAuthorizationStatus: () => 'NOT_REQUIRED',
        getAuthorizationUrl: () => null,
        getAuthorizedScopes: () => [],
      };
    },
    getService(): unknown {
      m('getService');
      return {
        getUrl: () =>
          `https://script.google.com/macros/s/${deps.scriptId}/exec`,
        isEnabled: () => false,
      };
    },
  };
  // Signature drift against @types/google-apps-script is a compile error.
  const typed: Pick<
    GoogleAppsScript.Script.ScriptApp,
    | 'getProjectTriggers'
    | 'getUserTriggers'
    | 'deleteTrigger'
    | 'getScriptId'
    | 'getOAuthToken'
  > = app;
  void typed;
  return app;
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
