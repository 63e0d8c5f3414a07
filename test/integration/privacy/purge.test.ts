/**
 * "Purger les réponses anciennes…" on the emulator (built bundle): the
 * confirmation (YES / NO), what is deleted from every sheet linked to a form,
 * what is kept (recent answers, the bilan), the Journal rows, and service
 * calls that do not grow with the number of answers.
 */
import {Workspace} from '../../../emulator';
import {
  buildBundle,
  linkedForm,
  Q_NPS,
  Q_SAT,
  Q_TEXT,
  valuesOf,
  writeTracker,
} from '../weekly/tracker';

const ALICE = 'alice@tds.fr';
const MENU = 'Purger les réponses anciennes…';
const R1 = 'Réponses au formulaire 1';
const R2 = 'Réponses au formulaire 2';
const winter = (day: string) => new Date(`${day}T10:00:00+01:00`);

beforeAll(() => buildBundle());

function setup() {
  // 28 November 2026; retention 12 months (default) → cut-off 28/11/2025 00:00.
  const ws = new Workspace({
    now: winter('2026-11-28'),
    user: ALICE,
    timeZone: 'Europe/Paris',
    locale: 'fr',
  });
  const ss = ws.createSpreadsheet('Suivi FDS 2025');
  writeTracker(ss, {});
  const props = ws.properties.document(ss.getId());
  const f1 = linkedForm(ws, ss);
  const f2 = linkedForm(ws, ss);
  const answer = (form: typeof f1, at: Date, sat: number, text = '') =>
    ws.submitForm(form, {[Q_SAT]: sat, [Q_NPS]: 8, [Q_TEXT]: text}, {at});
  ws.open(ss);
  return {ws, ss, f1, f2, answer, props};
}

const sats = (rows: unknown[][]) => rows.slice(1).map(r => r[1]);

