/**
 * The tracker's response counts: the "Réponses aux questionnaires" tab, one
 * row per session of each questionnaire (responses, attendance, response
 * rate) and a total per questionnaire. The responses and the rate are
 * formulas over the linked response sheet (COUNTIF on the session column,
 * COUNTA of the timestamps): Sheets keeps them current as answers arrive, so
 * a submission costs the add-on nothing, the numbers cannot drift when a
 * trigger is missed or repeated, and two submissions at once cannot race.
 * The rows themselves (sessions, attendance) are laid out when the
 * questionnaire is created or updated and by "Mettre à jour le nombre de
 * réponses". Pure.
 */
import {t} from '../i18n';

export interface FormCounts {
  /** The questionnaire's name (its audience). */
  name: string;
  /** The form's session choices, and the attendance of each (null when unknown). */
  sessions: {label: string; attended: number | null}[];
  /**
   * Where the answers are: the linked response sheet's name and the
   * 1-based column of the session question (0 when the form has none);
   * null when the form has no response sheet here.
   */
  source: {sheetName: string; sessionColumn: number} | null;
}

/** The tab's layout: values (header first) and, for the same rows, the formulas of columns C and E. */
export interface CountsLayout {
  rows: unknown[][];
  /** Column C ("Réponses") of each row below the header: a formula. */
  responses: string[];
  /** Column E (rate, %) of each row below the header: a formula, or ''. */
  rates: string[];
}

export function countHeaders(): string[] {
  return [
    t('questionnaire.counts.form'),
    t('questionnaire.counts.session'),
    t('questionnaire.counts.responses'),
    t('questionnaire.counts.attended'),
    t('questionnaire.counts.rate'),
  ];
}

/** A1 column letters of a 1-based column number. */
export function columnLetters(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** A whole-column reference on another sheet, quoted as Sheets wants it. */
export function columnRef(sheetName: string, column: number): string {
  const c = columnLetters(column);
  return `'${sheetName.replace(/'/g, "''")}'!${c}:${c}`;
}

/**
 * The COUNTIF criterion for an exact match of the label in cell `cell` of
 * the counts tab: "=" first (a label starting with < or > stays text), and
 * Sheets' wildcards * and ? and their escape ~ escaped with ~, so that
 * "Pourquoi ?" matches only itself
 * (https://support.google.com/docs/answer/3093480). The label is read from
 * its cell, never written into the formula: no user text is ever part of a
 * formula the add-on writes.
 */
export function exactCriterion(cell: string): string {
  return `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${cell},"~","~~"),"*","~*"),"?","~?")`;
}

/** The tab's rows and formulas. */
export function countLayout(forms: readonly FormCounts[]): CountsLayout {
  const rows: unknown[][] = [countHeaders()];
  const responses: string[] = [];
  const rates: string[] = [];
  const push = (
    name: string,
    label: string,
    count: string,
    attended: number | null,
  ): void => {
    rows.push([name, label, '', attended ?? '', '']);
    const r = rows.length;
    responses.push(count.replace('{row}', String(r)));
    rates.push(attended ? `=IF(D${r}>0,ROUND(C${r}*100/D${r},1),"")` : '');
  };
  for (const f of forms) {
    const src = f.source;
    if (src && src.sessionColumn > 0) {
      const ref = columnRef(src.sheetName, src.sessionColumn);
      for (const s of f.sessions)
        push(
          f.name,
          s.label,
          `=COUNTIF(${ref},${exactCriterion('B{row}')})`,
          s.attended,
        );
    }
    const attended = f.sessions.reduce((n, s) => n + (s.attended ?? 0), 0);
    // Every filled row of the response sheet has its timestamp in column A
    // (the header row is not an answer).
    const total = src
      ? `=COUNTIF(${columnRef(src.sheetName, 1)},"<>")-1`
      : '=0';
    push(f.name, t('questionnaire.counts.total'), total, attended || null);
  }
  return {rows, responses, rates};
}
