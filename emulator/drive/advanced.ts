/**
 * The advanced Drive service (Drive API v3), the `Drive` global: present
 * only when the project's manifest enables it
 * (`dependencies.enabledAdvancedServices`, serviceId "drive", version "v3"),
 * as on Google, where an advanced service "must be enabled before use".
 * https://developers.google.com/apps-script/advanced/drive
 * https://developers.google.com/apps-script/guides/services/advanced#enable_advanced_services
 *
 * It shares Drive's registry with DriveApp (./registry.ts). What the add-on
 * uses of it, with the REST reference each follows:
 * - Files.create(resource, blob?, optionalArgs?)
 *   https://developers.google.com/workspace/drive/api/reference/rest/v3/files/create
 * - Files.get(fileId, optionalArgs?)
 *   https://developers.google.com/workspace/drive/api/reference/rest/v3/files/get
 * - Files.update(resource, fileId, blob?, optionalArgs?) with addParents /
 *   removeParents / trashed
 *   https://developers.google.com/workspace/drive/api/reference/rest/v3/files/update
 * - Files.list({q, pageSize, pageToken, fields})
 *   https://developers.google.com/workspace/drive/api/reference/rest/v3/files/list
 *   with the v3 query terms (https://developers.google.com/workspace/drive/api/guides/ref-search-terms):
 *   trashed files are listed unless the query says `trashed = false`.
 *
 * Reach: under drive.file (no drive nor drive.readonly) a file or folder is
 * reachable only when the script created it for this user or the user picked
 * it (ws.pick): "drive.file … files that you have opened or created with
 * this app" (https://developers.google.com/workspace/drive/api/guides/api-specific-auth).
 * An unreachable id answers as Google's advanced services report REST errors:
 * "API call to drive.files.get failed with error: File not found: <id>."
 * (stricter where the pages are silent: every field the add-on reads is
 * returned whatever `fields` asks; an unknown query term throws).
 */
import {blobData} from '../base/blob';
import {MIME_TYPES} from '../base/mime-type';
import type {EmuEnv} from '../core/env';
import {
  DriveEntry,
  ROOT_ID,
  driveAppReaches,
  driveEntry,
  driveUrl,
  isTrashedDeep,
  registerFile,
  rootFolderId,
} from './registry';
import {searchPredicate} from './search';

/** The file resource fields the emulator answers (Drive API v3 names). */
export interface DriveFileResource {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  createdTime: string;
  modifiedTime: string;
  webViewLink: string;
}

/** What Files.create and Files.update take. */
interface FileInput {
  name?: unknown;
  mimeType?: unknown;
  parents?: unknown;
  trashed?: unknown;
}

const PAGE_SIZE_DEFAULT = 100;
const PAGE_SIZE_MAX = 1000;

function apiError(method: string, message: string): Error {
  return new Error(
    `API call to drive.files.${method} failed with error: ${message}`,
  );
}

function resource(e: DriveEntry, trashed: boolean): DriveFileResource {
  return {
    id: e.id,
    name: e.currentName(),
    mimeType: e.mimeType,
    parents: [...e.parents],
    trashed,
    createdTime: e.created.toISOString(),
    modifiedTime: e.updated.toISOString(),
    webViewLink: driveUrl(e),
  };
}