describe('purge of old answers', () => {
  it('NO: nothing deleted, nothing journaled', () => {
    const {ws, ss, f1, answer} = setup();
    answer(f1, winter('2025-06-01'), 1, 'jean@exemple.fr');
    answer(f1, winter('2026-05-01'), 5);
    ws.ui.queueAlert('NO');
    const r = ws.clickMenu(ss, MENU);
    expect(r.error).toBeNull();
    const [confirm, cancelled] = ws.ui.alerts.slice(-2);
    expect(confirm.title).toBe('Purger les réponses anciennes');
    expect(confirm.prompt).toContain(
      'reçues avant le 28/11/2025 (plus de 12 mois)',
    );
    expect(confirm.buttons).toBe('YES_NO');
    expect(cancelled.prompt).toBe('Purge annulée : aucune réponse supprimée.');
    expect(sats(valuesOf(ss, R1))).toEqual([1, 5]);
    expect(ss.getSheetByName('Journal')).toBeNull();
  });

  it('YES: deletes the old answers of every response sheet, keeps the bilan, journals each sheet', () => {
    const {ws, ss, f1, f2, answer, props} = setup();
    answer(f1, winter('2025-06-01'), 1, 'jean@exemple.fr');
    answer(f1, winter('2025-10-01'), 2);
    answer(f1, winter('2025-11-27'), 3);
    answer(f1, new Date('2025-11-28T00:30:00+01:00'), 4);
    answer(f1, winter('2026-05-01'), 5);
    answer(f2, winter('2024-01-01'), 1);
    answer(f2, winter('2025-01-01'), 2);
    // The real bilan, generated before the purge (its tab and its stored copy).
    const generated = ws.run(ss, 'generateBilan', []);
    expect(generated.error).toBeNull();
    expect((generated.value as {responses: number}).responses).toBe(7);
    const before = new Map(props);
    const bilanBefore = valuesOf(ss, 'Bilan');
    const storedBefore = valuesOf(ss, 'tds_bilan_data');
    expect(storedBefore.length).toBeGreaterThan(0);
    ws.ui.queueAlert('YES');
    const r = ws.clickMenu(ss, MENU);
    expect(r.error).toBeNull();
    // Form 1: 1/06, 1/10 and 27/11/2025 are before 28/11/2025 00:00; form 2: both.
    expect(sats(valuesOf(ss, R1))).toEqual([4, 5]);
    expect(valuesOf(ss, R2)).toHaveLength(1); // headers only
    expect(valuesOf(ss, R2)[0][0]).toBe('Horodateur');
    expect(ws.ui.alerts.at(-1)?.prompt).toBe(
      'Réponses supprimées : 5, dans 2 onglet(s). Le détail est noté dans l’onglet « Journal ».',
    );
    const journal = valuesOf(ss, 'Journal');
    // One row per response sheet, in tab order (a form's sheet is inserted first).
    expect(journal.slice(1).map(row => row.slice(1))).toEqual([
      [
        'Purge des réponses',
        'info',
        R2,
        2,
        'Réponses antérieures au 28/11/2025 supprimées (conservation : 12 mois).',
      ],
      [
        'Purge des réponses',
        'info',
        R1,
        3,
        'Réponses antérieures au 28/11/2025 supprimées (conservation : 12 mois).',
      ],
    ]);
    expect(journal[1][0]).toEqual(winter('2026-11-28'));
    // The aggregated bilan is untouched, and so is every document property.
    expect(valuesOf(ss, 'Bilan')).toEqual(bilanBefore);
    expect(valuesOf(ss, 'tds_bilan_data')).toEqual(storedBefore);
    expect(new Map(props)).toEqual(before);
    // Each sheet deleted in one block.
    expect(r.counts.byMethod['Sheet.deleteRows']).toBe(2);

    // Again: nothing left to delete, journaled as such.
    ws.ui.queueAlert('YES');
    ws.clickMenu(ss, MENU);
    expect(ws.ui.alerts.at(-1)?.prompt).toBe(
      'Aucune réponse antérieure au 28/11/2025 : rien à supprimer.',
    );
    expect(
      valuesOf(ss, 'Journal')
        .slice(3)
        .map(row => row[4]),
    ).toEqual([0, 0]);
  });

  it('scattered old answers: one deleteRows per block, the answers kept never rewritten', () => {
    const {ws, ss, f1, answer} = setup();
    // Dates out of order (answers imported late): old and recent alternate.
    // The recent ones hold free text Sheets would type if it were rewritten:
    // a fraction, a formula-like text, a time, a boolean word.
    const days = [
      '2025-01-05',
      '2026-01-05',
      '2025-02-05',
      '2026-02-05',
      '2025-03-05',
      '2026-03-05',
      '2025-04-05',
      '2026-04-05',
      '2025-05-05',
    ];
    const texts = [
      'n0',
      '1/2',
      'n2',
      '=1+1',
      'n4',
      '10:30',
      'n6',
      'VRAI',
      'n8',
    ];
    days.forEach((d, i) => answer(f1, winter(d), (i % 5) + 1, texts[i]));
    const sheet = ss.getSheetByName(R1)!;
    ws.ui.queueAlert('YES');
    const r = ws.clickMenu(ss, MENU);
    expect(r.error).toBeNull();
    expect(
      valuesOf(ss, R1)
        .slice(1)
        .map(row => row[3]),
    ).toEqual(['1/2', '=1+1', '10:30', 'VRAI']);
    expect(sheet.getRange('D2:D5').getFormulas()).toEqual([
      [''],
      [''],
      [''],
      [''],
    ]);
    // Five old answers in five separate blocks: five deleteRows.
    expect(r.counts.byMethod['Sheet.deleteRows']).toBe(5);
  });

  it('service calls do not grow with the number of answers', () => {
    const small = setup();
    for (let i = 0; i < 4; i += 1)
      small.answer(small.f1, winter('2025-03-01'), 3);
    small.answer(small.f1, winter('2026-03-01'), 3);
    small.ws.ui.queueAlert('YES');
    const a = small.ws.clickMenu(small.ss, MENU);
    const big = setup();
    for (let i = 0; i < 300; i += 1)
      big.answer(big.f1, winter('2025-03-01'), 3);
    big.answer(big.f1, winter('2026-03-01'), 3);
    big.ws.ui.queueAlert('YES');
    const b = big.ws.clickMenu(big.ss, MENU);
    expect(sats(valuesOf(big.ss, R1))).toEqual([3]);
    expect(b.counts.calls).toBe(a.counts.calls);
  });

  it('a bad retention setting is refused with a clear message', () => {
    const {ws, ss, props} = setup();
    props.set('tds.settings', JSON.stringify({retentionMonths: 0}));
    ws.clickMenu(ss, MENU);
    expect(ws.ui.alerts.at(-1)?.prompt).toBe(
      'Durée de conservation non valide (0) : indiquez dans les paramètres un nombre entier de mois, au moins 1.',
    );
  });
});
