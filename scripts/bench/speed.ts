/**
 * Speed targets that were once wall-clock assertions in the tests (a shared
 * two-core machine makes those flaky; here they are measured, medians of a
 * few runs, and reported against their target):
 *  - masking a 60,000-character free-text answer (the e-mail pattern once
 *    backtracked over every start position: 20 s);
 *  - the emulator: 20,000 appendRow calls (must stay O(row)), and one
 *    setValues plus one getValues of 50,000 × 30 cells.
 */
import {Workspace} from '../../emulator';
import {computeBilan} from '../../src/bilan';
import {COMMUNES} from '../../src/generated/communes';
import {medianMs, round} from './stats';

export interface SpeedFigures {
  longAnswerMs: number;
  appendRowsMs: number;
  bigBlockMs: number;
  runs: number;
}

/** Targets (milliseconds) and what each measures, in French for the report. */
export const SPEED_TARGETS = {
  longAnswerMs: {
    limit: 2000,
    name: 'Bilan — une réponse libre de 60 000 caractères masquée',
  },
  appendRowsMs: {limit: 10000, name: 'Émulateur — 20 000 appendRow'},
  bigBlockMs: {
    limit: 10000,
    name: 'Émulateur — setValues + getValues de 50 000 × 30 cellules',
  },
} as const;

function longAnswer(): void {
  computeBilan({
    sheets: [
      {
        name: 'R',
        formUrl: 'u',
        values: [
          ['Vos remarques et suggestions'],
          ['true@SUM(A1)' + 'x'.repeat(60000)],
          ['ok'],
        ],
      },
    ],
    params: [],
    tracker: null,
    k: 5,
    now: new Date('2026-10-20T10:00:00+02:00'),
    communes: COMMUNES,
  });
}

function freshSheet() {
  const ws = new Workspace({now: new Date('2026-09-01T08:00:00+02:00')});
  return ws.createSpreadsheet('Banc').getSheets()[0];
}

function appendRows(): void {
  const sheet = freshSheet();
  for (let i = 0; i < 20_000; i += 1) sheet.appendRow([i, 'Vienne', true]);
}

function bigBlock(): void {
  const sheet = freshSheet();
  sheet.insertRowsAfter(1000, 49_000);
  sheet.insertColumnsAfter(26, 4);
  const block = Array.from({length: 50_000}, (_, i) =>
    Array.from({length: 30}, (_, j) => (j === 0 ? i : `r${i}c${j}`)),
  );
  sheet.getRange(1, 1, 50_000, 30).setValues(block);
  sheet.getDataRange().getValues();
}

export function measureSpeed(runs = 3): SpeedFigures {
  return {
    longAnswerMs: round(medianMs(longAnswer, runs, 1)),
    appendRowsMs: round(medianMs(appendRows, runs, 1)),
    bigBlockMs: round(medianMs(bigBlock, runs, 1)),
    runs,
  };
}

if (require.main === module) console.log(measureSpeed(3));
