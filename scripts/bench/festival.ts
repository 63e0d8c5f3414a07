/**
 * A festival day against the daily trigger budget (issue 17): the answers
 * of the day through the submit trigger, the weekly summary on its day and
 * a whole per-commune document batch, all counted as trigger runtime of
 * one user on one day (the worst case: the batch started that morning).
 *
 * The answers: a sample of them is sent one by one through ws.submitForm,
 * spread over the day, on the scale's full response sheet; the per-answer
 * cost is constant (test/integration/questionnaire/submit-cost.test.ts
 * proves the same calls at 10, 1,000 and 10,000 answers), so the day's
 * answers cost that sample's mean times their number.
 */
import type {FakeForm, RunResult, Workspace} from '../../emulator';
import {
  OPTIMISTIC,
  predictSeconds,
  TRIGGER_RUNTIME_SECONDS,
} from '../../emulator';
import type {ScaleKey} from './scenario';
import {round} from './stats';

/** Answers a festival day brings (Isère: 450; ten times Isère: 4,500). */
export const FESTIVAL_DAY_ANSWERS: Record<ScaleKey, number> = {
  small: 45,
  isere: 450,
  isere10: 4500,
};
/** Answers actually sent through the trigger to measure one (spread over the day). */
export const SAMPLED_ANSWERS = 12;

export interface FestivalDay {
  scale: ScaleKey;
  account: 'consumer' | 'workspace';
  answers: number;
  sampledAnswers: number;
  /** Service calls of one answer's trigger run: the most and the fewest over the sample. */
  perAnswerCalls: {max: number; min: number};
  perAnswerSeconds: {optimistic: number; pessimistic: number};
  answersSeconds: {optimistic: number; pessimistic: number};
  weeklySeconds: {optimistic: number; pessimistic: number};
  batchTriggerRuns: number;
  batchTriggerSeconds: {optimistic: number; pessimistic: number};
  totalSeconds: {optimistic: number; pessimistic: number};
  budgetSeconds: number;
  /** Share of the account's daily trigger budget, pessimistic bound (%). */
  budgetShare: number;
  budgetShareOptimistic: number;
}

const bounds = (runs: RunResult[]) => ({
  optimistic: runs.reduce(
    (s, r) => s + predictSeconds(r.counts, OPTIMISTIC),
    0,
  ),
  pessimistic: runs.reduce((s, r) => s + r.predictedSeconds, 0),
});

/** Sends `n` answers one by one, an hour apart spread over the day; returns the trigger runs. */
export function sampleAnswers(
  ws: Workspace,
  form: FakeForm,
  answer: Record<string, unknown>,
  n = SAMPLED_ANSWERS,
): RunResult[] {
  const runs: RunResult[] = [];
  for (let i = 0; i < n; i++) {
    ws.advanceClock(40 * 60 * 1000);
    runs.push(
      ...ws
        .submitForm(form, answer as never)
        .filter(r => r.fn === 'onQuestionnaireSubmit'),
    );
  }
  return runs;
}

export function festivalDay(
  scale: ScaleKey,
  account: 'consumer' | 'workspace',
  answerRuns: RunResult[],
  weekly: RunResult[],
  batchRuns: RunResult[],
): FestivalDay {
  const answers = FESTIVAL_DAY_ANSWERS[scale];
  const per = bounds(answerRuns);
  const k = Math.max(answerRuns.length, 1);
  const perAnswer = {
    optimistic: per.optimistic / k,
    pessimistic: per.pessimistic / k,
  };
  const answersSeconds = {
    optimistic: perAnswer.optimistic * answers,
    pessimistic: perAnswer.pessimistic * answers,
  };
  // Only trigger runs draw on the budget: the batch's first run is the dialog's.
  const batchTriggers = batchRuns.filter(r => r.kind === 'trigger');
  const batch = bounds(batchTriggers);
  const week = bounds(weekly);
  const total = {
    optimistic: answersSeconds.optimistic + batch.optimistic + week.optimistic,
    pessimistic:
      answersSeconds.pessimistic + batch.pessimistic + week.pessimistic,
  };
  const budget = TRIGGER_RUNTIME_SECONDS[account];
  const r1 = (b: {optimistic: number; pessimistic: number}) => ({
    optimistic: round(b.optimistic, 1),
    pessimistic: round(b.pessimistic, 1),
  });
  const calls = answerRuns.map(r => r.counts.calls);
  return {
    scale,
    account,
    answers,
    sampledAnswers: answerRuns.length,
    perAnswerCalls: {
      max: calls.length ? Math.max(...calls) : 0,
      min: calls.length ? Math.min(...calls) : 0,
    },
    perAnswerSeconds: {
      optimistic: round(perAnswer.optimistic, 3),
      pessimistic: round(perAnswer.pessimistic, 3),
    },
    answersSeconds: r1(answersSeconds),
    weeklySeconds: r1(week),
    batchTriggerRuns: batchTriggers.length,
    batchTriggerSeconds: r1(batch),
    totalSeconds: r1(total),
    budgetSeconds: budget,
    budgetShare: round((total.pessimistic / budget) * 100, 1),
    budgetShareOptimistic: round((total.optimistic / budget) * 100, 1),
  };
}
