/**
 * The built-in sample (scripts/sample) as the bilan reads it: the general
 * public's answers and the organisers' reports laid out as their response
 * sheets, and the Programme as TrackerData. For the tests that need the bilan
 * at Isère size without the emulator.
 */
import type {ItemHint, ResponseSheet} from '../../../src/bilan/types';
import type {Session, TrackerData} from '../../../src/model/tracker';
import {generateSample} from '../../../scripts/sample/generate';
import {
  AGE_BANDS,
  CAME_WITH,
  HEARD_OF,
  LENGTHS,
  ORGANISER_KINDS,
} from '../../../scripts/sample/types';
import {tracker} from './helpers';

export const PUBLIC_HEADER = [
  'Horodateur',
  'Quelle animation avez-vous suivie ?',
  'Dans quelle commune habitez-vous ?',
  'Avec qui êtes-vous venu(e) ?',
  "Votre tranche d'âge",
  'Comment avez-vous connu cet événement ?',
  'Globalement, êtes-vous satisfait(e) de cette animation ?',
  'Les explications étaient-elles claires ?',
  "La durée de l'animation était…",
  'Quelle est la probabilité que vous recommandiez cet événement à un proche ?',
  'Est-ce la première fois que vous venez à cet événement ?',
  'Vos remarques et suggestions',
];

export interface SampleBilanInput {
  sheets: ResponseSheet[];
  tracker: TrackerData;
}

export function sampleInput(scale = 1): SampleBilanInput {
  const sample = generateSample({scale});
  const sessions = sample.fds.sessions;
  const label = (i: number) => {
    const s = sessions[i];
    return `${s.title} – ${s.date.slice(8)}/${s.date.slice(5, 7)} ${s.start} – ${s.commune.nom}`;
  };
  const pub: unknown[][] = [PUBLIC_HEADER];
  for (const a of sample.fds.publicAnswers) {
    pub.push([
      new Date(a.at),
      label(a.session),
      a.commune,
      CAME_WITH[a.came],
      AGE_BANDS[a.age],
      a.heard.map(h => HEARD_OF[h]).join(', '),
      a.satisfaction,
      a.explanations,
      LENGTHS[a.length],
      a.recommend,
      a.firstTime ? 'Oui' : 'Non',
      a.comment,
    ]);
  }
  const items: ItemHint[] = [
    {title: PUBLIC_HEADER[1], kind: 'choice'},
    {title: PUBLIC_HEADER[2], kind: 'other'},
    {title: PUBLIC_HEADER[3], kind: 'choice', options: CAME_WITH},
    {title: PUBLIC_HEADER[4], kind: 'choice', options: AGE_BANDS},
    {title: PUBLIC_HEADER[5], kind: 'multi', options: HEARD_OF},
    {title: PUBLIC_HEADER[6], kind: 'scale', bounds: [1, 5]},
    {title: PUBLIC_HEADER[7], kind: 'scale', bounds: [1, 5]},
    {title: PUBLIC_HEADER[8], kind: 'choice', options: LENGTHS},
    {title: PUBLIC_HEADER[9], kind: 'nps', bounds: [0, 10]},
    {title: PUBLIC_HEADER[10], kind: 'choice', options: ['Oui', 'Non']},
    {title: PUBLIC_HEADER[11], kind: 'text'},
  ];
  const org: unknown[][] = [
    [
      'Horodateur',
      'Nom de votre structure',
      'Type de structure',
      'Commune principale de vos animations',
      'Nombre de séances réalisées',
      'Nombre total de visiteurs',
      'Dont élèves (scolaires)',
      'Nombre de classes accueillies',
    ],
  ];
  for (const r of sample.fds.organiserReports) {
    org.push([
      new Date(r.at),
      r.structure,
      ORGANISER_KINDS[r.kind],
      r.commune,
      r.sessionsHeld,
      r.visitors,
      r.pupils,
      r.classes,
    ]);
  }
  const base = tracker();
  const programme: Session[] = sessions.map((s, i) => ({
    ...base.sessions[0],
    id: `s${i}`,
    title: s.title,
    date: new Date(`${s.date}T00:00:00+02:00`),
    start: s.start,
    end: s.end,
    venue: s.venue,
    commune: s.commune.nom,
    insee: s.commune.code,
    structure: s.structure,
    public: s.school ? 'scolaires' : 'grand public',
    capacity: s.capacity,
    registered: null,
    attended: null,
    status: 'confirmé',
    row: i + 2,
  }));
  return {
    sheets: [
      {
        name: 'Réponses au formulaire 1',
        formUrl: 'https://docs.google.com/forms/d/P/edit',
        values: pub,
        items,
        audience: 'public',
      },
      {
        name: 'Réponses au formulaire 3',
        formUrl: 'https://docs.google.com/forms/d/O/edit',
        values: org,
        audience: 'organisers',
      },
    ],
    tracker: {...base, sessions: programme},
  };
}
