/**
 * A questionnaire answer costs the same whatever the number already
 * received (issue 17): the submit trigger never re-reads the response
 * sheet, the counts tab counts by formulas. The answers already there are
 * written straight into the linked response sheet (outside any execution,
 * as Google's form does), then one more arrives through ws.submitForm and
 * its trigger run is counted. Counts, not timings.
 */
import type {FakeSheet} from '../../../emulator';
import {formDump} from '../../../emulator/forms/dump';
import {buildBundle, setupTracker, valuesOf} from './setup';

beforeAll(() => buildBundle());

const SESSION_Q = 'Quelle animation avez-vous suivie ?';
const RATING_Q = 'Globalement, êtes-vous satisfait(e) de cette animation ?';
const LABELS = [
  'Atelier robots – 10/10 10:00 – Grenoble',
  'Planétarium – 10/10 14:00 – Le Pont-de-Claix',
  'Conférence climat – 11/10 18:00 – Grenoble',
];

/** Tracker, questionnaire, then `n` answers already in the response sheet (answer i to session i mod 3). */
function withAnswers(n: number) {
  const {ws, ss} = setupTracker();
  const r = ws.callServer(ss, 'createQuestionnaire', [
    {audience: 'public', collectEmails: false},
  ]);
  expect(r.error).toBeNull();
  const form = ws.forms[0];
  const dest = formDump(form).destination!;
  const sheet = ss.getSheetByName(dest.sheetName) as unknown as FakeSheet;
  const headers = sheet
    .getRange(1, 1, 1, sheet.getLastColumn())
    .getValues()[0]
    .map(String);
  const rows = Array.from({length: n}, (_, i) =>
    headers.map((h, c) =>
      c === 0
        ? new Date(Date.UTC(2026, 9, 10, 8, 0, i))
        : h === SESSION_Q
          ? LABELS[i % 3]
          : h === RATING_Q
            ? 4
            : '',
    ),
  );
  if (n > 0) {
    const missing = n + 1 - sheet.getMaxRows();
    if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
    sheet.getRange(2, 1, n, headers.length).setValues(rows);
  }
  return {ws, ss, form};
}

/** The trigger run of one more answer (to the second session). */
function submitOne(n: number) {
  const {ws, ss, form} = withAnswers(n);
  const runs = ws.submitForm(form, {[SESSION_Q]: LABELS[1], [RATING_Q]: '5'});
  expect(runs.map(r => [r.fn, r.error])).toEqual([
    ['onQuestionnaireSubmit', null],
  ]);
  return {run: runs[0], ss};
}

/** Expected count of session k after n answers written and one more to session 1. */
function expected(n: number, k: number): number {
  return Math.floor(n / 3) + (k < n % 3 ? 1 : 0) + (k === 1 ? 1 : 0);
}

describe('one answer, whatever the number already received', () => {
  const sizes = [10, 1000, 10000];
  const results = sizes.map(n => ({n, ...submitOne(n)}));

  test('the same service calls at 10, 1,000 and 10,000 answers, at most 8', () => {
    const calls = results.map(r => r.run.counts.calls);
    expect(calls[0]).toBeLessThanOrEqual(8);
    expect(calls).toEqual([calls[0], calls[0], calls[0]]);
    const methods = results.map(r => r.run.counts.byMethod);
    expect(methods[1]).toEqual(methods[0]);
    expect(methods[2]).toEqual(methods[0]);
    // No cell of any sheet is read or written by the trigger.
    for (const r of results) {
      expect(r.run.counts.cellsRead).toBe(0);
      expect(r.run.counts.cellsWritten).toBe(0);
    }
  });

  test('the counts tab shows every answer, the new one included', () => {
    for (const {n, ss} of results) {
      const tab = valuesOf(ss, 'Réponses aux questionnaires');
      // 10 answers: 4, 3 + 1, 3; 1,000: 334, 333 + 1, 333; 10,000: 3,334, 3,333 + 1, 3,333.
      expect(tab.slice(1).map(r => [r[1], r[2]])).toEqual([
        [LABELS[0], expected(n, 0)],
        [LABELS[1], expected(n, 1)],
        [LABELS[2], expected(n, 2)],
        ['Total', n + 1],
      ]);
    }
    expect(expected(10, 0)).toBe(4);
    expect(expected(10, 1)).toBe(4);
    expect(expected(10000, 2)).toBe(3333);
  });
});

test('a tracker whose counts tab predates the formulas is laid out again by the next answer, once', () => {
  const {ws, ss, form} = withAnswers(5);
  const props = ws.properties.document(ss.getId());
  expect(props.get('tds.questionnaire.countsLayout')).toBe('"formulas"');
  // As an older version left it: plain numbers, no layout mark.
  props.delete('tds.questionnaire.countsLayout');
  const tab = ss.getSheetByName('Réponses aux questionnaires')!;
  tab.getRange(2, 3, 4, 1).setValues([[0], [0], [0], [0]]);
  const first = ws.submitForm(form, {[SESSION_Q]: LABELS[2], [RATING_Q]: '3'});
  expect(first[0].error).toBeNull();
  expect(props.get('tds.questionnaire.countsLayout')).toBe('"formulas"');
  expect(
    valuesOf(ss, 'Réponses aux questionnaires')
      .slice(1)
      .map(r => r[2]),
  ).toEqual([2, 2, 2, 6]);
  const second = ws.submitForm(form, {[SESSION_Q]: LABELS[0], [RATING_Q]: '3'});
  expect(second[0].counts.calls).toBeLessThan(first[0].counts.calls);
  expect(second[0].counts.calls).toBeLessThanOrEqual(8);
});
