/**
 * How this project is deployed, fixed at build time (scripts/build.ts writes
 * two projects and replaces these two names with literals):
 * - the host: the Sheets project runs in Google Sheets, the Forms project in
 *   Google Forms — so the host is known without any call (an editor add-on in
 *   AuthMode.NONE may not call FormApp.getActiveForm());
 * - the mode: 'bound' (a script bound to a "Modèle de suivi" spreadsheet,
 *   copied per event) or 'addon' (a private editor add-on of the domain),
 *   chosen by `npm run build -- --mode addon`.
 * Code run from the sources (unit tests) has neither: host unknown, mode bound.
 */
declare const __TDS_HOST__: string | undefined;
declare const __TDS_DEPLOY_MODE__: string | undefined;
declare const __TDS_MANIFEST__:
  {timeZone?: string; oauthScopes?: string[]} | undefined;

export type DeployMode = 'bound' | 'addon';

/** The host this project was built for, or null when not built (sources). */
export function builtHost(): 'sheets' | 'forms' | null {
  const host = typeof __TDS_HOST__ === 'string' ? __TDS_HOST__ : '';
  return host === 'sheets' || host === 'forms' ? host : null;
}

/** The deployment mode this project was built for (bound by default). */
export function deployMode(): DeployMode {
  const mode =
    typeof __TDS_DEPLOY_MODE__ === 'string' ? __TDS_DEPLOY_MODE__ : '';
  return mode === 'addon' ? 'addon' : 'bound';
}

/** True in an editor add-on: its rules on triggers and menus apply. */
export function isAddon(): boolean {
  return deployMode() === 'addon';
}

/** What the project's manifest declares (written in at build time; empty from the sources). */
export function builtManifest(): {timeZone: string; oauthScopes: string[]} {
  const m = typeof __TDS_MANIFEST__ === 'object' ? __TDS_MANIFEST__ : {};
  return {
    timeZone: m?.timeZone ?? '',
    oauthScopes: Array.isArray(m?.oauthScopes) ? [...m.oauthScopes] : [],
  };
}
