/**
 * Scopes and Drive: a call whose scope the manifest lacks is refused;
 * DriveApp is refused under drive.file (its pages name only drive); the
 * advanced Drive service reaches what this script made, never a file a
 * person made in Drive, which the documents scope still opens (issue 14,
 * point 1). Drive's own messages and shapes the add-on relies on.
 */
import manifest from '../appsscript.json';
import {driveFiles} from '../framework/drive';
import {SCRATCH_PREFIX as SCRATCH} from '../framework/context';
import type {SingleCase} from '../framework/types';
import {REF} from './refs';

/** A well-formed Drive id that names nothing (44 url-safe characters). */
const ABSENT_ID = '1ConformiteAbsentAbsentAbsentAbsentAbsent000';
const DOC_MIME = 'application/vnd.google-apps.document';

export const DRIVE_SCOPES: SingleCase[] = [
  {
    id: 'scopes.undeclared-refused',
    title:
      'Un service dont la portée manque au manifeste est refusé : UrlFetchApp.fetch lève « Specified permissions are not sufficient to call UrlFetchApp.fetch. Required permissions: …/script.external_request »',
    refs: [REF.scopes, `${REF.urlFetchApp}#fetch(String)`, REF.manifest],
    point: 1,
    run(t) {
      t.ok(
        manifest.oauthScopes.indexOf(
          'https://www.googleapis.com/auth/script.external_request',
        ) < 0,
        'le manifeste ne déclare pas script.external_request',
      );
      // Google's pages do not print the message. Live reports give "Specified
      // permissions are not sufficient to call …" when the manifest's
      // oauthScopes lack the scope, and "You do not have permission to call
      // …" where the mode refuses (simple triggers): either wording, the
      // method and the scope exact; the live run notes which one it is.
      t.throws(
        () => UrlFetchApp.fetch('https://www.google.com/'),
        /^(Specified permissions are not sufficient|You do not have permission) to call UrlFetchApp\.fetch\. Required permissions: https:\/\/www\.googleapis\.com\/auth\/script\.external_request/,
        'UrlFetchApp.fetch',
      );
    },
  },
  {
    id: 'driveapp.refused-under-drive-file',
    title:
      'Sous drive.file seul, DriveApp est refusé : ses pages ne citent que drive (et drive.readonly pour lire) — « Specified permissions are not sufficient to call DriveApp.createFolder. Required permissions: …/auth/drive »',
    refs: [
      `${REF.driveApp}#createFolder(String)`,
      `${REF.driveApp}#getFileById(String)`,
      REF.scopes,
    ],
    point: 1,
    run(t) {
      t.ok(
        manifest.oauthScopes.indexOf('https://www.googleapis.com/auth/drive') <
          0,
        'le manifeste ne déclare pas drive',
      );
      t.throws(
        () => DriveApp.createFolder(`${SCRATCH} refusé`),
        /^(Specified permissions are not sufficient|You do not have permission) to call DriveApp\.createFolder\. Required permissions: https:\/\/www\.googleapis\.com\/auth\/drive$/,
        'DriveApp.createFolder',
      );
      t.throws(
        () => DriveApp.getFileById(ABSENT_ID),
        /^(Specified permissions are not sufficient|You do not have permission) to call DriveApp\.getFileById\./,
        'DriveApp.getFileById',
      );
    },
  },
  {
    id: 'drive.advanced.own-file',
    title:
      'Sous drive.file, le service avancé Drive (v3) crée un fichier dans un dossier du script et le relit (Files.create, Files.get : nom, parent, corbeille)',
    refs: [REF.driveAuth, `${REF.driveRest}create`, `${REF.driveRest}get`],
    point: 1,
    run(t) {
      const folder = t.folder();
      const made = driveFiles().create(
        {name: 'note.txt', mimeType: 'text/plain', parents: [folder.id]},
        Utilities.newBlob('bonjour', 'text/plain', 'note.txt'),
      );
      t.trackFile(made.id);
      const again = driveFiles().get(made.id, {
        fields: 'id,name,parents,trashed',
      });
      t.equal(again.name, 'note.txt', 'name');
      t.equal(again.parents, [folder.id], 'parents');
      t.equal(again.trashed, false, 'trashed');
    },
  },
  {
    id: 'drive.advanced.own-document',
    title:
      'Sous drive.file, un Doc créé par DocumentApp est un fichier du script : Files.update (addParents, removeParents) le range dans un dossier du script',
    refs: [
      REF.driveAuth,
      `${REF.driveRest}update`,
      `${REF.documentApp}#create(String)`,
    ],
    point: 1,
    run(t) {
      const doc = t.document('document du script');
      doc.saveAndClose();
      // t.document already moved it into the scratch folder the same way.
      const file = driveFiles().get(doc.getId(), {
        fields: 'id,mimeType,parents',
      });
      t.equal(file.mimeType, DOC_MIME, 'mimeType');
      t.equal(file.parents, [t.folder().id], 'dans le dossier du script');
    },
  },
  {
    id: 'drive.advanced.person-file-unreachable',
    title:
      'Sous drive.file, un Doc fait par une personne dans Drive (ni créé par le script, ni choisi dans le Picker) est introuvable pour Files.get : « File not found »',
    refs: [REF.driveAuth, `${REF.driveRest}get`, REF.scopes],
    point: 1,
    needs: 'personDoc',
    run(t) {
      const id = t.given.personDocId ?? '';
      t.throws(() => driveFiles().get(id), /File not found/, 'Files.get');
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
    id: 'drive.advanced.absent-id',
    title:
      'Files.get d’un id qui ne désigne rien lève « API call to drive.files.get failed with error: File not found: <id>. »',
    refs: [`${REF.driveRest}get`, REF.advancedServices],
    unverified:
      'Google ne publie pas le texte ; celui-ci est celui que rapportent les personnes qui l’ont rencontré.',
    run(t) {
      t.throws(
        () => driveFiles().get(ABSENT_ID),
        `API call to drive.files.get failed with error: File not found: ${ABSENT_ID}.`,
        'Files.get',
      );
    },
  },
  {
    id: 'drive.advanced.list-query',
    title:
      "Files.list avec « name = … and '<dossier>' in parents and trashed = false » trouve le fichier du script et laisse de côté celui mis à la corbeille ; sans « trashed = false », la corbeille est listée",
    refs: [`${REF.driveRest}list`, REF.driveSearch],
    run(t) {
      const folder = t.folder();
      const make = (name: string) => {
        const f = driveFiles().create(
          {name, mimeType: 'text/csv', parents: [folder.id]},
          Utilities.newBlob('nom;age\n', 'text/csv', name),
        );
        t.trackFile(f.id);
        return f.id;
      };
      const kept = make('liste.csv');
      const trashed = make('liste.csv');
      driveFiles().update({trashed: true}, trashed);
      const inFolder = `name = 'liste.csv' and '${folder.id}' in parents`;
      const live =
        driveFiles().list({q: `${inFolder} and trashed = false`}).files ?? [];
      t.equal(
        live.map(f => f.id),
        [kept],
        'sans la corbeille',
      );
      const all = driveFiles().list({q: inFolder}).files ?? [];
      t.equal(
        all.map(f => f.id).sort(),
        [kept, trashed].sort(),
        'avec la corbeille',
      );
    },
  },
  {
    id: 'drive.advanced.folder-link',
    title:
      "Le lien d'un dossier (webViewLink) est https://drive.google.com/drive/folders/<id>",
    refs: [`${REF.driveRest}get`],
    unverified:
      'La forme du lien n’est pas promise par la référence ; le module en refait une s’il manque.',
    run(t) {
      const folder = t.folder();
      const f = driveFiles().get(folder.id, {fields: 'id,webViewLink'});
      t.equal(
        f.webViewLink,
        `https://drive.google.com/drive/folders/${folder.id}`,
        'webViewLink',
      );
    },
  },
];
