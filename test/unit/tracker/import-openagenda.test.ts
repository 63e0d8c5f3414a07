/**
 * OpenAgenda in every shape (an API page, a plain list of events, several
 * pages in one file, the default fields without `timings`) and the
 * OpenDataSoft copy of OpenAgenda (JSON `results`, plain list, `fields`
 * wrapper, CSV with ";"). Expected values are read by hand from the fixtures.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {COMMUNES} from '../../../src/generated/communes';
import {AddonError} from '../../../src/gas/errors';
import {CATALOGUES} from '../../../src/i18n';
import {CommuneIndex} from '../../../src/tracker/communes';
import {parseImportFile} from '../../../src/tracker/import/detect';
import type {ImportResult} from '../../../src/tracker/import/types';
import {refusalGroups, rejectionText} from '../../../src/tracker/importer';

const FIX = path.join(__dirname, '../../fixtures/tracker');
const read = (f: string) => fs.readFileSync(path.join(FIX, f), 'utf8');
const ctx = {communes: new CommuneIndex(COMMUNES, '38')};
const day = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const texts = (r: ImportResult) =>
  r.rejected.map(x => rejectionText(x, r.numbering));
const brief = (r: ImportResult) =>
  r.rows.map(s => [s.sourceId, day(s.date), s.start, s.end, s.commune]);

function failure(fileName: string, content: string): string {
  try {
    parseImportFile(fileName, content, ctx);
  } catch (e) {
    expect(e).toBeInstanceOf(AddonError);
    return (e as AddonError).message;
  }
  throw new Error('no error');
}

describe('a plain list of OpenAgenda events', () => {
  const r = parseImportFile(
    'evenements.json',
    read('openagenda-list.json'),
    ctx,
  );
  const others = brief(r).filter(([id]) => !String(id).startsWith('oa:7004'));

  it('accounts for every event: 9 given, 5 accepted, 4 refused', () => {
    expect([r.format, r.given, r.accepted, r.rejected.length]).toEqual([
      'openagenda',
      9,
      5,
      4,
    ]);
    expect(r.rows).toHaveLength(3 + 1 + 1 + 240 + 1);
  });

  it('reads every offset as the moment it names, in French time', () => {
    expect(others).toEqual([
      // "Z" in October: CEST, UTC+2.
      ['oa:7001#1', '2026-10-03', '14:00', '15:30', 'Grenoble'],
      ['oa:7001#2', '2026-10-04', '10:00', '11:30', 'Grenoble'],
      ['oa:7001#3', '2026-10-10', '18:00', '19:30', 'Grenoble'],
      // +01:00 in February is French winter time: as written.
      ['oa:7002#1', '2027-02-06', '14:00', '16:00', 'Vienne'],
      // 08:00 at UTC-4 is 12:00 UTC, 14:00 in Paris; the INSEE code wins over "Voirons".
      ['oa:7003#1', '2026-10-10', '14:00', '15:00', 'Voiron'],
      // A town named alone, single in the département.
      ['oa:7008#1', '2026-10-09', '20:00', '23:00', 'Meylan'],
    ]);
  });

  it('takes French first, then any language present', () => {
    const title = (id: string) => r.rows.find(s => s.sourceId === id)?.title;
    expect(title('oa:7001#1')).toBe('Cerveau et mémoire');
    expect(title('oa:7002#1')).toBe('Science slam');
    expect(title('oa:7008#1')).toBe('Wissenschaftsnacht');
  });

  it('gives an event with 240 timings its 240 sessions, at 10:00 across both changes of time', () => {
    const expo = r.rows.filter(s => s.sourceId.startsWith('oa:7004#'));
    expect(expo).toHaveLength(240);
    expect(expo.map(s => s.sourceId)).toEqual(
      Array.from({length: 240}, (_, i) => `oa:7004#${i + 1}`),
    );
    // One session a day from 1 October 2026, every one 10:00–18:00 local.
    const first = new Date(2026, 9, 1);
    expect(expo.map(s => day(s.date))).toEqual(
      Array.from({length: 240}, (_, i) =>
        day(new Date(first.getFullYear(), first.getMonth(), 1 + i)),
      ),
    );
    expect(new Set(expo.map(s => `${s.start}-${s.end}`))).toEqual(
      new Set(['10:00-18:00']),
    );
  });

  it('refuses online, outside and duplicated events with their own reasons', () => {
    expect(texts(r)).toEqual([
      'Enregistrement n° 5, champ « location.city » : événement en ligne, sans lieu : il ne peut pas être rattaché à une commune.',
      'Enregistrement n° 6, champ « location.city » : commune hors du département 38 : « 73000 Chambéry ».',
      // "Vienne" alone, but in the département of Vienne (86): not Vienne (38).
      'Enregistrement n° 7, champ « location.city » : commune hors du département 38 : « Vienne ».',
      'Enregistrement n° 9, champ « uid » : identifiant « 7002 » en double (déjà présent ligne 2).',
    ]);
  });

  it('groups the refusals by reason for the dialog', () => {
    expect(refusalGroups(r.rejected, '38')).toEqual([
      {label: '2 hors du département 38', count: 2},
      {label: '1 en ligne, sans lieu', count: 1},
      {label: '1 en double', count: 1},
    ]);
  });
});

describe('several API pages in one file', () => {
  const pages = read('openagenda-pages.json');
  it('one page after the other (saved with >>): every event of every page', () => {
    const r = parseImportFile('pages.json', pages, ctx);
    expect([r.format, r.given, r.accepted]).toEqual(['openagenda', 4, 4]);
    expect(brief(r)).toEqual([
      ['oa:7101#1', '2026-10-03', '10:00', '12:00', 'Crolles'],
      ['oa:7102#1', '2026-10-03', '20:00', '22:00', 'Villard-de-Lans'],
      ['oa:7103#1', '2026-10-04', '14:00', '15:30', 'Saint-Égrève'],
      ['oa:7104#1', '2026-10-04', '10:00', '11:00', 'Échirolles'],
    ]);
    expect(r.rows.map(s => [s.status, s.notes])).toEqual([
      ['', ''],
      ['annulé', ''],
      ['', 'Complet (selon OpenAgenda)'],
      ['', ''],
    ]);
  });
  it('the pages in a JSON list give the same', () => {
    const list = `[${pages.trim().split('\n').join(',')}]`;
    expect(brief(parseImportFile('pages.json', list, ctx))).toEqual(
      brief(parseImportFile('pages.json', pages, ctx)),
    );
  });
  it('a truncated second page is a malformed file, placed where it stops', () => {
    const cut = pages.slice(0, -40);
    const column = cut.split('\n')[1].length + 1;
    expect(failure('pages.json', cut)).toBe(
      `Le fichier JSON est mal formé (ligne 2, colonne ${column}) : vérifiez qu'il s'agit d'un export complet et non tronqué. Rien n'a été importé.`,
    );
  });
});

describe('an export with the default fields (no `timings`)', () => {
  it('an event whose first and last slots are one gives that session', () => {
    const r = parseImportFile(
      'defaut.json',
      read('openagenda-default-single.json'),
      ctx,
    );
    expect([r.given, r.accepted]).toEqual([3, 3]);
    expect(brief(r)).toEqual([
      ['oa:7201#1', '2026-10-05', '14:00', '16:00', 'Meylan'],
      ['oa:7202#1', '2026-10-06', '18:00', '19:30', 'Vienne'],
      ['oa:7203#1', '2026-10-07', '09:00', '11:00', 'Voreppe'],
    ]);
  });
  it('otherwise the file is refused once, saying how to export the detailed timings', () => {
    expect(failure('defaut.json', read('openagenda-default-multi.json'))).toBe(
      "Cet export OpenAgenda ne donne pas les horaires détaillés (champ « timings » absent) : pour 2 événement(s), seuls le premier et le dernier créneau sont connus. Exportez-le à nouveau avec les horaires détaillés : dans la requête à l'API OpenAgenda, ajoutez le paramètre detailed=1 (ou includeFields[]=timings). Rien n'a été importé.",
    );
  });
  it('in a file that has detailed timings, an event without them is refused alone', () => {
    const detailed = JSON.parse(read('openagenda-pages.json').split('\n')[0]);
    const multi = JSON.parse(read('openagenda-default-multi.json'));
    const r = parseImportFile(
      'mixte.json',
      JSON.stringify({events: [...detailed.events, multi.events[1]]}),
      ctx,
    );
    expect([r.given, r.accepted]).toEqual([3, 2]);
    expect(texts(r)).toEqual([
      'Enregistrement n° 3, champ « timings » : seuls le premier et le dernier créneau sont donnés (firstTiming, lastTiming) : les séances ne sont pas connues.',
    ]);
  });
});

describe('the OpenDataSoft dataset "evenements-publics-openagenda"', () => {
  it('{total_count, results}: flattened fields, timings as JSON text', () => {
    const r = parseImportFile(
      'ods.json',
      read('ods-openagenda-results.json'),
      ctx,
    );
    expect([r.format, r.given, r.accepted]).toEqual(['ods-openagenda', 4, 2]);
    expect(brief(r)).toEqual([
      ['oa:8001#1', '2026-10-03', '14:00', '15:00', 'Grenoble'],
      ['oa:8001#2', '2026-10-03', '16:00', '17:00', 'Grenoble'],
      ['oa:8002#1', '2026-10-04', '10:00', '11:30', 'Échirolles'],
    ]);
    const [first] = r.rows;
    expect([
      first.title,
      first.description,
      first.venue,
      first.structure,
      first.minAge,
      first.registrationLink,
    ]).toEqual([
      'Le son dans tous ses états',
      'Expériences sonores.',
      'Maison des sciences',
      'Maison des sciences de Grenoble',
      6,
      'https://example.org/son',
    ]);
    expect(r.rows[2].status).toBe('annulé');
    expect(texts(r)).toEqual([
      'Enregistrement n° 3, champ « location_city » : commune hors du département 38 : « 69001 Lyon ».',
      'Enregistrement n° 4, champ « location_city » : événement en ligne, sans lieu : il ne peut pas être rattaché à une commune.',
    ]);
  });

  it('a plain list, and the v1 API’s {records: [{fields}]}', () => {
    const list = read('ods-openagenda-list.json');
    const r = parseImportFile('ods.json', list, ctx);
    expect([r.given, r.accepted]).toEqual([3, 3]);
    expect(brief(r)).toEqual([
      ['oa:8001#1', '2026-10-03', '14:00', '15:00', 'Grenoble'],
      ['oa:8001#2', '2026-10-03', '16:00', '17:00', 'Grenoble'],
      ['oa:8005#1', '2026-10-10', '09:00', '12:00', 'Villard-de-Lans'],
      ['oa:8006#1', '2026-10-11', '14:00', '16:00', 'Voiron'],
    ]);
    const v1 = {
      nhits: 3,
      records: (JSON.parse(list) as unknown[]).map((fields, i) => ({
        datasetid: 'evenements-publics-openagenda',
        recordid: `r${i}`,
        fields,
      })),
    };
    expect(brief(parseImportFile('v1.json', JSON.stringify(v1), ctx))).toEqual(
      brief(r),
    );
  });

  it('the CSV export with ";": lines of the file, quoted JSON and line breaks', () => {
    const r = parseImportFile('ods.csv', read('ods-openagenda.csv'), ctx);
    expect([r.format, r.given, r.accepted]).toEqual(['ods-openagenda', 3, 2]);
    expect(brief(r)).toEqual([
      ['oa:8001#1', '2026-10-03', '14:00', '15:00', 'Grenoble'],
      ['oa:8001#2', '2026-10-03', '16:00', '17:00', 'Grenoble'],
      // No timings, firstdate = lastdate: that one session.
      ['oa:8007#1', '2026-10-09', '21:00', '23:30', 'Crolles'],
    ]);
    expect(r.rows[2].description).toBe('Observation;\ntélescopes fournis.');
    expect(texts(r)).toEqual([
      // Record 3 starts on line 5: record 2's description holds a line break.
      'Ligne 5, champ « location_city » : commune hors du département 38 : « 74000 Annecy ».',
    ]);
  });

  it('status and attendance mode as the JSON text of {id, label}', () => {
    const record = JSON.parse(read('ods-openagenda-list.json'))[0];
    const cancelled = {
      ...record,
      status: '{"id": 6, "label": {"fr": "Annulé"}}',
    };
    const online = {
      ...record,
      uid: '9',
      attendancemode: '{"id": 2, "label": {"fr": "En ligne"}}',
      location_city: null,
      location_postalcode: null,
      location_insee: null,
    };
    const r = parseImportFile(
      'ods.json',
      JSON.stringify([cancelled, online]),
      ctx,
    );
    expect(r.rows.map(s => s.status)).toEqual(['annulé', 'annulé']);
    expect(texts(r)).toEqual([
      'Enregistrement n° 2, champ « location_city » : événement en ligne, sans lieu : il ne peut pas être rattaché à une commune.',
    ]);
  });

  it('gives the same source ids as the OpenAgenda API for the same event', () => {
    const ods = parseImportFile(
      'ods.json',
      read('ods-openagenda-results.json'),
      ctx,
    );
    const api = parseImportFile(
      'api.json',
      JSON.stringify({
        events: [
          {
            uid: 8001,
            title: {fr: 'Le son dans tous ses états'},
            timings: JSON.parse(
              JSON.parse(read('ods-openagenda-results.json')).results[0]
                .timings,
            ),
            location: {city: 'Grenoble', postalCode: '38000', insee: '38185'},
          },
        ],
      }),
      ctx,
    );
    expect(api.rows.map(s => s.sourceId)).toEqual(
      ods.rows
        .filter(s => s.sourceId.startsWith('oa:8001'))
        .map(s => s.sourceId),
    );
  });
});

describe('the catalogues', () => {
  it('every reason has its group label, in French and in English', () => {
    for (const lang of ['fr', 'en'] as const) {
      const keys = Object.keys(CATALOGUES[lang]);
      const reasons = keys.filter(k => k.startsWith('tracker.import.reason.'));
      expect(reasons.length).toBeGreaterThan(20);
      const missing = reasons
        .map(k => k.replace('.reason.', '.group.'))
        .filter(k => !keys.includes(k));
      expect(missing).toEqual([]);
    }
  });
});
