/**
 * The part of the emulator's Workspace (emulator/index.ts, contract in
 * /tmp/team/emulator-api.md) the preview drives, plus small helpers to find
 * artefacts whatever collection type the emulator uses for them.
 */
import type {RunLike} from './steps';

export interface WorkspaceLike {
  createSpreadsheet(name: string): unknown;
  open(target: unknown, options?: {authMode?: string; user?: string}): RunLike;
  menu(target: unknown): {label: string; fn: string}[];
  clickMenu(target: unknown, label: string, options?: {user?: string}): RunLike;
  callServer(
    target: unknown,
    fn: string,
    args: unknown[],
    options?: {user?: string},
  ): RunLike;
  run(
    target: unknown,
    fn: string,
    args: unknown[],
    options?: {user?: string; event?: unknown},
  ): RunLike;
  advanceClock(ms: number): RunLike[];
  advanceTo(date: Date): RunLike[];
  submitForm(
    form: unknown,
    answers: Record<string, string | string[] | number | string[][]>,
    options?: {at?: Date; user?: string},
  ): RunLike[];
  dump(): unknown;
  render(outDir: string): string[];
  ui: {
    lastPage(): {kind: string; title: string; html: string} | null;
    alerts: unknown[];
  };
  forms: unknown;
  documents: unknown;
  spreadsheets: unknown;
  mails: unknown[];
  triggers: unknown;
}

/** The values of a Map, an array or a plain object. */
export function listOf<T>(collection: unknown): T[] {
  if (Array.isArray(collection)) return collection as T[];
  if (collection instanceof Map) return [...collection.values()] as T[];
  if (collection && typeof collection === 'object')
    return Object.values(collection) as T[];
  return [];
}

/** Id of a fake Google object (getId()) or of a dump entry (id). */
export function idOf(x: unknown): string {
  const o = x as {getId?: () => string; id?: string};
  return typeof o.getId === 'function' ? o.getId() : String(o.id ?? '');
}

export interface TriggerLike {
  uid: string;
  handler: string;
  type: string;
  sourceId: string | null;
}

export function triggers(ws: WorkspaceLike): TriggerLike[] {
  return listOf<TriggerLike>(ws.triggers);
}
