/**
 * Scopes and Drive: a call whose scope the manifest lacks is refused; under
 * drive.file DriveApp reaches what this script made, never a file a person
 * made in Drive, which the documents scope still opens (issue 14, point 1).
 * Drive's own messages and shapes the add-on relies on.
 */
import manifest from '../appsscript.json';
import type {SingleCase} from '../framework/types';
import {REF} from './refs';

const FROM = 'emulator/test/drive.test.ts';
/** Google's message for an id DriveApp cannot reach (absent, or outside the granted scope). */
const NOT_FOUND =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';
/** A well-formed Drive id that names nothing (44 url-safe characters). */
const ABSENT_ID = '1ConformiteAbsentAbsentAbsentAbsentAbsent000';
const DOC_MIME = 'application/vnd.google-apps.document';

export const DRIVE_SCOPES: SingleCase[] = [
  {
    id: 'scopes.undeclared-refused',
    title:
      'Un service dont la portée manque au manifeste est refusé : UrlFetchApp.fetch lève « You do not have permission to call UrlFetchApp.fetch. Required permissions: …/script.external_request »',
    refs: [REF.scopes, `${REF.urlFetchApp}#fetch(String)`, REF.manifest],
    point: 1,
    run(t) {
      t.ok(
        manifest.oauthScopes.indexOf(
          'https://www.googleapis.com/auth/script.external_request',
        ) < 0,
        'le manifeste ne déclare pas script.external_request',
      );
      t.throws(
        () => UrlFetchApp.fetch('https://www.google.com/'),
        'You do not have permission to call UrlFetchApp.fetch. Required permissions: https://www.googleapis.com/auth/script.external_request',
        'UrlFetchApp.fetch',
      );
    },
  },
  {
    id: 'drive.file.own-file',
    title:
      'Sous drive.file, DriveApp atteint un fichier que le script a créé (getFileById, nom, dossier parent)',
    refs: [REF.driveAuth, `${REF.driveApp}#getFileById(String)`],
    point: 1,
    run(t) {
      const folder = t.folder();
      const file = folder.createFile('note.txt', 'bonjour', 'text/plain');
      t.trackFile(file.getId());
      const again = DriveApp.getFileById(file.getId());
      t.equal(again.getName(), 'note.txt', 'getName');
      t.equal(again.getBlob().getDataAsString(), 'bonjour', 'contenu');
      t.equal(again.getParents().next().getId(), folder.getId(), 'parent');
    },
  },
  {
    id: 'drive.file.own-document',
    title:
      'Sous drive.file, un Doc créé par DocumentApp est un fichier du script : DriveApp le trouve et le copie dans un dossier',
    refs: [
      REF.driveAuth,
      `${REF.file}#makeCopy(String,Folder)`,
      `${REF.documentApp}#create(String)`,
    ],
    point: 1,
    run(t) {
      const doc = t.document('modèle du script');
      doc.getBody().appendParagraph('Entre {{partenaire}} et nous.');
      doc.saveAndClose();
      const file = DriveApp.getFileById(doc.getId());
      t.equal(file.getMimeType(), DOC_MIME, 'getMimeType');
      const copy = file.makeCopy('copie', t.folder());
      t.trackFile(copy.getId());
      t.equal(copy.getParents().next().getId(), t.folder().getId(), 'parent');
      t.equal(
        DocumentApp.openById(copy.getId()).getBody().getText(),
        '\nEntre {{partenaire}} et nous.',
        'texte de la copie',
      );
    },
  },
  {
    id: 'drive.file.person-file-unreachable',
    title:
      'Sous drive.file, un Doc fait par une personne dans Drive (ni créé par le script, ni choisi dans le Picker) est introuvable pour DriveApp : « No item with the given ID could be found… »',
    refs: [REF.driveAuth, `${REF.driveApp}#getFileById(String)`, REF.scopes],
    point: 1,
    needs: 'personDoc',
    run(t) {
      const id = t.given.personDocId ?? '';
      t.throws(() => DriveApp.getFileById(id), NOT_FOUND, 'getFileById');
    },
  },
  {
    id: 'documents.person-doc-opens',
    title:
      'Sous la portée documents, DocumentApp ouvre et lit un Doc fait par une personne (l’adresse collée d’un modèle)',
    refs: [`${REF.documentApp}#openById(String)`, REF.driveAuth],
    point: 1,
    needs: 'personDoc',
    run(t) {
      const doc = DocumentApp.openById(t.given.personDocId ?? '');
      t.equal(doc.getId(), t.given.personDocId, 'getId');
      t.equal(typeof doc.getBody().getText(), 'string', 'corps lisible');
      t.ok(doc.getName().length > 0, 'un nom');
    },
  },
  {
    id: 'drive.absent-id',
    title:
      'getFileById et getFolderById d’un id qui ne désigne rien lèvent « No item with the given ID could be found… »',
    refs: [
      `${REF.driveApp}#getFileById(String)`,
      `${REF.driveApp}#getFolderById(String)`,
    ],
    from: `${FROM} ; emulator/API.md (DriveApp)`,
    run(t) {
      t.throws(() => DriveApp.getFileById(ABSENT_ID), NOT_FOUND, 'fichier');
      t.throws(() => DriveApp.getFolderById(ABSENT_ID), NOT_FOUND, 'dossier');
    },
  },
  {
    id: 'drive.copy.name-and-folder',
    title:
      'makeCopy(nom, dossier) crée une copie indépendante de ce nom dans ce dossier ; moveTo change le parent',
    refs: [`${REF.file}#makeCopy(String,Folder)`, `${REF.file}#moveTo(Folder)`],
    from: FROM,
    run(t) {
      const root = t.folder();
      const a = root.createFolder('A');
      const b = root.createFolder('B');
      t.trackFolder(a.getId());
      t.trackFolder(b.getId());
      const f = a.createFile('liste.csv', 'nom;age\n', 'text/csv');
      t.trackFile(f.getId());
      const copy = f.makeCopy('liste 2.csv', b);
      t.trackFile(copy.getId());
      t.ok(copy.getId() !== f.getId(), 'autre id');
      t.equal(copy.getName(), 'liste 2.csv', 'nom');
      t.equal(copy.getParents().next().getId(), b.getId(), 'dossier');
      f.moveTo(b);
      t.equal(f.getParents().next().getId(), b.getId(), 'après moveTo');
      t.equal(a.getFiles().hasNext(), false, 'A vidé');
    },
  },
  {
    id: 'drive.copy.default-name',
    title:
      'makeCopy() sans nom nomme la copie « Copie de X » (compte en français ; « Copy of X » en anglais)',
    refs: [`${REF.file}#makeCopy()`],
    from: FROM,
    unverified:
      "Google ne documente pas le nom par défaut ; il suit la langue du compte, d'où Session.getActiveUserLocale().",
    run(t) {
      const f = t.folder().createFile('liste.csv', 'x', 'text/csv');
      t.trackFile(f.getId());
      const copy = f.makeCopy();
      t.trackFile(copy.getId());
      const fr =
        Session.getActiveUserLocale().toLowerCase().indexOf('fr') === 0;
      t.equal(
        copy.getName(),
        fr ? 'Copie de liste.csv' : 'Copy of liste.csv',
        'nom par défaut',
      );
    },
  },
  {
    id: 'drive.iterator.end',
    title:
      'next() après la fin d’un itérateur lève « Cannot retrieve the next object: iterator has reached the end. »',
    refs: [`${REF.fileIterator}#next()`],
    from: FROM,
    run(t) {
      const empty = t.folder().createFolder('vide');
      t.trackFolder(empty.getId());
      const it = empty.getFiles();
      t.equal(it.hasNext(), false, 'hasNext');
      t.throws(
        () => it.next(),
        'Cannot retrieve the next object: iterator has reached the end.',
        'next',
      );
    },
  },
  {
    id: 'drive.folder.url',
    title:
      "L'adresse d'un dossier est https://drive.google.com/drive/folders/<id>",
    refs: [`${REF.folder}#getUrl()`],
    from: FROM,
    run(t) {
      const folder = t.folder();
      t.equal(
        folder.getUrl(),
        `https://drive.google.com/drive/folders/${folder.getId()}`,
        'getUrl',
      );
    },
  },
];
