/** DriveApp emulation: folders, files, iterators, copy/move, trash and its errors. */
import {FakeBlob} from '../base/blob';
import {MIME_TYPES} from '../base/mime-type';
import {IdGenerator, type EmuEnv, type ExecutionContext} from '../core/env';
import {Clock, Meter} from '../core/meter';
import {createDriveApp} from '../drive/drive-app';
import {driveDump, NOT_FOUND_MESSAGE, registerFile} from '../drive/registry';

type TestEnv = EmuEnv & {ctx: ExecutionContext | null};

function makeEnv(): TestEnv {
  const env: TestEnv = {
    clock: new Clock(Date.parse('2026-10-10T08:00:00Z')),
    meter: new Meter(),
    ids: new IdGenerator(),
    locale: 'fr',
    timeZone: 'Europe/Paris',
    scriptTimeZone: () => 'Europe/Paris',
    accountType: 'consumer',
    distDir: 'dist',
    ctx: null,
    context() {
      return env.ctx;
    },
    spreadsheets: new Map(),
    forms: new Map(),
    documents: new Map(),
    files: new Map(),
    mails: [],
    callTopLevel() {
      throw new Error('no bundle');
    },
  };
  return env;
}

describe('DriveApp', () => {
  test('folders: create, find by name with an iterator, nested files', () => {
    const env = makeEnv();
    const DriveApp = createDriveApp(env);
    const docs = DriveApp.createFolder('Documents FDS');
    const sub = docs.createFolder('Conventions');
    const file = sub.createFile(
      new FakeBlob('bonjour', 'text/plain', 'note.txt'),
    );
    const it = DriveApp.getFoldersByName('Documents FDS');
    expect(it.hasNext()).toBe(true);
    expect(it.next().getId()).toBe(docs.getId());
    expect(it.hasNext()).toBe(false);
    expect(() => it.next()).toThrow(
      'Cannot retrieve the next object: iterator has reached the end.',
    );
    expect(DriveApp.getFoldersByName('Inconnu').hasNext()).toBe(false);
    const files = sub.getFiles();
    expect(files.next().getName()).toBe('note.txt');
    expect(file.getMimeType()).toBe('text/plain');
    expect(file.getBlob().getDataAsString()).toBe('bonjour');
    expect(DriveApp.getRootFolder().getName()).toBe('Mon Drive');
    expect(docs.getUrl()).toBe(
      `https://drive.google.com/drive/folders/${docs.getId()}`,
    );
  });

  test('makeCopy(name, folder) and moveTo change parents; copies are independent', () => {
    const env = makeEnv();
    const DriveApp = createDriveApp(env);
    const a = DriveApp.createFolder('A');
    const b = DriveApp.createFolder('B');
    const f = a.createFile('liste.csv', 'nom;age\n', MIME_TYPES.CSV);
    const copy = f.makeCopy('liste 2.csv', b);
    expect(copy.getId()).not.toBe(f.getId());
    expect(copy.getName()).toBe('liste 2.csv');
    expect(copy.getParents().next().getName()).toBe('B');
    expect(f.makeCopy().getName()).toBe('Copie de liste.csv');
    f.moveTo(b);
    expect(f.getParents().next().getId()).toBe(b.getId());
    expect(a.getFiles().next().getName()).toBe('Copie de liste.csv');
    expect(env.meter.total.byMethod['File.makeCopy']).toBe(2);
  });

  test('a trashed or unknown id throws Google’s "No item with the given ID" message', () => {
    const env = makeEnv();
    const DriveApp = createDriveApp(env);
    const folder = DriveApp.createFolder('Archive');
    const file = folder.createFile('a.txt', 'x');
    expect(() => DriveApp.getFileById('inconnu')).toThrow(NOT_FOUND_MESSAGE);
    expect(() => DriveApp.getFolderById('inconnu')).toThrow(NOT_FOUND_MESSAGE);
    file.setTrashed(true);
    expect(file.isTrashed()).toBe(true);
    expect(() => DriveApp.getFileById(file.getId())).toThrow(NOT_FOUND_MESSAGE);
    file.setTrashed(false);
    expect(DriveApp.getFileById(file.getId()).getName()).toBe('a.txt');
    // Trashing a folder hides what it contains.
    folder.setTrashed(true);
    expect(() => DriveApp.getFolderById(folder.getId())).toThrow(
      NOT_FOUND_MESSAGE,
    );
    expect(() => DriveApp.getFileById(file.getId())).toThrow(NOT_FOUND_MESSAGE);
    expect(DriveApp.getFilesByName('a.txt').hasNext()).toBe(false);
  });

  test('registered Google files answer through their hooks; PDF export of a plain Google type without hook fails', () => {
    const env = makeEnv();
    const DriveApp = createDriveApp(env);
    let name = 'Suivi';
    registerFile(env, {
      id: 'ss-1',
      name,
      mimeType: MIME_TYPES.GOOGLE_SHEETS,
      kind: 'spreadsheet',
      hooks: {getName: () => name, setName: n => (name = n)},
    });
    const f = DriveApp.getFileById('ss-1');
    expect(f.getMimeType()).toBe('application/vnd.google-apps.spreadsheet');
    expect(f.getUrl()).toBe('https://docs.google.com/spreadsheets/d/ss-1/edit');
    f.setName('Suivi 2026');
    expect(name).toBe('Suivi 2026');
    expect(() => f.getAs('application/pdf')).toThrow(
      'Converting from application/vnd.google-apps.spreadsheet',
    );
    expect(driveDump(env).find(d => d.id === 'ss-1')).toMatchObject({
      name: 'Suivi 2026',
      kind: 'spreadsheet',
      trashed: false,
    });
  });

  test('a file another user made is unreachable until shared (directly or through its folder)', () => {
    const env = makeEnv();
    const DriveApp = createDriveApp(env);
    const as = (user: string) => {
      env.ctx = {
        activeId: null,
        activeKind: null,
        user,
        authMode: 'FULL',
        fn: 'f',
      };
    };
    as('alice@tds.fr');
    const folder = DriveApp.createFolder('Bilans');
    const file = folder.createFile('bilan.txt', 'x');
    expect(file.getOwner().getEmail()).toBe('alice@tds.fr');
    as('bob@tds.fr');
    expect(() => DriveApp.getFileById(file.getId())).toThrow(NOT_FOUND_MESSAGE);
    expect(DriveApp.getFilesByName('bilan.txt').hasNext()).toBe(false);
    as('alice@tds.fr');
    DriveApp.getFolderById(folder.getId()).addEditors(['bob@tds.fr']);
    expect(folder.getEditors().map(u => u.getEmail())).toEqual(['bob@tds.fr']);
    as('bob@tds.fr');
    expect(DriveApp.getFileById(file.getId()).getName()).toBe('bilan.txt');
    expect(file.getAccess('bob@tds.fr')).toBe('NONE'); // inherited, not on the file itself
    // Harness-made files (outside any execution) are everyone's.
    env.ctx = null;
    const shared = DriveApp.createFolder('Commun');
    as('carol@tds.fr');
    expect(DriveApp.getFolderById(shared.getId()).getName()).toBe('Commun');
  });

  test('searchFiles / searchFolders understand the common query terms', () => {
    const env = makeEnv();
    const DriveApp = createDriveApp(env);
    const folder = DriveApp.createFolder('Documents FDS');
    folder.createFile('Convention Muséum.txt', 'a');
    folder.createFile('Bilan 2026.csv', 'b', MIME_TYPES.CSV);
    const old = DriveApp.createFile('Convention ancienne.txt', 'c');
    old.setTrashed(true);
    const names = (it: GoogleAppsScript.Drive.FileIterator) => {
      const out: string[] = [];
      while (it.hasNext()) out.push(it.next().getName());
      return out.sort();
    };
    expect(names(DriveApp.searchFiles("title contains 'convention'"))).toEqual([
      'Convention Muséum.txt',
    ]);
    expect(
      names(
        DriveApp.searchFiles(
          `'${folder.getId()}' in parents and mimeType = 'text/csv'`,
        ),
      ),
    ).toEqual(['Bilan 2026.csv']);
    expect(
      names(
        DriveApp.searchFiles("title contains 'Convention' and trashed = true"),
      ),
    ).toEqual(['Convention ancienne.txt']);
    expect(
      DriveApp.searchFolders("title = 'Documents FDS'").next().getId(),
    ).toBe(folder.getId());
    expect(() =>
      DriveApp.searchFiles("title contains 'a' or title contains 'b'"),
    ).toThrow('Invalid argument: q');
  });

  test('Blob: signed bytes, names and content types', () => {
    const blob = new FakeBlob([0xc3, 0xa9], 'text/plain', 'e.txt');
    expect(blob.getDataAsString()).toBe('é');
    expect(blob.getBytes()).toEqual([-61, -87]);
    expect(blob.getAs('application/pdf').getName()).toBe('e.pdf');
    expect(
      blob.setName('x.png').setContentTypeFromExtension().getContentType(),
    ).toBe('image/png');
  });
});
