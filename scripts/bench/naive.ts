/**
 * The naive way, side by side: what many public scripts do — one service call
 * per row — run against the SAME emulator objects and data as the add-on, in
 * the same run, and counted by the same meter (ws.meter.total deltas: the
 * calls are made from the bench, outside an add-on execution, so no 6-minute
 * cut stops them; predictSeconds turns the counts into Apps Script seconds).
 *
 *  - bilan read: one getRange(r, 1, 1, n).getValues() per response row;
 *  - tracker import: one appendRow per row that the add-on's import wrote
 *    (Programme sessions and new Partenaires structures), into copies of
 *    those tabs.
 */
import {
  diffCounts,
  emptyCounts,
  EXECUTION_LIMIT_MS,
  OPTIMISTIC,
  predictSeconds,
} from '../../emulator';
import type {CallCounts, FakeSheet, Workspace} from '../../emulator';
import type {ActionFigure, ScaleKey, ScaleRun} from './scenario';
import {round} from './stats';

export interface CostFigures {
  serviceCalls: number;
  cellsRead: number;
  cellsWritten: number;
  /** Pessimistic bound (docs/latency-model.md). */
  predictedSeconds: number;
  /** Optimistic bound. */
  optimisticSeconds: number;
}

export interface NaiveFigure {
  name: 'bilanRead' | 'import';
  label: string;
  scale: ScaleKey;
  rows: number;
  naive: CostFigures;
  project: CostFigures;
  callsRatio: number;
  secondsRatio: number;
  /** The naive version alone passes Apps Script's 6-minute limit (it would be cut off). */
  naiveOverLimit: boolean;
  note: string;
}

function snapshot(c: CallCounts): CallCounts {
  return {...emptyCounts(), ...c, byClass: {...c.byClass}, byMethod: {}};
}

function costOf(ws: Workspace, fn: () => void): CostFigures {
  const before = snapshot(ws.meter.total);
  fn();
  const t = ws.meter.total;
  const d = diffCounts(t, before);
  return {
    serviceCalls: d.calls,
    cellsRead: d.cellsRead,
    cellsWritten: d.cellsWritten,
    predictedSeconds: round(predictSeconds(d), 1),
    optimisticSeconds: round(predictSeconds(d, OPTIMISTIC), 1),
  };
}

function projectCost(a: ActionFigure | undefined): CostFigures {
  return {
    serviceCalls: a?.serviceCalls ?? 0,
    cellsRead: a?.cellsRead ?? 0,
    cellsWritten: a?.cellsWritten ?? 0,
    predictedSeconds: a?.predictedSeconds ?? 0,
    optimisticSeconds: a?.optimisticSeconds ?? 0,
  };
}

function compare(
  name: NaiveFigure['name'],
  label: string,
  run: ScaleRun,
  rows: number,
  naive: CostFigures,
  project: ActionFigure | undefined,
  note: string,
): NaiveFigure {
  const p = projectCost(project);
  const errors = project?.errors.length
    ? ` Attention : l'exécution du module a renvoyé une erreur (${project.errors[0]}).`
    : '';
  return {
    name,
    label,
    scale: run.spec.key,
    rows,
    naive,
    project: p,
    callsRatio: p.serviceCalls
      ? round(naive.serviceCalls / p.serviceCalls, 1)
      : 0,
    secondsRatio: p.predictedSeconds
      ? round(naive.predictedSeconds / p.predictedSeconds, 1)
      : 0,
    naiveOverLimit: naive.predictedSeconds * 1000 > EXECUTION_LIMIT_MS,
    note: note + errors,
  };
}

/**
 * Row-by-row read of the linked response sheet (header, then one getValues
 * per answer), compared with the add-on's whole bilan execution (which also
 * computes and writes the Bilan tab: the ratio is a lower bound).
 */
export function naiveBilanRead(run: ScaleRun): NaiveFigure | null {
  const sheet = run.responseSheet;
  if (!sheet) return null;
  let rows = 0;
  const naive = costOf(run.ws, () => {
    const lastRow = sheet.getLastRow();
    const lastColumn = sheet.getLastColumn();
    const table: unknown[][] = [
      sheet.getRange(1, 1, 1, lastColumn).getValues()[0],
    ];
    for (let r = 2; r <= lastRow; r++)
      table.push(sheet.getRange(r, 1, 1, lastColumn).getValues()[0]);
    rows = table.length - 1;
  });
  return compare(
    'bilanRead',
    'Lecture des réponses du bilan',
    run,
    rows,
    naive,
    run.actions.find(a => a.action === 'bilan'),
    "Naïf : lecture seule, une getValues par ligne ; module : toute l'exécution du bilan (lecture, calcul, écriture de l'onglet Bilan).",
  );
}

/** A copy of a tab's header row in a new tab, made before the measure. */
function emptyCopy(run: ScaleRun, name: string, header: unknown[]): FakeSheet {
  const sheet = run.ss.insertSheet(name) as unknown as FakeSheet;
  if (header.length > sheet.getMaxColumns())
    sheet.insertColumnsAfter(
      sheet.getMaxColumns(),
      header.length - sheet.getMaxColumns(),
    );
  sheet.getRange(1, 1, 1, header.length).setValues([header]);
  return sheet;
}

/**
 * The import's rows written one appendRow each, into empty copies of the
 * Programme and Partenaires tabs, compared with the add-on's import (which
 * also parses the file and merges with what the tabs hold).
 */
export function naiveImport(run: ScaleRun): NaiveFigure | null {
  const imported = run.imported;
  if (!imported || imported.programme.length === 0) return null;
  const programme = emptyCopy(
    run,
    'Programme (naïf)',
    imported.programmeHeader,
  );
  const partners =
    imported.partners.length > 0
      ? emptyCopy(run, 'Partenaires (naïf)', imported.partnersHeader)
      : null;
  const naive = costOf(run.ws, () => {
    for (const row of imported.programme) programme.appendRow(row);
    if (partners) for (const row of imported.partners) partners.appendRow(row);
  });
  return compare(
    'import',
    'Import dans le suivi',
    run,
    imported.programme.length + imported.partners.length,
    naive,
    run.actions.find(a => a.action === 'import'),
    "Naïf : un appendRow par séance et par structure, sans lecture ni fusion ; module : toute l'exécution de l'import (analyse du fichier, lecture, fusion, une écriture par onglet).",
  );
}
