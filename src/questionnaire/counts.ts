/**
 * The tracker's response counts: the "Réponses aux questionnaires" tab, one
 * row per session of each questionnaire (responses, attendance, response
 * rate) and a total per questionnaire. Recomputed from the response sheets
 * at each submission (never incremented), so that a missed or repeated
 * trigger cannot make it drift. Pure.
 */
import {t} from '../i18n';
import {percent} from '../bilan/text';

export interface FormCounts {
  /** The questionnaire's name (its audience). */
  name: string;
  /** The form's session choices, and the attendance of each (null when unknown). */
  sessions: {label: string; attended: number | null}[];
  /** The session answer of every response (the column of the session question), or null without one. */
  answers: readonly unknown[] | null;
  /** Number of responses (rows with a timestamp). */
  responses: number;
}

export function countHeaders(): string[] {
  return [
    t('questionnaire.counts.form'),
    t('questionnaire.counts.session'),
    t('questionnaire.counts.responses'),
    t('questionnaire.counts.attended'),
    t('questionnaire.counts.rate'),
    t('questionnaire.counts.updated'),
  ];
}

/** The tab's rows (header first). */
export function countRows(
  forms: readonly FormCounts[],
  now: Date,
): unknown[][] {
  const rows: unknown[][] = [countHeaders()];
  for (const f of forms) {
    const byLabel = new Map<string, number>();
    let unknown = 0;
    if (f.answers) {
      const known = new Set(f.sessions.map(s => s.label));
      for (const v of f.answers) {
        const s = String(v ?? '').trim();
        if (s === '') continue;
        if (known.has(s)) byLabel.set(s, (byLabel.get(s) ?? 0) + 1);
        else unknown++;
      }
      for (const s of f.sessions) {
        const n = byLabel.get(s.label) ?? 0;
        rows.push([
          f.name,
          s.label,
          n,
          s.attended ?? '',
          s.attended ? percent(n, s.attended) : '',
          now,
        ]);
      }
      if (unknown > 0)
        rows.push([
          f.name,
          t('questionnaire.counts.none'),
          unknown,
          '',
          '',
          now,
        ]);
    }
    const attended = f.sessions.reduce((n, s) => n + (s.attended ?? 0), 0);
    rows.push([
      f.name,
      t('questionnaire.counts.total'),
      f.responses,
      attended || '',
      attended ? percent(f.responses, attended) : '',
      now,
    ]);
  }
  return rows;
}
