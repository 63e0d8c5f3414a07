/**
 * Drive, the one way the add-on reaches it: the advanced Drive service
 * (Drive API v3), enabled in the manifest.
 *
 * Why not DriveApp: Google's reference pages list only the full `drive`
 * scope (or `drive.readonly`) for DriveApp's methods, and the add-on keeps
 * to `drive.file` (it sees only the files it created or that the user gave
 * it), which the Drive API accepts for files.create, get, update and list
 * (https://developers.google.com/workspace/drive/api/reference/rest/v3/files).
 * https://developers.google.com/apps-script/advanced/drive
 *
 * `@types/google-apps-script` does not load the advanced service's types:
 * the part the add-on uses is declared here, once, typed.
 */

import {appendAll} from '../shared/arrays';

/** A Drive file or folder, with the fields the add-on reads. */
export interface DriveFile {
  id: string;
  name: string;
  mimeType: string;
  parents?: string[];
  trashed?: boolean;
  createdTime?: string;
  webViewLink?: string;
}

interface DriveFileList {
  files?: DriveFile[];
  nextPageToken?: string;
}

interface DriveFilesV3 {
  create(
    resource: {name: string; mimeType?: string; parents?: string[]},
    mediaData?: GoogleAppsScript.Base.BlobSource,
    optionalArgs?: {fields?: string},
  ): DriveFile;
  get(fileId: string, optionalArgs?: {fields?: string}): DriveFile;
  update(
    resource: {name?: string; trashed?: boolean},
    fileId: string,
    mediaData?: GoogleAppsScript.Base.BlobSource | null,
    optionalArgs?: {
      addParents?: string;
      removeParents?: string;
      fields?: string;
    },
  ): DriveFile;
  list(optionalArgs: {
    q: string;
    pageSize?: number;
    pageToken?: string;
    fields?: string;
  }): DriveFileList;
}

declare const Drive: {Files: DriveFilesV3};

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOCUMENT_MIME = 'application/vnd.google-apps.document';
const FIELDS = 'id,name,mimeType,parents,trashed,createdTime,webViewLink';
const LIST_FIELDS = `nextPageToken,files(${FIELDS})`;

/** A folder the add-on holds: its id, name and address. */
export interface FolderRef {
  id: string;
  name: string;
  url: string;
}

/** A string inside a Drive query: quotes and backslashes escaped. */
export function queryString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The address of a folder (v3 gives webViewLink; the usual form otherwise). */
function folderRef(f: DriveFile): FolderRef {
  return {
    id: f.id,
    name: f.name,
    url: f.webViewLink || `https://drive.google.com/drive/folders/${f.id}`,
  };
}

/** The file or folder `id` as this user reaches it, or null. */
export function findById(id: string): DriveFile | null {
  try {
    return Drive.Files.get(id, {fields: FIELDS});
  } catch {
    return null;
  }
}

/** The folder `id`, or null when it is unreachable, trashed or not a folder. */
export function openFolder(id: string): FolderRef | null {
  const f = findById(id);
  return f && !f.trashed && f.mimeType === FOLDER_MIME ? folderRef(f) : null;
}

/** Every file the query finds (all pages: one call per 1,000). */
function listAll(q: string): DriveFile[] {
  const out: DriveFile[] = [];
  let pageToken: string | undefined;
  do {
    const page = Drive.Files.list({
      q,
      pageSize: 1000,
      fields: LIST_FIELDS,
      ...(pageToken ? {pageToken} : {}),
    });
    appendAll(out, page.files ?? []);
    pageToken = page.nextPageToken;
  } while (pageToken);
  return out;
}

/** A folder named `name` the add-on reaches (not trashed), or null. */
export function findFolderByName(name: string): FolderRef | null {
  const found = listAll(
    `name = ${queryString(name)} and mimeType = '${FOLDER_MIME}' and trashed = false`,
  );
  return found.length ? folderRef(found[0]) : null;
}

/** A new folder named `name` in My Drive. */
export function createFolder(name: string): FolderRef {
  return folderRef(
    Drive.Files.create({name, mimeType: FOLDER_MIME}, undefined, {
      fields: FIELDS,
    }),
  );
}

/** Whether a file (not trashed) named `name` is in the folder. */
export function nameTakenIn(folderId: string, name: string): boolean {
  return (
    listAll(
      `name = ${queryString(name)} and ${queryString(folderId)} in parents and trashed = false`,
    ).length > 0
  );
}

/** Files (not trashed) named `name` anywhere the add-on reaches. */
export function filesNamed(name: string): DriveFile[] {
  return listAll(`name = ${queryString(name)} and trashed = false`);
}

/** Moves a file into the folder (out of wherever it was). */
export function moveToFolder(fileId: string, folderId: string): void {
  const file = Drive.Files.get(fileId, {fields: 'id,parents'});
  const from = (file.parents ?? []).filter(p => p !== folderId);
  if (from.length === 0 && (file.parents ?? []).includes(folderId)) return;
  Drive.Files.update({}, fileId, null, {
    addParents: folderId,
    ...(from.length ? {removeParents: from.join(',')} : {}),
    fields: 'id',
  });
}

/** Moves a file to the trash. */
export function trashFile(fileId: string): void {
  Drive.Files.update({trashed: true}, fileId, null, {fields: 'id'});
}

/** Stores a blob as a new file named `name` in the folder; returns its address. */
export function createFileIn(
  folderId: string,
  name: string,
  blob: GoogleAppsScript.Base.Blob,
): string {
  const f = Drive.Files.create(
    {name, mimeType: blob.getContentType() ?? undefined, parents: [folderId]},
    blob,
    {fields: FIELDS},
  );
  return f.webViewLink || `https://drive.google.com/file/d/${f.id}/view`;
}
