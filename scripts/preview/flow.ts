/**
 * The steps staff take for one tracker, each driven through the add-on's menu
 * and dialogs on the emulator, and the figures read back for report.json.
 */
import {dumpSpreadsheet} from '../../emulator';
import {documentTree} from '../../emulator/document';
import {formDump, type FormDump} from '../../emulator/forms/dump';
import {submitFormResponse} from '../../emulator/forms/submit';
import {decodeBilan, STORE_SHEET} from '../../src/bilan/store';
import {FR} from '../../src/i18n/fr';
import {
  organiserForm,
  professionalForm,
  publicForm,
  teacherForm,
  type FormAnswer,
  type FormItemLike,
} from './answers';
import {documentElements, documentKind, type DocNodeLike} from './docfigures';
import {click, menuLabel, serverFn, type DriveContext} from './drive';
import {parisTime} from './emulator';
import type {EventId, EventPlan} from './events';
import {trackerCounts, type SpreadsheetLike} from './figures';
import {weeklyFromAddon} from './weekly';
import type {
  BilanFigures,
  DocumentFigures,
  EventReport,
  QuestionFigures,
  Rejection,
} from './report';
import {writeResponses} from './responses';
import type {RunLike, StepOutcome, Steps} from './steps';
import {NotAvailable} from './steps';
import type {Terminal} from './terminal';
import {idOf, listOf, triggers, type WorkspaceLike} from './ws';

/** Answers per form that go through ws.submitForm with the trigger's run (and the last one). */
const TRIGGERED_ANSWERS = 10;
import type {BilanResult, CrossTabRow} from '../../src/model/bilan';

export interface FlowContext extends DriveContext {
  steps: Steps;
  term: Terminal;
}

export interface EventState {
  plan: EventPlan;
  ss: SpreadsheetHandle;
  forms: {audience: string; form: unknown}[];
  documentIds: string[];
  /** Documents that existed before this tracker's steps. */
  docsBefore: Set<string>;
  report: EventReport;
}

/** The few methods of the emulator's FakeSpreadsheet the preview calls directly. */
export interface SpreadsheetHandle {
  getId(): string;
  getName(): string;
  getUrl(): string;
}

const AUDIENCE_LABEL: Record<string, string> = {
  public: 'grand public',
  teachers: 'enseignants',
  organisers: 'organisateurs',
  summer: "école d'été",
};

const fr = (key: string): string => (FR as Record<string, string>)[key] ?? key;

/** Menu item (opens the dialog), then the dialog's server call with what a user types. */
function menuThenServer(
  ctx: FlowContext,
  target: unknown,
  keys: string[],
  pattern: RegExp,
  fns: string[],
  args: unknown[],
): RunLike[] {
  const label = menuLabel(ctx, target, keys, pattern);
  const fn = serverFn(ctx, fns);
  const opened = ctx.ws.clickMenu(target, label);
  if (opened.error) return [opened];
  return [opened, ctx.ws.callServer(target, fn, args)];
}

function documentsOf(ws: WorkspaceLike): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const d of listOf<unknown>(ws.documents)) out.set(idOf(d), d);
  return out;
}

function formsOf(ws: WorkspaceLike): unknown[] {
  return listOf<unknown>(ws.forms);
}

