/**
 * Emulated DriveApp (and the Blob the other services hand around).
 *
 * Exports:
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
 *   FakeBlob (new FakeBlob(bytes|string, contentType, name, meter?)), blobData(src)
 *   MIME_TYPES, NOT_FOUND_MESSAGE, rootFolderId(env)
 *
 * Behaviour kept from Google: an unknown or trashed id, or one the current
 * user cannot reach (made by another user in an execution and not shared with
 * them), throws "No item with the given ID could be found…"; files made
 * outside any execution (by the test harness) are everyone's; trashing a
 * folder hides its content; iterators throw past their end; a Google
 * document's blob is its PDF export; makeCopy of a Google Doc or Form is a
 * deep copy (a spreadsheet's copy is part A's hook).
 */
import type {Meter} from './core';
import type {EmuEnv} from './env';
import {enumOf, real} from './cast';

type Blob = GoogleAppsScript.Base.Blob;
type BlobSource = GoogleAppsScript.Base.BlobSource;
type File = GoogleAppsScript.Drive.File;
type Folder = GoogleAppsScript.Drive.Folder;

export const NOT_FOUND_MESSAGE =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

/** Google's MimeType enum (the `MimeType` global). */
export const MIME_TYPES: GoogleAppsScript.Base.MimeType = {
  GOOGLE_APPS_SCRIPT: 'application/vnd.google-apps.script',
  GOOGLE_DRAWINGS: 'application/vnd.google-apps.drawing',
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  GOOGLE_FORMS: 'application/vnd.google-apps.form',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  GOOGLE_SITES: 'application/vnd.google-apps.site',
  GOOGLE_SLIDES: 'application/vnd.google-apps.presentation',
  FOLDER: 'application/vnd.google-apps.folder',
  SHORTCUT: 'application/vnd.google-apps.shortcut',
  BMP: 'image/bmp',
  GIF: 'image/gif',
  JPEG: 'image/jpeg',
  PNG: 'image/png',
  SVG: 'image/svg+xml',
  PDF: 'application/pdf',
  CSS: 'text/css',
  CSV: 'text/csv',
  HTML: 'text/html',
  JAVASCRIPT: 'application/javascript',
  PLAIN_TEXT: 'text/plain',
  RTF: 'application/rtf',
  OPENDOCUMENT_GRAPHICS: 'application/vnd.oasis.opendocument.graphics',
  OPENDOCUMENT_PRESENTATION: 'application/vnd.oasis.opendocument.presentation',
  OPENDOCUMENT_SPREADSHEET: 'application/vnd.oasis.opendocument.spreadsheet',
  OPENDOCUMENT_TEXT: 'application/vnd.oasis.opendocument.text',
  MICROSOFT_EXCEL:
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  MICROSOFT_EXCEL_LEGACY: 'application/vnd.ms-excel',
  MICROSOFT_POWERPOINT:
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  MICROSOFT_POWERPOINT_LEGACY: 'application/vnd.ms-powerpoint',
  MICROSOFT_WORD:
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  MICROSOFT_WORD_LEGACY: 'application/msword',
  ZIP: 'application/zip',
};

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/svg+xml': 'svg',
  'text/plain': 'txt',
  'text/html': 'html',
  'text/csv': 'csv',
  'application/json': 'json',
};

/** Apps Script bytes are signed Java bytes (-128…127). */
function toSigned(buf: Buffer): number[] {
  return Array.from(buf, b => (b > 127 ? b - 256 : b));
}

// ---------------------------------------------------------------- Blob

