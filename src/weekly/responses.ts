/**
 * Questionnaire figures for the weekly summary, from the response sheets'
 * values (pure). The bilan computes the full statistics; the summary only
 * needs how many answers arrived since the last summary and the running
 * satisfaction and NPS, which this reads cheaply: one getValues per response
 * sheet, done by the adapter. Only counts and means leave this module — never
 * an answer.
 */
import {findColumn, normalizeKey} from '../gas/table';

export interface ResponseSheetValues {
  name: string;
  /** The whole sheet, header row first. */
  values: readonly (readonly unknown[])[];
}

export interface ResponseFigures {
  /** All answers in the response sheets. */
  total: number;
  /** Answers whose timestamp is after `since` (all of them when no `since`). */
  since: number;
  /** Mean of the overall satisfaction answers (1 decimal), or null. */
  satisfaction: number | null;
  /** Net Promoter Score (whole number, −100 to 100), or null. */
  nps: number | null;
}

const TIMESTAMP_HEADERS = ['Horodateur', 'Timestamp', 'Horodatage'];

/** A leading number of an answer: 4, "4", "4 - Satisfait", "8,5". */
function answerNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const match = /^\s*(\d+(?:[.,]\d+)?)/.exec(value);
  return match ? Number(match[1].replace(',', '.')) : null;
}

function isBlank(row: readonly unknown[]): boolean {
  return row.every(v => v === '' || v === null || v === undefined);
}

/** The first column whose header contains one of the stems (normalised). */
function columnWith(headers: readonly string[], stems: string[]): number {
  return headers.findIndex(h => {
    const key = normalizeKey(h);
    return stems.some(s => key.includes(s));
  });
}

/**
 * The overall satisfaction question: the add-on's questionnaires ask it as
 * "Globalement, êtes-vous satisfait(e)…" ("Overall, …"); other forms may ask
 * about the welcome or the venue too, so an "overall" one wins over the first.
 */
function satisfactionColumn(headers: readonly string[], npsAt: number): number {
  const keys = headers.map(normalizeKey);
  const candidates = keys
    .map((k, i) => ({k, i}))
    .filter(({k, i}) => i !== npsAt && k.includes('satisf'));
  const overall = candidates.find(({k}) =>
    /\b(globalement|global|overall)\b/.test(k),
  );
  return (overall ?? candidates[0])?.i ?? -1;
}

export function responseFigures(
  sheets: readonly ResponseSheetValues[],
  since: Date | null,
): ResponseFigures {
  let total = 0;
  let recent = 0;
  let satSum = 0;
  let satCount = 0;
  let promoters = 0;
  let detractors = 0;
  let npsCount = 0;
  for (const sheet of sheets) {
    if (sheet.values.length === 0) continue;
    const headers = sheet.values[0].map(h => String(h ?? '').trim());
    const tsAt = Math.max(0, findColumn(headers, TIMESTAMP_HEADERS));
    // "recommand" matches the NPS question in French and English
    // ("recommanderiez", "recommend"); satisfaction never mentions it.
    const npsAt = columnWith(headers, ['recommand', 'recommend']);
    const satAt = satisfactionColumn(headers, npsAt);
    for (const row of sheet.values.slice(1)) {
      if (isBlank(row)) continue;
      total += 1;
      const ts = row[tsAt];
      if (since === null || (ts instanceof Date && ts > since)) recent += 1;
      const sat = satAt < 0 ? null : answerNumber(row[satAt]);
      if (sat !== null) {
        satSum += sat;
        satCount += 1;
      }
      const nps = npsAt < 0 ? null : answerNumber(row[npsAt]);
      if (nps !== null && nps >= 0 && nps <= 10 && Number.isInteger(nps)) {
        npsCount += 1;
        if (nps >= 9) promoters += 1;
        else if (nps <= 6) detractors += 1;
      }
    }
  }
  return {
    total,
    since: recent,
    satisfaction:
      satCount === 0 ? null : Math.round((satSum / satCount) * 10) / 10,
    nps:
      npsCount === 0
        ? null
        : Math.round(((promoters - detractors) / npsCount) * 100),
  };
}
