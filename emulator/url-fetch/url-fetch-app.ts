/**
 * UrlFetchApp: present so that a script calling it meets what Google does.
 * Its scope, script.external_request, is one the add-on's manifest does
 * not declare: the meter's scope check refuses the call first
 * (url-fetch/scopes.ts). Where a manifest grants it, the emulator still has
 * no network and says so.
 * Reference: https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app
 */
import type {EmuEnv} from '../core/env';

export type FakeUrlFetchApp = Pick<
  GoogleAppsScript.URL_Fetch.UrlFetchApp,
  'fetch' | 'fetchAll'
>;

/** The `UrlFetchApp` global. */
export function createUrlFetchApp(env: EmuEnv): FakeUrlFetchApp {
  const offline = (method: string): never => {
    env.meter.call('UrlFetchApp', method);
    throw new Error(
      `Emulator: UrlFetchApp.${method} has no network to reach (offline emulator)`,
    );
  };
  return {
    fetch: () => offline('fetch'),
    fetchAll: () => offline('fetchAll'),
  };
}
