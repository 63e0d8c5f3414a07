/**
 * The weekly summary as a plain object, computed from the tracker's data, the
 * questionnaire figures and the previous summary, as of the run's Paris day.
 * Pure: the adapter reads, this decides, the mail and the Synthèses row only
 * display what it returns.
 */
import type {Session, Task, TrackerData} from '../model/tracker';
import {normalizeKey} from '../gas/table';
import {dayLabel, parisDay} from '../shared/dates';
import type {ResponseFigures} from './responses';

/** Sessions starting within this many days, today included. */
export const SESSION_WINDOW_DAYS = 14;
/** Tasks due within this many days, today included. */
export const TASK_WINDOW_DAYS = 7;
/** A session filled under this share of its capacity is "nearly empty". */
export const NEARLY_EMPTY_BELOW = 0.3;

export type SessionFlag = 'full' | 'nearlyEmpty' | null;

export interface UpcomingSession {
  title: string;
  day: number;
  dateLabel: string;
  start: string;
  venue: string;
  commune: string;
  capacity: number | null;
  registered: number | null;
  /** Registered ÷ capacity in %, rounded; null when either is unknown. */
  fillRate: number | null;
  flag: SessionFlag;
}

export interface TaskItem {
  task: string;
  owner: string;
  dueLabel: string;
  /** Days past the due date (overdue tasks), else 0. */
  daysLate: number;
  status: string;
  priority: string;
}

export interface OwnerTasks {
  /** '' for tasks without an owner. */
  owner: string;
  overdue: TaskItem[];
  dueSoon: TaskItem[];
}

export interface OverBudgetLine {
  line: string;
  category: string;
  planned: number;
  committed: number;
  spent: number;
  /** max(committed, spent) − planned. */
  excess: number;
}

export interface BudgetFigures {
  planned: number;
  committed: number;
  spent: number;
  overBudget: OverBudgetLine[];
}

export interface SessionGap {
  title: string;
  dateLabel: string;
  missingVenue: boolean;
  missingCommune: boolean;
}

export interface Gaps {
  sessions: SessionGap[];
  partnersWithoutContact: string[];
  tasksWithoutOwner: string[];
}

/** The figures kept in a Synthèses row. */
export interface SummaryCounts {
  sessions: number;
  full: number;
  nearlyEmpty: number;
  overdue: number;
  dueSoon: number;
  blocked: number;
  newResponses: number;
  satisfaction: number | null;
  nps: number | null;
  overBudget: number;
  gaps: number;
}

export interface WeeklySummary {
  day: number;
  dateLabel: string;
  eventName: string;
  trackerUrl: string;
  sessions: UpcomingSession[];
  tasksByOwner: OwnerTasks[];
  blocked: TaskItem[];
  responses: ResponseFigures;
  /** True on the first summary: "since" then means "ever". */
  firstSummary: boolean;
  budget: BudgetFigures;
  gaps: Gaps;
  counts: SummaryCounts;
  /** Hash of the content (not the date): equal hashes mean nothing changed. */
  fingerprint: string;
  /** No session coming, no task overdue or due soon. */
  nothingDue: boolean;
  /** The content differs from the previous summary's, or new answers came. */
  changed: boolean;
}

/** What the previous sent summary left behind (document properties). */
export interface PreviousSummary {
  /** ISO instant of the previous summary. */
  at: string;
  fingerprint: string;
}

/** Normalised task status: the list values are French, users may type English. */
function statusKey(status: string): 'done' | 'blocked' | 'open' {
  const key = normalizeKey(status);
  if (['fait', 'termine', 'done', 'finished'].includes(key)) return 'done';
  if (['bloque', 'blocked'].includes(key)) return 'blocked';
  return 'open';
}

function isCancelled(session: Session): boolean {
  return ['annule', 'cancelled', 'canceled'].includes(
    normalizeKey(session.status),
  );
}

function upcoming(session: Session, today: number): UpcomingSession | null {
  if (!session.date || isCancelled(session)) return null;
  const day = parisDay(session.date);
  if (day < today || day >= today + SESSION_WINDOW_DAYS) return null;
  const {capacity, registered} = session;
  const fillRate =
    capacity !== null && capacity > 0 && registered !== null
      ? Math.round((registered / capacity) * 100)
      : null;
  let flag: SessionFlag = null;
  if (capacity !== null && capacity > 0 && registered !== null) {
    if (registered >= capacity) flag = 'full';
    else if (registered < capacity * NEARLY_EMPTY_BELOW) flag = 'nearlyEmpty';
  }
  return {
    title: session.title,
    day,
    dateLabel: dayLabel(day),
    start: session.start,
    venue: session.venue,
    commune: session.commune,
    capacity,
    registered,
    fillRate,
    flag,
  };
}

function taskItem(task: Task, today: number): TaskItem {
  const due = task.dueDate ? parisDay(task.dueDate) : null;
  return {
    task: task.task,
    owner: task.owner,
    dueLabel: due === null ? '' : dayLabel(due),
    daysLate: due !== null && due < today ? today - due : 0,
    status: task.status,
    priority: task.priority,
  };
}

function byOwner(a: string, b: string): number {
  // Tasks without an owner come last; the rest in French alphabetical order.
  if (a === '' || b === '') return a === '' ? (b === '' ? 0 : 1) : -1;
  return a.localeCompare(b, 'fr', {sensitivity: 'base'});
}

