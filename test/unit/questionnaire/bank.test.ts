/** The question bank, session labels, prefilled links, QR codes and counts (pure). */
import {
  BankItem,
  bankHeaders,
  bankRows,
  optionsOf,
  parseBank,
  scaleOf,
  standardItems,
} from '../../../src/questionnaire/bank';
import {
  prefilledUrls,
  sessionLabels,
  sessionsFor,
} from '../../../src/questionnaire/sessions';
import {qrGif, utf8Binary} from '../../../src/questionnaire/qr';
import {GifWriter} from 'omggif';
import {readQrGif} from '../../helpers/qr';
import {countRows} from '../../../src/questionnaire/counts';
import type {Session} from '../../../src/model/tracker';
import {useLanguage} from '../../../src/i18n';

afterEach(() => useLanguage('fr'));

describe('standard items', () => {
  const items = standardItems();
  const of = (audience: string) =>
    items.filter(i => i.audience === audience).map(i => [i.kind, i.question]);

  test('general public: the items the issue lists, in order', () => {
    expect(of('public')).toEqual([
      ['session', 'Quelle animation avez-vous suivie ?'],
      ['text', 'Dans quelle commune habitez-vous ?'],
      ['choice', 'Avec qui êtes-vous venu(e) ?'],
      ['choice', "Votre tranche d'âge"],
      ['multi', 'Comment avez-vous connu cet événement ?'],
      ['scale', 'Globalement, êtes-vous satisfait(e) de cette animation ?'],
      ['scale', 'Les explications étaient-elles claires ?'],
      ['choice', "La durée de l'animation était…"],
      [
        'nps',
        'Quelle est la probabilité que vous recommandiez cet événement à un proche ?',
      ],
      ['choice', 'Est-ce la première fois que vous venez à cet événement ?'],
      ['paragraph', 'Vos remarques et suggestions'],
    ]);
    const withWhom = items.find(i => i.id === 'public.with')!;
    expect(optionsOf(withWhom)).toEqual({
      options: ['Seul(e)', 'En famille', 'Entre amis', "Avec l'école"],
      other: true,
    });
    const length = items.find(i => i.id === 'public.length')!;
    expect(length.choices).toEqual(['Trop courte', 'Adaptée', 'Trop longue']);
    expect(scaleOf(items.find(i => i.id === 'public.satisfaction')!)).toEqual({
      lo: 1,
      hi: 5,
      low: 'Pas du tout satisfait(e)',
      high: 'Très satisfait(e)',
      adjusted: false,
      written: '1–5',
    });
    expect(
      scaleOf(items.find(i => i.id === 'public.recommend')!),
    ).toMatchObject({lo: 0, hi: 10});
  });

  test("scales are brought within Google's bounds (lower 0 or 1, upper 3 to 10) and say so", () => {
    const scale = (choice: string) =>
      scaleOf({...standardItems()[0], kind: 'scale', choices: [choice]});
    // Values worked out from ScaleItem.setBounds' rule, one by one.
    expect(scale('1–2')).toMatchObject({lo: 1, hi: 3, adjusted: true});
    expect(scale('0–2')).toMatchObject({lo: 0, hi: 3, adjusted: true});
    expect(scale('2–6')).toMatchObject({lo: 1, hi: 6, adjusted: true});
    expect(scale('1–12')).toMatchObject({lo: 1, hi: 10, adjusted: true});
    expect(scale('0–3')).toMatchObject({lo: 0, hi: 3, adjusted: false});
    expect(scale('1–10')).toMatchObject({lo: 1, hi: 10, adjusted: false});
    // A grid's columns are not a Forms scale: 1–2 is kept.
    expect(
      scaleOf({...standardItems()[0], kind: 'scale', choices: ['1–2']}, 2),
    ).toMatchObject({lo: 1, hi: 2, adjusted: false});
  });

  test('teachers, summer school (per-workshop grid, reuse) and organisers', () => {
    expect(of('teachers').map(x => x[0])).toEqual([
      'session',
      'text',
      'text',
      'choice',
      'number',
      'section',
      'scale',
      'scale',
      'scale',
      'choice',
      'choice',
      'nps',
      'choice',
      'paragraph',
    ]);
    const summer = of('summer');
    expect(summer).toContainEqual(['grid', 'Notez chaque atelier']);
    expect(summer).toContainEqual([
      'multi',
      "Qu'allez-vous réutiliser dans votre pratique ?",
    ]);
    expect(of('organisers')).toEqual([
      ['text', 'Nom de votre structure'],
      ['choice', 'Type de structure'],
      ['text', 'Commune principale de vos animations'],
      ['section', 'Vos chiffres'],
      ['number', 'Nombre de séances réalisées'],
      ['number', 'Nombre total de visiteurs'],
      ['number', 'Dont élèves (scolaires)'],
      ['number', 'Nombre de classes accueillies'],
      ['paragraph', 'Autres communes où vous avez animé (une par ligne)'],
      ['paragraph', 'Difficultés rencontrées'],
      ['paragraph', 'Commentaires et suggestions'],
    ]);
  });

  test('the tab round-trips, in French and read back in English', () => {
    const rows = [bankHeaders(), ...bankRows(items)];
    expect(rows[0]).toEqual([
      'ID',
      'Question',
      'Type',
      'Choix',
      'Obligatoire',
      'Public',
      'Aide',
    ]);
    const heard = rows.find(r => r[0] === 'public.heard')!;
    expect(heard[3]).toBe(
      'Affiche ou programme papier | Site internet | Réseaux sociaux | Presse, radio | Bouche-à-oreille | École ou enseignant | Autre',
    );
    const back = parseBank(rows);
    const withoutRow = (i: BankItem) => ({...i, row: 0});
    expect(back.map(withoutRow)).toEqual(items.map(withoutRow));
    expect(back[0].row).toBe(2);
    useLanguage('en');
    // A French tab still reads when the add-on runs in English.
    expect(parseBank(rows).length).toBe(items.length);
  });

  test('staff edits: blank rows skipped, "oui"/"non", a bad kind or audience names its row', () => {
    const rows: unknown[][] = [
      bankHeaders(),
      [
        'x1',
        'Votre note',
        'Échelle',
        '1–7 | Mauvais | Excellent',
        'oui',
        'Grand public',
        '',
      ],
      ['', '', '', '', '', '', ''],
      ['', 'Votre âge', 'Nombre', '', 'non', 'grand public', 'en années'],
    ];
    const items2 = parseBank(rows);
    expect(
      items2.map(i => [i.id, i.kind, i.required, i.audience, i.row]),
    ).toEqual([
      ['x1', 'scale', true, 'public', 2],
      ['row4', 'number', false, 'public', 4],
    ]);
    expect(scaleOf(items2[0])).toEqual({
      lo: 1,
      hi: 7,
      low: 'Mauvais',
      high: 'Excellent',
      adjusted: false,
      written: '1–7',
    });
    rows[3][2] = 'Curseur';
    expect(() => parseBank(rows)).toThrow(
      "Onglet « Questionnaire », ligne 4 : le type « Curseur » n'est pas reconnu. Choisissez un type de la liste.",
    );
    rows[3][2] = 'Nombre';
    rows[3][5] = 'Élus';
    expect(() => parseBank(rows)).toThrow(/ligne 4 : le public « Élus »/);
  });
});