/** A blob: bytes, a content type and a name. Blob methods count as 'Blob.*'. */
export class FakeBlob implements Blob {
  private bytes: Buffer;
  constructor(
    data: Buffer | Uint8Array | number[] | string,
    private contentType: string | null = null,
    private name: string | null = null,
    private readonly meter: Meter | null = null,
  ) {
    this.bytes = FakeBlob.toBuffer(data);
  }
  static toBuffer(data: Buffer | Uint8Array | number[] | string): Buffer {
    if (typeof data === 'string') return Buffer.from(data, 'utf8');
    if (Array.isArray(data)) return Buffer.from(data.map(b => b & 0xff));
    return Buffer.from(data);
  }
  private m(method: string): void {
    this.meter?.call('Blob', method);
  }
  /** Raw bytes without metering (emulator internals). */
  raw(): Buffer {
    return this.bytes;
  }
  /** Content type and name without metering (emulator internals). */
  meta(): {contentType: string | null; name: string | null} {
    return {contentType: this.contentType, name: this.name};
  }
  copyBlob(): Blob {
    this.m('copyBlob');
    return new FakeBlob(this.bytes, this.contentType, this.name, this.meter);
  }
  getAs(contentType: string): Blob {
    this.m('getAs');
    const ext = EXTENSIONS[contentType];
    const base = this.name ? this.name.replace(/\.[^.]*$/, '') : null;
    const name = base !== null && ext ? `${base}.${ext}` : this.name;
    if (contentType === 'application/pdf' && this.contentType !== contentType) {
      return textPdfBlob(this.bytes.toString('utf8'), name ?? 'document.pdf');
    }
    return new FakeBlob(this.bytes, contentType, name, this.meter);
  }
  getBlob(): Blob {
    this.m('getBlob');
    return this;
  }
  /** Deprecated in Apps Script; kept so the class implements the whole Blob interface. */
  getAllBlobs(): Blob[] {
    this.m('getAllBlobs');
    return [this];
  }
  getBytes(): number[] {
    this.m('getBytes');
    return toSigned(this.bytes);
  }
  getContentType(): string | null {
    this.m('getContentType');
    return this.contentType;
  }
  getDataAsString(charset?: string): string {
    this.m('getDataAsString');
    const enc = (charset ?? 'utf-8').toLowerCase().replace('-', '');
    return this.bytes.toString(enc === 'iso88591' ? 'latin1' : 'utf8');
  }
  getName(): string | null {
    this.m('getName');
    return this.name;
  }
  isGoogleType(): boolean {
    this.m('isGoogleType');
    return false;
  }
  setBytes(data: number[]): Blob {
    this.m('setBytes');
    this.bytes = FakeBlob.toBuffer(data);
    return this;
  }
  setContentType(contentType: string | null): Blob {
    this.m('setContentType');
    this.contentType = contentType;
    return this;
  }
  setContentTypeFromExtension(): Blob {
    this.m('setContentTypeFromExtension');
    const ext = (this.name ?? '').split('.').pop()?.toLowerCase() ?? '';
    const found = Object.entries(EXTENSIONS).find(([, e]) => e === ext);
    if (!found) {
      throw new Error(
        `Could not determine the content type of blob with name ${this.name}.`,
      );
    }
    this.contentType = found[0];
    return this;
  }
  setDataFromString(data: string): Blob {
    this.m('setDataFromString');
    this.bytes = Buffer.from(data, 'utf8');
    return this;
  }
  setName(name: string): Blob {
    this.m('setName');
    this.name = name;
    return this;
  }
}

/** Bytes, type and name of any blob source, without metering our own blobs. */
export function blobData(src: BlobSource): {
  bytes: Buffer;
  contentType: string | null;
  name: string | null;
} {
  if (src instanceof FakeBlob) {
    return {bytes: src.raw(), ...src.meta()};
  }
  const b = src.getBlob();
  return {
    bytes: FakeBlob.toBuffer(b.getBytes()),
    contentType: b.getContentType(),
    name: b.getName(),
  };
}

/**
 * A "PDF" whose body is the text it shows: enough for tests (type, name,
 * content) without a PDF writer. Starts with a real PDF header line.
 */
export function textPdfBlob(
  text: string,
  name: string,
  meter: Meter | null = null,
): FakeBlob {
  const pdfName = /\.pdf$/i.test(name) ? name : `${name}.pdf`;
  return new FakeBlob(
    `%PDF-1.4\n${text}\n%%EOF\n`,
    'application/pdf',
    pdfName,
    meter,
  );
}

// ---------------------------------------------------------------- registry

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

const ROOT_ID = 'root-folder';

/** The running execution's user, or '' outside executions (harness-made files belong to everyone). */
function currentUser(env: EmuEnv): string {
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
  env.files.set(spec.id, entry);
  return entry;
}

/** The entry for an id, or null (no metering, no trash check). */
export function driveEntry(env: EmuEnv, id: string): DriveEntry | null {
  const e = env.files.get(id);
  return e instanceof DriveEntry ? e : null;
}

