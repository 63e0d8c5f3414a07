/**
 * A tracker with school sessions, bookings opened through the dialog's
 * server call, and teachers answering the booking form (built bundle).
 */
import type {FakeForm, FakeSpreadsheet, Workspace} from '../../../emulator';
import {newTracker, tab} from '../../reliability/harness';

export interface ProgSession {
  id: string;
  title: string;
  public: string;
  capacity: number | '';
  status?: string;
  date?: string;
  start?: string;
  commune?: string;
  structure?: string;
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

export function programmeCsv(sessions: ProgSession[]): string {
  const head = [
    'Identifiant',
    'Titre',
    'Date',
    'Début',
    'Fin',
    'Commune',
    'Structure organisatrice',
    'Public',
    'Jauge',
    'Statut',
  ];
  const rows = sessions.map(s =>
    [
      s.id,
      s.title,
      s.date ?? '06/10/2026',
      s.start ?? '09:30',
      '11:00',
      s.commune ?? 'Grenoble',
      s.structure ?? 'La Casemate',
      s.public,
      String(s.capacity),
      s.status ?? 'confirmé',
    ].map(quote),
  );
  return [head.join(','), ...rows.map(r => r.join(','))].join('\n');
}

export const PROGRAMME: ProgSession[] = [
  {id: 'S1', title: 'Atelier robots', public: 'scolaires', capacity: 60},
  {
    id: 'S2',
    title: 'Planétarium',
    public: 'scolaires',
    capacity: 25,
    structure: 'Cosmocité',
    commune: 'Le Pont-de-Claix',
  },
  {id: 'S3', title: 'Conférence climat', public: 'grand public', capacity: 80},
  {
    id: 'S4',
    title: 'Fouilles',
    public: 'scolaires',
    capacity: 30,
    status: 'annulé',
  },
];

export function trackerWithBookings(
  ws: Workspace,
  sessions: ProgSession[] = PROGRAMME,
  fullMode: 'label' | 'hide' = 'label',
): {ss: FakeSpreadsheet; form: FakeForm} {
  const ss = newTracker(ws);
  const imp = ws.callServer(ss, 'importEvents', [
    {fileName: 'programme.csv', content: programmeCsv(sessions)},
  ]);
  if (imp.error) throw imp.error;
  const r = ws.callServer(ss, 'openBookings', [{fullMode}]);
  if (r.error) throw r.error;
  const value = r.value as {ok: boolean; formId?: string; message: string};
  if (!value.ok) throw new Error(value.message);
  const form = ws.forms.find(f => f.getId() === value.formId);
  if (!form) throw new Error('no booking form');
  return {ss, form};
}

/** The session choices of the booking form. */
export function sessionChoices(form: FakeForm): string[] {
  const item = form.getItems().find(i => i.getTitle() === 'Séance');
  return item!
    .asListItem()
    .getChoices()
    .map(c => c.getValue());
}

export function choiceFor(form: FakeForm, id: string): string {
  const c = sessionChoices(form).find(x => x.startsWith(`${id} – `));
  if (!c) throw new Error(`no choice for ${id}`);
  return c;
}

export function book(
  ws: Workspace,
  form: FakeForm,
  id: string,
  pupils: number | string,
  email: string,
  school = 'École Jean-Jaurès',
) {
  return ws.submitForm(form, {
    'Que souhaitez-vous faire ?': 'Réserver une séance',
    'Votre adresse e-mail (enseignant·e)': email,
    Séance: choiceFor(form, id),
    Établissement: school,
    'Commune de l’établissement': 'Grenoble',
    'Niveau de la classe': 'CM1',
    'Nombre d’élèves': String(pupils),
  });
}

export function cancel(
  ws: Workspace,
  form: FakeForm,
  email: string,
  code: string,
) {
  return ws.submitForm(form, {
    'Que souhaitez-vous faire ?': 'Annuler une réservation',
    'Votre adresse e-mail (enseignant·e)': email,
    'Code de réservation': code,
  });
}

/** The Réservations tab as records keyed by header. */
export function bookings(ss: FakeSpreadsheet): Record<string, unknown>[] {
  const [head, ...rows] = tab(ss, 'Réservations');
  if (!head) return [];
  return rows
    .filter(r => r.some(v => v !== ''))
    .map(r => Object.fromEntries(head.map((h, i) => [String(h), r[i]])));
}
