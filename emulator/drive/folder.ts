/**
 * A Drive folder.
 * Reference: https://developers.google.com/apps-script/reference/drive/folder
 */
import {MIME_TYPES} from '../base/mime-type';
import type {SharingKeys} from './drive-item';
import {DriveItem} from './drive-item';
import {childrenOf, createFileIn, FakeFile, parentsIterator} from './file';
import {asFile, asFolder, entryOf} from './handles';
import {FakeFileIterator, FakeFolderIterator} from './iterators';
import {driveUrl, isTrashedDeep, registerFile} from './registry';

type BlobSource = GoogleAppsScript.Base.BlobSource;
type File = GoogleAppsScript.Drive.File;
type Folder = GoogleAppsScript.Drive.Folder;

type FolderKeys =
  | 'createFolder'
  | 'createFile'
  | 'getFiles'
  | 'getFolders'
  | 'getFilesByName'
  | 'getFoldersByName'
  | 'getId'
  | 'getName'
  | 'setName'
  | 'getUrl'
  | 'setTrashed'
  | 'isTrashed'
  | 'addFile'
  | 'removeFile'
  | 'addFolder'
  | 'getParents'
  | 'getDateCreated'
  | 'getLastUpdated'
  | 'moveTo';

export class FakeFolder
  extends DriveItem
  implements Pick<Folder, FolderKeys | SharingKeys>
{
  protected readonly service = 'Folder';
  createFolder(name: string): Folder {
    this.m('createFolder', true);
    const e = registerFile(this.env, {
      id: this.env.ids.next('folder_'),
      name: String(name),
      mimeType: MIME_TYPES.FOLDER,
      kind: 'folder',
      parentId: this.entry.id,
    });
    return asFolder(new FakeFolder(this.env, e));
  }
  createFile(
    a: string | BlobSource,
    content?: string,
    mimeType?: string,
  ): File {
    this.m('createFile', true);
    const e = createFileIn(this.env, this.entry.id, a, content, mimeType);
    return asFile(new FakeFile(this.env, e));
  }
  getFiles(): GoogleAppsScript.Drive.FileIterator {
    this.m('getFiles');
    const files = childrenOf(this.env, this.entry.id, false);
    return new FakeFileIterator(
      this.env,
      'FileIterator',
      files.map(f => asFile(new FakeFile(this.env, f))),
    );
  }
  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    this.m('getFilesByName');
    const files = childrenOf(this.env, this.entry.id, false).filter(
      f => f.currentName() === name,
    );
    return new FakeFileIterator(
      this.env,
      'FileIterator',
      files.map(f => asFile(new FakeFile(this.env, f))),
    );
  }
  getFolders(): GoogleAppsScript.Drive.FolderIterator {
    this.m('getFolders');
    const folders = childrenOf(this.env, this.entry.id, true);
    return new FakeFolderIterator(
      this.env,
      'FolderIterator',
      folders.map(f => asFolder(new FakeFolder(this.env, f))),
    );
  }
  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    this.m('getFoldersByName');
    const folders = childrenOf(this.env, this.entry.id, true).filter(
      f => f.name === name,
    );
    return new FakeFolderIterator(
      this.env,
      'FolderIterator',
      folders.map(f => asFolder(new FakeFolder(this.env, f))),
    );
  }
  getId(): string {
    this.m('getId');
    return this.entry.id;
  }
  getName(): string {
    this.m('getName');
    return this.entry.name;
  }
  setName(name: string): Folder {
    this.m('setName');
    this.entry.name = String(name);
    return asFolder(this);
  }
  getUrl(): string {
    this.m('getUrl');
    return driveUrl(this.entry);
  }
  setTrashed(trashed: boolean): Folder {
    this.m('setTrashed');
    this.entry.trashed = Boolean(trashed);
    return asFolder(this);
  }
  isTrashed(): boolean {
    this.m('isTrashed');
    return isTrashedDeep(this.env, this.entry);
  }
  addFile(child: File): Folder {
    this.m('addFile');
    const e = entryOf(child);
    if (!e.parents.includes(this.entry.id)) e.parents.push(this.entry.id);
    return asFolder(this);
  }
  removeFile(child: File): Folder {
    this.m('removeFile');
    const e = entryOf(child);
    e.parents = e.parents.filter(p => p !== this.entry.id);
    return asFolder(this);
  }
  addFolder(child: Folder): Folder {
    this.m('addFolder');
    const e = entryOf(child);
    if (!e.parents.includes(this.entry.id)) e.parents.push(this.entry.id);
    return asFolder(this);
  }
  moveTo(destination: Folder): Folder {
    this.m('moveTo');
    this.entry.parents = [entryOf(destination).id];
    return asFolder(this);
  }
  getParents(): GoogleAppsScript.Drive.FolderIterator {
    this.m('getParents');
    return parentsIterator(this.env, this.entry);
  }
  getDateCreated(): GoogleAppsScript.Base.Date {
    this.m('getDateCreated');
    return new Date(this.entry.created.getTime());
  }
  getLastUpdated(): GoogleAppsScript.Base.Date {
    this.m('getLastUpdated');
    return new Date(this.entry.updated.getTime());
  }
}
