/**
 * Session: the active and effective user, locale, time zone.
 * Reference: https://developers.google.com/apps-script/reference/base/session
 */
import * as crypto from 'node:crypto';
import type {EmuEnv} from '../core/env';

export function createSession(env: EmuEnv) {
  const m = (method: string) => env.meter.call('Session', method);
  const userObj = (email: string) =>
    ({
      getEmail: () => {
        env.meter.call('User', 'getEmail');
        return email;
      },
    }) as unknown as GoogleAppsScript.Base.User;
  return {
    getActiveUser(): GoogleAppsScript.Base.User {
      m('getActiveUser');
      // In NONE mode (and for consumer accounts outside their own runs) Google gives ''.
      const ctx = env.context();
      return userObj(ctx && ctx.authMode !== 'NONE' ? ctx.user : '');
    },
    getEffectiveUser(): GoogleAppsScript.Base.User {
      m('getEffectiveUser');
      const ctx = env.context();
      return userObj(ctx && ctx.authMode !== 'NONE' ? ctx.user : '');
    },
    getScriptTimeZone(): string {
      m('getScriptTimeZone');
      return env.timeZone;
    },
    getActiveUserLocale(): string {
      m('getActiveUserLocale');
      return env.locale;
    },
    getTemporaryActiveUserKey(): string {
      m('getTemporaryActiveUserKey');
      return crypto
        .createHash('sha256')
        .update(env.context()?.user ?? '')
        .digest('base64url')
        .slice(0, 40);
    },
  } satisfies Pick<
    GoogleAppsScript.Base.Session,
    | 'getActiveUser'
    | 'getEffectiveUser'
    | 'getScriptTimeZone'
    | 'getActiveUserLocale'
    | 'getTemporaryActiveUserKey'
  >;
}