export function formItems(form: unknown): FormItemLike[] {
  const dump: FormDump = formDump(form as Parameters<typeof formDump>[0]);
  return dump.items
    .filter(
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
 * Rejections of the import's report: French lines such as "Ligne 4, champ
 * « Date » : …" or "Enregistrement n° 4, champ « ville » : …".
 */
export function rejectionsOf(value: unknown, fileName: string): Rejection[] {
  const v = value as {rejected?: unknown} | null;
  const list = Array.isArray(v?.rejected) ? (v.rejected as unknown[]) : [];
  return list.map(r => {
    const text =
      typeof r === 'string'
        ? r
        : String((r as {message?: string}).message ?? JSON.stringify(r));
    const m =
      /(?:ligne|enregistrement n°|line|record(?: no\.?)?)\s*(\d+)/i.exec(text);
    const line = m ? Number(m[1]) : Number((r as {line?: number}).line ?? 0);
    return {file: fileName, line, reason: text};
  });
}

/**
 * Before the event: the tracker, its imports, what staff paste (participants,
 * budget) and the questionnaires.
 */
export function setupEvent(ctx: FlowContext, plan: EventPlan): EventState {
  const {ws, steps} = ctx;
  const ev = plan.id;
  const docsBefore = new Set(documentsOf(ws).keys());
  const ss = ws.createSpreadsheet(plan.spreadsheetName) as SpreadsheetHandle;
  const state: EventState = {
    plan,
    ss,
    forms: [],
    documentIds: [],
    docsBefore,
    report: {
      kind: ev,
      dates: {weekly: null, bilan: ''},
      tracker: {
        name: plan.spreadsheetName,
        events: 0,
        sessions: 0,
        communes: 0,
        structures: 0,
        rejected: [],
      },
      bilan: null,
      weekly: null,
      documents: [],
    },
  };

  steps.run(ev, 'Ouvrir le classeur', () => ({
    runs: [ws.open(ss)],
    detail: plan.spreadsheetName,
  }));

  steps.run(ev, fr('tracker.menu.tracker'), () => {
    const c = plan.card;
    // What the dialog sends: its fields only, the team's e-mails one per line.
    const dialog = {
      name: c.name,
      kind: c.kind,
      edition: c.edition,
      startDate: c.startDate,
      endDate: c.endDate,
      departement: c.departement,
      teamEmails: c.teamEmails.join('\n'),
    };
    return {
      runs: menuThenServer(
        ctx,
        ss,
        ['tracker.menu.tracker'],
        /suivi/i,
        ['createOrUpdateTracker'],
        [dialog],
      ),
    };
  });

  for (const file of plan.imports) {
    steps.run(ev, `${fr('tracker.menu.import')} (${file.fileName})`, () => {
      const runs = menuThenServer(
        ctx,
        ss,
        ['tracker.menu.import'],
        /importer/i,
        ['importEvents', 'importEventsFile'],
        [{fileName: file.fileName, content: file.content}],
      );
      const rejected = rejectionsOf(
        runs[runs.length - 1]?.value,
        file.fileName,
      );
      state.report.tracker.rejected.push(...rejected);
      return {runs, detail: `${file.format}, ${rejected.length} rejet(s)`};
    });
  }
  const counts = trackerCounts(spreadsheetDump(ws, ss));
  state.report.tracker = {...state.report.tracker, ...counts};
  ctx.term.info(
    `        ${counts.sessions} séances, ${counts.events} événements, ${counts.communes} communes, ${counts.structures} structures`,
  );

  if (plan.participants.length > 0) {
    steps.run(
      ev,
      'Saisie des participants (collage dans l’onglet Participants)',
      () => {
        pasteParticipants(ws, ss, plan);
        return {runs: [], detail: `${plan.participants.length} participants`};
      },
    );
  }

  if (plan.budget.length > 0) {
    steps.run(ev, 'Saisie du budget (collage dans l’onglet Budget)', () => {
      pasteBudget(ss, plan);
      return {runs: [], detail: `${plan.budget.length} lignes`};
    });
  }

  for (const audience of plan.audiences) {
    steps.run(
      ev,
      `${fr('questionnaire.menu.create')} (${AUDIENCE_LABEL[audience]})`,
      () => {
        const before = new Set(formsOf(ws).map(idOf));
        const runs = menuThenServer(
          ctx,
          ss,
          ['questionnaire.menu.create'],
          /questionnaire/i,
          ['createQuestionnaire', 'createForm'],
          [{audience, collectEmails: false}],
        );
        const created = formsOf(ws).filter(f => !before.has(idOf(f)));
        for (const form of created) state.forms.push({audience, form});
        return {
          runs,
          detail: created.length
            ? `${formItems(created[0]).length} questions`
            : 'aucun formulaire créé',
        };
      },
    );
  }

  return state;
}

/**
 * After the event: what staff type (the "Présents" of some sessions, the
 * previous edition's tracker), the answers, the bilan and the documents.
 */
export function finishEvent(
  ctx: FlowContext,
  state: EventState,
  previous: EventState | null = null,
): void {
  const {ws, steps} = ctx;
  const plan = state.plan;
  const ev = plan.id;
  const ss = state.ss;
  if (
    plan.sessions.some(s => s.attended !== null && s.attended !== undefined)
  ) {
    steps.run(ev, 'Saisie des « Présents » (onglet Programme)', () => ({
      runs: [],
      detail: `${pasteAttendance(ss, plan)} séances renseignées`,
    }));
  }
  if (previous) {
    steps.run(
      ev,
      'Lien vers le suivi de l’édition précédente (Bilan – paramètres)',
      () => {
        linkPrevious(ss, previous.ss);
        return {runs: [], detail: previous.ss.getName()};
      },
    );
  }
  steps.run(ev, 'Réponses aux questionnaires', () =>
    receiveResponses(ctx, state),
  );

  steps.run(ev, fr('bilan.menu.generate'), () => {
    const runs = bilanRuns(ctx, ss);
    state.report.bilan = bilanFigures(
      findBilan(runs.map(r => r.value)) ?? findStoredBilan(ss),
    );
    return {
      runs,
      detail: state.report.bilan
        ? `${state.report.bilan.responses} réponses`
        : 'bilan introuvable',
    };
  });

  if (!plan.documents) return finishDocuments(state, ws);
  for (const [key, pattern] of [
    ['documents.menu.presentation', /présentation/i],
    ['documents.menu.followup', /point d.étape/i],
    ['documents.menu.bilan', /bilan \(document\)/i],
  ] as [string, RegExp][]) {
    steps.run(ev, fr(key), () => documentRuns(ctx, ss, key, pattern));
  }
  if (plan.fiches) {
    steps.run(ev, `${fr('documents.menu.fiches')} (communes)`, () =>
      fichesRuns(ctx, ss, 'ficheCommune'),
    );
    steps.run(ev, `${fr('documents.menu.fiches')} (structures)`, () =>
      fichesRuns(ctx, ss, 'ficheStructure'),
    );
  }

  finishDocuments(state, ws);
}

function finishDocuments(state: EventState, ws: WorkspaceLike): void {
  const after = documentsOf(ws);
  state.documentIds = [...after.keys()].filter(id => !state.docsBefore.has(id));
  state.report.documents = state.documentIds.map(id =>
    documentFigures(after.get(id)),
  );
}

function spreadsheetDump(
  ws: WorkspaceLike,
  ss: SpreadsheetHandle,
): SpreadsheetLike {
  void ws;
  // One spreadsheet's dump, not the whole workspace's.
  return dumpSpreadsheet(
    ss as unknown as Parameters<typeof dumpSpreadsheet>[0],
  );
}

function pasteParticipants(
  ws: WorkspaceLike,
  ss: SpreadsheetHandle,
  plan: EventPlan,
): void {
  const sheetApi = ss as unknown as {
    getSheetByName(n: string): {
      getLastRow(): number;
      getLastColumn(): number;
      getRange(
        r: number,
        c: number,
        h: number,
        w: number,
      ): {getValues(): unknown[][]; setValues(v: unknown[][]): unknown};
    } | null;
  };
  const sheet = sheetApi.getSheetByName(fr('tracker.tab.participants'));
  if (!sheet) throw new NotAvailable("pas d'onglet Participants dans ce suivi");
  const header = sheet
    .getRange(1, 1, 1, sheet.getLastColumn())
    .getValues()[0]
    .map(String);
  const col = (key: string): number =>
    header.indexOf(fr(`tracker.col.participant.${key}`));
  const statuses = ['doctorant·e', 'chercheur·e', 'médiateur·rice', 'autre'];
  const rows = plan.participants.map(p => {
    const row: unknown[] = header.map(() => '');
    const set = (key: string, v: unknown): void => {
      const i = col(key);
      if (i >= 0) row[i] = v;
    };
    set('name', p.name);
    set('organisation', p.organisation);
    set('status', statuses[p.status]);
    set('workshop', plan.sessions[p.workshop]?.title ?? '');
    set('lodging', p.lodging);
    set('dietary', p.dietary);
    set('registration', p.registration);
    return row;
  });
  const start = Math.max(sheet.getLastRow(), 1) + 1;
  sheet.getRange(start, 1, rows.length, header.length).setValues(rows);
  void ws;
}

/** The few Sheet methods the preview's pastes use (the emulator's FakeSheet). */
interface SheetApi {
  getLastRow(): number;
  getLastColumn(): number;
  getRange(
    r: number,
    c: number,
    h?: number,
    w?: number,
  ): {getValues(): unknown[][]; setValues(v: unknown[][]): unknown};
}
interface SpreadsheetApi {
  getSheetByName(n: string): SheetApi | null;
  insertSheet(n: string): SheetApi;
}

const api = (ss: SpreadsheetHandle): SpreadsheetApi =>
  ss as unknown as SpreadsheetApi;

/** "YYYY-MM-DD HH:mm" of a Programme row, in Paris time. */
function rowMoment(date: unknown, start: unknown): string {
  const day =
    date instanceof Date
      ? date.toLocaleDateString('sv-SE', {timeZone: 'Europe/Paris'})
      : String(date ?? '');
  const time =
    start instanceof Date
      ? start.toLocaleTimeString('fr-FR', {
          timeZone: 'Europe/Paris',
          hour: '2-digit',
          minute: '2-digit',
        })
      : String(start ?? '');
  return `${day} ${time}`;
}

/**
 * Staff type the "Présents" of the sessions they counted into the Programme
 * (one write of the column, as a paste): each row is matched to the
 * sample's session by its source id, day and start time.
 */
function pasteAttendance(ss: SpreadsheetHandle, plan: EventPlan): number {
  const sheet = api(ss).getSheetByName(fr('tracker.tab.programme'));
  if (!sheet) throw new NotAvailable("pas d'onglet Programme dans ce suivi");
  const last = sheet.getLastRow();
  const width = sheet.getLastColumn();
  if (last < 2) return 0;
  const values = sheet.getRange(1, 1, last, width).getValues();
  const col = (key: string): number =>
    values[0].map(String).indexOf(fr(`tracker.col.session.${key}`));
  const [iSource, iDate, iStart, iAttended] = [
    'sourceId',
    'date',
    'start',
    'attended',
  ].map(col);
  if (iAttended < 0) throw new NotAvailable('pas de colonne « Présents »');
  const byKey = new Map<string, number>();
  for (const s of plan.sessions) {
    if (s.attended === null || s.attended === undefined) continue;
    byKey.set(`${s.eventId} ${s.date} ${s.start}`, s.attended);
  }
  let n = 0;
  // The importer's source id is "fds:<identifiant>#<slot>".
  const eventOf = (id: unknown): string =>
    String(id ?? '')
      .replace(/^[a-z]+:/, '')
      .replace(/#\d+$/, '');
  const column = values.slice(1).map(row => {
    const key = `${eventOf(row[iSource])} ${rowMoment(row[iDate], row[iStart])}`;
    const attended = byKey.get(key);
    if (attended === undefined) return [row[iAttended]];
    n++;
    return [attended];
  });
  sheet.getRange(2, iAttended + 1, column.length, 1).setValues(column);
  return n;
}

/** Staff type the budget's lines under the Budget tab's headers (one write). */
function pasteBudget(ss: SpreadsheetHandle, plan: EventPlan): void {
  const sheet = api(ss).getSheetByName(fr('tracker.tab.budget'));
  if (!sheet) throw new NotAvailable("pas d'onglet Budget dans ce suivi");
  const header = sheet
    .getRange(1, 1, 1, sheet.getLastColumn())
    .getValues()[0]
    .map(String);
  const rows = plan.budget.map(b => {
    const row: unknown[] = header.map(() => '');
    const set = (key: string, v: unknown): void => {
      const i = header.indexOf(fr(`tracker.col.budget.${key}`));
      if (i >= 0) row[i] = v;
    };
    set('line', b.line);
    set('category', b.category);
    set('planned', b.planned);
    set('committed', b.committed);
    set('spent', b.spent);
    set('funder', b.funder);
    return row;
  });
  const start = Math.max(sheet.getLastRow(), 1) + 1;
  sheet.getRange(start, 1, rows.length, header.length).setValues(rows);
}

/**
 * Staff paste the previous edition's tracker address into "Bilan –
 * paramètres" (row 1, next to its label), making the tab if the bilan has
 * not made it yet.
 */
function linkPrevious(
  ss: SpreadsheetHandle,
  previous: SpreadsheetHandle,
): void {
  const name = fr('bilan.params.tab');
  const sheet = api(ss).getSheetByName(name) ?? api(ss).insertSheet(name);
  sheet
    .getRange(1, 1, 1, 2)
    .setValues([[fr('bilan.params.previous'), previous.getUrl()]]);
}

function receiveResponses(ctx: FlowContext, state: EventState): StepOutcome {
  const {ws} = ctx;
  const plan = state.plan;
  const formFor = (audience: string): unknown =>
    state.forms.find(f => f.audience === audience)?.form;
  if (state.forms.length === 0)
    throw new NotAvailable('aucun questionnaire créé');
  const now =
    (ws as unknown as {clock?: {now(): Date}}).clock?.now() ?? new Date();
  const at = (iso: string): Date => {
    const d = new Date(iso);
    return d.getTime() < now.getTime() ? d : new Date(now.getTime() - 60_000);
  };
  if (plan.responseFiles.length > 0) {
    const form = formFor('public') ?? state.forms[0].form;
    const written = writeResponses(ws, state.ss, form, plan.responseFiles);
    return {
      runs: [],
      detail: `${written} réponses écrites dans la feuille liée`,
    };
  }
  const runs: RunLike[] = [];
  let n = 0;
  let triggered = 0;
  const sessions = plan.sessions;
  const submit = (
    audience: string,
    answers: {at: string}[],
    fill: (items: FormItemLike[], a: never) => Record<string, FormAnswer>,
  ): void => {
    const form = formFor(audience);
    if (!form || answers.length === 0) return;
    const items = formItems(form);
    answers.forEach((a, i) => {
      const values = fill(items, a as never);
      // The first answers and the last go through ws.submitForm, which fires
      // the add-on's submit trigger each time; the ones in between are recorded
      // as the respondent's browser does (same response, same sheet row) without
      // an Apps Script execution each — the trigger recounts everything on the
      // last one, so the tracker ends the same, in seconds instead of minutes.
      if (i < TRIGGERED_ANSWERS || i === answers.length - 1) {
        runs.push(...ws.submitForm(form, values, {at: at(a.at)}));
        triggered++;
      } else {
        const w = ws as unknown as {
          env: Parameters<typeof submitFormResponse>[0];
          bridge: Parameters<typeof submitFormResponse>[1];
        };
        submitFormResponse(w.env, w.bridge, idOf(form), values, {at: at(a.at)});
      }
      n++;
    });
  };
  // With the user's own events, the sample's answers are cut to the size of
  // that programme: about ten per session, one report per structure.
  const own = sessions.length === 0;
  const t = state.report.tracker;
  const fit = <T>(list: T[], n: number): T[] =>
    own ? list.slice(0, Math.max(1, n)) : list;
  plan.publicAnswers = fit(plan.publicAnswers, 10 * t.sessions);
  plan.teacherAnswers = fit(plan.teacherAnswers, 2 * t.sessions);
  plan.organiserReports = fit(plan.organiserReports, t.structures);
  submit('public', plan.publicAnswers, (items, a) =>
    publicForm(items, a, sessions),
  );
  submit('teachers', plan.teacherAnswers, (items, a) =>
    teacherForm(items, a, sessions),
  );
  submit('organisers', plan.organiserReports, (items, a) =>
    organiserForm(items, a),
  );
  submit('summer', plan.professionalAnswers, (items, a) =>
    professionalForm(items, a, sessions),
  );
  return {
    runs,
    detail: `${n} réponses reçues (${triggered} avec exécution du déclencheur d'envoi)`,
  };
}

function bilanRuns(ctx: FlowContext, ss: SpreadsheetHandle): RunLike[] {
  const label = menuLabel(
    ctx,
    ss,
    ['bilan.menu.generate'],
    /bilan(?! \(document\))/i,
  );
  // The menu opens the bilan dialog; its button calls generateBilanFromPage
  // with a progress token, as a person's click does.
  const opened = ctx.ws.clickMenu(ss, label);
  const runs = [opened];
  if (!opened.error && ctx.exports.has('generateBilanFromPage')) {
    runs.push(
      ctx.ws.callServer(ss, 'generateBilanFromPage', ['tok_preview_bilan']),
    );
  }
  return runs;
}

/** Text of the last dialog shown (the add-on's result or error message). */
function lastPageText(ws: WorkspaceLike): string {
  const page = ws.ui.lastPage();
  if (!page) return '';
  return page.html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<button[\s\S]*?<\/button>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A document menu item: it generates at once and shows its result dialog. */
function documentRuns(
  ctx: FlowContext,
  ss: SpreadsheetHandle,
  key: string,
  pattern: RegExp,
): StepOutcome {
  const before = documentsOf(ctx.ws).size;
  const runs = [click(ctx, ss, [key], pattern)];
  const made = documentsOf(ctx.ws).size - before;
  if (made === 0 && !runs[0].error)
    throw new Error(
      lastPageText(ctx.ws).slice(0, 300) || 'aucun document créé',
    );
  return {runs, detail: `${made} document(s)`};
}

const BATCH_HANDLER = 'continueDocumentsBatch';

/** The fiches batch: chosen in the dialog, then resumed by its one-off trigger until done. */
function fichesRuns(
  ctx: FlowContext,
  ss: SpreadsheetHandle,
  kind: 'ficheCommune' | 'ficheStructure',
): StepOutcome {
  const before = documentsOf(ctx.ws).size;
  const runs = menuThenServer(
    ctx,
    ss,
    ['documents.menu.fiches'],
    /fiches/i,
    ['generateDocumentFromPage'],
    ['', {kind, pdf: false}],
  );
  let resumed = 0;
  for (let i = 0; i < 200; i++) {
    const pending = triggers(ctx.ws).filter(t => t.handler === BATCH_HANDLER);
    if (pending.length === 0) break;
    runs.push(...ctx.ws.advanceClock(5 * 60_000));
    resumed++;
  }
  const made = documentsOf(ctx.ws).size - before;
  return {
    runs,
    detail: `${made} fiches${resumed ? `, reprise ${resumed} fois par déclencheur` : ''}`,
  };
}

function documentFigures(doc: unknown): DocumentFigures {
  const tree = documentTree(
    doc as Parameters<typeof documentTree>[0],
  ) as DocNodeLike;
  const name = tree.name ?? '';
  return {kind: documentKind(name), name, elements: documentElements(tree)};
}

type BilanLike = BilanResult;

function isBilan(v: unknown): v is BilanLike {
  const b = v as BilanLike | null;
  return (
    !!b &&
    typeof b === 'object' &&
    typeof b.responses === 'number' &&
    Array.isArray(b.questions)
  );
}

/** The BilanResult inside a server call's answer (itself, or one level down). */
export function findBilan(values: unknown[]): BilanLike | null {
  for (const v of values) {
    if (isBilan(v)) return v;
    if (v && typeof v === 'object') {
      for (const inner of Object.values(v as Record<string, unknown>))
        if (isBilan(inner)) return inner;
    }
  }
  return null;
}

/** The bilan the add-on stored for the documents and the weekly summary (document properties). */
/**
 * The bilan as the add-on stored it (aggregates only, in its hidden tab),
 * read back with the add-on's own decoder.
 */
function findStoredBilan(ss: SpreadsheetHandle): BilanLike | null {
  const sheet = (
    ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet
  ).getSheetByName(STORE_SHEET);
  if (!sheet || sheet.getLastRow() === 0) return null;
  return decodeBilan(sheet.getRange(1, 1, sheet.getLastRow(), 1).getValues());
}

const NO_DISTRIBUTION = ['text', 'personal', 'timestamp'];

export function bilanFigures(b: BilanLike | null): BilanFigures | null {
  if (!b) return null;
  const questions: QuestionFigures[] = b.questions.map(q => ({
    title: q.title,
    type: q.type as QuestionFigures['type'],
    source: q.source ?? '',
    answered: q.answered,
    mean: q.mean ?? null,
    median: q.median ?? null,
    // Free text and personal data never leave the response sheet.
    distribution: NO_DISTRIBUTION.includes(q.type)
      ? {}
      : {...(q.distribution ?? {})},
    top2: q.top2 ?? null,
    nps: q.nps ?? null,
    scale:
      (q.type === 'scale' || q.type === 'nps') && q.scale ? [...q.scale] : null,
  }));
  const p = b.programme;
  const row = (columns: string[], r: CrossTabRow) => ({
    group: r.group,
    n: r.n,
    cells: Object.fromEntries(columns.map((c, j) => [c, r.cells[j] ?? null])),
    mean: r.mean,
    median: r.median,
  });
  const e = b.previous ?? null;
  return {
    responses: b.responses,
    questions,
    segments: [...(b.segments ?? [])],
    programme: p
      ? {
          sessionsPlanned: p.sessionsPlanned,
          sessionsHeld: p.sessionsHeld,
          communesReached: p.communesReached,
          communesInDepartement: p.communesInDepartement,
          populationShare: p.populationShare,
          visitors: p.visitors,
          pupils: p.pupils,
          classes: p.classes,
          organiserReports: p.organiserReports,
          structuresWithoutReport: p.structuresWithoutReport.length,
          sources: {
            ...p.sources,
            organiserReports: 'organisers',
            structuresWithoutReport: 'programme+organisers',
          },
        }
      : null,
    // Exactly what the Bilan tabs show: hidden values are null.
    crossTabs: (b.crossTabs ?? []).map(c => ({
      question: c.question,
      segment: c.segment,
      source: c.source,
      rows: c.rows.map(r => row(c.columns, r)),
      total: row(c.columns, c.total),
    })),
    previous: e
      ? {
          name: e.name,
          sessions: e.sessions,
          communes: e.communes,
          structures: e.structures,
          visitors: e.visitors,
          pupils: e.pupils,
          responses: e.responses,
          satisfaction: e.satisfaction,
          nps: e.nps,
        }
      : null,
  };
}

const JOURS: Record<string, string> = {
  SUNDAY: 'dimanche',
  MONDAY: 'lundi',
  TUESDAY: 'mardi',
  WEDNESDAY: 'mercredi',
  THURSDAY: 'jeudi',
  FRIDAY: 'vendredi',
  SATURDAY: 'samedi',
};

const WEEKDAYS = [
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
];

/**
 * Activates the trackers' weekly summary on `today`'s weekday at 8:00, then
 * lets the clock run from six days before to `today` 10:00 (every trigger of
 * that period fires). With `deactivate`, each summary is switched off again
 * afterwards (the preview then moves months ahead to the next event).
 */
export function runWeekly(
  ctx: FlowContext,
  states: EventState[],
  today: string,
  deactivate = false,
): void {
  const {ws, steps} = ctx;
  const day = WEEKDAYS[new Date(`${today}T12:00:00Z`).getUTCDay()];
  const active: EventState[] = [];
  for (const s of states) {
    const r = steps.run(s.plan.id, fr('weekly.menu.activate'), () => ({
      runs: menuThenServer(
        ctx,
        s.ss,
        ['weekly.menu.activate'],
        /synthèse/i,
        ['activateWeeklySummary'],
        [{day, hour: 8, recipients: s.plan.card.teamEmails.join('\n')}],
      ),
      detail: `${JOURS[day] ?? day} à 8 h`,
    }));
    if (r.status === 'ok') active.push(s);
  }
  const mailsBefore = ws.mails.length;
  const who = states.length === 1 ? states[0].plan.id : 'tous';
  steps.run(who, `Horloge jusqu'au ${today} (déclencheurs)`, () => {
    const runs = ws.advanceTo(parisTime(today, '10:00'));
    return {
      runs,
      detail: `${runs.length} exécutions, ${ws.mails.length - mailsBefore} e-mails`,
    };
  });
  const mails = ws.mails.slice(mailsBefore) as {
    subject: string;
    body: string;
    htmlBody: string | null;
  }[];
  for (const s of states) {
    const url = s.ss.getUrl();
    const id = s.ss.getId();
    const mine = mails.filter(m =>
      [m.subject, m.body, m.htmlBody ?? ''].some(
        t => t.includes(url) || t.includes(id) || t.includes(s.plan.card.name),
      ),
    );
    // Read from the « Synthèses » row the add-on wrote, never recomputed.
    s.report.weekly = active.includes(s)
      ? weeklyFromAddon(spreadsheetDump(ws, s.ss), today, mine.length)
      : null;
    if (deactivate && active.includes(s)) {
      steps.run(s.plan.id, fr('weekly.menu.deactivate'), () => ({
        runs: [click(ctx, s.ss, ['weekly.menu.deactivate'], /désactiver/i)],
      }));
    }
  }
}

export type {EventId};
