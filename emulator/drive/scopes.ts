/**
 * Scopes of DriveApp and its classes (File, Folder, iterators): one row per method the add-on, the conformance cases or
 * the emulator's own tests call, with the scopes Google's reference page lists
 * under "Authorization" (any one is enough; none: no authorization needed)
 * and that page. How rows are read and checked: ../core/scopes.ts. Rows were
 * taken from Google's reference pages (as of 2025-11); the scope-table test
 * keeps them in step with an independent copy of those pages.
 */
import {rowsOf, SCOPE, type MethodRow, type ScopeTable} from '../core/scopes';

const REST =
  'https://developers.google.com/workspace/drive/api/reference/rest/v3/files/';

/**
 * The advanced Drive service (./advanced.ts): each REST method's
 * "Authorization scopes" section, reduced to the scopes an Apps Script
 * project of this kind may hold (drive, drive.file, drive.readonly; the
 * pages also list drive.appdata, drive.metadata… which the add-on never asks).
 */
const advanced = (
  method: string,
  scopes: readonly string[],
): Record<string, MethodRow> => ({
  [`Drive.Files.${method}`]: {scopes, ref: `${REST}${method}`},
});

const ADVANCED_DRIVE_SCOPES: ScopeTable = {
  ...advanced('create', [SCOPE.drive, SCOPE.driveFile]),
  ...advanced('update', [SCOPE.drive, SCOPE.driveFile]),
  ...advanced('get', [SCOPE.drive, SCOPE.driveFile, SCOPE.driveReadonly]),
  ...advanced('list', [SCOPE.drive, SCOPE.driveFile, SCOPE.driveReadonly]),
};

/**
 * DriveApp and its classes: Google's reference lists only drive.readonly /
 * drive, and live reports say DriveApp refuses a drive.file-only manifest
 * ("Specified permissions are not sufficient to call DriveApp.createFolder.
 * Required permissions: https://www.googleapis.com/auth/drive"). The
 * emulator follows the pages: no drive.file here. The add-on reaches Drive
 * through the advanced Drive service instead (rows below), whose REST
 * methods accept drive.file.
 */
export const DRIVE_SCOPES: ScopeTable = {
  ...rowsOf('DriveApp', 'drive/drive-app', [SCOPE.drive], {
    createFile: 'createFile(BlobSource)',
    createFolder: 'createFolder(String)',
  }),
  ...rowsOf('DriveApp', 'drive/drive-app', [SCOPE.driveReadonly, SCOPE.drive], {
    getFileById: 'getFileById(String)',
    getFiles: 'getFiles()',
    getFilesByName: 'getFilesByName(String)',
    getFilesByType: 'getFilesByType(String)',
    getFolderById: 'getFolderById(String)',
    getFolders: 'getFolders()',
    getFoldersByName: 'getFoldersByName(String)',
    getRootFolder: 'getRootFolder()',
    searchFiles: 'searchFiles(String)',
    searchFolders: 'searchFolders(String)',
  }),
  ...rowsOf('File', 'drive/file', [SCOPE.drive], {
    addEditor: 'addEditor(String)',
    addEditors: 'addEditors(String)',
    addViewer: 'addViewer(String)',
    addViewers: 'addViewers(String)',
    makeCopy: 'makeCopy()',
    moveTo: 'moveTo(Folder)',
    removeEditor: 'removeEditor(String)',
    removeViewer: 'removeViewer(String)',
    setContent: 'setContent(String)',
    setDescription: 'setDescription(String)',
    setName: 'setName(String)',
    setSharing: 'setSharing(Access,Permission)',
    setStarred: 'setStarred(Boolean)',
    setTrashed: 'setTrashed(Boolean)',
  }),
  ...rowsOf('File', 'drive/file', [SCOPE.driveReadonly, SCOPE.drive], {
    getAccess: 'getAccess(String)',
    getDateCreated: 'getDateCreated()',
    getDescription: 'getDescription()',
    getDownloadUrl: 'getDownloadUrl()',
    getEditors: 'getEditors()',
    getId: 'getId()',
    getLastUpdated: 'getLastUpdated()',
    getMimeType: 'getMimeType()',
    getName: 'getName()',
    getOwner: 'getOwner()',
    getParents: 'getParents()',
    getSharingAccess: 'getSharingAccess()',
    getSharingPermission: 'getSharingPermission()',
    getSize: 'getSize()',
    getUrl: 'getUrl()',
    getViewers: 'getViewers()',
    isStarred: 'isStarred()',
    isTrashed: 'isTrashed()',
  }),
  ...rowsOf('File', 'drive/file', [], {
    getAs: 'getAs(String)',
    getBlob: 'getBlob()',
  }),
  ...rowsOf('Folder', 'drive/folder', [SCOPE.drive], {
    addEditor: 'addEditor(String)',
    addEditors: 'addEditors(String)',
    addViewer: 'addViewer(String)',
    addViewers: 'addViewers(String)',
    createFile: 'createFile(BlobSource)',
    createFolder: 'createFolder(String)',
    moveTo: 'moveTo(Folder)',
    removeEditor: 'removeEditor(String)',
    removeViewer: 'removeViewer(String)',
    setDescription: 'setDescription(String)',
    setName: 'setName(String)',
    setSharing: 'setSharing(Access,Permission)',
    setStarred: 'setStarred(Boolean)',
    setTrashed: 'setTrashed(Boolean)',
  }),
  ...rowsOf('Folder', 'drive/folder', [SCOPE.driveReadonly, SCOPE.drive], {
    getAccess: 'getAccess(String)',
    getDateCreated: 'getDateCreated()',
    getDescription: 'getDescription()',
    getEditors: 'getEditors()',
    getFiles: 'getFiles()',
    getFilesByName: 'getFilesByName(String)',
    getFilesByType: 'getFilesByType(String)',
    getFolders: 'getFolders()',
    getFoldersByName: 'getFoldersByName(String)',
    getId: 'getId()',
    getLastUpdated: 'getLastUpdated()',
    getName: 'getName()',
    getOwner: 'getOwner()',
    getParents: 'getParents()',
    getSharingAccess: 'getSharingAccess()',
    getSharingPermission: 'getSharingPermission()',
    getSize: 'getSize()',
    getUrl: 'getUrl()',
    getViewers: 'getViewers()',
    isStarred: 'isStarred()',
    isTrashed: 'isTrashed()',
    searchFiles: 'searchFiles(String)',
    searchFolders: 'searchFolders(String)',
  }),
  ...rowsOf('FileIterator', 'drive/file-iterator', [], {
    getContinuationToken: 'getContinuationToken()',
    hasNext: 'hasNext()',
    next: 'next()',
  }),
  ...rowsOf('FolderIterator', 'drive/folder-iterator', [], {
    getContinuationToken: 'getContinuationToken()',
    hasNext: 'hasNext()',
    next: 'next()',
  }),
  ...ADVANCED_DRIVE_SCOPES,
};