/** The `Drive` global (advanced service, v3). */
export function createAdvancedDrive(env: EmuEnv) {
  const m = (method: string, create = false) =>
    env.meter.call('Drive.Files', method, create ? {create} : {});
  /** An entry this user reaches by id (the root is always reachable). */
  const reach = (method: string, id: unknown): DriveEntry => {
    const key = String(id);
    const e = driveEntry(env, key === 'root' ? rootFolderId(env) : key);
    if (!e || (e.id !== ROOT_ID && !driveAppReaches(env, e))) {
      throw apiError(method, `File not found: ${key}.`);
    }
    return e;
  };
  const parentIds = (method: string, parents: unknown): string[] => {
    if (parents === undefined) return [rootFolderId(env)];
    if (!Array.isArray(parents) || parents.length !== 1) {
      // "A file can only have one parent folder; specifying multiple
      // parents isn't supported." (files resource, parents).
      throw apiError(
        method,
        'Invalid Value: parents must name exactly one folder.',
      );
    }
    const parent = reach(method, parents[0]);
    if (parent.kind !== 'folder') {
      throw apiError(method, `The parent ${parent.id} is not a folder.`);
    }
    return [parent.id];
  };
  const Files = {
    create(
      input: FileInput,
      media?: GoogleAppsScript.Base.BlobSource,
    ): DriveFileResource {
      m('create', true);
      const [parentId] = parentIds('create', input?.parents);
      const folder = input?.mimeType === MIME_TYPES.FOLDER;
      const data = media ? blobData(media) : null;
      const name = String(input?.name ?? data?.name ?? 'Untitled');
      const e = registerFile(env, {
        id: env.ids.next(folder ? 'folder_' : 'file_'),
        name,
        mimeType: String(
          input?.mimeType ?? data?.contentType ?? 'application/octet-stream',
        ),
        kind: folder ? 'folder' : 'file',
        parentId,
        content: data ? Buffer.from(data.bytes) : null,
      });
      return resource(e, false);
    },
    // `fields` is not honoured: every field the add-on reads comes back.
    get(fileId: string) {
      m('get');
      const e = reach('get', fileId);
      return resource(e, isTrashedDeep(env, e));
    },
    update(
      input: FileInput,
      fileId: string,
      media?: GoogleAppsScript.Base.BlobSource | null,
      optionalArgs?: {addParents?: string; removeParents?: string},
    ): DriveFileResource {
      m('update');
      const e = reach('update', fileId);
      if (input?.parents !== undefined) {
        // "parents … cannot be set directly in an update: use addParents
        // and removeParents" (files/update).
        throw apiError(
          'update',
          'The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.',
        );
      }
      if (input?.name !== undefined) {
        const name = String(input.name);
        if (e.hooks.setName) e.hooks.setName(name);
        else e.name = name;
      }
      if (input?.trashed !== undefined) e.trashed = input.trashed === true;
      if (media) e.content = Buffer.from(blobData(media).bytes);
      const add = optionalArgs?.addParents;
      const remove = optionalArgs?.removeParents;
      if (add !== undefined || remove !== undefined) {
        const removed = String(remove ?? '')
          .split(',')
          .filter(Boolean);
        const added = String(add ?? '')
          .split(',')
          .filter(Boolean)
          .map(id => {
            const p = reach('update', id);
            if (p.kind !== 'folder') {
              throw apiError('update', `The parent ${p.id} is not a folder.`);
            }
            return p.id;
          });
        const next = e.parents.filter(p => !removed.includes(p));
        for (const id of added) if (!next.includes(id)) next.push(id);
        if (next.length > 1) {
          throw apiError(
            'update',
            'Increasing the number of parents is not allowed.',
          );
        }
        e.parents = next;
      }
      e.updated = env.clock.now();
      return resource(e, isTrashedDeep(env, e));
    },
    list(optionalArgs?: {
      q?: string;
      pageSize?: number;
      pageToken?: string;
      fields?: string;
    }): {files: DriveFileResource[]; nextPageToken?: string} {
      m('list');
      const q = String(optionalArgs?.q ?? '');
      if (/\btitle\b/i.test(q)) {
        // v2's field name: v3 says "name" (stricter than guessing).
        throw apiError('list', 'Invalid Value: q');
      }
      let pred: (e: DriveEntry, trashed: boolean) => boolean;
      try {
        pred = searchPredicate(q);
      } catch {
        throw apiError('list', 'Invalid Value: q');
      }
      const mentionsTrashed = /\btrashed\s*=/i.test(q);
      const size = Math.min(
        Math.max(1, Number(optionalArgs?.pageSize ?? PAGE_SIZE_DEFAULT)),
        PAGE_SIZE_MAX,
      );
      const start = Number(optionalArgs?.pageToken ?? 0) || 0;
      const all: DriveFileResource[] = [];
      for (const v of env.files.values()) {
        if (!(v instanceof DriveEntry) || v.id === ROOT_ID) continue;
        if (!driveAppReaches(env, v)) continue;
        const trashed = isTrashedDeep(env, v);
        // v3 lists trashed files unless the query excludes them.
        if (!pred(v, mentionsTrashed ? trashed : false)) continue;
        all.push(resource(v, trashed));
      }
      const page = all.slice(start, start + size);
      return start + size < all.length
        ? {files: page, nextPageToken: String(start + size)}
        : {files: page};
    },
  };
  return {Files};
}

export type FakeAdvancedDrive = ReturnType<typeof createAdvancedDrive>;

/** Whether the manifest enables the advanced Drive service (v3). */
export function advancedDriveEnabled(manifest: unknown): boolean {
  const services = (
    manifest as {dependencies?: {enabledAdvancedServices?: unknown}} | null
  )?.dependencies?.enabledAdvancedServices;
  return (
    Array.isArray(services) &&
    services.some(
      s =>
        (s as {serviceId?: unknown}).serviceId === 'drive' &&
        (s as {version?: unknown}).version === 'v3' &&
        (s as {userSymbol?: unknown}).userSymbol === 'Drive',
    )
  );
}
