/**
 * Drives the built add-on on the emulator the way staff click: a menu item
 * (ws.clickMenu, which opens the dialog), then the dialog's server call
 * (ws.callServer) with what the user would type. Each capability's entry
 * points are looked up in the built bundle first: a missing one makes its step
 * "non disponible" instead of a crash.
 */
import {FR} from '../../src/i18n/fr';
import {NotAvailable, type RunLike} from './steps';
import type {WorkspaceLike} from './ws';

export interface DriveContext {
  ws: WorkspaceLike;
  /** Top-level functions of dist/Code.js. */
  exports: Set<string>;
}

const fr = (key: string): string | undefined =>
  (FR as Record<string, string>)[key];

/** The menu label the add-on shows for a catalogue key (or matching a pattern), on that document. */
export function menuLabel(
  ctx: DriveContext,
  target: unknown,
  keys: string[],
  pattern?: RegExp,
): string {
  const menu = ctx.ws.menu(target);
  for (const key of keys) {
    const label = fr(key);
    if (label && menu.some(m => m.label === label)) return label;
  }
  const found = pattern ? menu.find(m => pattern.test(m.label)) : undefined;
  if (found) return found.label;
  throw new NotAvailable(
    `pas d'entrée de menu « ${keys.map(k => fr(k) ?? k).join(' » / « ')} »`,
  );
}

/** The first of these functions the bundle exports. */
export function serverFn(ctx: DriveContext, names: string[]): string {
  const fn = names.find(n => ctx.exports.has(n));
  if (!fn)
    throw new NotAvailable(`fonction ${names.join(' / ')} absente du module`);
  return fn;
}

export function click(
  ctx: DriveContext,
  target: unknown,
  keys: string[],
  pattern?: RegExp,
): RunLike {
  return ctx.ws.clickMenu(target, menuLabel(ctx, target, keys, pattern));
}
