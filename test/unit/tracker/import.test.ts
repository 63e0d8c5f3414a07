import * as fs from 'node:fs';
import * as path from 'node:path';
import {COMMUNES} from '../../../src/generated/communes';
import {CommuneIndex} from '../../../src/tracker/communes';
import {
  parseImportFile,
  jsonErrorPlace,
} from '../../../src/tracker/import/detect';
import {
  parseSlots,
  wallClock,
  mapPublic,
} from '../../../src/tracker/import/common';
import {
  detectDelimiter,
  parseCsvRecords,
} from '../../../src/tracker/import/csv';
import {rejectionText} from '../../../src/tracker/importer';
import {AddonError} from '../../../src/gas/errors';

const FIX = path.join(__dirname, '../../fixtures/tracker');
const read = (f: string) => fs.readFileSync(path.join(FIX, f), 'utf8');
const ctx = {communes: new CommuneIndex(COMMUNES, '38')};
const day = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

describe('time slots', () => {
  it('reads one or more BEGIN-END ISO slots, \\n or \\r\\n separated', () => {
    const slots = parseSlots(
      '2017-10-11T14:00:00+02:00-2017-10-11T16:00:00+02:00\r\n2017-10-12T09:30:00+02:00-2017-10-12T11:00:00+02:00',
    );
    expect(slots?.map(s => [day(s.date), s.start, s.end])).toEqual([
      ['2017-10-11', '14:00', '16:00'],
      ['2017-10-12', '09:30', '11:00'],
    ]);
  });
  it('refuses a slot that is not ISO', () => {
    expect(parseSlots('le 10 octobre à 14h')).toBeNull();
    expect(
      parseSlots('2026-02-30T10:00:00+01:00-2026-02-30T11:00:00+01:00'),
    ).toBeNull();
    expect(parseSlots('')).toBeNull();
  });
  it('moves UTC times to French time (CEST in October, CET in February)', () => {
    expect(wallClock('2026-10-09T18:00:00.000Z')).toEqual({
      y: 2026,
      m: 10,
      d: 9,
      h: 20,
      min: 0,
    });
    expect(wallClock('2026-02-10T18:00:00Z')).toEqual({
      y: 2026,
      m: 2,
      d: 10,
      h: 19,
      min: 0,
    });
    // 2026: CEST ends on Sunday 25 October at 01:00 UTC.
    expect(wallClock('2026-10-25T00:30:00Z')?.h).toBe(2);
    expect(wallClock('2026-10-25T01:30:00Z')?.h).toBe(2);
    expect(wallClock('2026-10-10T10:00:00+0200')).toEqual({
      y: 2026,
      m: 10,
      d: 10,
      h: 10,
      min: 0,
    });
  });
  it('maps the sources’ publics', () => {
    expect(mapPublic(['Tout public'])).toBe('grand public');
    expect(mapPublic('Scolaires')).toBe('scolaires');
    expect(mapPublic('young public')).toBe('jeune public');
    expect(mapPublic(null)).toBe('');
  });
});

