/**
 * The weekly summary's configuration and running state (document properties)
 * and the pure rules around them: recipients, schedule, which day is owed.
 *
 * Schedule design: the one installable trigger fires EVERY DAY at the chosen
 * hour; the handler works only on the chosen weekday, or on a later day while
 * that week's summary is still owed (the run failed or was cut short, or the
 * mail quota held it back). So a broken or short run is retried the next day
 * by the same single trigger, and a day that is not owed costs two property
 * reads.
 */
import {ADDON_CLOCK_HANDLER, ADDON_CLOCK_KEY} from '../gas/clock';
import {isAddon} from '../gas/deploy';
import {AddonError} from '../gas/errors';
import type {MessageKey} from '../i18n';
import type {Weekday} from '../settings/types';
import {DAY_MS, parisDay, parisOffsetMs} from '../shared/dates';
import type {PreviousSummary} from './summary';

export const CONFIG_KEY = 'tds.weekly.config';
export const STATE_KEY = 'tds.weekly.state';
/** The weekly summary's own daily trigger's handler (bound script). */
export const BOUND_HANDLER = 'runWeeklySummary';
/**
 * The weekly summary's trigger. In an editor add-on it is the document's one
 * hourly trigger, shared with the document batches (src/gas/clock.ts): its
 * record and handler are the clock's (the deployment mode is a build-time
 * constant, so these are too).
 */
export const TRIGGER_KEY = isAddon() ? ADDON_CLOCK_KEY : 'tds.weekly.trigger';
export const HANDLER = isAddon() ? ADDON_CLOCK_HANDLER : BOUND_HANDLER;
export const TIME_ZONE = 'Europe/Paris';
/** Google's limit of recipients per message. */
export const MAX_RECIPIENTS = 50;

export const WEEKDAYS: readonly Weekday[] = [
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
];

export const DAY_KEYS: Record<Weekday, MessageKey> = {
  MONDAY: 'weekly.day.MONDAY',
  TUESDAY: 'weekly.day.TUESDAY',
  WEDNESDAY: 'weekly.day.WEDNESDAY',
  THURSDAY: 'weekly.day.THURSDAY',
  FRIDAY: 'weekly.day.FRIDAY',
  SATURDAY: 'weekly.day.SATURDAY',
  SUNDAY: 'weekly.day.SUNDAY',
};

export interface WeeklyConfig {
  day: Weekday;
  hour: number;
  recipients: string[];
  timeZone: string;
  /** First Paris day from which a scheduled summary is owed. */
  activeFrom: number;
}

export interface PendingRow {
  /** 1-based rows of the Synthèses tab marked "not sent" since the last mail. */
  rows: number[];
  /** Date of the first summary held back. */
  dateLabel: string;
}

export interface WeeklyState {
  /** The last summary actually sent. */
  lastSent: PreviousSummary | null;
  /** Paris day of the last run that completed (sent, or nothing to send). */
  lastCompletedDay: number | null;
  /** A summary held back by the mail quota, to send at the next run. */
  pending: PendingRow | null;
  /** Paris day of the last failure mail to the owner (one a day at most). */
  lastErrorMailDay: number | null;
}

export const EMPTY_STATE: WeeklyState = {
  lastSent: null,
  lastCompletedDay: null,
  pending: null,
  lastErrorMailDay: null,
};

const EMAIL = /^[^\s@<>"',;:()[\]]+@[^\s@<>"',;:()[\]]+\.[^\s@<>"',;:()[\]]+$/;

/**
 * The recipients typed in the dialog (one per line, or separated by commas or
 * semicolons), duplicates removed; a clear error names the first bad address.
 */
export function parseRecipients(input: string | readonly string[]): string[] {
  const parts = (typeof input === 'string' ? [input] : input)
    .flatMap(s => String(s).split(/[\n,;]+/))
    .map(s => s.trim())
    .filter(s => s !== '');
  const seen = new Set<string>();
  const out: string[] = [];
  for (const email of parts) {
    if (!EMAIL.test(email) || email.length > 254) {
      throw new AddonError('weekly.error.badRecipient', {email});
    }
    const key = email.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(email);
    }
  }
  if (out.length === 0) throw new AddonError('weekly.error.noRecipients');
  if (out.length > MAX_RECIPIENTS) {
    throw new AddonError('weekly.error.tooManyRecipients', {count: out.length});
  }
  return out;
}

export function parseWeekday(value: unknown): Weekday {
  const day = String(value ?? '').toUpperCase();
  const found = WEEKDAYS.find(d => d === day);
  if (!found) throw new AddonError('weekly.error.badDay', {day: String(value)});
  return found;
}

export function parseHour(value: unknown): number {
  const hour = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
    throw new AddonError('weekly.error.badHour');
  }
  return hour;
}

/**
 * The schedule in force: day and hour come from the settings (the settings
 * page may change them; activating writes them there too), the rest from the
 * configuration.
 */
export function effectiveConfig(
  config: WeeklyConfig,
  settings: {weeklyDay: Weekday; weeklyHour: number},
): WeeklyConfig {
  return {...config, day: settings.weeklyDay, hour: settings.weeklyHour};
}

/** Hour of the day (0–23) in Paris at this instant. */
export function parisHour(date: Date): number {
  const ms = (date.getTime() + parisOffsetMs(date)) % DAY_MS;
  return Math.floor((ms < 0 ? ms + DAY_MS : ms) / 3600000);
}

/**
 * First day a scheduled summary is owed after activating at `now`: today if
 * the hour has not passed yet, else tomorrow (so that activating on a Monday
 * afternoon does not send a late "Monday" summary on Tuesday morning).
 */
export function activeFromDay(now: Date, hour: number): number {
  const today = parisDay(now);
  return parisHour(now) < hour ? today : today + 1;
}

/** The latest Paris day on or before `today` that falls on `weekday`. */
export function lastScheduledDay(today: number, weekday: Weekday): number {
  const wanted = WEEKDAYS.indexOf(weekday);
  const current = new Date(today * DAY_MS).getUTCDay();
  return today - ((current - wanted + 7) % 7);
}

/**
 * Whether a scheduled run on `today` has work: a summary held back by the
 * quota, or this week's scheduled summary not completed yet.
 */
export function isOwed(
  config: WeeklyConfig,
  state: WeeklyState,
  today: number,
): boolean {
  if (state.pending) return true;
  const scheduled = lastScheduledDay(today, config.day);
  if (scheduled < config.activeFrom) return false;
  return state.lastCompletedDay === null || state.lastCompletedDay < scheduled;
}