function session(title: string, extra: Partial<Session> = {}): Session {
  return {
    id: title,
    title,
    animationKind: '',
    date: new Date(2026, 9, 10),
    start: '14:00',
    end: '',
    venue: '',
    commune: 'Grenoble',
    insee: '',
    structure: '',
    speakers: '',
    public: 'grand public',
    minAge: null,
    capacity: null,
    registered: null,
    attended: null,
    status: 'confirmé',
    questionnaireLink: '',
    notes: '',
    sourceId: '',
    row: 2,
    ...extra,
  };
}

describe('sessions of a questionnaire', () => {
  const all = [
    session('Atelier robots'),
    session('Atelier robots'),
    session('Classe eau', {public: 'scolaires', commune: ''}),
    session('Balade', {status: 'annulé'}),
    session('Atelier robots', {date: new Date(2026, 9, 11), start: ''}),
  ];
  test('filtered by audience, cancelled sessions left out', () => {
    expect(sessionsFor(all, 'public').map(s => s.title)).toEqual([
      'Atelier robots',
      'Atelier robots',
      'Atelier robots',
    ]);
    expect(sessionsFor(all, 'teachers').map(s => s.title)).toEqual([
      'Classe eau',
    ]);
    expect(sessionsFor(all, 'summer')).toHaveLength(4);
  });
  test('labels: title – date time – commune, unique', () => {
    expect(sessionLabels(sessionsFor(all, 'summer'))).toEqual([
      'Atelier robots – 10/10 14:00 – Grenoble',
      'Atelier robots – 10/10 14:00 – Grenoble (2)',
      'Classe eau – 10/10 14:00',
      'Atelier robots – 11/10 – Grenoble',
    ]);
  });
  test('prefilled links derived from the one Google made', () => {
    const sample =
      'https://docs.google.com/forms/d/e/PUB/viewform?usp=pp_url&entry.17=Atelier+robots+%E2%80%93+10%2F10';
    const urls = prefilledUrls(sample, 'Atelier robots – 10/10', [
      'Atelier robots – 10/10',
      'Café & science ?',
    ]);
    expect(urls[1]).toBe(
      'https://docs.google.com/forms/d/e/PUB/viewform?usp=pp_url&entry.17=Caf%C3%A9%20%26%20science%20%3F',
    );
    expect(decodeURIComponent(urls[0].split('entry.17=')[1])).toBe(
      'Atelier robots – 10/10',
    );
  });
});

