/**
 * Per action and per scale: the built add-on (dist/Code.js) driven on the
 * emulator as staff use it — tracker, import of the sample's open-data JSON,
 * the public questionnaire, its answers, the bilan, each document, the
 * per-commune batch, the weekly summary — and, for each, the emulator's meter:
 * service calls, cells read and written, predicted Apps Script seconds.
 */
import {performance} from 'node:perf_hooks';
import type {
  FakeForm,
  FakeSheet,
  FakeSpreadsheet,
  RunResult,
} from '../../emulator';
import {OPTIMISTIC, predictSeconds, Workspace} from '../../emulator';
import {formDump} from '../../emulator/forms/dump';
import {FR} from '../../src/i18n/fr';
import {norm, publicForm, type FormItemLike} from '../preview/answers';
import type {PublicAnswer, Sample} from '../sample';
import {fdsJson, generateSample} from '../sample';
import {festivalDay, sampleAnswers, type FestivalDay} from './festival';

export type ScaleKey = 'small' | 'isere' | 'isere10';

export interface ScaleSpec {
  key: ScaleKey;
  label: string;
  /** generateSample's scale (1 = the Fête de la science in Isère, 2025 size). */
  scale: number;
  /** The account the team works from (its daily quotas and trigger budget). */
  account: 'consumer' | 'workspace';
}

export const SCALES: ScaleSpec[] = [
  {
    key: 'small',
    label: 'petit (un festival)',
    scale: 0.08,
    account: 'consumer',
  },
  {key: 'isere', label: 'Isère 2025', scale: 1, account: 'consumer'},
  // A team ten times Isère's size works from a Workspace account (issue 17).
  {key: 'isere10', label: '10 × Isère', scale: 10, account: 'workspace'},
];

/** Menu actions and triggers measured, in the order staff meet them. */
export const ACTIONS = {
  open: 'Ouverture (onOpen)',
  createTracker: 'Créer le suivi',
  import: 'Importer (JSON FDS)',
  createQuestionnaire: 'Créer le questionnaire',
  formSubmit: 'Envoi d’une réponse (déclencheur)',
  bilan: 'Générer le bilan',
  presentation: 'Document : présentation',
  followup: 'Document : point d’étape',
  bilanDocument: 'Document : bilan',
  fichesCommune: 'Fiches par commune (lot)',
  weeklyNow: 'Synthèse : envoyer maintenant',
  weeklyTrigger: 'Synthèse : déclencheur (jour J)',
  weeklyIdle: 'Synthèse : déclencheur (autre jour)',
} as const;
export type ActionKey = keyof typeof ACTIONS;

export interface ActionFigure {
  action: ActionKey;
  label: string;
  scale: ScaleKey;
  executions: number;
  serviceCalls: number;
  cellsRead: number;
  cellsWritten: number;
  creates: number;
  /** Sum over the action's executions, pessimistic bound (docs/latency-model.md). */
  predictedSeconds: number;
  /** The same sum, optimistic bound. */
  optimisticSeconds: number;
  /** The longest single execution, pessimistic bound (the 6-minute limit applies to each). */
  maxExecutionSeconds: number;
  /** The longest single execution, optimistic bound. */
  maxExecutionOptimisticSeconds: number;
  /** Documents made (document actions). */
  documents?: number;
  /** The most called methods ("Service.method": calls), to see what grows. */
  topMethods: Record<string, number>;
  /** Errors the executions returned (none expected). */
  errors: string[];
  /** Host time spent by the emulator (not a prediction). */
  wallMs: number;
  /** The batch: its first execution alone (same number of sheets at every scale past 40 communes). */
  firstExecution?: {
    serviceCalls: number;
    predictedSeconds: number;
    documents: number;
  };
  /** Nothing to measure (e.g. the trigger was never installed): the figures are not the action's. */
  unmeasured?: boolean;
  /** Stopped by the bench's own limit (see ScaleOptions.questionnaireLimitSeconds). */
  cutAtSeconds?: number;
}

export interface ScaleRun {
  spec: ScaleSpec;
  ws: Workspace;
  ss: FakeSpreadsheet;
  sample: Sample;
  importFile: {fileName: string; content: string};
  responseSheet: FakeSheet | null;
  sessions: number;
  communes: number;
  answers: number;
  actions: ActionFigure[];
  /** Host milliseconds of one ws.submitForm (the submit trigger's execution included). */
  submitFormWallMs: number;
  /** The rows the add-on's import left in Programme and Partenaires (for the naive import). */
  imported: {
    programmeHeader: unknown[];
    programme: unknown[][];
    partnersHeader: unknown[];
    partners: unknown[][];
  } | null;
  /** Whether the scheduled weekly run sent its mail. */
  weeklySent: boolean;
  /** The festival day against the daily trigger budget (null without a questionnaire). */
  festival: FestivalDay | null;
  notes: string[];
}

