/**
 * The editor add-on's one time-driven trigger per document (src/gas/clock.ts):
 * every hour it continues a document batch under way (when its dialog was
 * closed) and sends the weekly summary once its day and hour have come. Bound
 * to a document (the default build) this handler is never installed: the
 * weekly summary and the batches keep their own triggers.
 */
import {ADDON_CLOCK_KEY, clockNeeded, releaseClock} from '../gas/clock';
import {withDocumentLock} from '../gas/lock';
import {triggerSpreadsheet} from '../gas/triggers';
import {startExecution} from '../settings/store';
import {loadBatch, remainingKeys, runBatch} from '../documents/batch';
import {effectiveConfig, parisHour} from '../weekly/config';
import {runSummary} from '../weekly/run';
import {loadConfig} from '../weekly/store';

/**
 * Handler of the add-on's hourly trigger. A trigger that is not the one
 * recorded for the document deletes itself and does nothing. Each task's
 * error is logged and left to the next hour; neither stops the other.
 * @param e the time-driven event (its triggerUid identifies the trigger)
 */
export function runHourlyTasks(e?: GoogleAppsScript.Events.TimeDriven): void {
  const startMs = Date.now();
  const settings = startExecution();
  const uid = e?.triggerUid ? String(e.triggerUid) : '';
  const ss = triggerSpreadsheet(ADDON_CLOCK_KEY, uid);
  if (!ss) return;
  const batch = loadBatch();
  if (batch && remainingKeys(batch).length > 0) {
    try {
      runBatch(ss, settings, startMs, batch.token);
    } catch (error) {
      console.error(error);
    }
  } else if (clockNeeded('batch')) {
    // A batch that ended while no run was there to let go of the clock.
    const tracker = ss;
    withDocumentLock(() => releaseClock(tracker, 'batch'));
  }
  const stored = loadConfig();
  if (stored) {
    const config = effectiveConfig(stored, settings);
    const now = new Date();
    // The summary is owed from its hour on its day (or later, while owed).
    if (parisHour(now) >= config.hour) {
      runSummary(ss, settings, {scheduled: true, now});
    }
  }
}
