/**
 * ScriptApp: installable triggers (time-driven, form submit, edit, open,
 * change) with Google's limits — 20 triggers per user per script, time-driven
 * triggers at most once an hour — and the auth-mode enums.
 *
 * Reference: https://developers.google.com/apps-script/reference/script/script-app
 * Reference: https://developers.google.com/apps-script/reference/script/trigger-builder
 */
import {requireAuth} from '../core/auth';
import {zonedParts, zonedToUtc} from '../core/datetime';
import type {EmuEnv} from '../core/env';
import type {
  AnyBuilder,
  FakeTriggerRecord,
  Schedule,
  ScriptDeps,
  TriggerEventType,
  TriggerSourceName,
} from './trigger';
import {
  ADDON_TOO_FREQUENT,
  FakeTrigger,
  MAX_TRIGGERS_PER_USER,
  addonTooManyTriggers,
  TOO_MANY_TRIGGERS,
  WEEKDAYS,
  idOf,
  nextDue,
} from './trigger';

type Trigger = GoogleAppsScript.Script.Trigger;

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
    const docId = env.context()?.activeId ?? null;
    // An editor add-on: one trigger of each type per user per document
    // (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions).
    if (
      env.projectType === 'addon' &&
      store.ofUser(owner).some(t => t.type === rec.type && t.docId === docId)
    ) {
      throw new Error(addonTooManyTriggers(rec.type));
    }
    const full: FakeTriggerRecord = {
      ...rec,
      uid: store.nextUid(),
      owner,
      docId,
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
          // Without inTimezone, the script's zone (ClockTriggerBuilder#inTimezone(String)).
          timeZone: env.scriptTimeZone(),
          createdMs: env.clock.nowMillis(),
          // A bound script (the default project) fires everyMinutes(n)
          // every n minutes; an editor add-on at most once an hour.
          minIntervalMs: env.projectType === 'addon' ? 3600000 : 60000,
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
          // An editor add-on's time-driven triggers run at most once an hour
          // (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions).
          // Stricter than the page, which does not say what a one-off
          // trigger may do: one due within the hour is refused too.
          if (
            env.projectType === 'addon' &&
            (s.kind === 'everyMinutes' ||
              (s.kind === 'at' &&
                (s.atMs ?? 0) - env.clock.nowMillis() < 3600000))
          ) {
            throw new Error(ADDON_TOO_FREQUENT);
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
    /**
     * Which of the scopes asked (default: the manifest's) the user granted.
     * https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode,String)
     * https://developers.google.com/apps-script/reference/script/authorization-info
     */
    getAuthorizationInfo(authMode?: unknown, scopes?: unknown): unknown {
      m('getAuthorizationInfo');
      void authMode;
      const declared = env.manifestScopes?.() ?? null;
      const granted = env.grantedScopes?.() ?? null;
      const asked = Array.isArray(scopes)
        ? scopes.map(String)
        : declared
          ? [...declared]
          : [];
      const authorized = asked.filter(s => granted === null || granted.has(s));
      const required = authorized.length < asked.length;
      return {
        getAuthorizationStatus: () => (required ? 'REQUIRED' : 'NOT_REQUIRED'),
        getAuthorizationUrl: () =>
          required
            ? `https://script.google.com/macros/d/${deps.scriptId}/authorize`
            : null,
        getAuthorizedScopes: () => authorized,
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