describe('Fête de la science open data, flat records', () => {
  const r = parseImportFile('fds.json', read('fds-flat.json'), ctx);
  it('accounts for every record', () => {
    expect(r.format).toBe('fds');
    expect(r.given).toBe(12);
    expect(r.accepted).toBe(7);
    expect(r.rejected).toHaveLength(5);
    expect(r.accepted + r.rejected.length).toBe(r.given);
  });
  it('gives one row per slot, with source ids and official communes', () => {
    expect(r.rows).toHaveLength(8);
    expect(r.rows.map(s => [s.sourceId, s.commune, s.insee])).toEqual([
      ['fds:100001#1', 'Le Pont-de-Claix', '38317'],
      ['fds:100001#2', 'Le Pont-de-Claix', '38317'],
      ['fds:100002#1', "Saint-Martin-d'Hères", '38421'],
      ['fds:100003#1', 'Grenoble', '38185'],
      ['fds:100004#1', 'Saint-Égrève', '38382'],
      ['fds:100005#1', "L'Isle-d'Abeau", '38193'],
      ['fds:100006#1', 'La Tronche', '38516'],
      ['fds:100007#1', 'Échirolles', '38151'],
    ]);
    const first = r.rows[0];
    expect([day(first.date), first.start, first.end]).toEqual([
      '2026-10-10',
      '14:00',
      '16:00',
    ]);
    expect([day(r.rows[1].date), r.rows[1].start]).toEqual([
      '2026-10-11',
      '10:00',
    ]);
  });
  it('reduces HTML descriptions to text and maps fields', () => {
    const first = r.rows[0];
    expect(first.description).toBe(
      'Observation du ciel & découverte des constellations.\nPrévoir des vêtements chauds.',
    );
    expect(first.animationKind).toBe('atelier');
    expect(first.public).toBe('grand public');
    expect(first.minAge).toBe(7);
    expect(first.structure).toBe('Territoire de sciences');
    expect(first.partners).toEqual([
      'Planétarium de Cosmocité',
      "Club d'astronomie de Grenoble",
    ]);
    expect(first.registrationLink).toBe('https://www.cosmocite.fr/reservation');
    expect(first.notes).toBe('Inscription nécessaire');
    // Text is kept as is here; toCell neutralises it when written.
    expect(r.rows[2].title).toBe('=1+1 : le calcul mental chez les enfants');
  });
  it('names the record, the field and the reason of each rejection', () => {
    expect(r.rejected.map(x => rejectionText(x, r.format))).toEqual([
      'Enregistrement n° 8, champ « ville » : commune hors du département 38 : « 14000 Caen ».',
      'Enregistrement n° 9, champ « horaires_iso » : horaire illisible « le 10 octobre à 14h » (attendu : début-fin au format ISO 8601, par exemple 2026-10-10T14:00:00+02:00-2026-10-10T16:00:00+02:00).',
      'Enregistrement n° 10, champ « identifiant » : identifiant « 100003 » en double (déjà présent ligne 3).',
      'Enregistrement n° 11, champ « ville » : commune inconnue dans le département 38 : « Atlantis ».',
      'Enregistrement n° 12, champ « age_minimum » : nombre négatif (-3) : un nombre positif ou nul est attendu.',
    ]);
  });
});

describe('Fête de la science open data, {fields: {...}} records', () => {
  it('reads the wrapped shape the same way', () => {
    const r = parseImportFile('export.json', read('fds-fields.json'), ctx);
    expect(r.format).toBe('fds');
    expect([r.given, r.accepted, r.rejected.length]).toEqual([3, 3, 0]);
    expect(r.rows.map(s => [s.sourceId, s.commune, s.start])).toEqual([
      ['fds:200001#1', 'Vienne', '10:00'],
      ['fds:200001#2', 'Vienne', '15:00'],
      ['fds:200002#1', 'Villard-de-Lans', '17:00'],
      ['fds:200003#1', 'Les Deux Alpes', '09:00'],
    ]);
  });
  it('reads the Opendatasoft API shape {records: [...]}', () => {
    const records = JSON.parse(read('fds-fields.json'));
    const r = parseImportFile(
      'x.json',
      JSON.stringify({nhits: 3, records}),
      ctx,
    );
    expect(r.rows).toHaveLength(4);
  });
});

describe('OpenAgenda v2 events', () => {
  const r = parseImportFile('agenda.json', read('openagenda.json'), ctx);
  it('accounts for every event', () => {
    expect(r.format).toBe('openagenda');
    expect([r.given, r.accepted, r.rejected.length]).toEqual([5, 3, 2]);
  });
  it('reads timings, location, age, registration and status', () => {
    expect(
      r.rows.map(s => [
        s.sourceId,
        s.commune,
        day(s.date),
        s.start,
        s.end,
        s.status,
      ]),
    ).toEqual([
      ['oa:5001#1', 'Saint-Ismier', '2026-10-09', '20:00', '22:00', ''],
      ['oa:5002#1', 'Meylan', '2026-10-10', '10:00', '11:30', 'annulé'],
      ['oa:5003#1', 'Crolles', '2026-10-12', '09:00', '10:00', ''],
      ['oa:5003#2', 'Crolles', '2026-10-12', '14:00', '15:00', ''],
    ]);
    expect(r.rows[1].description).toBe('Atelier robotique & programmation');
    expect(r.rows[1].minAge).toBe(6);
    expect(r.rows[1].registrationLink).toBe('https://meylan.fr/robot');
    expect(r.rows[2].registrationLink).toBe('https://example.com/inscription');
    expect(r.rows[2].notes).toBe('Complet (selon OpenAgenda)');
  });
  it('explains the rejections', () => {
    expect(r.rejected.map(x => rejectionText(x, r.format))).toEqual([
      'Enregistrement n° 4, champ « timings » : valeur manquante.',
      'Enregistrement n° 5, champ « location.city » : commune hors du département 38 : « 69002 Lyon ».',
    ]);
  });
});

