/**
 * Bench of the school bookings (issue 19): at each scale, a Programme with
 * 110 school sessions per Isère (1,100 at ten times Isère) among 500
 * sessions, bookings opened, then a wave of bookings through the form (the
 * submit trigger's executions measured one by one), with sessions filling up
 * (form updates) and a cancellation with promotions. Targets: a booking
 * costs the same number of service calls at every scale (12 at most,
 * issue 19), and every execution stays under 60 predicted seconds.
 */
import {performance} from 'node:perf_hooks';
import {Workspace, type RunResult} from '../../emulator';
import type {Target} from './report';
import {EXECUTION_TARGET_SECONDS} from './report';
import {round} from './stats';

export interface BookingFigures {
  scale: string;
  schoolSessions: number;
  sessions: number;
  bookings: number;
  /** Calls of a booking that changes no session's state (the usual one). */
  plainCalls: number[];
  /** Calls of a booking that fills its session (one form update). */
  fillingCalls: number[];
  cancelCalls: number;
  maxPredictedSeconds: number;
  openPredictedSeconds: number;
  wallMs: number;
}

const BENCH_NOW = new Date('2026-09-01T08:00:00+02:00');
const USER = 'coordination@territoire-de-sciences.fr';

function programme(total: number, school: number): string {
  const head =
    'Identifiant,Titre,Date,Début,Fin,Commune,Structure organisatrice,Public,Jauge,Statut';
  const rows: string[] = [];
  for (let i = 0; i < total; i++) {
    const isSchool = i < school;
    rows.push(
      [
        `S${String(i + 1).padStart(5, '0')}`,
        `Séance ${i + 1}`,
        `${String(2 + (i % 10)).padStart(2, '0')}/10/2026`,
        '09:30',
        '11:00',
        'Grenoble',
        `Structure ${1 + (i % 280)}`,
        isSchool ? 'scolaires' : 'grand public',
        isSchool ? '50' : '80',
        'confirmé',
      ].join(','),
    );
  }
  return [head, ...rows].join('\n');
}

export function measureBookings(
  distDir: string,
  scales: {key: string; factor: number}[],
): BookingFigures[] {
  const out: BookingFigures[] = [];
  for (const {key, factor} of scales) {
    const t0 = performance.now();
    const total = Math.round(500 * factor);
    const school = Math.round(110 * factor);
    const ws = new Workspace({
      now: BENCH_NOW,
      locale: 'fr',
      user: USER,
      timeZone: 'Europe/Paris',
      distDir,
      accountType: 'workspace',
    });
    const ss = ws.createSpreadsheet('Suivi FDS 2026 (banc réservations)');
    ws.open(ss);
    const made = ws.callServer(ss, 'createOrUpdateTracker', [
      {
        name: 'Fête de la science 2026',
        kind: 'fds',
        edition: '2026',
        startDate: '2026-10-02',
        endDate: '2026-10-12',
        departement: '38',
        teamEmails: USER,
      },
    ]);
    if (made.error) throw made.error;
    const imp = ws.callServer(ss, 'importEvents', [
      {fileName: 'programme.csv', content: programme(total, school)},
    ]);
    if (imp.error) throw imp.error;
    const open = ws.callServer(ss, 'openBookings', [{fullMode: 'label'}]);
    if (open.error) throw open.error;
    const formId = (open.value as {formId: string}).formId;
    const form = ws.forms.find(f => f.getId() === formId)!;
    const choice = (id: string) =>
      form
        .getItems()
        .find(i => i.getTitle() === 'Séance')!
        .asListItem()
        .getChoices()
        .map(c => c.getValue())
        .find(v => v.startsWith(`${id} – `))!;
    const book = (id: string, pupils: number, who: string): RunResult => {
      const runs = ws.submitForm(form, {
        'Que souhaitez-vous faire ?': 'Réserver une séance',
        'Votre adresse e-mail (enseignant·e)': who,
        Séance: choice(id),
        Établissement: 'École du banc',
        'Commune de l’établissement': 'Grenoble',
        'Niveau de la classe': 'CM1',
        'Nombre d’élèves': String(pupils),
      });
      const run = runs[runs.length - 1];
      if (run.error) throw run.error;
      return run;
    };
    const plain: number[] = [];
    const filling: number[] = [];
    let maxSeconds = 0;
    let n = 0;
    // Two classes of 25 fill each of the first sessions; a third waits.
    for (let s = 1; s <= 5; s++) {
      const id = `S${String(s).padStart(5, '0')}`;
      for (const [k, pupils] of [25, 25, 20].entries()) {
        const run = book(id, pupils, `prof${++n}@ecole.fr`);
        maxSeconds = Math.max(maxSeconds, run.predictedSeconds);
        (k === 0 ? plain : filling).push(run.counts.calls);
      }
    }
    // A cancellation by the link: the class waiting is confirmed.
    const rows = ss.getSheetByName('Réservations')!.getDataRange().getValues();
    const code = String(rows[1][1]);
    const runs = ws.submitForm(form, {
      'Que souhaitez-vous faire ?': 'Annuler une réservation',
      'Votre adresse e-mail (enseignant·e)': 'prof1@ecole.fr',
      'Code de réservation': code,
    });
    const cancel = runs[runs.length - 1];
    if (cancel.error) throw cancel.error;
    maxSeconds = Math.max(maxSeconds, cancel.predictedSeconds);
    out.push({
      scale: key,
      schoolSessions: school,
      sessions: total,
      bookings: n,
      plainCalls: [...new Set(plain)],
      fillingCalls: [...new Set(filling)],
      cancelCalls: cancel.counts.calls,
      maxPredictedSeconds: round(maxSeconds, 1),
      openPredictedSeconds: round(open.predictedSeconds, 1),
      wallMs: Math.round(performance.now() - t0),
    });
  }
  return out;
}

/** Issue 19's targets from the figures. */
export function bookingTargets(figures: BookingFigures[]): Target[] {
  const big = figures[figures.length - 1];
  const calls = new Set(figures.flatMap(f => f.plainCalls));
  const most = Math.max(...figures.flatMap(f => f.plainCalls));
  return [
    {
      name: 'Réservation : appels par réservation (constants à toutes les tailles)',
      figure: most,
      target: '≤ 12, identiques à toutes les tailles',
      met: calls.size === 1 && most <= 12,
      unit: 'appels',
      note: `réservation qui remplit sa séance (une mise à jour du formulaire) : ${[...new Set(figures.flatMap(f => f.fillingCalls))].join(', ')} appels ; annulation avec promotion : ${big.cancelCalls} appels (un e-mail par classe prévenue)`,
    },
    {
      name: `Réservation : exécution la plus longue à ${big.scale} (${big.schoolSessions} séances scolaires)`,
      figure: big.maxPredictedSeconds,
      target: `< ${EXECUTION_TARGET_SECONDS} s`,
      met: big.maxPredictedSeconds < EXECUTION_TARGET_SECONDS,
      unit: 's',
    },
  ];
}
