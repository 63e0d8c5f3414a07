/**
 * The advanced Drive service (v3) as the conformance cases call it. The
 * cases import nothing from the add-on (they check Google, not our code), so
 * the few declarations they need are written here, against the REST
 * reference: https://developers.google.com/workspace/drive/api/reference/rest/v3/files
 */

interface DriveFile {
  id: string;
  name: string;
  mimeType: string;
  parents?: string[];
  trashed?: boolean;
  webViewLink?: string;
}

interface DriveFiles {
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
    optionalArgs?: {addParents?: string; removeParents?: string},
  ): DriveFile;
  list(optionalArgs: {q: string; pageSize?: number}): {files?: DriveFile[]};
}

declare const Drive: {Files: DriveFiles};

export const FOLDER_MIME = 'application/vnd.google-apps.folder';

export function driveFiles(): DriveFiles {
  return Drive.Files;
}

/** Moves a file into the folder, out of its other parents. */
export function moveToFolder(fileId: string, folderId: string): void {
  const parents = Drive.Files.get(fileId, {fields: 'parents'}).parents ?? [];
  const from = parents.filter(p => p !== folderId);
  Drive.Files.update({}, fileId, null, {
    addParents: folderId,
    ...(from.length ? {removeParents: from.join(',')} : {}),
  });
}

export function trashFile(fileId: string): void {
  Drive.Files.update({trashed: true}, fileId);
}
