/**
 * Bad input: the bilan still comes out, and every problem is counted and
 * listed (question, row, value) rather than dropped or crashing.
 */
import {computeBilan, runBilan} from '../../../src/bilan/compute';
import {paramRows, parseParams} from '../../../src/bilan/params';
import {COMMUNES} from '../../../src/generated/communes';
import type {
  BilanInput,
  ColumnParam,
  ResponseSheet,
} from '../../../src/bilan/types';
import {readFixture} from './helpers';

interface Case {
  values: unknown[][];
}
const cases = readFixture<Record<string, Case>>('bad-inputs.json');

function sheet(
  name: string,
  values: unknown[][],
  extra: Partial<ResponseSheet> = {},
): ResponseSheet {
  return {
    name,
    formUrl: `https://docs.google.com/forms/d/${name}/viewform`,
    values,
    ...extra,
  };
}

function input(
  sheets: ResponseSheet[],
  params: ColumnParam[] = [],
): BilanInput {
  return {
    sheets,
    params,
    tracker: null,
    k: 5,
    now: new Date('2026-10-20T09:00:00Z'),
    communes: COMMUNES,
  };
}

test('an empty sheet and a sheet with headers only: zero responses, the bilan comes out', () => {
  const r = computeBilan(
    input([
      sheet('Vide', cases.empty.values),
      sheet('Entêtes', cases.headersOnly.values),
    ]),
  );
  expect(r.responses).toBe(0);
  expect(r.sources.map(s => [s.sheet, s.responses])).toEqual([
    ['Vide', 0],
    ['Entêtes', 0],
  ]);
  expect(r.anomalies).toEqual([
    expect.objectContaining({source: 'Vide', code: 'empty', row: 1}),
  ]);
  // Headers only: each question listed with no answer.
  const titles = r.questions.map(q => [q.title, q.answered]);
  expect(titles).toEqual([
    ['Globalement, êtes-vous satisfait(e) ?', 0],
    ['Vos remarques', 0],
  ]);
  expect(r.satisfaction).toBeNull();
  expect(r.nps).toBeNull();
});

test('answers outside the scale, decimals and text on a 1–5 scale are anomalies, not statistics', () => {
  const items = [
    {
      title: 'Globalement, êtes-vous satisfait(e) ?',
      kind: 'scale' as const,
      bounds: [1, 5] as [number, number],
    },
  ];
  const r = computeBilan(
    input([sheet('Public', cases.outOfScale.values, {items})]),
  );
  const q = r.questions.find(
    x => x.title === 'Globalement, êtes-vous satisfait(e) ?',
  )!;
  // Valid: 4 5 3 5 → n 4, mean 4.25, median 4.5; 7 (row 3), "très bien" (row 5), 4.5 (row 7) set aside.
  expect(q.answered).toBe(4);
  expect(q.mean).toBe(4.25);
  expect(q.median).toBe(4.5);
  expect(q.top2).toBe(75);
  expect(r.anomalies.map(a => [a.row, a.value, a.code])).toEqual([
    [3, '7', 'outOfScale'],
    [5, 'très bien', 'notANumber'],
    [7, '4.5', 'notAnInteger'],
  ]);
  expect(r.anomalyCounts).toEqual({
    outOfScale: 1,
    notANumber: 1,
    notAnInteger: 1,
  });
});

test('text in a number column: listed, the other answers summed', () => {
  const r = computeBilan(
    input([sheet('Organisateurs', cases.textInNumber.values)]),
  );
  const q = r.questions.find(x => x.title === 'Nombre total de visiteurs')!;
  expect(q.type).toBe('number');
  expect(q.sum).toBe(195); // 120 + 30 + 45
  expect(q.answered).toBe(3);
  expect(q.median).toBe(45);
  expect(r.anomalies).toEqual([
    expect.objectContaining({
      question: 'Nombre total de visiteurs',
      row: 3,
      value: 'environ 50',
      code: 'notANumber',
    }),
  ]);
  // The organisers' figures count the readable numbers only; a figure no
  // question asks for is unknown (null), not 0.
  expect(r.organisers).toEqual(
    expect.objectContaining({
      reports: 4,
      visitors: 195,
      pupils: null,
      classes: null,
    }),
  );
});

test('renamed, moved, added and deleted questions against the last run', () => {
  // The last run's parameters, exactly as the add-on wrote them (not corrected by staff).
  const previous = runBilan(
    input([sheet('Public', cases.before.values)]),
  ).specs;
  const params = parseParams(paramRows(previous));
  expect(params.every(p => p.corrected === false)).toBe(true);
  const r = computeBilan(input([sheet('Public', cases.after.values)], params));
  expect(r.anomalies.map(a => [a.code, a.question, a.value]).sort()).toEqual(
    [
      ['added', 'Nouvelle question', 'Nouvelle question'],
      ['deleted', 'Ancienne question', 'Ancienne question'],
      ['renamed', 'Satisfaction générale', 'Satisfaction'],
    ].sort(),
  );
  // The moved "Commentaire" (column 4 → 3) is matched by its title: no anomaly, same statistics.
  const c = r.questions.find(q => q.title === 'Commentaire')!;
  expect(c.column).toBe(3);
  expect(c.answered).toBe(2);
});

