/**
 * Scopes of Utilities: one row per method the add-on, the conformance cases or
 * the emulator's own tests call, with the scopes Google's reference page lists
 * under "Authorization" (any one is enough; none: no authorization needed)
 * and that page. How rows are read and checked: ../core/scopes.ts. Rows were
 * taken from Google's reference pages (as of 2025-11); the scope-table test
 * keeps them in step with an independent copy of those pages.
 */
import {rowsOf, type ScopeTable} from '../core/scopes';

export const UTILITIES_SCOPES: ScopeTable = {
  ...rowsOf('Utilities', 'utilities/utilities', [], {
    base64Decode: 'base64Decode(String)',
    base64DecodeWebSafe: 'base64DecodeWebSafe(String)',
    base64Encode: 'base64Encode(Byte)',
    base64EncodeWebSafe: 'base64EncodeWebSafe(Byte)',
    computeDigest: 'computeDigest(DigestAlgorithm,Byte)',
    computeHmacSha256Signature: 'computeHmacSha256Signature(Byte,Byte)',
    formatDate: 'formatDate(Date,String,String)',
    formatString: 'formatString(String,Object...)',
    getUuid: 'getUuid()',
    newBlob: 'newBlob(Byte)',
    parseCsv: 'parseCsv(String)',
    sleep: 'sleep(Integer)',
  }),
};
