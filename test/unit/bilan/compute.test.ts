/**
 * The bilan's pure core on the same twelve answers, read from the linked
 * responses sheet and from a Forms CSV download. Every expected figure is
 * worked out by hand in the comments from the fixture's rows.
 */
import {computeBilan, runBilan} from '../../../src/bilan/compute';
import {parseCsv} from '../../../src/bilan/csv';
import {COMMUNES} from '../../../src/generated/communes';
import type {BilanInput, ResponseSheet} from '../../../src/bilan/types';
import type {QuestionStats} from '../../../src/model/bilan';
import {csvText, linkedSheetValues, tracker} from './helpers';

const T = {
  session: 'Quelle animation avez-vous suivie ?',
  commune: 'Dans quelle commune habitez-vous ?',
  with: 'Avec qui êtes-vous venu(e) ?',
  age: "Votre tranche d'âge",
  heard: 'Comment avez-vous connu cet événement ?',
  satisfaction: 'Globalement, êtes-vous satisfait(e) de cette animation ?',
  explanations: 'Les explications étaient-elles claires ?',
  length: "La durée de l'animation était…",
  recommend:
    'Quelle est la probabilité que vous recommandiez cet événement à un proche ?',
  first: 'Est-ce la première fois que vous venez à cet événement ?',
  comments: 'Vos remarques et suggestions',
  email: 'Adresse e-mail',
};

function input(sheets: ResponseSheet[], k = 5): BilanInput {
  return {
    sheets,
    params: [],
    tracker: tracker(),
    k,
    now: new Date('2026-10-20T09:00:00Z'),
    communes: COMMUNES,
  };
}

const linked: ResponseSheet = {
  name: 'Réponses au formulaire 1',
  formUrl: 'https://docs.google.com/forms/d/F1/edit',
  values: linkedSheetValues(),
};
const csv: ResponseSheet = {
  name: 'Réponses au formulaire 1',
  formUrl: '',
  values: parseCsv(csvText()),
  format: 'csv',
};

function q(stats: QuestionStats[], title: string): QuestionStats {
  const found = stats.find(s => s.title === title);
  if (!found) throw new Error(`no stats for ${title}`);
  return found;
}

describe('type inference', () => {
  test('the linked sheet: every column gets its kind and role', () => {
    const {specs} = runBilan(input([linked]));
    const kinds = Object.fromEntries(specs.map(s => [s.title, s.kind]));
    expect(kinds).toEqual({
      Horodateur: 'timestamp',
      [T.session]: 'choice',
      [T.commune]: 'choice',
      [T.with]: 'choice',
      [T.age]: 'choice',
      [T.heard]: 'multi',
      [T.satisfaction]: 'scale',
      [T.explanations]: 'scale',
      [T.length]: 'choice',
      [T.recommend]: 'nps',
      [T.first]: 'choice',
      [T.comments]: 'text',
      [T.email]: 'personal',
    });
    const roles = Object.fromEntries(
      specs.filter(s => s.role).map(s => [s.role, s.title]),
    );
    expect(roles).toEqual({
      session: T.session,
      commune: T.commune,
      age: T.age,
      satisfaction: T.satisfaction,
    });
    expect(specs.find(s => s.title === T.satisfaction)!.bounds).toEqual([1, 5]);
    expect(specs.find(s => s.title === T.recommend)!.bounds).toEqual([0, 10]);
  });

  test('the CSV download (";" between ticked options) gives the same inference', () => {
    const a = runBilan(input([linked])).specs;
    const b = runBilan(input([csv])).specs;
    const view = (specs: typeof a) =>
      specs.map(s => ({
        title: s.title,
        kind: s.kind,
        bounds: s.bounds,
        role: s.role,
        options: [...s.options].sort(),
      }));
    expect(view(b)).toEqual(view(a));
    // "Presse, radio" holds the linked sheet's separator and is still one option.
    expect(a.find(s => s.title === T.heard)!.options.sort()).toEqual(
      [
        'Affiche ou programme papier',
        'Bouche-à-oreille',
        'École ou enseignant',
        'Presse, radio',
        'Réseaux sociaux',
        'Site internet',
      ].sort(),
    );
  });

  test('both sources give the same statistics', () => {
    const a = computeBilan(input([linked]));
    const b = computeBilan(input([csv]));
    const strip = (qs: QuestionStats[]) => qs.map(x => ({...x, source: ''}));
    expect(strip(b.questions)).toEqual(strip(a.questions));
    expect(b.crossTabs).toEqual(a.crossTabs);
  });
});

