/**
 * Emulated DriveApp (the Blob the other services hand around is in ../base/blob.ts).
 *
 * Exports (of this folder, one file per class family):
 *   createDriveApp(env: EmuEnv): FakeDriveApp           — the `DriveApp` global
 *   registerFile(env, {id, name, mimeType, kind, parentId?, hooks?}): DriveEntry
 *       — makes a document / spreadsheet / form a Drive file (called by the
 *         factories on create; part A calls it for spreadsheets). `hooks` let
 *         the owning module answer getName/setName/makeCopy/getAs.
 *   driveEntry(env, id): DriveEntry | null               — raw registry access (no metering)
 *   reachable(env, id, folder): DriveEntry               — as getFileById/getFolderById see it (throws)
 *   canAccess(env, entry): boolean                       — owner / shared (directly, by a folder, by link)
 *   driveDump(env): DriveEntryDump[]                     — JSON picture of env.files
 *   searchPredicate(query)                               — DriveApp.searchFiles query terms
 *   FakeFile, FakeFolder, DriveEntry, driveUrl(entry)
 *   FakeBlob (new FakeBlob(bytes|string, contentType, name, meter?)), blobData(src) — ../base/blob.ts
 *   MIME_TYPES (../base/mime-type.ts), NOT_FOUND_MESSAGE, rootFolderId(env)
 *
 * Behaviour kept from Google: an unknown or trashed id, or one the current
 * user cannot reach (made by another user in an execution and not shared with
 * them), throws "No item with the given ID could be found…"; files made
 * outside any execution (by the test harness) are everyone's; trashing a
 * folder hides its content; iterators throw past their end; a Google
 * document's blob is its PDF export; makeCopy of a Google Doc or Form is a
 * deep copy (a spreadsheet's copy is part A's hook).
 *
 * Reference: https://developers.google.com/apps-script/reference/drive/drive-app
 */
import {MIME_TYPES} from '../base/mime-type';
import {enumOf} from '../core/cast';
import type {EmuEnv} from '../core/env';
import {FakeFile, createFileIn} from './file';
import {FakeFolder} from './folder';
import {asFile, asFolder} from './handles';
import {FakeFileIterator, FakeFolderIterator} from './iterators';
import {
  DriveEntry,
  ROOT_ID,
  driveAppReaches,
  driveEntry,
  isTrashedDeep,
  reachable,
  registerFile,
  rootFolderId,
} from './registry';
import {searchPredicate} from './search';

type BlobSource = GoogleAppsScript.Base.BlobSource;
type File = GoogleAppsScript.Drive.File;
type Folder = GoogleAppsScript.Drive.Folder;

type DriveAppKeys =
  | 'Access'
  | 'Permission'
  | 'createFolder'
  | 'getFolderById'
  | 'getFoldersByName'
  | 'getRootFolder'
  | 'getFileById'
  | 'getFilesByName'
  | 'getFiles'
  | 'getFolders'
  | 'createFile'
  | 'getFilesByType'
  | 'searchFiles'
  | 'searchFolders';

export type FakeDriveApp = Pick<GoogleAppsScript.Drive.DriveApp, DriveAppKeys>;

/** The `DriveApp` global. */
export function createDriveApp(env: EmuEnv): FakeDriveApp {
  const m = (method: string, create = false) =>
    env.meter.call('DriveApp', method, create ? {create} : {});
  const root = () => driveEntry(env, rootFolderId(env))!;
  const all = (folders: boolean, pred: (e: DriveEntry) => boolean) => {
    const out: DriveEntry[] = [];
    for (const v of env.files.values()) {
      if (
        v instanceof DriveEntry &&
        v.id !== ROOT_ID &&
        (v.kind === 'folder') === folders &&
        !isTrashedDeep(env, v) &&
        driveAppReaches(env, v) &&
        pred(v)
      ) {
        out.push(v);
      }
    }
    return out;
  };
  const search = (isFolder: boolean, q: string) => {
    const pred = searchPredicate(q);
    const out: DriveEntry[] = [];
    for (const v of env.files.values()) {
      if (
        v instanceof DriveEntry &&
        v.id !== ROOT_ID &&
        (v.kind === 'folder') === isFolder &&
        driveAppReaches(env, v) &&
        pred(v, isTrashedDeep(env, v))
      ) {
        out.push(v);
      }
    }
    return out;
  };
  const files = (list: DriveEntry[]) =>
    new FakeFileIterator(
      env,
      'FileIterator',
      list.map(e => asFile(new FakeFile(env, e))),
    );
  const folders = (list: DriveEntry[]) =>
    new FakeFolderIterator(
      env,
      'FolderIterator',
      list.map(e => asFolder(new FakeFolder(env, e))),
    );
  return {
    Access: enumOf<typeof GoogleAppsScript.Drive.Access>([
      'ANYONE',
      'ANYONE_WITH_LINK',
      'DOMAIN',
      'DOMAIN_WITH_LINK',
      'PRIVATE',
    ]),
    Permission: enumOf<typeof GoogleAppsScript.Drive.Permission>([
      'VIEW',
      'EDIT',
      'COMMENT',
      'OWNER',
      'ORGANIZER',
      'NONE',
    ]),
    createFolder(name: string): Folder {
      m('createFolder', true);
      const e = registerFile(env, {
        id: env.ids.next('folder_'),
        name: String(name),
        mimeType: MIME_TYPES.FOLDER,
        kind: 'folder',
      });
      return asFolder(new FakeFolder(env, e));
    },
    getFolderById(id: string): Folder {
      m('getFolderById');
      return asFolder(new FakeFolder(env, reachable(env, id, true)));
    },
    getFoldersByName(name: string) {
      m('getFoldersByName');
      return folders(all(true, e => e.name === name));
    },
    getFolders() {
      m('getFolders');
      return folders(all(true, () => true));
    },
    getRootFolder(): Folder {
      m('getRootFolder');
      return asFolder(new FakeFolder(env, root()));
    },
    getFileById(id: string): File {
      m('getFileById');
      return asFile(new FakeFile(env, reachable(env, id, false)));
    },
    getFilesByName(name: string) {
      m('getFilesByName');
      return files(all(false, e => e.currentName() === name));
    },
    getFilesByType(mimeType: string) {
      m('getFilesByType');
      return files(all(false, e => e.mimeType === mimeType));
    },
    getFiles() {
      m('getFiles');
      return files(all(false, () => true));
    },
    searchFiles(params: string) {
      m('searchFiles');
      return files(search(false, params));
    },
    searchFolders(params: string) {
      m('searchFolders');
      return folders(search(true, params));
    },
    createFile(a: string | BlobSource, content?: string, mimeType?: string) {
      m('createFile', true);
      const e = createFileIn(env, rootFolderId(env), a, content, mimeType);
      return asFile(new FakeFile(env, e));
    },
  } as FakeDriveApp;
}
