/**
 * Progress of long work (imports, bilans, document batches), for the dialog
 * that started it. The dialog makes a token (Kit.newToken() in the page kit),
 * passes it to the long server call and, meanwhile, polls getProgress(token)
 * (google.script.run calls run side by side). The long call reports each step
 * with reportProgress(token, …); the state lives in the user's cache for an
 * hour. Reporting never fails the work: a cache error is ignored.
 */
import {t} from '../i18n';

export interface ProgressLink {
  url: string;
  label: string;
}

export interface ProgressReport {
  /** Current step, from 1. */
  step: number;
  /** Number of steps. */
  total: number;
  /** Items handled so far (rows imported, documents made…). */
  count: number;
  /** What is being done now, in the user's language. */
  label?: string;
  done?: boolean;
  /** Where the result is (a sheet, a document, a folder), once done. */
  link?: ProgressLink;
  /** A message for the user when the work stopped on an error. */
  error?: string;
}

/** What getProgress returns to the page: the report and its line of text. */
export interface ProgressState extends Required<
  Omit<ProgressReport, 'link' | 'error'>
> {
  link: ProgressLink | null;
  error: string | null;
  /** "Étape 2/3 – 120 éléments" in the user's language. */
  text: string;
  /** 0–100, for the progress bar. */
  percent: number;
}

/** Tokens are made by the page: short, url-safe, never user text. */
const TOKEN = /^[A-Za-z0-9_-]{8,64}$/;
const CACHE_PREFIX = 'tds.progress.';
/** One hour: long enough for any execution (6 min) and its dialog. */
const CACHE_SECONDS = 3600;
const MAX_LABEL = 200;

export function isProgressToken(token: unknown): token is string {
  return typeof token === 'string' && TOKEN.test(token);
}

function cache(): GoogleAppsScript.Cache.Cache | null {
  return CacheService.getUserCache() ?? CacheService.getScriptCache();
}

function whole(n: unknown, fallback: number): number {
  return typeof n === 'number' && Number.isFinite(n)
    ? Math.max(0, Math.floor(n))
    : fallback;
}

/** Only http(s) links reach the page (no javascript: URL). */
function safeLink(link: ProgressLink | undefined): ProgressLink | null {
  if (!link || !/^https?:\/\//i.test(link.url)) return null;
  return {url: link.url, label: String(link.label).slice(0, MAX_LABEL)};
}

/** The state the page receives for a report (pure: unit-tested). */
export function progressState(report: ProgressReport): ProgressState {
  const total = Math.max(1, whole(report.total, 1));
  const step = Math.min(total, Math.max(1, whole(report.step, 1)));
  const count = whole(report.count, 0);
  const done = report.done === true;
  const text = t(count < 2 ? 'ui.progress.stepSingular' : 'ui.progress.step', {
    step,
    total,
    count,
  });
  return {
    step,
    total,
    count,
    label: String(report.label ?? '').slice(0, MAX_LABEL),
    done,
    link: safeLink(report.link),
    error: report.error ? String(report.error).slice(0, 1000) : null,
    text,
    // A step counts as half done while it runs.
    percent: done ? 100 : Math.round(((step - 0.5) / total) * 100),
  };
}

/**
 * Records the progress of the work started with `token` (a no-op without a
 * valid token, so that the work also runs outside a dialog).
 */
export function reportProgress(token: unknown, report: ProgressReport): void {
  if (!isProgressToken(token)) return;
  try {
    cache()?.put(
      CACHE_PREFIX + token,
      JSON.stringify(progressState(report)),
      CACHE_SECONDS,
    );
  } catch {
    // Progress is a courtesy: the work itself must go on.
  }
}

/** The last progress recorded under `token`, or null if none yet. */
export function readProgress(token: unknown): ProgressState | null {
  if (!isProgressToken(token)) return null;
  const c = cache();
  const raw = c ? c.get(CACHE_PREFIX + token) : null;
  if (!raw) return null;
  try {
    return JSON.parse(raw) as ProgressState;
  } catch {
    return null;
  }
}