describe('statistics (checked by hand)', () => {
  const r = computeBilan(input([linked]));

  test('scale 1–5: mean, median, distribution, top-2-box', () => {
    // Satisfaction: 5 4 5 3 4 5 2 5 4 4 5 1 → sum 47, n 12.
    const s = q(r.questions, T.satisfaction);
    expect(s.answered).toBe(12);
    expect(s.mean).toBe(3.92); // 47 / 12 = 3.9166…
    expect(s.median).toBe(4); // sorted 1 2 3 4 4 4 4 5 5 5 5 5 → (4 + 4) / 2
    expect(s.distribution).toEqual({1: 1, 2: 1, 3: 1, 4: 4, 5: 5});
    expect(s.percentages).toEqual({1: 8.3, 2: 8.3, 3: 8.3, 4: 33.3, 5: 41.7});
    expect(s.top2).toBe(75); // (4 + 5) / 12
    expect(s.nps).toBeNull();
    // Explanations: 5 4 4 3 5 5 3 4 4 3 5 2 → sum 47, sorted 2 3 3 3 4 4 4 4 5 5 5 5.
    const e = q(r.questions, T.explanations);
    expect(e.mean).toBe(3.92);
    expect(e.median).toBe(4);
    expect(e.top2).toBe(66.7); // (4 + 4) / 12
  });

  test('NPS: promoters 9–10, passives 7–8, detractors 0–6', () => {
    // 10 9 8 7 6 10 3 9 9 8 10 0 → P = 6 (10,9,10,9,9,10), passives 3 (8,7,8), D = 3 (6,3,0).
    const s = q(r.questions, T.recommend);
    expect(s.nps).toEqual({
      promoters: 6,
      passives: 3,
      detractors: 3,
      score: 25,
    });
    expect(s.top2).toBeNull();
    expect(s.mean).toBe(7.42); // 89 / 12 = 7.4166…
    expect(s.median).toBe(8.5); // sorted 0 3 6 7 8 8 9 9 9 10 10 10 → (8 + 9) / 2
    expect(r.nps).toBe(25);
    expect(r.satisfaction).toBe(3.92);
  });

  test('multiple choice: each option counted once per respondent, % of respondents', () => {
    const s = q(r.questions, T.heard);
    expect(s.answered).toBe(12);
    expect(s.distribution).toEqual({
      'Presse, radio': 5, // rows 1 3 6 9 12
      'Réseaux sociaux': 3, // rows 2 5 10
      'Site internet': 3, // rows 5 6 11
      'Affiche ou programme papier': 2, // rows 1 8
      'Bouche-à-oreille': 2, // rows 4 9
      'École ou enseignant': 1, // row 7
    });
    expect(s.percentages!['Presse, radio']).toBe(41.7); // 5 / 12
  });

  test('single choice with an "Autre : …" answer: counted as Autre and listed', () => {
    const s = q(r.questions, T.with);
    expect(s.distribution).toEqual({
      'En famille': 6,
      'Seul(e)': 3,
      'Entre amis': 2,
      Autre: 1,
    });
    expect(s.percentages!['En famille']).toBe(50);
    const other = r.anomalies.filter(a => a.code === 'other');
    expect(other).toEqual([
      expect.objectContaining({
        question: T.with,
        row: 8,
        value: 'Autre : voisins',
      }),
    ]);
    // Case differences are one answer: "grenoble" counts under "Grenoble".
    expect(q(r.questions, T.commune).distribution.Grenoble).toBe(7);
  });

  test('free text: count, and e-mails and phones masked; personal columns left out', () => {
    const s = q(r.questions, T.comments);
    expect(s.answered).toBe(4);
    expect(s.texts).toEqual([
      'Super atelier !',
      'Appelez-moi au [téléphone masqué]',
      '=HYPERLINK("http://example.org";"clic")',
      'Écrivez à [e-mail masqué]',
    ]);
    expect(r.questions.some(x => x.title === T.email)).toBe(false);
    expect(JSON.stringify(r)).not.toContain('a@b.fr');
    expect(JSON.stringify(r)).not.toContain('jean.dupont');
    expect(JSON.stringify(r)).not.toContain('06 12 34 56 78');
  });

  test('sources, responses and period', () => {
    expect(r.responses).toBe(12);
    expect(r.sources).toEqual([
      expect.objectContaining({
        sheet: 'Réponses au formulaire 1',
        responses: 12,
        organisers: false,
        first: new Date('2026-10-10T10:05:00+02:00').toISOString(),
        last: new Date('2026-10-11T16:10:00+02:00').toISOString(),
      }),
    ]);
  });
});

