/**
 * Session: the active and effective user, locale, time zone.
 * Reference: https://developers.google.com/apps-script/reference/base/session
 */
import * as crypto from 'node:crypto';
import type {EmuEnv} from '../core/env';
import {identityVisible} from '../core/env';

export function createSession(env: EmuEnv) {
  const m = (method: string) => env.meter.call('Session', method);
  const userObj = (email: string) =>
    ({
      getEmail: () => {
        env.meter.call('User', 'getEmail');
        return email;
      },
    }) as unknown as GoogleAppsScript.Base.User;
  // '' in NONE mode, and in a simple trigger for anyone but the owner and
  // the owner's Workspace domain (a consumer account other than the owner
  // gets ''): https://developers.google.com/apps-script/reference/base/session#getActiveUser()
  // The effective user of a simple trigger is that same person, so the
  // emulator blanks it alike (stricter where the page is silent).
  const visible = (): string => {
    const ctx = env.context();
    if (!ctx || ctx.authMode === 'NONE') return '';
    if (
      ctx.simpleTrigger &&
      !identityVisible(ctx.user, env.owner ?? '', env.accountType)
    )
      return '';
    return ctx.user;
  };
  return {
    getActiveUser(): GoogleAppsScript.Base.User {
      m('getActiveUser');
      return userObj(visible());
    },
    getEffectiveUser(): GoogleAppsScript.Base.User {
      m('getEffectiveUser');
      return userObj(visible());
    },
    getScriptTimeZone(): string {
      m('getScriptTimeZone');
      // The manifest's timeZone: https://developers.google.com/apps-script/manifest
      return env.scriptTimeZone();
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