test('a kind corrected by staff in "Bilan – paramètres" wins over inference', () => {
  const specs = runBilan(input([sheet('Public', cases.before.values)])).specs;
  const rows = paramRows(specs);
  const satisfactionRow = rows.findIndex(r => r[2] === 'Satisfaction');
  expect(rows[satisfactionRow][3]).toBe('Échelle');
  // Staff say it is a free text question.
  rows[satisfactionRow][3] = 'Texte libre';
  const params = parseParams(rows);
  expect(params.find(p => p.title === 'Satisfaction')!.corrected).toBe(true);
  const again = runBilan(input([sheet('Public', cases.before.values)], params));
  expect(again.specs.find(s => s.title === 'Satisfaction')!.kind).toBe('text');
  expect(
    again.result.questions.find(q => q.title === 'Satisfaction')!.texts,
  ).toEqual(['4', '5', '3']);
  // An unknown kind names its row: rows 1–2 hold the previous edition's
  // link, row 3 the headers, Satisfaction is the second question (row 5).
  expect(satisfactionRow).toBe(4);
  rows[satisfactionRow][3] = 'Température';
  expect(() => parseParams(rows)).toThrow(/ligne 5 .*« Température »/);
});

test('duplicate column titles: both kept, the second renamed and listed', () => {
  const r = computeBilan(input([sheet('Public', cases.duplicates.values)]));
  expect(r.questions.map(q => [q.title, q.answered, q.mean])).toEqual([
    ['Note', 3, 4], // 3 4 5
    ['Note (2)', 3, 2], // 1 2 3
  ]);
  expect(r.anomalies).toEqual([
    expect.objectContaining({question: 'Note', row: 1, code: 'duplicate'}),
  ]);
});

test('"Autre : …" in a checkbox answer: counted once under Autre and listed, e-mail masked', () => {
  const items = [
    {
      title: 'Comment avez-vous connu cet événement ?',
      kind: 'multi' as const,
      options: ['Site internet', 'Presse, radio'],
      hasOther: true,
    },
  ];
  const r = computeBilan(input([sheet('Public', cases.other.values, {items})]));
  const q = r.questions.find(x => x.type === 'multi')!;
  expect(q.distribution).toEqual({
    'Site internet': 2,
    'Presse, radio': 2,
    Autre: 2,
  });
  expect(q.percentages).toEqual({
    'Site internet': 66.7,
    'Presse, radio': 66.7,
    Autre: 66.7,
  });
  expect(r.anomalies.map(a => [a.row, a.value])).toEqual([
    [2, 'Autre : un voisin'],
    [4, 'Autre : mail de [e-mail masqué]'],
  ]);
});

test('a column missing from the form (question deleted in Forms) is kept and listed', () => {
  const items = [
    {
      title: 'Satisfaction générale',
      kind: 'scale' as const,
      bounds: [1, 5] as [number, number],
    },
    {title: 'Commentaire', kind: 'text' as const},
  ];
  const r = computeBilan(input([sheet('Public', cases.after.values, {items})]));
  expect(
    r.anomalies.filter(a => a.code === 'notInForm').map(a => a.question),
  ).toEqual(['Nouvelle question']);
  expect(r.questions.find(q => q.title === 'Nouvelle question')!.answered).toBe(
    3,
  );
});

test('an e-mail or a phone number inside a short answer never shows: the column is free text, masked', () => {
  const values = [
    ['Horodateur', 'Vos remarques', "Votre tranche d'âge"],
    ['t', 'Très bien, écrivez-moi à zoe@exemple.fr', '18-25 ans'],
    ['t', 'Bien', '18-25 ans'],
    ['t', 'Bien', '18-25 ans'],
    ['t', 'Appelez le 06 10 00 00 26', '18-25 ans'],
    ['t', 'Bien', '26-40 ans'],
  ];
  const r = computeBilan(input([sheet('Public', values)]));
  const q = r.questions.find(x => x.title === 'Vos remarques')!;
  expect(q.type).toBe('text');
  expect(q.texts).toEqual([
    'Très bien, écrivez-moi à [e-mail masqué]',
    'Bien',
    'Bien',
    'Appelez le [téléphone masqué]',
    'Bien',
  ]);
  // Even when staff call it a choice, its labels are masked.
  const forced = computeBilan(
    input(
      [sheet('Public', values)],
      [
        {
          source: 'Public',
          column: 2,
          title: 'Vos remarques',
          kind: 'choice',
          role: '',
          options: [],
        },
      ],
    ),
  );
  const text = JSON.stringify(forced);
  expect(text).not.toContain('zoe@exemple.fr');
  expect(text).not.toContain('06 10 00 00 26');
});
