/**
 * What every import fuzz property checks first: the call returns a result
 * whose counts add up (records accepted + records refused = records given,
 * each refusal a filled French sentence) or throws an AddonError of the
 * import whose message is the French catalogue's, never anything else.
 */
import {AddonError} from '../../src/gas/errors';
import {t} from '../../src/i18n';
import type {ImportResult} from '../../src/tracker/import/types';
import {expectFilledMessage} from './fuzz';

/** The result, or null when the file was refused whole with a French message. */
export function importOutcome(
  run: () => ImportResult,
  given?: number,
): ImportResult | null {
  let result: ImportResult;
  try {
    result = run();
  } catch (e) {
    expect(e).toBeInstanceOf(AddonError);
    const err = e as AddonError;
    expect(err.key.startsWith('tracker.import.')).toBe(true);
    expect(err.message).toBe(t(err.key, err.params, 'fr'));
    expectFilledMessage(err.message);
    return null;
  }
  expect(result.accepted + result.rejected.length).toBe(result.given);
  if (given !== undefined) expect(result.given).toBe(given);
  for (const r of result.rejected) {
    // Every rejection reads as a French sentence naming its field.
    expect(typeof r.field).toBe('string');
    expectFilledMessage(t(r.reason, r.params, 'fr'));
  }
  return result;
}