describe('QR codes made in the script', () => {
  test('a GIF of the right size, with the three finder patterns', () => {
    const url =
      'https://docs.google.com/forms/d/e/PUB/viewform?usp=pp_url&entry.17=Atelier%20robots';
    const qr = qrGif(url);
    const bytes = Buffer.from(qr.bytes.map(b => b & 0xff));
    expect(bytes.subarray(0, 6).toString('latin1')).toBe('GIF89a');
    expect(bytes.readUInt16LE(6)).toBe(qr.pixels);
    expect(bytes.readUInt16LE(8)).toBe(qr.pixels);
    expect((qr.modules - 17) % 4).toBe(0); // version v has 17 + 4v modules
    expect(qr.pixels).toBe(qr.modules * 4 + 32);
    // Finder pattern: a dark 7×7 ring around a light ring around a dark 3×3 square, in three corners.
    const n = qr.modules;
    for (const [r0, c0] of [
      [0, 0],
      [0, n - 7],
      [n - 7, 0],
    ]) {
      expect(qr.isDark(r0, c0)).toBe(true);
      expect(qr.isDark(r0 + 6, c0 + 6)).toBe(true);
      expect(qr.isDark(r0 + 1, c0 + 1)).toBe(false);
      expect(qr.isDark(r0 + 3, c0 + 3)).toBe(true);
    }
    // Signed Java bytes, as Utilities.newBlob takes them.
    expect(qr.bytes.every(b => b >= -128 && b <= 127)).toBe(true);
    expect(qr.bytes.some(b => b < 0)).toBe(true);
  });
  test('an independent reader (omggif + jsQR) decodes each code to its link, accents included', () => {
    const links = [
      'https://docs.google.com/forms/d/e/PUB/viewform',
      'https://docs.google.com/forms/d/e/PUB/viewform?usp=pp_url&entry.17=Atelier%20robots%20%E2%80%93%2010/10',
      // Byte mode carries UTF-8 as is: the reader must get the é back.
      'https://exemple.fr/séance?titre=Café & science',
      'https://docs.google.com/forms/d/e/PUB/viewform?usp=pp_url&entry.17=' +
        'x'.repeat(300),
    ];
    for (const link of links) {
      const gif = Buffer.from(qrGif(link).bytes.map(b => b & 0xff));
      expect(readQrGif(gif.toString('base64'))).toBe(link);
    }
    // The reader is not fooled: a blank image holds no code.
    const side = 64;
    const buf = Buffer.alloc(1024);
    const writer = new GifWriter(buf, side, side, {
      palette: [0xffffff, 0x000000],
    });
    writer.addFrame(0, 0, side, side, new Array(side * side).fill(0));
    expect(
      readQrGif(buf.subarray(0, writer.end()).toString('base64')),
    ).toBeNull();
  });

  test('UTF-8 for the encoder', () => {
    expect(utf8Binary('é€')).toBe(
      String.fromCharCode(0xc3, 0xa9, 0xe2, 0x82, 0xac),
    );
  });
});

test('response counts: per session, the unknown ones, and a total with the rate', () => {
  const now = new Date('2026-10-12T10:00:00Z');
  const rows = countRows(
    [
      {
        name: 'Grand public',
        sessions: [
          {label: 'A', attended: 40},
          {label: 'B', attended: null},
        ],
        answers: ['A', 'A', 'B', '', 'C'],
        responses: 5,
      },
      {name: 'Organisateurs', sessions: [], answers: null, responses: 3},
    ],
    now,
  );
  expect(rows).toEqual([
    [
      'Questionnaire',
      'Séance',
      'Réponses',
      'Participants',
      'Taux de réponse (%)',
      'Mis à jour le',
    ],
    ['Grand public', 'A', 2, 40, 5, now],
    ['Grand public', 'B', 1, '', '', now],
    ['Grand public', '(séance non indiquée)', 1, '', '', now],
    ['Grand public', 'Total', 5, 40, 12.5, now],
    ['Organisateurs', 'Total', 3, '', '', now],
  ]);
});
