/**
 * Records each step of the preview: runs it, sums the emulator's RunResults
 * into an `actions` entry of report.json, and prints its progress line. A step
 * whose entry point the add-on does not have (yet) is reported "non
 * disponible" instead of stopping the run.
 */
import type {ActionFigures, StepStatus} from './report';
import type {Terminal} from './terminal';

export interface RunLike {
  fn: string;
  value: unknown;
  error: Error | null;
  counts: {calls: number; cellsRead: number; cellsWritten: number};
  predictedSeconds: number;
}

export class NotAvailable extends Error {}

/** What a step body returns: the runs it made and a short detail for the terminal. */
export interface StepOutcome {
  runs: RunLike[];
  detail?: string;
}

export class Steps {
  readonly actions: ActionFigures[] = [];

  constructor(private readonly term: Terminal) {}

  run(
    event: string,
    name: string,
    body: () => StepOutcome,
  ): StepOutcome & {status: StepStatus} {
    let outcome: StepOutcome = {runs: []};
    let status: StepStatus = 'ok';
    let message: string | undefined;
    try {
      outcome = body();
      const failed = outcome.runs.find(r => r.error);
      // A dialog's server call answers {ok: false, message, errors} for refused fields.
      const refused = outcome.runs.find(
        r => (r.value as {ok?: unknown} | null)?.ok === false,
      );
      if (failed) {
        // DEBUG=1 npm start shows where the add-on failed.
        if (process.env.DEBUG) console.error(failed.error!.stack);
        status = 'erreur';
        message = `${failed.fn} : ${failed.error!.message}`;
      } else if (refused) {
        const v = refused.value as {message?: string; errors?: unknown};
        status = 'erreur';
        message = `${refused.fn} : ${v.message ?? ''} ${JSON.stringify(v.errors ?? {})}`;
      }
    } catch (e) {
      if (e instanceof NotAvailable) status = 'non disponible';
      else status = 'erreur';
      message = e instanceof Error ? e.message : String(e);
    }
    const sum = (f: (r: RunLike) => number): number =>
      outcome.runs.reduce((s, r) => s + f(r), 0);
    this.actions.push({
      name,
      event,
      status,
      ...(message ? {message} : {}),
      runs: outcome.runs.length,
      serviceCalls: sum(r => r.counts.calls),
      cellsRead: sum(r => r.counts.cellsRead),
      cellsWritten: sum(r => r.counts.cellsWritten),
      predictedSeconds: Math.round(sum(r => r.predictedSeconds) * 100) / 100,
    });
    const cost = outcome.runs.length
      ? `${sum(r => r.counts.calls)} appels, ${(Math.round(sum(r => r.predictedSeconds) * 10) / 10).toLocaleString('fr-FR')} s prévus`
      : '';
    this.term.step(
      event,
      name,
      status,
      status === 'ok'
        ? [outcome.detail, cost].filter(Boolean).join(' · ')
        : (message ?? ''),
    );
    return {...outcome, status};
  }
}
