/**
 * The one list of cases known to differ between the emulator and Google,
 * each with its reason. The emulator suite (test/conformance/) expects these
 * cases to fail on the emulator and every other case to pass; a listed case
 * that starts passing fails the suite until its line is removed here.
 * "pas encore émulé (issue 14 point N)": a behaviour the emulator does not
 * model yet; the engineer who adds it removes the line.
 */
export const KNOWN_GAPS: Readonly<Record<string, string>> = {};
