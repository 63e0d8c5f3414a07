/**
 * Drive's registry of files and folders: who reaches what, by id.
 * Reference: https://developers.google.com/apps-script/reference/drive/drive-app#getFileById(String)
 */
import type {FakeBlob} from '../base/blob';
import {MIME_TYPES} from '../base/mime-type';
import type {EmuEnv} from '../core/env';

export const NOT_FOUND_MESSAGE =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

export type DriveKind = 'folder' | 'file' | 'document' | 'spreadsheet' | 'form';

/** How the module owning an artefact answers Drive for it. */
export interface DriveHooks {
  getName?(): string;
  setName?(name: string): void;
  /** Deep-copies the artefact under a new name; returns the new id (already registered). */
  copy?(name: string): string;
  /** Export (e.g. 'application/pdf'). */
  getAs?(contentType: string): FakeBlob;
}

export class DriveEntry {
  trashed = false;
  content: Buffer | null = null;
  editors: string[] = [];
  viewers: string[] = [];
  commenters: string[] = [];
  /** Link sharing (Drive.Access name) and what the link allows (Drive.Permission name). */
  access = 'PRIVATE';
  permission = 'NONE';
  description: string | null = null;
  starred = false;
  /** Made by DocumentApp.create (counted against the daily quota), not by a copy. */
  createdByCreate = false;
  /**
   * Users for whom this script created the file, or who picked it in Google
   * Picker (ws.pick): what drive.file lets DriveApp reach for them.
   */
  readonly grantedTo = new Set<string>();
  constructor(
    readonly id: string,
    public name: string,
    readonly mimeType: string,
    readonly kind: DriveKind,
    public parents: string[],
    readonly created: Date,
    public updated: Date,
    readonly owner: string,
    readonly hooks: DriveHooks = {},
  ) {}
  currentName(): string {
    return this.hooks.getName ? this.hooks.getName() : this.name;
  }
  toJSON(): DriveEntryDump {
    return {
      id: this.id,
      name: this.currentName(),
      mimeType: this.mimeType,
      kind: this.kind,
      parents: [...this.parents],
      trashed: this.trashed,
      created: this.created.toISOString(),
      updated: this.updated.toISOString(),
      owner: this.owner,
      editors: [...this.editors],
      viewers: [...this.viewers],
      access: this.access,
      size: this.content ? this.content.length : null,
    };
  }
}

export interface DriveEntryDump {
  id: string;
  name: string;
  mimeType: string;
  kind: DriveKind;
  parents: string[];
  trashed: boolean;
  created: string;
  updated: string;
  /** '' when created outside any execution (by the test harness): everyone can reach it. */
  owner: string;
  editors: string[];
  viewers: string[];
  access: string;
  size: number | null;
}

export const ROOT_ID = 'root-folder';

/** The running execution's user, or '' outside executions (harness-made files belong to everyone). */
export function currentUser(env: EmuEnv): string {
  return env.context()?.user ?? '';
}

/**
 * Whether the current user can reach an entry: outside executions always;
 * else as owner, editor, viewer or commenter of it or of a folder above it,
 * or through link sharing.
 */
export function canAccess(env: EmuEnv, e: DriveEntry, depth = 0): boolean {
  const user = env.context()?.user;
  if (!user || e.owner === '' || e.owner === user) return true;
  if ([...e.editors, ...e.viewers, ...e.commenters].includes(user)) return true;
  if (e.access !== 'PRIVATE') return true;
  if (depth > 50) return false;
  return e.parents.some(p => {
    const parent = driveEntry(env, p);
    return parent ? canAccess(env, parent, depth + 1) : false;
  });
}

/**
 * Whether DriveApp reaches an entry for the current user: as canAccess, and
 * when the manifest grants drive.file but neither drive nor drive.readonly,
 * only a file the script created for this user or the user picked in Google
 * Picker ("drive.file: … files that you have opened or created with this
 * app", https://developers.google.com/workspace/drive/api/guides/api-specific-auth).
 * The document the script is bound to does not count as opened with the app
 * (the pages do not say: stricter). Outside executions: everything.
 */
