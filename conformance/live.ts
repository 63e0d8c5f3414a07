/**
 * The live runner: runConformance() executes every case that one execution
 * on one account can run, on the account that runs it, inside a scratch
 * Drive folder; it trashes what the cases made, deletes their triggers and
 * properties, and writes a results spreadsheet and a JSON file (to commit as
 * conformance/results/<date>.json). An execution stops before Apps Script's
 * 6-minute limit; running runConformance again continues where it stopped.
 */
import {driveFiles, FOLDER_MIME, trashFile} from './framework/drive';
import {
  cleanUp,
  PROPERTY_PREFIX,
  Scratch,
  SCRATCH_PREFIX,
} from './framework/context';
import {runSingle} from './framework/run';
import {
  isScenario,
  type CaseResult,
  type ConformanceCase,
  type Given,
  type Status,
} from './framework/types';
import {messageOf} from './framework/values';
import {ALL_CASES} from './cases';
import {TICK_COUNT, TICK_EVENT} from './hooks';

/** Script property holding the run in progress (results spreadsheet id, start). */
const STATE_KEY = 'CONFORMANCE_RUN';
/** Optional script property: id of a Google Doc a person made (cases with needs: 'personDoc'). */
export const PERSON_DOC_KEY = 'CONFORMANCE_PERSON_DOC_ID';
/** Optional script property: seconds one execution may spend on cases (default 270). */
export const BUDGET_KEY = 'CONFORMANCE_BUDGET_SECONDS';
/** Cases start only within this time: a case takes well under 30 s, Apps Script stops at 6 min. */
const DEFAULT_BUDGET_SECONDS = 270;
const HANDLERS = new Set(['conformanceTick']);
const HEADERS = [
  'Cas',
  'Comportement',
  'Point (issue 14)',
  'Résultat',
  'Détail',
  'À confirmer',
  'Références',
  'JSON',
];
const STATUS_LABEL: Record<Status, string> = {
  pass: 'conforme',
  fail: 'écart',
  offline: 'hors exécution réelle',
  skipped: 'non exécuté',
};

interface RunState {
  resultsId: string;
  startedAt: string;
}

export interface LiveCase extends CaseResult {
  title: string;
  point: number | null;
  refs: string[];
  unverified: string | null;
}

export interface LiveResults {
  suite: string;
  environment: 'google';
  startedAt: string;
  finishedAt: string;
  account: {locale: string; scriptTimeZone: string};
  counts: Record<Status | 'cases', number>;
  cases: LiveCase[];
}

/** A cell that could be read as a formula is written as text. */
function safe(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

function outcome(
  c: ConformanceCase,
  given: Given,
  scratch: Scratch,
): CaseResult {
  const base = {id: c.id, checks: 0, failures: [], cleanup: []};
  if (isScenario(c) || c.offline) {
    return {...base, status: 'offline', notes: [c.offline ?? '']};
  }
  if (c.needs === 'personDoc' && !given.personDocId) {
    return {
      ...base,
      status: 'skipped',
      notes: [
        `préparation manquante : propriété de script ${PERSON_DOC_KEY} (id d'un Google Doc créé à la main dans Drive)`,
      ],
    };
  }
  return runSingle(c, given, scratch);
}

function liveCase(c: ConformanceCase, r: CaseResult): LiveCase {
  return {
    ...r,
    title: c.title,
    point: c.point ?? null,
    refs: [...c.refs],
    unverified: c.unverified ?? null,
  };
}

function row(r: LiveCase): string[] {
  return [
    r.id,
    r.title,
    r.point === null ? '' : String(r.point),
    STATUS_LABEL[r.status],
    [...r.failures, ...r.notes, ...r.cleanup.map(x => `nettoyage : ${x}`)].join(
      '\n',
    ),
    r.unverified ?? '',
    r.refs.join('\n'),
    JSON.stringify(r),
  ].map(safe);
}

/** Removes what an interrupted execution may have left: triggers, properties, scratch folders. */
function sweep(): string[] {
  const left: string[] = [];
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (HANDLERS.has(trigger.getHandlerFunction())) {
      ScriptApp.deleteTrigger(trigger);
      left.push('déclencheur');
    }
  }
  const props = PropertiesService.getScriptProperties();
  for (const key of props.getKeys()) {
    if (
      key.indexOf(PROPERTY_PREFIX) === 0 ||
      key === TICK_COUNT ||
      key === TICK_EVENT
    ) {
      props.deleteProperty(key);
      left.push('propriété');
    }
  }
  const folders =
    driveFiles().list({
      q: `name contains '${SCRATCH_PREFIX}' and mimeType = '${FOLDER_MIME}' and trashed = false`,
      pageSize: 1000,
    }).files ?? [];
  for (const folder of folders) {
    trashFile(folder.id);
    left.push('dossier brouillon');
  }
  return left;
}

