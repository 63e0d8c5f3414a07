/** The built-in sample: the 2025 size of the Fête de la science in Isère, deterministic. */
import {
  generateSample,
  isereCommunes,
  mulberry32,
  sampleFiles,
} from '../../../scripts/sample';
import {parseArgs} from '../../../scripts/preview/args';

describe('sample generator', () => {
  const sample = generateSample();
  const fds = sample.fds;

  test('mulberry32 is the published sequence for seed 1', () => {
    const next = mulberry32(1);
    // Reference values of mulberry32(1), computed with the reference implementation.
    expect(next()).toBeCloseTo(0.6270739405881613, 12);
    expect(next()).toBeCloseTo(0.002735721180215478, 12);
  });

  test('same seed → same bytes; another seed → other bytes', () => {
    const a = sampleFiles(generateSample({seed: 7}));
    const b = sampleFiles(generateSample({seed: 7}));
    const c = sampleFiles(generateSample({seed: 8}));
    expect(a).toEqual(b);
    expect(a['fete-de-la-science-isere.json']).not.toBe(
      c['fete-de-la-science-isere.json'],
    );
  });

  test('Fête de la science Isère 2025 size', () => {
    expect(fds.sessions.length).toBeGreaterThanOrEqual(500);
    expect(fds.sessions.length).toBeLessThan(510);
    const school = fds.sessions.filter(s => s.school).length;
    expect(school).toBeGreaterThan(80);
    expect(school).toBeLessThan(140);
    expect(new Set(fds.sessions.map(s => s.commune.code)).size).toBe(94);
    expect(new Set(fds.sessions.map(s => s.structure)).size).toBe(280);
    expect(fds.publicAnswers).toHaveLength(5000);
    expect(fds.organiserReports.length).toBeGreaterThan(220);
    expect(sample.festival.sessions.length).toBeGreaterThanOrEqual(40);
    expect(sample.ecole.sessions).toHaveLength(15);
    expect(sample.ecole.participants).toHaveLength(60);
  });

  test('communes are official communes of Isère, the largest ones included', () => {
    const codes = new Set(isereCommunes().map(c => c.code));
    expect(isereCommunes()).toHaveLength(512);
    for (const c of fds.communes) expect(codes.has(c.code)).toBe(true);
    const names = fds.communes.map(c => c.nom);
    for (const n of [
      'Grenoble',
      "Saint-Martin-d'Hères",
      'Échirolles',
      'Vienne',
      'Bourgoin-Jallieu',
    ])
      expect(names).toContain(n);
  });

  test('records use the open-data field names, both shapes, loosely typed communes, two bad ones', () => {
    const flat = fds.records.map(
      r =>
        ((r as {fields?: Record<string, unknown>}).fields ?? r) as Record<
          string,
          unknown
        >,
    );
    expect(fds.records.some(r => 'fields' in (r as object))).toBe(true);
    expect(fds.records.some(r => !('fields' in (r as object)))).toBe(true);
    for (const f of flat) {
      for (const k of [
        'identifiant',
        'titre_fr',
        'type_d_animation',
        'horaires_iso',
        'nom_du_lieu',
        'code_postal',
        'ville',
        'organisateur',
        'inscription_necessaire',
      ])
        expect(f).toHaveProperty(k);
    }
    const official = new Set(isereCommunes().map(c => c.nom));
    expect(
      flat.filter(f => !official.has(String(f.ville))).length,
    ).toBeGreaterThan(20);
    expect(
      flat.filter(f => f.ville === 'Lyon' || f.horaires_iso === 'à définir'),
    ).toHaveLength(2);
    // The kinds of 2019 (175 workshops of 261): workshops dominate.
    const ateliers = flat.filter(f => f.type_d_animation === 'Atelier').length;
    expect(ateliers / flat.length).toBeGreaterThan(0.55);
  });

  test('answers: realistic ranges, some comments with fake contacts, no real domain', () => {
    const a = fds.publicAnswers;
    expect(
      a.every(
        x =>
          x.satisfaction >= 1 &&
          x.satisfaction <= 5 &&
          x.recommend >= 0 &&
          x.recommend <= 10,
      ),
    ).toBe(true);
    const mean = a.reduce((s, x) => s + x.satisfaction, 0) / a.length;
    expect(mean).toBeGreaterThan(3.8);
    const contacts = a.filter(x => /@|\d{2} \d{2} \d{2}/.test(x.comment));
    expect(contacts.length).toBeGreaterThan(10);
    expect(
      contacts.every(
        x => !/@/.test(x.comment) || /@example\.(org|com)/.test(x.comment),
      ),
    ).toBe(true);
  });

  test('what staff type: "Présents" for about two sessions in five, budget lines', () => {
    const typed = fds.sessions.filter(s => s.attended !== null);
    expect(typed.length / fds.sessions.length).toBeGreaterThan(0.3);
    expect(typed.length / fds.sessions.length).toBeLessThan(0.5);
    // "Présents" is what really came, never more than the room holds.
    for (const s of typed) {
      expect(s.attended).toBe(s.actual);
      if (!s.school) expect(s.attended!).toBeLessThanOrEqual(s.capacity);
    }
    expect(fds.budget.length).toBeGreaterThanOrEqual(5);
    for (const b of fds.budget) {
      expect(b.committed).toBeLessThanOrEqual(b.planned);
      expect(b.spent).toBeLessThanOrEqual(b.committed);
      expect(b.funder).not.toBe('');
    }
  });

  test("the organisers' reports name their structure's commune and add up their sessions", () => {
    const byName = new Map(fds.structures.map(s => [s.name, s]));
    for (const r of fds.organiserReports) {
      const st = byName.get(r.structure)!;
      expect(r.commune).toBe(st.commune.nom);
      const own = fds.sessions.filter(s => s.structure === r.structure);
      expect(r.sessionsHeld).toBe(own.length);
      const exact = own.reduce((n, s) => n + (s.actual ?? 0), 0);
      // What they counted, or rounded to the nearest ten.
      expect([exact, Math.max(10, Math.round(exact / 10) * 10)]).toContain(
        r.visitors,
      );
    }
  });

  test('the previous edition: a year earlier, a little smaller, fewer answers', () => {
    const p = sample.previousFds;
    expect(p.year).toBe(sample.year - 1);
    expect(p.sessions.every(s => s.date.startsWith(String(p.year)))).toBe(true);
    expect(p.sessions.length).toBeLessThan(fds.sessions.length);
    expect(p.sessions.length).toBeGreaterThan(400);
    expect(p.publicAnswers).toHaveLength(Math.round(5000 * 0.6 * 0.9));
  });

  test('--scale multiplies the sizes', () => {
    const half = generateSample({scale: 0.5});
    expect(half.fds.sessions.length).toBeGreaterThanOrEqual(250);
    expect(half.fds.sessions.length).toBeLessThan(260);
    expect(half.fds.publicAnswers).toHaveLength(2500);
    expect(new Set(half.fds.sessions.map(s => s.commune.code)).size).toBe(47);
  });
});

describe('arguments', () => {
  test('repeatable files, defaults, errors', () => {
    const o = parseArgs([
      '--events',
      'a.json',
      '--events=b.csv',
      '--responses',
      'r.csv',
      '--today',
      '2026-10-01',
      '--scale',
      '2',
    ]);
    expect(o).toMatchObject({
      events: ['a.json', 'b.csv'],
      responses: ['r.csv'],
      today: '2026-10-01',
      scale: 2,
      out: 'preview',
    });
    expect(() => parseArgs(['--today', '2026-02-30'])).toThrow(/AAAA-MM-JJ/);
    expect(() => parseArgs(['--scale', '-1'])).toThrow(/--scale/);
    expect(() => parseArgs(['--events'])).toThrow(/attend une valeur/);
    expect(() => parseArgs(['--frobnicate'])).toThrow(/Option inconnue/);
  });
});