/** The virtual clock starts the day after the festival (Tuesday 13 October 2026). */
export const BENCH_START = new Date('2026-10-13T09:00:00+02:00');
const TEAM = [
  'coordination@territoire-de-sciences.fr',
  'mediation@territoire-de-sciences.fr',
];
const BATCH_HANDLER = 'continueDocumentsBatch';
const DAY_MS = 24 * 3600 * 1000;

function figure(
  action: ActionKey,
  scale: ScaleKey,
  runs: RunResult[],
  wallMs: number,
  documents?: number,
): ActionFigure {
  const sum = (f: (r: RunResult) => number): number =>
    runs.reduce((s, r) => s + f(r), 0);
  const out: ActionFigure = {
    action,
    label: ACTIONS[action],
    scale,
    executions: runs.length,
    serviceCalls: sum(r => r.counts.calls),
    cellsRead: sum(r => r.counts.cellsRead),
    cellsWritten: sum(r => r.counts.cellsWritten),
    creates: sum(r => r.counts.creates),
    predictedSeconds: round1(sum(r => r.predictedSeconds)),
    optimisticSeconds: round1(sum(r => predictSeconds(r.counts, OPTIMISTIC))),
    maxExecutionSeconds: round1(
      Math.max(0, ...runs.map(r => r.predictedSeconds)),
    ),
    maxExecutionOptimisticSeconds: round1(
      Math.max(0, ...runs.map(r => predictSeconds(r.counts, OPTIMISTIC))),
    ),
    topMethods: topMethods(runs),
    errors: runs.filter(r => r.error).map(r => `${r.fn}: ${r.error!.message}`),
    wallMs: Math.round(wallMs),
  };
  if (documents !== undefined) out.documents = documents;
  return out;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

function topMethods(runs: RunResult[], n = 6): Record<string, number> {
  const all = new Map<string, number>();
  for (const r of runs)
    for (const [k, v] of Object.entries(r.counts.byMethod))
      all.set(k, (all.get(k) ?? 0) + v);
  return Object.fromEntries(
    [...all]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, n),
  );
}

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

/** The form's answerable items, as the preview's answer mapping expects them. */
function formItems(form: FakeForm): FormItemLike[] {
  return formDump(form)
    .items.filter(
      i => !['SECTION_HEADER', 'PAGE_BREAK', 'IMAGE', 'VIDEO'].includes(i.type),
    )
    .map(i => ({
      title: i.title,
      type: i.type,
      choices: i.choices ?? [],
      rows: i.rows,
      columns: i.columns,
      required: i.required,
      lowerBound: i.bounds?.[0],
      upperBound: i.bounds?.[1],
    }));
}

/**
 * The linked sheet's row for one answer, as Google (and ws.submitForm) lays
 * it out: the timestamp, scales as numbers, checkboxes joined with ", ",
 * grid rows one column each, plain-number texts as numbers.
 */
function responseRow(
  headers: string[],
  items: FormItemLike[],
  answers: Record<string, unknown>,
  at: Date,
): unknown[] {
  return headers.map((h, c) => {
    if (c === 0) return at;
    const grid = /^(.*) \[(.*)\]$/.exec(h);
    if (grid && !(h in answers)) {
      const item = items.find(i => i.title === grid[1]);
      const v = answers[grid[1]];
      const k = item?.rows?.indexOf(grid[2]) ?? -1;
      const cell = Array.isArray(v) && k >= 0 ? v[k] : '';
      return Array.isArray(cell) ? cell.join(', ') : (cell ?? '');
    }
    const v = answers[h];
    if (v === undefined) return '';
    if (Array.isArray(v)) return v.join(', ');
    if (typeof v === 'number') return v;
    return /^-?\d{1,15}$/.test(String(v)) ? Number(v) : String(v);
  });
}

/** Titles that the preview's mapping gives to other questions before the session one. */
const BEFORE_SESSION = [
  /recommand/,
  /satisf/,
  /explication/,
  /connu|entendu|informe/,
  /commentaire|remarque|suggestion|souhaitez vous ajouter/,
];
const SESSION_TITLE = /animation|seance|session|creneau|activite|atelier/;

