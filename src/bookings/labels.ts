/**
 * The session question of the booking form: one choice per bookable session,
 * "CODE – Title – day time, Commune". A full session shows
 * "… (complet – liste d'attente)" or is left out, as the coordinator chose.
 * The session's code comes first so that an answer is traced back to its
 * session even when its label changed since the teacher opened the form.
 * Pure.
 */
import type {BookableSession} from './model';

/** Separator between the parts of a choice. */
export const SEP = ' – ';

export type FullMode = 'label' | 'hide';

/** The choice of a session (no full mark). */
export function sessionChoice(
  s: {
    id: string;
    title: string;
    date: Date | null;
    start: string;
    commune: string;
  },
  day: (d: Date) => string,
): string {
  const when = [s.date ? day(s.date) : '', s.start].filter(x => x).join(' ');
  const tail = [when, s.commune.trim()].filter(x => x).join(', ');
  return [s.id, s.title.trim(), tail].filter(x => x).join(SEP);
}

/** The session code an answer names: the text before the first separator. */
export function sessionIdOf(answer: string): string {
  const at = answer.indexOf(SEP);
  return (at < 0 ? answer : answer.slice(0, at)).trim();
}

/** The choices of the form, in Programme order. */
export function choiceLabels(
  sessions: readonly BookableSession[],
  isFull: (id: string) => boolean,
  mode: FullMode,
  fullMark: string,
): string[] {
  const out: string[] = [];
  for (const s of sessions) {
    const full = isFull(s.id);
    if (full && mode === 'hide') continue;
    out.push(full ? `${s.label} (${fullMark})` : s.label);
  }
  return out;
}
