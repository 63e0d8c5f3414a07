/**
 * Every conformance case, in the order results list them. A case is written
 * once, here, and runs both on the emulator (npm test) and on a real account
 * (runConformance).
 */
import type {ConformanceCase} from '../framework/types';
import {DRIVE_SCOPES} from './drive-scopes';
import {FORMS} from './forms';
import {HTML_DOCS, HTML_DOCS_SCENARIOS} from './html-docs';
import {SERVICES, SERVICE_SCENARIOS} from './services';
import {SESSION_AUTH, SESSION_AUTH_SCENARIOS} from './session-auth';
import {SHEETS_GRID} from './sheets-grid';
import {SHEETS_TYPING} from './sheets-typing';
import {SHEETS_VALUES} from './sheets-values';
import {TIME_ZONE} from './time-zone';
import {TRIGGERS, TRIGGER_SCENARIOS} from './triggers';

export const ALL_CASES: readonly ConformanceCase[] = [
  ...DRIVE_SCOPES,
  ...FORMS,
  ...SHEETS_TYPING,
  ...TIME_ZONE,
  ...SESSION_AUTH,
  ...SESSION_AUTH_SCENARIOS,
  ...TRIGGERS,
  ...TRIGGER_SCENARIOS,
  ...SHEETS_GRID,
  ...SHEETS_VALUES,
  ...SERVICES,
  ...SERVICE_SCENARIOS,
  ...HTML_DOCS,
  ...HTML_DOCS_SCENARIOS,
];

/** The case with this id (throws for an unknown id: a harness or runner bug). */
export function caseById(id: string): ConformanceCase {
  const found = ALL_CASES.find(c => c.id === id);
  if (!found) throw new Error(`Cas de conformité inconnu : ${id}`);
  return found;
}