function openRun(props: GoogleAppsScript.Properties.Properties): {
  state: RunState;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
} {
  const raw = props.getProperty(STATE_KEY);
  if (raw) {
    const state = JSON.parse(raw) as RunState;
    try {
      const sheet = SpreadsheetApp.openById(state.resultsId).getSheets()[0];
      return {state, sheet};
    } catch (e) {
      console.log(
        `Résultats précédents introuvables (${messageOf(e)}) : nouvelle suite.`,
      );
    }
  }
  const startedAt = new Date().toISOString();
  const ss = SpreadsheetApp.create(
    `Conformité Apps Script — ${startedAt.slice(0, 10)}`,
  );
  const sheet = ss.getSheets()[0];
  sheet.getRange(1, 1, 1, HEADERS.length).setValues([HEADERS]);
  sheet.setFrozenRows(1);
  const state: RunState = {resultsId: ss.getId(), startedAt};
  props.setProperty(STATE_KEY, JSON.stringify(state));
  return {state, sheet};
}

/** Every case recorded so far in the results sheet (one read). */
function recorded(sheet: GoogleAppsScript.Spreadsheet.Sheet): LiveCase[] {
  const last = sheet.getLastRow();
  if (last < 2) return [];
  return sheet
    .getRange(2, HEADERS.length, last - 1, 1)
    .getValues()
    .map(r => JSON.parse(String(r[0])) as LiveCase);
}

function budgetMs(props: GoogleAppsScript.Properties.Properties): number {
  const seconds = Number(
    props.getProperty(BUDGET_KEY) ?? DEFAULT_BUDGET_SECONDS,
  );
  return (
    (isFinite(seconds) && seconds >= 0 ? seconds : DEFAULT_BUDGET_SECONDS) *
    1000
  );
}

function finish(
  state: RunState,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
): string {
  const cases = recorded(sheet);
  const counts: LiveResults['counts'] = {
    cases: cases.length,
    pass: 0,
    fail: 0,
    offline: 0,
    skipped: 0,
  };
  for (const c of cases) counts[c.status] += 1;
  const results: LiveResults = {
    suite: 'Conformité Apps Script (issue 14)',
    environment: 'google',
    startedAt: state.startedAt,
    finishedAt: new Date().toISOString(),
    account: {
      locale: Session.getActiveUserLocale(),
      scriptTimeZone: Session.getScriptTimeZone(),
    },
    counts,
    cases,
  };
  const name = `conformance-${state.startedAt.slice(0, 10)}.json`;
  const made = driveFiles().create(
    {name, mimeType: 'application/json'},
    Utilities.newBlob(
      `${JSON.stringify(results, null, 2)}\n`,
      'application/json',
      name,
    ),
    {fields: 'id,webViewLink'},
  );
  const fileUrl =
    made.webViewLink || `https://drive.google.com/file/d/${made.id}/view`;

  const summary =
    `Conformité : ${counts.cases} cas — ${counts.pass} conformes, ${counts.fail} écarts, ` +
    `${counts.offline} hors exécution réelle, ${counts.skipped} non exécutés. ` +
    `Résultats : ${sheet.getParent().getUrl()} ; JSON : ${fileUrl} ` +
    `(à télécharger et committer sous conformance/results/${name.replace('conformance-', '')}).`;
  return summary;
}

/** The live run (see the README, « Conformité avec Google »). */
export function runLive(): string {
  const started = Date.now();
  const props = PropertiesService.getScriptProperties();
  const swept = sweep();
  if (swept.length)
    console.log(`Restes d'une exécution coupée retirés : ${swept.join(', ')}.`);
  const {state, sheet} = openRun(props);
  const done = new Set(recorded(sheet).map(c => c.id));
  const given: Given = {};
  const personDoc = props.getProperty(PERSON_DOC_KEY);
  if (personDoc) given.personDocId = personDoc;
  const budget = budgetMs(props);
  const scratch = new Scratch(state.startedAt);
  const rows: string[][] = [];
  let pending = 0;
  try {
    for (const c of ALL_CASES) {
      if (done.has(c.id)) continue;
      // At least one case per execution, so that a run always moves on.
      if (rows.length && Date.now() - started >= budget) {
        pending += 1;
        continue;
      }
      rows.push(row(liveCase(c, outcome(c, given, scratch))));
    }
  } finally {
    if (rows.length) {
      sheet
        .getRange(sheet.getLastRow() + 1, 1, rows.length, HEADERS.length)
        .setValues(rows);
    }
    const folderId = scratch.folderId();
    if (folderId) cleanUp([{kind: 'folder', id: folderId}]);
  }
  if (pending) {
    const message = `Suite incomplète : ${pending} cas restent. Relancez runConformance : elle reprend où elle s'est arrêtée.`;
    console.log(message);
    return message;
  }
  const summary = finish(state, sheet);
  props.deleteProperty(STATE_KEY);
  console.log(summary);
  return summary;
}
