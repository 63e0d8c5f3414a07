/**
 * Entry module: only the functions that Apps Script calls (simple triggers,
 * menu callbacks, installable-trigger handlers, google.script.run targets).
 * The build turns each export into a top-level function declaration.
 */
export {onOpen, onInstall, showAbout, include} from './about/entry';
// --- capability entry points ---