export function driveAppReaches(env: EmuEnv, e: DriveEntry): boolean {
  if (!canAccess(env, e)) return false;
  const ctx = env.context();
  if (!ctx || ctx.fn === '(host)') return true;
  const granted = env.grantedScopes?.() ?? null;
  if (
    granted === null ||
    granted.has(FULL_DRIVE) ||
    granted.has(DRIVE_READONLY)
  ) {
    return true;
  }
  return e.grantedTo.has(ctx.user);
}

const FULL_DRIVE = 'https://www.googleapis.com/auth/drive';
const DRIVE_READONLY = 'https://www.googleapis.com/auth/drive.readonly';

/** Id of "My Drive" (created on first use). */
export function rootFolderId(env: EmuEnv): string {
  if (!env.files.has(ROOT_ID)) {
    const now = env.clock.now();
    env.files.set(
      ROOT_ID,
      new DriveEntry(
        ROOT_ID,
        env.locale === 'fr' ? 'Mon Drive' : 'My Drive',
        MIME_TYPES.FOLDER,
        'folder',
        [],
        now,
        now,
        currentUser(env),
      ),
    );
  }
  return ROOT_ID;
}

/** Registers a Drive file or folder (no metering: the caller already counted its call). */
export function registerFile(
  env: EmuEnv,
  spec: {
    id: string;
    name: string;
    mimeType: string;
    kind: DriveKind;
    parentId?: string;
    hooks?: DriveHooks;
    content?: Buffer | null;
  },
): DriveEntry {
  const now = env.clock.now();
  const entry = new DriveEntry(
    spec.id,
    spec.name,
    spec.mimeType,
    spec.kind,
    [spec.parentId ?? rootFolderId(env)],
    now,
    now,
    currentUser(env),
    spec.hooks ?? {},
  );
  entry.content = spec.content ?? null;
  // Created by the script in a run (not by the harness acting as a person):
  // drive.file covers it for the user running it.
  const ctx = env.context();
  if (ctx && ctx.fn !== '(host)') entry.grantedTo.add(ctx.user);
  env.files.set(spec.id, entry);
  return entry;
}

/** The entry for an id, or null (no metering, no trash check). */
export function driveEntry(env: EmuEnv, id: string): DriveEntry | null {
  const e = env.files.get(id);
  return e instanceof DriveEntry ? e : null;
}

/** Trashed itself or inside a trashed folder. */
export function isTrashedDeep(env: EmuEnv, e: DriveEntry, depth = 0): boolean {
  if (e.trashed) return true;
  if (depth > 50) return false;
  return e.parents.some(p => {
    const parent = driveEntry(env, p);
    return parent ? isTrashedDeep(env, parent, depth + 1) : false;
  });
}

/** The entry behind an id as the current user reaches it by id (throws Google's message otherwise). */
export function reachable(
  env: EmuEnv,
  id: string,
  folder: boolean,
): DriveEntry {
  const e = driveEntry(env, String(id));
  if (
    !e ||
    isTrashedDeep(env, e) ||
    (e.kind === 'folder') !== folder ||
    !driveAppReaches(env, e)
  ) {
    throw new Error(NOT_FOUND_MESSAGE);
  }
  return e;
}

export function driveDump(env: EmuEnv): DriveEntryDump[] {
  const out: DriveEntryDump[] = [];
  for (const v of env.files.values()) {
    if (v instanceof DriveEntry) out.push(v.toJSON());
  }
  return out;
}

export function driveUrl(e: {id: string; kind: DriveKind}): string {
  switch (e.kind) {
    case 'document':
      return `https://docs.google.com/document/d/${e.id}/edit`;
    case 'spreadsheet':
      return `https://docs.google.com/spreadsheets/d/${e.id}/edit`;
    case 'form':
      return `https://docs.google.com/forms/d/${e.id}/edit`;
    case 'folder':
      return `https://drive.google.com/drive/folders/${e.id}`;
    default:
      return `https://drive.google.com/file/d/${e.id}/view?usp=drivesdk`;
  }
}