function groupTasks(tasks: readonly Task[], today: number): OwnerTasks[] {
  const groups = new Map<string, OwnerTasks>();
  const groupOf = (owner: string) => {
    let g = groups.get(owner);
    if (!g) {
      g = {owner, overdue: [], dueSoon: []};
      groups.set(owner, g);
    }
    return g;
  };
  for (const task of tasks) {
    if (!task.dueDate || statusKey(task.status) === 'done') continue;
    const due = parisDay(task.dueDate);
    if (due < today) groupOf(task.owner).overdue.push(taskItem(task, today));
    else if (due < today + TASK_WINDOW_DAYS) {
      groupOf(task.owner).dueSoon.push(taskItem(task, today));
    }
  }
  const out = [...groups.values()].sort((a, b) => byOwner(a.owner, b.owner));
  for (const g of out) {
    g.overdue.sort((a, b) => b.daysLate - a.daysLate);
    g.dueSoon.sort((a, b) => a.dueLabel.localeCompare(b.dueLabel));
  }
  return out;
}

function budgetFigures(data: TrackerData): BudgetFigures {
  const sum = (f: (l: TrackerData['budget'][number]) => number) =>
    Math.round(data.budget.reduce((s, l) => s + f(l), 0) * 100) / 100;
  const overBudget = data.budget
    .filter(l => Math.max(l.committed, l.spent) > l.planned)
    .map(l => ({
      line: l.line,
      category: l.category,
      planned: l.planned,
      committed: l.committed,
      spent: l.spent,
      excess:
        Math.round((Math.max(l.committed, l.spent) - l.planned) * 100) / 100,
    }));
  return {
    planned: sum(l => l.planned),
    committed: sum(l => l.committed),
    spent: sum(l => l.spent),
    overBudget,
  };
}

function gaps(data: TrackerData): Gaps {
  const sessions = data.sessions
    .filter(s => !isCancelled(s) && (!s.venue || !s.commune))
    .map(s => ({
      title: s.title || s.id,
      dateLabel: s.date ? dayLabel(parisDay(s.date)) : '',
      missingVenue: !s.venue,
      missingCommune: !s.commune,
    }));
  const partnersWithoutContact = data.partners
    .filter(p => p.structure && !p.contact && !p.email && !p.phone)
    .map(p => p.structure);
  const tasksWithoutOwner = data.tasks
    .filter(t => t.task && !t.owner && statusKey(t.status) !== 'done')
    .map(t => t.task);
  return {sessions, partnersWithoutContact, tasksWithoutOwner};
}

/** A short, stable hash (djb2) of a text: enough to tell "same content". */
export function hashText(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) {
    h = ((h << 5) + h + text.charCodeAt(i)) | 0;
  }
  return (h >>> 0).toString(36);
}

/**
 * Builds the summary as of `now` (its Paris day). `previous` is the last
 * summary that was sent (null before the first one).
 */
export function buildSummary(
  data: TrackerData,
  responses: ResponseFigures,
  previous: PreviousSummary | null,
  now: Date,
): WeeklySummary {
  const today = parisDay(now);
  const sessions = data.sessions
    .map(s => upcoming(s, today))
    .filter((s): s is UpcomingSession => s !== null)
    .sort((a, b) => a.day - b.day || a.start.localeCompare(b.start));
  const tasksByOwner = groupTasks(data.tasks, today);
  const blocked = data.tasks
    .filter(t => statusKey(t.status) === 'blocked')
    .map(t => taskItem(t, today));
  const budget = budgetFigures(data);
  const found = gaps(data);
  const overdue = tasksByOwner.reduce((n, g) => n + g.overdue.length, 0);
  const dueSoon = tasksByOwner.reduce((n, g) => n + g.dueSoon.length, 0);
  const counts: SummaryCounts = {
    sessions: sessions.length,
    full: sessions.filter(s => s.flag === 'full').length,
    nearlyEmpty: sessions.filter(s => s.flag === 'nearlyEmpty').length,
    overdue,
    dueSoon,
    blocked: blocked.length,
    newResponses: responses.since,
    satisfaction: responses.satisfaction,
    nps: responses.nps,
    overBudget: budget.overBudget.length,
    gaps:
      found.sessions.length +
      found.partnersWithoutContact.length +
      found.tasksWithoutOwner.length,
  };
  // The content without what moves by itself every day (dates, days late):
  // two runs on an unchanged tracker give the same fingerprint.
  const content = JSON.stringify({
    s: sessions.map(s => [s.title, s.day, s.venue, s.commune, s.registered]),
    t: tasksByOwner.map(g => [
      g.owner,
      g.overdue.map(x => x.task),
      g.dueSoon.map(x => x.task),
    ]),
    b: blocked.map(x => x.task),
    r: [responses.total, responses.satisfaction, responses.nps],
    m: [budget.planned, budget.committed, budget.spent],
    g: found,
  });
  const fingerprint = hashText(content);
  return {
    day: today,
    dateLabel: dayLabel(today),
    eventName: data.event.name,
    trackerUrl: data.spreadsheetUrl,
    sessions,
    tasksByOwner,
    blocked,
    responses,
    firstSummary: previous === null,
    budget,
    gaps: found,
    counts,
    fingerprint,
    nothingDue: sessions.length === 0 && overdue === 0 && dueSoon === 0,
    changed:
      previous === null ||
      previous.fingerprint !== fingerprint ||
      responses.since > 0,
  };
}

export type SendDecision = 'send' | 'nothingNew';

/**
 * Whether to mail this summary: always when asked from the menu, when a
 * previous one is still unsent (quota) or when the user wants it every week;
 * otherwise only if something changed or something is due.
 */
export function decideSend(
  summary: WeeklySummary,
  options: {force: boolean; pendingUnsent: boolean; evenIfNothing: boolean},
): SendDecision {
  if (options.force || options.pendingUnsent || options.evenIfNothing) {
    return 'send';
  }
  return summary.changed || !summary.nothingDue ? 'send' : 'nothingNew';
}
