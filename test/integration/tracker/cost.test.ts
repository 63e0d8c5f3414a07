/**
 * Cost of the tracker's actions on the emulator's latency model: call counts
 * must not grow with the number of rows, and a tracker of 1,000 sessions and
 * 300 partners builds and imports in under 30 s of predicted Apps Script time.
 */
import {COMMUNES} from '../../../src/generated/communes';
import {
  buildBundle,
  createTracker,
  FORMS,
  newWorkspace,
  records,
} from './helpers';

beforeAll(buildBundle);

const ISERE = COMMUNES.filter(c => c.departement === '38');

/** A commune as an organiser types it: lower case, no accents, "St", spaces. */
function typed(name: string, i: number): string {
  const variants = [
    (s: string) => s.toLowerCase(),
    (s: string) =>
      s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toUpperCase(),
    (s: string) => s.replace(/^Saint-/, 'St ').replace(/-/g, ' '),
    (s: string) => s.replace(/^(Le|La|Les) /, ''),
  ];
  return variants[i % variants.length](name);
}

/** An FDS open-data export of n one-slot animations by 300 organisers. */
function fdsExport(n: number): string {
  const records = [];
  for (let i = 0; i < n; i++) {
    const c = ISERE[(i * 7) % ISERE.length];
    const day = 2 + (i % 11);
    const hour = String(9 + (i % 9)).padStart(2, '0');
    const endHour = String(10 + (i % 9)).padStart(2, '0');
    const d = `2026-10-${String(day).padStart(2, '0')}`;
    records.push({
      identifiant: String(300000 + i),
      titre_fr: `Animation n° ${i + 1}`,
      description_fr: `<p>Description de l'animation ${i + 1}</p>`,
      type_d_animation: ['Atelier', 'Conférence', 'Visite', 'Exposition'][
        i % 4
      ],
      horaires_iso: `${d}T${hour}:00:00+02:00-${d}T${endHour}:30:00+02:00`,
      nom_du_lieu: `Lieu ${i % 200}`,
      adresse: `${c.codesPostaux[0]} ${c.nom}`,
      code_postal: c.codesPostaux[0],
      ville: typed(c.nom, i),
      organisateur: `Structure ${i % 300}`,
      publics_concernes: ['Tout public'],
      age_minimum: i % 12,
      inscription_necessaire: 'Non',
    });
  }
  return JSON.stringify(records);
}

function importRun(n: number) {
  const ws = newWorkspace();
  const ss = ws.createSpreadsheet(`Suivi ${n}`);
  createTracker(ws, ss, 'fds');
  const r = ws.callServer(ss, 'importEvents', [
    {fileName: 'fds.json', content: fdsExport(n)},
  ]);
  if (r.error) throw r.error;
  return {ws, ss, r};
}

describe('importing 100 and 1,000 sessions', () => {
  const small = importRun(100);
  const big = importRun(1000);

  it('imports every session, communes resolved, 300 structures added', () => {
    const rows = records(big.ss, 'Programme');
    expect(rows).toHaveLength(1000);
    expect((big.r.value as {rejected: string[]}).rejected).toEqual([]);
    expect(records(big.ss, 'Partenaires')).toHaveLength(300);
    const c = ISERE[(999 * 7) % ISERE.length];
    expect([rows[999]['Commune'], rows[999]['Code INSEE']]).toEqual([
      c.nom,
      c.code,
    ]);
  });

  it('costs the same number of service calls whatever the number of rows', () => {
    expect(big.r.counts.calls).toBe(small.r.counts.calls);
    expect(big.r.counts.byMethod['Range.setValues']).toBe(
      small.r.counts.byMethod['Range.setValues'],
    );
    expect(big.r.counts.byMethod['Range.getValues']).toBe(
      small.r.counts.byMethod['Range.getValues'],
    );

    console.log(
      `import 100: ${small.r.counts.calls} calls, ${small.r.predictedSeconds.toFixed(1)} s; ` +
        `import 1,000: ${big.r.counts.calls} calls, ${big.r.counts.cellsWritten} cells written, ${big.r.predictedSeconds.toFixed(1)} s`,
    );
  });

  it('predicts well under 30 s for 1,000 sessions', () => {
    expect(big.r.predictedSeconds).toBeLessThan(30);
  });

  it('re-importing 1,000 sessions updates them in place, same cost', () => {
    const again = big.ws.callServer(big.ss, 'importEvents', [
      {fileName: 'fds.json', content: fdsExport(1000)},
    ]);
    expect((again.value as {updated: number; imported: number}).updated).toBe(
      1000,
    );
    expect((again.value as {imported: number}).imported).toBe(0);
    expect(again.counts.calls).toBe(big.r.counts.calls);
    expect(records(big.ss, 'Programme')).toHaveLength(1000);
  });

  it('running the tracker action again on 1,000 sessions and 300 partners stays under 30 s', () => {
    const r = big.ws.callServer(big.ss, 'createOrUpdateTracker', [FORMS.fds]);
    expect(r.error).toBeNull();
    expect(r.predictedSeconds).toBeLessThan(30);
    const smallRerun = small.ws.callServer(small.ss, 'createOrUpdateTracker', [
      FORMS.fds,
    ]);
    expect(r.counts.calls).toBe(smallRerun.counts.calls);

    console.log(
      `update on 1,000 sessions: ${r.counts.calls} calls, ${r.predictedSeconds.toFixed(1)} s`,
    );
  });

  it('the onEdit stamp is cheap on a big tracker', () => {
    const [run] = big.ws.edit(big.ss, 'Programme', 'R500', 'réalisé');
    expect(run.error).toBeNull();
    expect(run.counts.calls).toBeLessThan(20);
    expect(run.counts.cellsRead).toBeLessThan(30);
  });
});
