/**
 * Between our file and folder fakes and the Apps Script interfaces they stand
 * for (kept apart from drive-item.ts, which they extend, so that the base class
 * never loads its subclasses).
 * Reference: https://developers.google.com/apps-script/reference/drive/file
 * Reference: https://developers.google.com/apps-script/reference/drive/folder
 */
import {FakeFile} from './file';
import {FakeFolder} from './folder';
import type {DriveEntry} from './registry';

type File = GoogleAppsScript.Drive.File;
type Folder = GoogleAppsScript.Drive.Folder;

export function asFile(f: FakeFile): File {
  return f as unknown as File;
}
export function asFolder(f: FakeFolder): Folder {
  return f as unknown as Folder;
}

export function entryOf(x: unknown): DriveEntry {
  if (x instanceof FakeFile || x instanceof FakeFolder) return x.entry;
  throw new Error('Invalid argument: expected a Drive File or Folder.');
}
