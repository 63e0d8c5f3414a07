/**
 * The sessions a questionnaire offers, their labels in the form, and the
 * prefilled link of each. Pure.
 */
import type {Session} from '../model/tracker';
import {isCancelled, isSchoolSession} from '../bilan/programme';
import {normalizeKey} from '../gas/table';
import type {Audience} from './bank';

/** Sessions of the Programme that suit the audience (all sessions when none does). */
export function sessionsFor(
  all: readonly Session[],
  audience: Audience,
): Session[] {
  const active = all.filter(s => !isCancelled(s) && s.title.trim() !== '');
  const pro = (s: Session) => normalizeKey(s.public).includes('professionnel');
  let chosen: Session[];
  switch (audience) {
    case 'teachers':
      chosen = active.filter(isSchoolSession);
      break;
    case 'public':
      chosen = active.filter(s => !isSchoolSession(s) && !pro(s));
      break;
    default:
      chosen = active;
  }
  return chosen.length > 0 ? chosen : active;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "dd/MM" of a date in the script's own time zone (for pure code and tests). */
export function localDay(date: Date): string {
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}`;
}

/**
 * One label per session, as the form's choice: "Title – dd/MM HH:mm – Commune"
 * (parts left out when empty), made unique with " (2)", " (3)"… since a
 * form's choices must differ. `day` formats a date in the tracker's time zone.
 */
export function sessionLabels(
  sessions: readonly Session[],
  day: (date: Date) => string = localDay,
): string[] {
  const seen = new Map<string, number>();
  return sessions.map(s => {
    const parts = [s.title.trim()];
    const when = [s.date ? day(s.date) : '', s.start].filter(x => x).join(' ');
    if (when) parts.push(when);
    if (s.commune.trim()) parts.push(s.commune.trim());
    const base = parts.join(' – ');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n > 1 ? `${base} (${n})` : base;
  });
}

function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

/**
 * Prefilled links for every value, from one link Google made for `sample`:
 * the entry parameter that holds the sample is given each value in turn.
 * (One toPrefilledUrl call for the whole Programme, not one per session.)
 */
export function prefilledUrls(
  sampleUrl: string,
  sample: string,
  values: readonly string[],
): string[] {
  const q = sampleUrl.indexOf('?');
  if (q < 0) return values.map(() => sampleUrl);
  const base = sampleUrl.slice(0, q);
  const params = sampleUrl.slice(q + 1).split('&');
  const at = params.findIndex(p => {
    const eq = p.indexOf('=');
    return (
      eq > 0 &&
      p.slice(0, eq).startsWith('entry.') &&
      decodeParam(p.slice(eq + 1)) === sample
    );
  });
  if (at < 0) return values.map(() => sampleUrl);
  const name = params[at].slice(0, params[at].indexOf('='));
  return values.map(v => {
    const copy = [...params];
    copy[at] = `${name}=${encodeURIComponent(v)}`;
    return `${base}?${copy.join('&')}`;
  });
}
