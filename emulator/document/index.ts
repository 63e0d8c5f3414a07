/**
 * DocumentApp: what the rest of the emulator, the tests and the scripts
 * import. Everything comes through internal.ts, so that the element classes
 * load in order. One file per class family; each names its Google reference
 * page.
 */
export * from './internal';