describe('cross-tabs and small cells', () => {
  test('k = 5: small groups hidden whole, small cells hidden with a complementary cell, no mean over hidden cells', () => {
    const r = computeBilan(input([linked], 5));
    expect(r.segments).toEqual([T.session, T.commune, T.age]);
    const byCommune = r.crossTabs.find(
      c => c.question === T.satisfaction && c.segment === T.commune,
    )!;
    // Grenoble 7 (rows 1 3 5 6 8 9 11), Échirolles 3, Meylan 1, Saint-Martin-d'Hères 1.
    expect(byCommune.rows.map(x => [x.group, x.n])).toEqual([
      ['Grenoble', 7],
      ['Échirolles', 3],
      ['Meylan', 1],
      ["Saint-Martin-d'Hères", 1],
    ]);
    expect(byCommune.columns).toEqual(['1', '2', '3', '4', '5']);
    // Grenoble's satisfaction: 5 5 4 5 5 4 5 → [0, 0, 0, 2, 5]. Its two 4s
    // are hidden; alone in the row they would be 7 − 5 − 0 − 0 − 0, so a
    // second cell of the row is hidden with them; the mean (4.71) would give
    // them away too: none.
    const grenoble = byCommune.rows[0];
    expect(grenoble.cells[3]).toBeNull();
    expect(grenoble.cells.filter(x => x === null).length).toBeGreaterThan(1);
    grenoble.cells.forEach((x, j) => {
      if (x !== null) expect(x).toBe([0, 0, 0, 2, 5][j]);
    });
    expect(grenoble.mean).toBeNull();
    expect(grenoble.median).toBeNull();
    for (const row of byCommune.rows.slice(1)) {
      expect(row.cells.every(x => x === null)).toBe(true);
      expect(row.mean).toBeNull();
    }
    // The whole is the question's own distribution: 47 / 12 = 3.92, median 4.
    expect(byCommune.total).toEqual({
      group: '',
      n: 12,
      cells: [1, 1, 1, 4, 5],
      mean: 3.92,
      median: 4,
    });
    expect(byCommune.k).toBe(5);
    expect(byCommune.withMean).toBe(true);
    expect(byCommune.perSession).toBe(false);
    expect(byCommune.hiddenCells).toBe(
      byCommune.rows.flatMap(x => x.cells).filter(x => x === null).length,
    );
  });

  test('k = 3: the Planétarium group (4 answers) is shown as a group, its single answers are not', () => {
    const r = computeBilan(input([linked], 3));
    const bySession = r.crossTabs.find(
      c => c.question === T.length && c.segment === T.session,
    )!;
    // Atelier robots 6: Adaptée ×4 (1 2 9 11), Trop longue ×2 (4 7).
    // Planétarium 4: Adaptée ×2 (5 8), Trop courte ×1 (3), Trop longue ×1 (12).
    // Conférence climat 2 → hidden whole.
    expect(bySession.columns).toEqual([
      'Adaptée',
      'Trop longue',
      'Trop courte',
    ]);
    expect(bySession.rows.map(x => [x.group, x.n, x.cells])).toEqual([
      // Its 2 "Trop longue" are under 3; its 0 "Trop courte" is hidden with
      // them, else 6 − 4 − 0 would give them.
      ['Atelier robots', 6, [4, null, null]],
      // Its 2 "Adaptée" could be found from the column total 7 − 4 − …: hidden.
      ['Planétarium', 4, [null, null, null]],
      ['Conférence climat', 2, [null, null, null]],
    ]);
    expect(bySession.total.cells).toEqual([7, 3, 2]);
    expect(bySession.perSession).toBe(true);
    expect(bySession.withMean).toBe(false);
  });
});

