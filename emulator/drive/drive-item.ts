/**
 * Sharing, shared by files and folders, and the Drive user.
 * Reference: https://developers.google.com/apps-script/reference/drive/file#addEditor(String)
 * Reference: https://developers.google.com/apps-script/reference/drive/user
 */
import {real} from '../core/cast';
import type {EmuEnv} from '../core/env';
import type {DriveEntry} from './registry';
import {currentUser} from './registry';

class FakeDriveUser implements GoogleAppsScript.Drive.User {
  constructor(private readonly email: string) {}
  getDomain(): string {
    return this.email.split('@')[1] ?? '';
  }
  getEmail(): string {
    return this.email;
  }
  getName(): string {
    return this.email.split('@')[0];
  }
  getPhotoUrl(): string {
    return '';
  }
  /** Deprecated in Apps Script; kept so the class implements the whole User interface. */
  getUserLoginId(): string {
    return this.email;
  }
}

function emailOf(u: unknown): string {
  if (typeof u === 'string') return u.trim();
  if (u && typeof (u as {getEmail?: unknown}).getEmail === 'function') {
    return String((u as {getEmail(): string}).getEmail());
  }
  throw new Error('Invalid argument: user');
}

function addUnique(list: string[], emails: string[]): void {
  for (const e of emails) {
    if (!/^[^\s@]+@[^\s@]+$/.test(e)) throw new Error(`Invalid email: ${e}`);
    if (!list.includes(e)) list.push(e);
  }
}

export type SharingKeys =
  | 'addEditor'
  | 'addEditors'
  | 'addViewer'
  | 'addViewers'
  | 'removeEditor'
  | 'removeViewer'
  | 'getEditors'
  | 'getViewers'
  | 'getOwner'
  | 'setSharing'
  | 'getSharingAccess'
  | 'getSharingPermission'
  | 'getAccess'
  | 'setStarred'
  | 'isStarred'
  | 'getDescription'
  | 'setDescription';

/** Sharing, shared by files and folders (Drive counts them under 'File' / 'Folder'). */
export abstract class DriveItem {
  constructor(
    protected readonly env: EmuEnv,
    readonly entry: DriveEntry,
  ) {}
  protected abstract readonly service: string;
  protected m(method: string, create = false): void {
    this.env.meter.call(this.service, method, create ? {create} : {});
  }
  addEditor(user: unknown): never {
    this.m('addEditor');
    addUnique(this.entry.editors, [emailOf(user)]);
    return real<never>(this);
  }
  addEditors(emails: string[]): never {
    this.m('addEditors');
    addUnique(this.entry.editors, emails.map(emailOf));
    return real<never>(this);
  }
  addViewer(user: unknown): never {
    this.m('addViewer');
    addUnique(this.entry.viewers, [emailOf(user)]);
    return real<never>(this);
  }
  addViewers(emails: string[]): never {
    this.m('addViewers');
    addUnique(this.entry.viewers, emails.map(emailOf));
    return real<never>(this);
  }
  removeEditor(user: unknown): never {
    this.m('removeEditor');
    const e = emailOf(user);
    this.entry.editors = this.entry.editors.filter(x => x !== e);
    return real<never>(this);
  }
  removeViewer(user: unknown): never {
    this.m('removeViewer');
    const e = emailOf(user);
    this.entry.viewers = this.entry.viewers.filter(x => x !== e);
    return real<never>(this);
  }
  getEditors(): GoogleAppsScript.Drive.User[] {
    this.m('getEditors');
    return this.entry.editors.map(e => new FakeDriveUser(e));
  }
  getViewers(): GoogleAppsScript.Drive.User[] {
    this.m('getViewers');
    return this.entry.viewers.map(e => new FakeDriveUser(e));
  }
  getOwner(): GoogleAppsScript.Drive.User {
    this.m('getOwner');
    return new FakeDriveUser(this.entry.owner || currentUser(this.env));
  }
  setSharing(
    access: GoogleAppsScript.Drive.Access,
    permission: GoogleAppsScript.Drive.Permission,
  ): never {
    this.m('setSharing');
    this.entry.access = String(access);
    this.entry.permission = String(permission);
    return real<never>(this);
  }
  getSharingAccess(): GoogleAppsScript.Drive.Access {
    this.m('getSharingAccess');
    return real(this.entry.access);
  }
  getSharingPermission(): GoogleAppsScript.Drive.Permission {
    this.m('getSharingPermission');
    return real(this.entry.permission);
  }
  getAccess(user: unknown): GoogleAppsScript.Drive.Permission {
    this.m('getAccess');
    const e = emailOf(user);
    const ent = this.entry;
    if (e === ent.owner) return real('OWNER');
    if (ent.editors.includes(e)) return real('EDIT');
    if (ent.commenters.includes(e)) return real('COMMENT');
    if (ent.viewers.includes(e)) return real('VIEW');
    return real('NONE');
  }
  setStarred(starred: boolean): never {
    this.m('setStarred');
    this.entry.starred = Boolean(starred);
    return real<never>(this);
  }
  isStarred(): boolean {
    this.m('isStarred');
    return this.entry.starred;
  }
  getDescription(): string | null {
    this.m('getDescription');
    return this.entry.description;
  }
  setDescription(description: string): never {
    this.m('setDescription');
    this.entry.description = String(description);
    return real<never>(this);
  }
}