/**
 * The public answers as a respondent fills the form, mapped by the preview's
 * publicForm, except the session question: with thousands of choices its
 * per-answer matching would take minutes at ten times Isère, so each
 * session's choice is found once (the same kind of rule: the choice naming
 * the title, preferably with the day) and reused. The answers' distribution
 * only shapes the bilan's figures, not its number of service calls.
 */
export class AnswerMapper {
  private readonly others: FormItemLike[];
  private readonly sessionItem: FormItemLike | null;
  private readonly normChoices: string[];
  private readonly bySession = new Map<number, string>();

  constructor(
    items: FormItemLike[],
    private readonly sample: Sample,
  ) {
    this.sessionItem =
      items.find(i => {
        const title = norm(i.title);
        return (
          !BEFORE_SESSION.some(re => re.test(title)) &&
          SESSION_TITLE.test(title)
        );
      }) ?? null;
    this.others = items.filter(i => i !== this.sessionItem);
    this.normChoices = (this.sessionItem?.choices ?? []).map(norm);
  }

  private sessionChoice(index: number): string {
    const cached = this.bySession.get(index);
    if (cached !== undefined) return cached;
    const choices = this.sessionItem?.choices ?? [];
    const s = this.sample.fds.sessions[index];
    let choice = s?.title ?? '';
    if (s && choices.length > 0) {
      const title = norm(s.title);
      const named = choices.filter((_, k) =>
        this.normChoices[k].includes(title),
      );
      const day = new RegExp(
        `\\b0?${s.date.slice(8, 10).replace(/^0/, '')}\\b`,
      );
      choice =
        named.find(c => c.includes(s.date) || day.test(c)) ??
        named[0] ??
        choices[index % choices.length];
    }
    this.bySession.set(index, choice);
    return choice;
  }

  answers(a: PublicAnswer): Record<string, string | string[] | number> {
    const out = publicForm(this.others, a, this.sample.fds.sessions) as Record<
      string,
      string | string[] | number
    >;
    if (this.sessionItem) {
      const choice = this.sessionChoice(a.session);
      if (choice) out[this.sessionItem.title] = choice;
    }
    return out;
  }
}

/**
 * Writes all answers but the last straight into the linked response sheet
 * (one setValues, from the host, outside any execution): one ws.submitForm
 * each would run the submit trigger's execution every time (see notes).
 * Returns the number of rows written.
 */
function writeAnswers(
  sheet: FakeSheet,
  items: FormItemLike[],
  mapper: AnswerMapper,
  answers: PublicAnswer[],
): number {
  const headers = sheet
    .getRange(1, 1, 1, sheet.getLastColumn())
    .getValues()[0]
    .map(String);
  const rows = answers.map(a =>
    responseRow(headers, items, mapper.answers(a), new Date(a.at)),
  );
  if (rows.length === 0) return 0;
  const start = sheet.getLastRow() + 1;
  const missing = start + rows.length - 1 - sheet.getMaxRows();
  if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
  sheet.getRange(start, 1, rows.length, headers.length).setValues(rows);
  return rows.length;
}

function responseSheetOf(
  ss: FakeSpreadsheet,
  form: FakeForm,
): FakeSheet | null {
  const dest = formDump(form).destination;
  if (!dest) return null;
  return (ss.getSheetByName(dest.sheetName) as FakeSheet | null) ?? null;
}

function batchPending(ws: Workspace): boolean {
  return ws.triggers.some(
    t =>
      (t as {handler?: string}).handler === BATCH_HANDLER &&
      !(t as {spent?: boolean}).spent,
  );
}

/** A tab's header and data rows, read from the bench (outside any execution). */
function tabRows(
  ss: FakeSpreadsheet,
  name: string,
): {header: unknown[]; rows: unknown[][]} | null {
  const sheet = ss.getSheetByName(name);
  if (!sheet || sheet.getLastRow() < 1 || sheet.getLastColumn() < 1)
    return null;
  const values = sheet
    .getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn())
    .getValues();
  return {header: values[0], rows: values.slice(1)};
}

