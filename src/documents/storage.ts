/**
 * Where documents go: the Drive folder of the settings (created by name on
 * first use, its id then saved), a free name in it, the new document moved
 * there; trashing what failed; the PDF copy.
 */
import {
  createFileIn,
  createFolder,
  findFolderByName,
  moveToFolder,
  nameTakenIn,
  openFolder as openDriveFolder,
  trashFile,
  type FolderRef,
} from '../gas/drive';
import {AddonError} from '../gas/errors';
import {withDocumentLock} from '../gas/lock';
import {loadSettings, saveSettings} from '../settings/store';
import type {Settings} from '../settings/types';
import {copyDocumentContent} from './copy';
import {versionedName} from './naming';

type Folder = FolderRef;
type Document = GoogleAppsScript.Document.Document;

/**
 * The documents folder. A folder id that cannot be opened (deleted, trashed,
 * not shared) is an error: documents must not silently land elsewhere.
 */
export function documentsFolder(settings: Settings): Folder {
  if (settings.documentsFolderId) return openFolder(settings.documentsFolderId);
  // First use: found or created under the lock, so that two people starting
  // at the same moment share one folder.
  return withDocumentLock(() => {
    const fresh = loadSettings();
    if (fresh.documentsFolderId) return openFolder(fresh.documentsFolderId);
    const name =
      fresh.documentsFolderName.trim() || 'Territoire de sciences – documents';
    // Under drive.file the search sees only folders the add-on made (or the
    // user gave it): a hand-made folder of the same name is not taken.
    const folder = findFolderByName(name) ?? createFolder(name);
    // Saved so that the next document goes to the same folder even if it is renamed.
    saveSettings({...fresh, documentsFolderId: folder.id});
    return folder;
  });
}

/** The folder `id`; unreachable, trashed or gone: the add-on's French error. */
export function openFolder(id: string): Folder {
  const folder = openDriveFolder(id);
  if (!folder) throw new AddonError('documents.error.folderMissing');
  return folder;
}

/** `base`, or `base (2)`… : never the name of a file already in the folder. */
export function freeName(folder: Folder, base: string): string {
  // A name in the trash is free again (the query leaves trashed files out).
  return versionedName(base, name => nameTakenIn(folder.id, name));
}

export interface CreatedDoc {
  doc: Document;
  id: string;
  url: string;
}

/** A new, empty Google Doc named `name` in `folder`. */
export function createDocIn(folder: Folder, name: string): CreatedDoc {
  const doc = DocumentApp.create(name);
  const id = doc.getId();
  moveToFolder(id, folder.id);
  return {doc, id, url: doc.getUrl()};
}

/**
 * A copy of the template named `name` in `folder`, opened: a new Doc the
 * add-on creates (so that drive.file reaches it), filled with the
 * template's content read through DocumentApp (see copy.ts).
 */
export function copyTemplateIn(
  templateId: string,
  folder: Folder,
  name: string,
): CreatedDoc {
  const template = DocumentApp.openById(templateId);
  const created = createDocIn(folder, name);
  copyDocumentContent(template, created.doc);
  return created;
}

/** Moves a failed document to the trash (best effort: the error that caused it matters more). */
export function trashQuietly(id: string): void {
  try {
    trashFile(id);
  } catch {
    // Already gone, or Drive unavailable: the Documents tab still says "échec".
  }
}

/** Saves the document and puts its PDF export beside it. Returns the PDF's address. */
export function pdfCopy(id: string, folder: Folder, name: string): string {
  // Document.getAs needs only the documents scope; the PDF file is one the
  // add-on creates (drive.file).
  const blob = DocumentApp.openById(id).getAs('application/pdf');
  blob.setName(`${name}.pdf`);
  return createFileIn(folder.id, `${name}.pdf`, blob);
}
