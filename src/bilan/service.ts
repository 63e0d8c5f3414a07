/**
 * "Générer le bilan": read every response sheet (one call each), the staff's
 * parameters and the tracker, compute in memory, then write the parameters,
 * the Bilan tab and the stored result under the document lock.
 */
import {COMMUNES} from '../generated/communes';
import {withDocumentLock} from '../gas/lock';
import {AddonError} from '../gas/errors';
import {readTracker} from '../tracker/read';
import {matchTabNames} from '../tracker/tabs';
import type {BilanResult} from '../model/bilan';
import type {Settings} from '../settings/types';
import {runBilan} from './compute';
import {layoutBilan} from './layout';
import {
  findResponseSheets,
  readParamValues,
  readResponseSheet,
  writeBilanTab,
  writeParams,
} from './adapter';
import {saveBilan} from './store';
import {otherSourcesRows, parseParams} from './params';

/** Smallest group shown: the setting, never under 3 (INSEE's secrecy rule). */
export function smallGroupK(settings: Settings): number {
  const k = Math.round(Number(settings.smallGroupK));
  return Number.isFinite(k) && k >= 3 ? k : 5;
}

export function generateBilanIn(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  form?: GoogleAppsScript.Forms.Form,
): BilanResult {
  const linked = findResponseSheets(ss, form);
  if (linked.length === 0) throw new AddonError('bilan.error.noResponseSheet');
  const sheets = linked.map(readResponseSheet);
  const paramValues = readParamValues(ss);
  const params = parseParams(paramValues);
  const kept = otherSourcesRows(paramValues, new Set(sheets.map(s => s.name)));
  const names = ss.getSheets().map(s => s.getName());
  const tracker = matchTabNames(names).has('programme')
    ? readTracker(ss)
    : null;
  const now = new Date();
  const {result, specs} = runBilan({
    sheets,
    params,
    tracker,
    k: smallGroupK(settings),
    now,
    communes: COMMUNES,
    departements: settings.departements,
  });
  const date = Utilities.formatDate(
    now,
    ss.getSpreadsheetTimeZone(),
    'dd/MM/yyyy HH:mm',
  );
  const layout = layoutBilan(result, date);
  withDocumentLock(() => {
    writeParams(ss, specs, kept);
    writeBilanTab(ss, layout);
    saveBilan(ss, result);
  });
  return result;
}
