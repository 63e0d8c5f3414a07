/**
 * Builds dist/ once before any test file runs: integration tests load the
 * built dist/Code.js, never the sources.
 */
import {build} from '../scripts/build';

export default async function globalSetup(): Promise<void> {
  await build();
}
