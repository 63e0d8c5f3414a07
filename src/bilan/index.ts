/**
 * The bilan's API for the other capabilities (documents, weekly summary):
 *  - loadLastBilan(ss): the last BilanResult generated in a spreadsheet, or null;
 *  - computeBilan(input): the pure computation (response values, parameters,
 *    TrackerData, k, communes → BilanResult), no Apps Script call.
 */
export {loadLastBilan} from './store';
export {computeBilan, runBilan} from './compute';
export type {BilanInput, ResponseSheet, ColumnParam, ItemHint} from './types';
