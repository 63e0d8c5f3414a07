/** google.script.run targets of the page kit itself. */
import {readProgress, ProgressState} from '../../gas/progress';

/**
 * Polled by Kit.pollProgress in a dialog while its long server call runs:
 * the last progress that call reported under `token`, or null.
 * @param token the token the dialog made and passed to the long call
 */
export function getProgress(token: string): ProgressState | null {
  return readProgress(token);
}