function importedRows(ss: FakeSpreadsheet): ScaleRun['imported'] {
  const programme = tabRows(ss, FR['tracker.tab.programme']);
  if (!programme) return null;
  const partners = tabRows(ss, FR['tracker.tab.partners']);
  return {
    programmeHeader: programme.header,
    programme: programme.rows,
    partnersHeader: partners?.header ?? [],
    partners: partners?.rows ?? [],
  };
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

export interface ScaleOptions {
  /**
   * A limit (predicted seconds) for the questionnaire's creation instead of
   * Apps Script's 6 minutes: it makes one QR code per session, which costs
   * host time too (about 0.1 s each here), so at ten times Isère the bench
   * stops it at the 60 s target instead of letting it run to the 6-minute cut.
   */
  questionnaireLimitSeconds?: number;
}

const DOCUMENT_ACTIONS: ActionKey[] = [
  'presentation',
  'followup',
  'bilanDocument',
  'fichesCommune',
];

/** Runs every action at one scale on a fresh workspace. */
export function runScale(
  spec: ScaleSpec,
  log: (line: string) => void = () => {},
  options: ScaleOptions = {},
): ScaleRun {
  const sample = generateSample({scale: spec.scale});
  const ws = new Workspace({
    now: BENCH_START,
    locale: 'fr',
    accountType: spec.account,
  });
  const ss = ws.createSpreadsheet(
    `Suivi – Fête de la science ${sample.year}`,
  ) as FakeSpreadsheet;
  const actions: ActionFigure[] = [];
  const notes: string[] = [];
  const record = (
    action: ActionKey,
    fn: () => RunResult[],
    documents?: () => number,
  ): RunResult[] => {
    const docsBefore = ws.documents.length;
    const [runs, ms] = timed(fn);
    const made = documents ? documents() : ws.documents.length - docsBefore;
    const f = figure(
      action,
      spec.key,
      runs,
      ms,
      DOCUMENT_ACTIONS.includes(action) ? made : undefined,
    );
    if (
      DOCUMENT_ACTIONS.includes(action) &&
      made === 0 &&
      f.errors.length === 0
    ) {
      // The action answered with a message instead of a document.
      f.unmeasured = true;
      const page = ws.ui.lastPage()?.html ?? '';
      const text = page
        .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 200);
      notes.push(
        `${spec.key} : ${ACTIONS[action]} — aucun document produit${text ? ` (« ${text} »)` : ''}`,
      );
    }
    actions.push(f);
    log(
      `  ${spec.key} ${f.label}: ${f.serviceCalls} appels, ${f.predictedSeconds} s prévues${f.errors.length ? ` — ERREUR ${f.errors[0]}` : ''}`,
    );
    return runs;
  };
  const importFile = {
    fileName: 'fete-de-la-science-isere.json',
    content: fdsJson(sample),
  };

  record('open', () => [ws.open(ss)]);
  record('createTracker', () => [
    ws.callServer(ss, 'createOrUpdateTracker', [
      {
        name: `Fête de la science ${sample.year} – Isère`,
        kind: 'fds',
        edition: String(sample.year),
        startDate: `${sample.year}-10-02`,
        endDate: `${sample.year}-10-12`,
        departement: '38',
        teamEmails: TEAM.join('\n'),
      },
    ]),
  ]);
  record('import', () => [ws.callServer(ss, 'importEvents', [importFile])]);
  const imported = importedRows(ss);
  const formsBefore = new Set(ws.forms.map(f => f.getId()));
  const limit = options.questionnaireLimitSeconds;
  record('createQuestionnaire', () => {
    const saved = ws.timeLimitMs;
    if (limit) ws.timeLimitMs = limit * 1000;
    try {
      return [
        ws.callServer(ss, 'createQuestionnaire', [
          {audience: 'public', collectEmails: false},
        ]),
      ];
    } finally {
      ws.timeLimitMs = saved;
    }
  });
  const created = actions[actions.length - 1];
  if (limit && created.errors.some(e => /Exceeded maximum/.test(e))) {
    created.cutAtSeconds = limit;
    notes.push(
      `${spec.key} : création du questionnaire arrêtée par le banc à ${limit} s prévues (la cible) ; sans cet arrêt, Apps Script la couperait à 6 min`,
    );
  }
  const form = ws.forms.find(f => !formsBefore.has(f.getId())) ?? null;
  const answers = sample.fds.publicAnswers;
  let responseSheet: FakeSheet | null = null;
  let submitFormWallMs = 0;
  let answerRuns: RunResult[] = [];
  if (form) {
    const items = formItems(form);
    responseSheet = responseSheetOf(ss, form);
    const mapper = new AnswerMapper(items, sample);
    if (responseSheet)
      writeAnswers(responseSheet, items, mapper, answers.slice(0, -1));
    else notes.push('questionnaire sans feuille de réponses liée');
    const last = mapper.answers(answers[answers.length - 1]);
    const installed = ws.triggers.some(
      t => (t as {handler?: string}).handler === 'onQuestionnaireSubmit',
    );
    const t0 = performance.now();
    record('formSubmit', () => ws.submitForm(form, last));
    submitFormWallMs = performance.now() - t0;
    if (installed) answerRuns = sampleAnswers(ws, form, last);
    if (!installed) {
      const f = actions[actions.length - 1];
      f.unmeasured = true;
      notes.push(
        `${spec.key} : envoi d'une réponse non mesurable — la création du questionnaire n'a pas abouti, son déclencheur d'envoi n'a jamais été installé (la réponse est enregistrée sans exécution)`,
      );
    }
  } else {
    notes.push('aucun questionnaire créé : réponses et envoi non mesurés');
  }

  record('bilan', () => [ws.run(ss, 'generateBilan')]);
  record('presentation', () => [ws.run(ss, 'generatePresentation')]);
  record('followup', () => [ws.run(ss, 'generateFollowup')]);
  record('bilanDocument', () => [ws.run(ss, 'generateBilanDocument')]);

  // The batch: started from the Documents dialog, then resumed by its one-off
  // trigger (advanceClock fires it) until it removes its trigger.
  const batchDocsBefore = ws.documents.length;
  let firstDocs = 0;
  const batchRuns = record(
    'fichesCommune',
    () => {
      const runs = [
        ws.callServer(ss, 'generateDocumentFromPage', [
          '',
          {kind: 'ficheCommune', pdf: false},
        ]),
      ];
      firstDocs = ws.documents.length - batchDocsBefore;
      // At the daily document quota the batch waits a day for its next run.
      for (let i = 0; i < 2000 && batchPending(ws); i++) {
        const fired = ws.advanceClock(5 * 60 * 1000);
        runs.push(...fired);
        if (fired.length === 0) runs.push(...ws.advanceClock(3600 * 1000));
      }
      if (batchPending(ws))
        notes.push('lot de fiches inachevé après 2 000 reprises');
      return runs;
    },
    () => ws.documents.length - batchDocsBefore,
  );
  const batch = actions[actions.length - 1];
  const first = ws.runs.find(r => r.fn === 'generateDocumentFromPage');
  if (first)
    batch.firstExecution = {
      serviceCalls: first.counts.calls,
      predictedSeconds: round1(first.predictedSeconds),
      documents: firstDocs,
    };
  const communes = new Set(sample.fds.sessions.map(x => x.commune.code)).size;
  if ((batch.documents ?? 0) < communes)
    notes.push(
      `${spec.key} : fiches par commune — ${batch.documents} documents pour ${communes} communes`,
    );

  // The weekly trigger fires daily at 8:00 and works on the chosen day only:
  // the chosen day is tomorrow, so the first firing sends the first summary;
  // the next day's firing is an ordinary "not today" run.
  const now = ws.clock.now();
  const tomorrow = WEEKDAYS[new Date(now.getTime() + DAY_MS).getDay()];
  const activation = ws.callServer(ss, 'activateWeeklySummary', [
    {day: tomorrow, hour: 8, recipients: TEAM.join('\n')},
  ]);
  if (activation.error)
    notes.push(`activation de la synthèse : ${activation.error.message}`);
  const mailsBefore = ws.mails.length;
  const nextEight = new Date(now.getTime() + DAY_MS);
  nextEight.setUTCHours(9, 0, 0, 0); // 11:00 in Paris: past the 8:00 firing
  const weeklyRuns = record('weeklyTrigger', () =>
    ws
      .advanceTo(nextEight)
      .filter(r => r.fn === 'runWeeklySummary')
      .slice(-1),
  );
  const weeklySent = ws.mails.length > mailsBefore;
  record('weeklyIdle', () =>
    ws
      .advanceClock(DAY_MS)
      .filter(r => r.fn === 'runWeeklySummary')
      .slice(-1),
  );
  record('weeklyNow', () => [ws.run(ss, 'sendWeeklySummaryNow')]);

  return {
    spec,
    ws,
    ss,
    sample,
    importFile,
    responseSheet,
    sessions: sample.fds.sessions.length,
    communes: new Set(sample.fds.sessions.map(s => s.commune.code)).size,
    answers: answers.length,
    actions,
    submitFormWallMs,
    imported,
    weeklySent,
    festival: answerRuns.length
      ? festivalDay(spec.key, spec.account, answerRuns, weeklyRuns, batchRuns)
      : null,
    notes,
  };
}
