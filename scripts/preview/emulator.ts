/**
 * The emulator's Workspace (emulator/index.ts), and Paris wall-clock helpers
 * for the virtual clock.
 */
import {Workspace} from '../../emulator';
import type {WorkspaceLike} from './ws';

export interface WorkspaceOptions {
  now: Date;
  locale: 'fr' | 'en';
  user: string;
  accountType: 'consumer' | 'workspace';
  distDir: string;
  timeZone: string;
}

/** A new emulated Google Workspace, seen through the part the preview drives. */
export function createWorkspace(options: WorkspaceOptions): WorkspaceLike {
  const ws: WorkspaceLike = new Workspace(options);
  return ws;
}
/** Paris offset (+01:00 / +02:00) of a day: summer time from the last Sunday of March to the last Sunday of October. */
export function parisOffset(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const lastSunday = (month: number): number => {
    const last = new Date(Date.UTC(y, month, 0));
    return last.getUTCDate() - last.getUTCDay();
  };
  const summer =
    (m > 3 && m < 10) ||
    (m === 3 && d >= lastSunday(3)) ||
    (m === 10 && d < lastSunday(10));
  return summer ? '+02:00' : '+01:00';
}

/** A Paris wall-clock time on a day, as a Date. */
export function parisTime(date: string, time: string): Date {
  return new Date(`${date}T${time}:00${parisOffset(date)}`);
}
