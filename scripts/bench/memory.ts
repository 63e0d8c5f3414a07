/**
 * Peak memory of the bilan at ten times Isère (50,000 answers): run in a
 * child process so that the measure is the bilan's alone. The figure is the
 * growth of the peak resident set (maxRSS) during the computation, with the
 * answers already in memory (as getValues would have returned them).
 */
import {execFileSync} from 'node:child_process';
import * as path from 'node:path';

export interface MemoryFigures {
  answers: number;
  baselineMB: number;
  peakMB: number;
  bilanPeakMB: number;
  budgetMB: number;
  withinBudget: boolean;
}

/** Apps Script gives an execution roughly 100–200 MB; stay well under. */
export const MEMORY_BUDGET_MB = 100;

export function measureMemory(answers = 50000): MemoryFigures {
  const out = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(__dirname, 'memory-child.ts'),
      String(answers),
    ],
    {encoding: 'utf8', cwd: path.resolve(__dirname, '../..')},
  );
  const r = JSON.parse(out.trim().split('\n').pop()!) as {
    baselineKB: number;
    peakKB: number;
  };
  const bilanPeakMB = Math.round(((r.peakKB - r.baselineKB) / 1024) * 10) / 10;
  return {
    answers,
    baselineMB: Math.round(r.baselineKB / 102.4) / 10,
    peakMB: Math.round(r.peakKB / 102.4) / 10,
    bilanPeakMB,
    budgetMB: MEMORY_BUDGET_MB,
    withinBudget: bilanPeakMB <= MEMORY_BUDGET_MB,
  };
}
