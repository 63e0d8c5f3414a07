/**
 * "Générer le bilan": read every response sheet (one call each), the staff's
 * parameters and the tracker, compute in memory, then write the parameters,
 * the Bilan tab and the stored result under the document lock.
 */
import {bookedAgainstPresent, readBookings} from '../bookings/read';
import {COMMUNES} from '../generated/communes';
import {withDocumentLock} from '../gas/lock';
import {AddonError} from '../gas/errors';
import {reportProgress} from '../gas/progress';
import {formUrlKey, keysOfForm} from '../gas/forms';
import {t} from '../i18n';
import {readTracker} from '../tracker/read';
import {matchTabNames} from '../tracker/tabs';
import type {BilanResult} from '../model/bilan';
import type {Settings} from '../settings/types';
import {layoutBilan} from './layout';
import {
  findResponseSheets,
  readParamValues,
  readResponseSheet,
  spreadsheetIdOf,
  writeBilanTab,
  writeParams,
} from './adapter';
import {runBilan} from './compute';
import {loadLastBilan, saveBilan} from './store';
import {otherSourcesRows, parseParams, previousLink} from './params';
import {editionFigures, editionName} from './compute';
import {programmeFigures, Territory} from './programme';
import {getJson} from '../gas/properties';
import {FORMS_KEY, type FormRecords} from '../questionnaire/service';
import type {Audience} from '../questionnaire/bank';
import type {BilanAudience, EditionFigures} from '../model/bilan';
import type {ResponseSheet} from './types';

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
  return runBilanIn(ss, settings, form).result;
}

/** Steps reported to the bilan dialog: answers, statistics, tab, done. */
const STEPS = 4;

/** The bilan and the tab it was written to (for the dialog's link). */
export interface BilanRunOutcome {
  result: BilanResult;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
}

/**
 * generateBilanIn, reporting each step under `token` (the dialog's progress
 * token; without one nothing is reported).
 */
export function runBilanIn(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  form?: GoogleAppsScript.Forms.Form,
  token?: string,
): BilanRunOutcome {
  reportProgress(token, {
    step: 1,
    total: STEPS,
    count: 0,
    label: t('bilan.progress.reading'),
  });
  const linked = findResponseSheets(ss, form);
  if (linked.length === 0) throw new AddonError('bilan.error.noResponseSheet');
  const sheets = linked.map(readResponseSheet);
  // Rows under the header line that hold anything: the answers read.
  const read = sheets.reduce(
    (n, s) =>
      n +
      s.values
        .slice(1)
        .filter(row => row.some(v => v !== '' && v !== null && v !== undefined))
        .length,
    0,
  );
  reportProgress(token, {
    step: 1,
    total: STEPS,
    count: read,
    label: t('bilan.progress.read', {count: read, forms: sheets.length}),
  });
  markAudiences(sheets);
  const paramValues = readParamValues(ss);
  const params = parseParams(paramValues);
  const kept = otherSourcesRows(paramValues, new Set(sheets.map(s => s.name)));
  const link = previousLink(paramValues);
  const names = ss.getSheets().map(s => s.getName());
  const tracker = matchTabNames(names).has('programme')
    ? readTracker(ss)
    : null;
  const now = new Date();
  const previous = link
    ? readPrevious(link, ss.getId(), now, settings.departements)
    : {figures: null};
  const {result, specs} = runBilan({
    sheets,
    params,
    tracker,
    k: smallGroupK(settings),
    now,
    communes: COMMUNES,
    departements: settings.departements,
    previous: previous.figures,
    previousError: previous.error,
  });
  reportProgress(token, {
    step: 2,
    total: STEPS,
    count: result.questions.length,
    label: t('bilan.progress.stats', {count: result.questions.length}),
  });
  const date = Utilities.formatDate(
    now,
    ss.getSpreadsheetTimeZone(),
    'dd/MM/yyyy HH:mm',
  );
  const booked = readBookings(ss, settings.language);
  if (booked) result.bookings = bookedAgainstPresent(booked);
  const layout = layoutBilan(result, date);
  const sheet = withDocumentLock(() => {
    writeParams(ss, specs, kept, link);
    const written = writeBilanTab(ss, layout);
    saveBilan(ss, result);
    return written;
  });
  reportProgress(token, {
    step: 3,
    total: STEPS,
    count: layout.rows.length,
    label: t('bilan.progress.written', {tab: sheet.getName()}),
  });
  reportProgress(token, {
    step: STEPS,
    total: STEPS,
    count: result.responses,
    done: true,
    label: t('bilan.progress.done'),
    link: {
      url: `${ss.getUrl()}#gid=${sheet.getSheetId()}`,
      label: t('bilan.progress.open', {tab: sheet.getName()}),
    },
  });
  return {result, sheet};
}

/**
 * Marks each response sheet with the audience the add-on made its form for
 * (the questionnaires' record in the document properties): one read.
 */
function markAudiences(sheets: ResponseSheet[]): void {
  const records = getJson<FormRecords>(FORMS_KEY) ?? {};
  // Keyed by every address of the form: a sheet may give its edit or its
  // published address (src/gas/forms.ts).
  const byForm = new Map<string, BilanAudience>();
  for (const [audience, record] of Object.entries(records)) {
    if (!record?.formId) continue;
    for (const key of keysOfForm({
      id: record.formId,
      editUrl: record.editUrl,
      publishedUrl: record.publishedUrl,
    }))
      byForm.set(key, audience as Audience);
  }
  for (const sheet of sheets) {
    const audience = byForm.get(formUrlKey(sheet.formUrl));
    if (audience) sheet.audience = audience;
  }
}

/**
 * The previous edition's key figures from its tracker: its last stored
 * bilan, else its Programme alone (every session of a past edition that was
 * not cancelled counts as held). A tracker that cannot be opened or read
 * leaves a message in the bilan, never an error: the bilan is still made.
 */
function readPrevious(
  link: string,
  ownId: string,
  now: Date,
  departements: string[],
): {figures: EditionFigures | null; error?: string} {
  const id = spreadsheetIdOf(link);
  let prev: GoogleAppsScript.Spreadsheet.Spreadsheet;
  try {
    if (!id || id === ownId) throw new Error('no id');
    prev = SpreadsheetApp.openById(id);
  } catch {
    return {
      figures: null,
      error: t('bilan.previous.unreachable', {value: link}),
    };
  }
  const stored = loadLastBilan(prev);
  if (stored) {
    if (stored.edition) return {figures: stored.edition};
    return {figures: editionFigures(stored, prev.getName())};
  }
  const names = prev.getSheets().map(s => s.getName());
  if (!matchTabNames(names).has('programme')) {
    return {
      figures: null,
      error: t('bilan.previous.noData', {name: prev.getName()}),
    };
  }
  const tracker = readTracker(prev);
  const territory = new Territory(
    COMMUNES,
    tracker.event.departement ? [tracker.event.departement] : departements,
  );
  const p = programmeFigures({
    tracker,
    now,
    territory,
    publicResponses: 0,
    organisers: null,
  });
  return {
    figures: {
      name: editionName(tracker.event) || prev.getName(),
      sessions: p.sessionsHeld,
      communes: p.communesReached,
      structures: p.structures,
      visitors: p.visitors,
      pupils: p.pupils,
      responses: null,
      satisfaction: null,
      satisfactionScale: null,
      nps: null,
    },
  };
}