describe('programme figures from the tracker', () => {
  test('sessions, attendance with its source, communes, population share, structures, response rate', () => {
    const r = computeBilan(input([linked]));
    const isere = COMMUNES.filter(c => c.departement === '38');
    const pop = (codes: string[]) =>
      isere
        .filter(c => codes.includes(c.code))
        .reduce((n, c) => n + c.population, 0);
    const all = isere.reduce((n, c) => n + c.population, 0);
    const share =
      Math.round(((pop(['38185', '38317', '38151']) * 100) / all) * 10) / 10;
    const p = r.programme!;
    expect({...p, whiteZones: p.whiteZones.length}).toEqual({
      sessionsPlanned: 4, // the cancelled walk is left out
      sessionsHeld: 4,
      sessionsMarkedHeld: 4,
      sessionsUpcoming: 0,
      sessionsCancelled: 1,
      schoolSessions: 1,
      generalPublicSessions: 3,
      registered: 133, // 45 + 60 + 28
      attended: 148, // 40 + 30 + 50 + 28
      sessionsWithAttendance: 4,
      // Every held session has its "Présents": the Programme gives the figures.
      visitors: 148,
      pupils: 28, // the school session's 28
      classes: null, // only organisers count classes, and there is no report
      communesReached: 3, // Grenoble, Le Pont-de-Claix (found by name), Échirolles
      communesInDepartement: isere.length,
      populationShare: share,
      structures: 3, // "La Casemate" and "la casemate" are one
      organiserReports: 0,
      structuresReported: 0,
      organiserResponseRate: null,
      structuresWithoutReport: [],
      unmatchedReports: [],
      responseRate: 10, // 12 public answers ÷ (148 − 28) visitors other than pupils
      sources: {
        sessionsHeld: 'programme',
        communesReached: 'programme',
        visitors: 'programme',
        pupils: 'programme',
        classes: 'none',
      },
      disagreements: [],
      byStructure: [
        {
          name: 'La Casemate',
          sessions: 2,
          attended: 68,
          reported: false,
          visitors: null,
          pupils: null,
          classes: null,
        },
        {
          name: 'Cosmocité',
          sessions: 1,
          attended: 30,
          reported: false,
          visitors: null,
          pupils: null,
          classes: null,
        },
        {
          name: 'Université Grenoble Alpes',
          sessions: 1,
          attended: 50,
          reported: false,
          visitors: null,
          pupils: null,
          classes: null,
        },
      ],
      // Most sessions first, then the most populous.
      communes: [
        {
          name: 'Grenoble',
          insee: '38185',
          population: pop(['38185']),
          sessions: 2,
          attended: 90,
          visitors: null,
          structures: 2,
        },
        {
          name: 'Échirolles',
          insee: '38151',
          population: pop(['38151']),
          sessions: 1,
          attended: 28,
          visitors: null,
          structures: 1,
        },
        {
          name: 'Le Pont-de-Claix',
          insee: '38317',
          population: pop(['38317']),
          sessions: 1,
          attended: 30,
          visitors: null,
          structures: 1,
        },
      ],
      whiteZones: 509, // 512 − 3
    });
    expect(isere.length).toBe(512);
    // The white zones: most populous first, none of the communes reached.
    expect(p.whiteZones[0].population).toBeGreaterThanOrEqual(
      p.whiteZones[1].population,
    );
    expect(p.whiteZones.map(z => z.insee)).not.toContain('38185');
  });

  test('without a tracker the programme is null and the rest still comes out', () => {
    const r = computeBilan({...input([linked]), tracker: null});
    expect(r.programme).toBeNull();
    expect(r.responses).toBe(12);
  });
});