describe('Programme CSV', () => {
  it('detects the delimiter and keeps quoted delimiters and line breaks', () => {
    expect(detectDelimiter('a;b;"c,d"\n1,2')).toBe(';');
    expect(detectDelimiter('a,b,"c;d;e"')).toBe(',');
    const recs = parseCsvRecords('a,b\r\n"x, ""y""","1\n2"\n\nz,w\n', ',');
    expect(recs).toEqual([
      {line: 1, cells: ['a', 'b']},
      {line: 2, cells: ['x, "y"', '1\n2']},
      {line: 5, cells: ['z', 'w']},
    ]);
  });
  it('reads a comma CSV with French headers, communes as typed', () => {
    const r = parseImportFile(
      'programme.csv',
      read('programme-fr-comma.csv'),
      ctx,
    );
    expect(r.format).toBe('csv');
    expect([r.given, r.accepted, r.rejected.length]).toEqual([8, 3, 5]);
    expect(
      r.rows.map(s => [
        s.id,
        s.title,
        s.commune,
        s.insee,
        day(s.date),
        s.start,
        s.end,
      ]),
    ).toEqual([
      [
        'P-01',
        'Atelier ADN',
        'Grenoble',
        '38185',
        '2026-10-10',
        '14:00',
        '15:30',
      ],
      [
        'P-02',
        'Conférence "climat, montagne"',
        'Saint-Ismier',
        '38397',
        '2026-10-11',
        '18:00',
        '19:30',
      ],
      [
        'P-07',
        "@SOMME(A1) ou l'art des formules",
        'Le Versoud',
        '38538',
        '2026-10-13',
        '10:00',
        '11:00',
      ],
    ]);
    expect(r.rows[0].capacity).toBe(30);
    expect(r.rows[0].status).toBe('confirmé');
    expect(r.rows[0].sourceId).toBe('csv:P-01');
    expect(r.rejected.map(x => rejectionText(x, r.format))).toEqual([
      'Ligne 4, champ « Date » : date illisible « 31/02/2026 » (attendu : JJ/MM/AAAA ou AAAA-MM-JJ).',
      'Ligne 5, champ « Jauge » : nombre négatif (-5) : un nombre positif ou nul est attendu.',
      'Ligne 6, champ « Début » : heure illisible « 25:00 » (attendu : HH:MM, par exemple 14:30 ou 14h30).',
      'Ligne 7, champ « Identifiant » : identifiant « P-01 » en double (déjà présent ligne 2).',
      'Ligne 8, champ « Commune » : commune inconnue dans le département 38 : « Paris ».',
    ]);
  });
  it('reads a semicolon CSV with BOM and English headers', () => {
    const r = parseImportFile(
      'schedule.csv',
      read('programme-en-semicolon-bom.csv'),
      ctx,
    );
    expect([r.given, r.accepted, r.rejected.length]).toEqual([3, 2, 1]);
    expect(
      r.rows.map(s => [s.id, s.commune, s.public, s.capacity, s.registered]),
    ).toEqual([
      ['E-1', 'Meylan', 'jeune public', 24, 24],
      ['E-2', 'Saint-Ismier', 'grand public', 50, null],
    ]);
    expect(r.rows[0].description).toBe('Line one; with a semicolon\nline two');
    // The third record starts on line 5: the quoted description spans lines 2-3.
    expect(rejectionText(r.rejected[0], 'csv')).toBe(
      'Ligne 5, champ « Date » : valeur manquante.',
    );
  });
  it('refuses a CSV missing required columns, naming them', () => {
    expect(() => parseImportFile('x.csv', 'Titre,Lieu\nA,B\n', ctx)).toThrow(
      "Ligne 1 du CSV : colonnes obligatoires absentes : « Date », « Commune ». Les en-têtes doivent reprendre ceux de l'onglet Programme (en français ou en anglais). Rien n'a été importé.",
    );
  });
});

describe('file-level errors', () => {
  it('malformed JSON names line and column', () => {
    const text = '{"events": [\n  {"uid": 1,, "title": "x"}\n]}';
    let error: unknown;
    try {
      parseImportFile('a.json', text, ctx);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AddonError);
    expect((error as AddonError).key).toBe('tracker.import.error.json');
    expect((error as AddonError).params).toEqual({line: 2, column: 13});
  });
  it('truncated JSON points at its end', () => {
    expect(
      jsonErrorPlace(
        '[{"a": 1}',
        new SyntaxError('Unexpected end of JSON input'),
      ),
    ).toEqual({line: 1, column: 10});
  });
  it('JSON of an unknown shape, empty file', () => {
    expect(() => parseImportFile('a.json', '{"foo": 1}', ctx)).toThrow(
      /Format non reconnu/,
    );
    expect(() => parseImportFile('a.csv', '  \n', ctx)).toThrow(
      'Le fichier est vide : aucun événement à importer.',
    );
  });
});