/** Trashed itself or inside a trashed folder. */
function isTrashedDeep(env: EmuEnv, e: DriveEntry, depth = 0): boolean {
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
    !canAccess(env, e)
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

// ---------------------------------------------------------------- iterators

class FakeIterator<T> {
  private i = 0;
  constructor(
    private readonly env: EmuEnv,
    private readonly service: string,
    private readonly items: T[],
  ) {}
  getContinuationToken(): string {
    this.env.meter.call(this.service, 'getContinuationToken');
    return `token-${this.i}`;
  }
  hasNext(): boolean {
    this.env.meter.call(this.service, 'hasNext');
    return this.i < this.items.length;
  }
  next(): T {
    this.env.meter.call(this.service, 'next');
    if (this.i >= this.items.length) {
      throw new Error(
        'Cannot retrieve the next object: iterator has reached the end.',
      );
    }
    return this.items[this.i++];
  }
}

class FakeFileIterator
  extends FakeIterator<File>
  implements GoogleAppsScript.Drive.FileIterator {}
class FakeFolderIterator
  extends FakeIterator<Folder>
  implements GoogleAppsScript.Drive.FolderIterator {}

// ---------------------------------------------------------------- File & Folder

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

function asFile(f: FakeFile): File {
  return f as unknown as File;
}
function asFolder(f: FakeFolder): Folder {
  return f as unknown as Folder;
}

function entryOf(x: unknown): DriveEntry {
  if (x instanceof FakeFile || x instanceof FakeFolder) return x.entry;
  throw new Error('Invalid argument: expected a Drive File or Folder.');
}

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

type SharingKeys =
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
abstract class DriveItem {
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

function parentsIterator(
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

function childrenOf(env: EmuEnv, folderId: string, folders: boolean) {
  const out: DriveEntry[] = [];
  for (const v of env.files.values()) {
    if (
      v instanceof DriveEntry &&
      v.parents.includes(folderId) &&
      (v.kind === 'folder') === folders &&
      !isTrashedDeep(env, v) &&
      canAccess(env, v)
    ) {
      out.push(v);
    }
  }
  return out;
}

function createFileIn(
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

// ---------------------------------------------------------------- search

/**
 * A predicate for Drive's search queries (the v2 syntax DriveApp.searchFiles
 * takes): conditions joined by "and" — title/name = | != | contains 'x',
 * mimeType = | != 'x', fullText contains 'x', 'id' in parents,
 * trashed = true|false, starred = true|false. Anything else throws
 * "Invalid argument: q" (the emulator does not guess).
 */
export function searchPredicate(
  query: string,
): (e: DriveEntry, trashed: boolean) => boolean {
  const conds: ((e: DriveEntry, trashed: boolean) => boolean)[] = [];
  const re =
    /^\s*(?:(title|name|mimeType|fullText)\s*(=|!=|contains)\s*'((?:[^'\\]|\\.)*)'|'((?:[^'\\]|\\.)*)'\s+in\s+parents|(trashed|starred)\s*=\s*(true|false))\s*(?:and\b|$)/i;
  let rest = String(query);
  let sawTrashed = false;
  while (rest.trim() !== '') {
    const m = re.exec(rest);
    if (!m) throw new Error('Invalid argument: q');
    rest = rest.slice(m[0].length);
    const unq = (v: string) => v.replace(/\\(.)/g, '$1');
    if (m[1]) {
      const field = m[1].toLowerCase();
      const op = m[2].toLowerCase();
      const v = unq(m[3]);
      const get = (e: DriveEntry) =>
        field === 'mimetype'
          ? e.mimeType
          : field === 'fulltext'
            ? `${e.currentName()} ${e.content?.toString('utf8') ?? ''}`
            : e.currentName();
      if (op === 'contains' && field === 'mimetype') {
        throw new Error('Invalid argument: q');
      }
      conds.push(e =>
        op === '='
          ? get(e) === v
          : op === '!='
            ? get(e) !== v
            : get(e).toLowerCase().includes(v.toLowerCase()),
      );
    } else if (m[4] !== undefined) {
      const id = unq(m[4]);
      conds.push(e => e.parents.includes(id));
    } else {
      const want = m[6].toLowerCase() === 'true';
      if (m[5].toLowerCase() === 'trashed') {
        sawTrashed = true;
        conds.push((_e, trashed) => trashed === want);
      } else {
        conds.push(e => e.starred === want);
      }
    }
  }
  return (e, trashed) =>
    (sawTrashed || !trashed) && conds.every(c => c(e, trashed));
}

// ---------------------------------------------------------------- DriveApp

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
        canAccess(env, v) &&
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
        canAccess(env, v) &&
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
