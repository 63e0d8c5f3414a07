/**
 * A Drive file.
 * Reference: https://developers.google.com/apps-script/reference/drive/file
 */
import {FakeBlob, blobData, textPdfBlob} from '../base/blob';
import type {EmuEnv} from '../core/env';
import type {SharingKeys} from './drive-item';
import {DriveItem} from './drive-item';
import {FakeFolder} from './folder';
import {asFile, asFolder, entryOf} from './handles';
import {FakeFolderIterator} from './iterators';
import {
  DriveEntry,
  driveAppReaches,
  driveEntry,
  driveUrl,
  isTrashedDeep,
  registerFile,
} from './registry';

type Blob = GoogleAppsScript.Base.Blob;
type BlobSource = GoogleAppsScript.Base.BlobSource;
type File = GoogleAppsScript.Drive.File;
type Folder = GoogleAppsScript.Drive.Folder;

type FileKeys =
  | 'getId'
  | 'getName'
  | 'setName'
  | 'getUrl'
  | 'getMimeType'
  | 'makeCopy'
  | 'moveTo'
  | 'getAs'
  | 'getBlob'
  | 'setTrashed'
  | 'isTrashed'
  | 'getParents'
  | 'getLastUpdated'
  | 'getDateCreated'
  | 'getSize'
  | 'getDescription'
  | 'setDescription'
  | 'setContent'
  | 'getDownloadUrl';

export class FakeFile
  extends DriveItem
  implements Pick<File, FileKeys | SharingKeys>
{
  protected readonly service = 'File';
  getId(): string {
    this.m('getId');
    return this.entry.id;
  }
  getName(): string {
    this.m('getName');
    return this.entry.currentName();
  }
  setName(name: string): File {
    this.m('setName');
    if (this.entry.hooks.setName) this.entry.hooks.setName(String(name));
    this.entry.name = String(name);
    this.entry.updated = this.env.clock.now();
    return asFile(this);
  }
  getUrl(): string {
    this.m('getUrl');
    return driveUrl(this.entry);
  }
  getDownloadUrl(): string {
    this.m('getDownloadUrl');
    return `https://drive.google.com/uc?id=${this.entry.id}&export=download`;
  }
  getMimeType(): string {
    this.m('getMimeType');
    return this.entry.mimeType;
  }
  getSize(): number {
    this.m('getSize');
    return this.entry.content ? this.entry.content.length : 0;
  }
  setContent(content: string): File {
    this.m('setContent');
    if (this.entry.kind !== 'file') {
      throw new Error(
        'Cannot set content of a Google Docs, Sheets or Forms file.',
      );
    }
    this.entry.content = Buffer.from(String(content), 'utf8');
    this.entry.updated = this.env.clock.now();
    return asFile(this);
  }
  makeCopy(a?: string | Folder, b?: Folder): File {
    this.m('makeCopy', true);
    const src = this.entry;
    const name =
      typeof a === 'string'
        ? a
        : `${this.env.locale === 'fr' ? 'Copie de' : 'Copy of'} ${src.currentName()}`;
    const dest = typeof a === 'string' ? b : a;
    let copy: DriveEntry;
    if (src.hooks.copy) {
      const newId = src.hooks.copy(name);
      const registered = driveEntry(this.env, newId);
      if (!registered) throw new Error(`Copy of ${src.id} was not registered`);
      copy = registered;
    } else {
      copy = registerFile(this.env, {
        id: this.env.ids.next('file_'),
        name,
        mimeType: src.mimeType,
        kind: src.kind,
        content: src.content ? Buffer.from(src.content) : null,
      });
    }
    copy.parents = dest ? [entryOf(dest).id] : [...src.parents];
    return asFile(new FakeFile(this.env, copy));
  }
  moveTo(destination: Folder): File {
    this.m('moveTo');
    this.entry.parents = [entryOf(destination).id];
    this.entry.updated = this.env.clock.now();
    return asFile(this);
  }
  getAs(contentType: string): Blob {
    this.m('getAs');
    return exportEntry(this.env, this.entry, contentType);
  }
  getBlob(): Blob {
    this.m('getBlob');
    if (this.entry.kind !== 'file') {
      return exportEntry(this.env, this.entry, 'application/pdf');
    }
    return new FakeBlob(
      this.entry.content ?? Buffer.alloc(0),
      this.entry.mimeType,
      this.entry.name,
      this.env.meter,
    );
  }
  setTrashed(trashed: boolean): File {
    this.m('setTrashed');
    this.entry.trashed = Boolean(trashed);
    return asFile(this);
  }
  isTrashed(): boolean {
    this.m('isTrashed');
    return isTrashedDeep(this.env, this.entry);
  }
  getParents(): GoogleAppsScript.Drive.FolderIterator {
    this.m('getParents');
    return parentsIterator(this.env, this.entry);
  }
  getLastUpdated(): GoogleAppsScript.Base.Date {
    this.m('getLastUpdated');
    return new Date(this.entry.updated.getTime());
  }
  getDateCreated(): GoogleAppsScript.Base.Date {
    this.m('getDateCreated');
    return new Date(this.entry.created.getTime());
  }
}

export function parentsIterator(
  env: EmuEnv,
  e: DriveEntry,
): GoogleAppsScript.Drive.FolderIterator {
  const folders = e.parents
    .map(p => driveEntry(env, p))
    .filter((p): p is DriveEntry => p !== null)
    .map(p => asFolder(new FakeFolder(env, p)));
  return new FakeFolderIterator(env, 'FolderIterator', folders);
}

function exportEntry(env: EmuEnv, e: DriveEntry, contentType: string): Blob {
  if (e.hooks.getAs) return e.hooks.getAs(contentType);
  if (e.kind !== 'file') {
    throw new Error(
      `Converting from ${e.mimeType} to ${contentType} is not supported.`,
    );
  }
  const blob = new FakeBlob(
    e.content ?? Buffer.alloc(0),
    e.mimeType,
    e.name,
    env.meter,
  );
  if (contentType === e.mimeType) return blob;
  if (contentType === 'application/pdf' && /^text\//.test(e.mimeType)) {
    return textPdfBlob((e.content ?? Buffer.alloc(0)).toString('utf8'), e.name);
  }
  if (/^image\//.test(contentType) && /^image\//.test(e.mimeType)) {
    return blob.getAs(contentType);
  }
  throw new Error(
    `Converting from ${e.mimeType} to ${contentType} is not supported.`,
  );
}

export function childrenOf(env: EmuEnv, folderId: string, folders: boolean) {
  const out: DriveEntry[] = [];
  for (const v of env.files.values()) {
    if (
      v instanceof DriveEntry &&
      v.parents.includes(folderId) &&
      (v.kind === 'folder') === folders &&
      !isTrashedDeep(env, v) &&
      driveAppReaches(env, v)
    ) {
      out.push(v);
    }
  }
  return out;
}

export function createFileIn(
  env: EmuEnv,
  parentId: string,
  a: string | BlobSource,
  content?: string,
  mimeType?: string,
): DriveEntry {
  if (typeof a === 'string') {
    return registerFile(env, {
      id: env.ids.next('file_'),
      name: a,
      mimeType: mimeType ?? 'text/plain',
      kind: 'file',
      parentId,
      content: Buffer.from(String(content ?? ''), 'utf8'),
    });
  }
  const data = blobData(a);
  return registerFile(env, {
    id: env.ids.next('file_'),
    name: data.name ?? 'Untitled',
    mimeType: data.contentType ?? 'application/octet-stream',
    kind: 'file',
    parentId,
    content: Buffer.from(data.bytes),
  });
}
