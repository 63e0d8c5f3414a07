/**
 * The three trackers the preview builds, with what each one receives: the
 * Fête de la science (the user's --events / --responses files, else the
 * sample), the NoS FuturS festival (an OpenAgenda export) and the école d'été
 * (a programme CSV, participants, professionals' answers).
 */
import type {Sample} from '../sample/generate';
import {ecoleCsv, fdsJson, openAgendaJson} from '../sample/formats';
import type {
  OrganiserReport,
  ProfessionalAnswer,
  PublicAnswer,
  SampleBudgetLine,
  SampleParticipant,
  SampleSession,
  TeacherAnswer,
} from '../sample/types';
import type {EventsFile, ResponsesFile} from './precheck';

export type EventId = 'fds' | 'fds-previous' | 'festival' | 'ecole';

export interface EventPlan {
  id: EventId;
  label: string;
  /** What the creation dialog is given. */
  card: {
    name: string;
    kind: 'fds' | 'festival' | 'ecole';
    edition: string;
    startDate: string;
    endDate: string;
    departement: string;
    teamEmails: string[];
    mainVenue: string;
    lead: string;
  };
  spreadsheetName: string;
  imports: {fileName: string; content: string; format: string}[];
  sessions: SampleSession[];
  /** Audiences of the questionnaires to create, in order. */
  audiences: ('public' | 'teachers' | 'organisers' | 'summer')[];
  publicAnswers: PublicAnswer[];
  teacherAnswers: TeacherAnswer[];
  organiserReports: OrganiserReport[];
  professionalAnswers: ProfessionalAnswer[];
  participants: SampleParticipant[];
  /** Budget lines staff type in the Budget tab. */
  budget: SampleBudgetLine[];
  responseFiles: ResponsesFile[];
  fiches: boolean;
  /** The présentation, point d'étape and bilan documents are generated. */
  documents: boolean;
}

const TEAM = [
  'coordination@territoire-de-sciences.fr',
  'mediation@territoire-de-sciences.fr',
  'communication@territoire-de-sciences.fr',
];

export function planEvents(
  sample: Sample,
  events: EventsFile[],
  responses: ResponsesFile[],
): EventPlan[] {
  const y = sample.year;
  const own = events.length > 0;
  const fds: EventPlan = {
    id: 'fds',
    label: 'Fête de la science',
    card: {
      name: `Fête de la science ${y} – Isère`,
      kind: 'fds',
      edition: String(y),
      startDate: `${y}-10-02`,
      endDate: `${y}-10-12`,
      departement: '38',
      teamEmails: TEAM,
      mainVenue: 'Isère',
      lead: 'Coordination départementale',
    },
    spreadsheetName: `Suivi – Fête de la science ${y}`,
    imports: own
      ? events.map(e => ({
          fileName: e.fileName,
          content: e.content,
          format: e.format,
        }))
      : [
          {
            fileName: 'fete-de-la-science-isere.json',
            content: fdsJson(sample),
            format: 'fds',
          },
        ],
    sessions: own ? [] : sample.fds.sessions,
    audiences: ['public', 'teachers', 'organisers'],
    publicAnswers: responses.length > 0 ? [] : sample.fds.publicAnswers,
    teacherAnswers: responses.length > 0 ? [] : sample.fds.teacherAnswers,
    organiserReports: responses.length > 0 ? [] : sample.fds.organiserReports,
    professionalAnswers: [],
    participants: [],
    budget: own ? [] : sample.fds.budget,
    responseFiles: responses,
    fiches: true,
    documents: true,
  };
  // The previous edition (a year earlier), whose tracker the bilan compares with.
  const p = sample.previousFds;
  const previous: EventPlan = {
    id: 'fds-previous',
    label: 'Fête de la science (édition précédente)',
    card: {
      ...fds.card,
      name: `Fête de la science ${p.year} – Isère`,
      edition: String(p.year),
      startDate: `${p.year}-10-02`,
      endDate: `${p.year}-10-12`,
    },
    spreadsheetName: `Suivi – Fête de la science ${p.year}`,
    imports: [
      {
        fileName: 'fete-de-la-science-isere-edition-precedente.json',
        content: fdsJson(sample, true),
        format: 'fds',
      },
    ],
    sessions: p.sessions,
    audiences: ['public', 'organisers'],
    publicAnswers: p.publicAnswers,
    teacherAnswers: [],
    organiserReports: p.organiserReports,
    professionalAnswers: [],
    participants: [],
    budget: [],
    responseFiles: [],
    fiches: false,
    documents: false,
  };
  const festival: EventPlan = {
    id: 'festival',
    label: 'NoS FuturS',
    card: {
      name: `NoS FuturS ${y + 1}`,
      kind: 'festival',
      edition: String(y + 1),
      startDate: `${y + 1}-02-02`,
      endDate: `${y + 1}-02-14`,
      departement: '38',
      teamEmails: TEAM,
      mainVenue: 'Cosmocité',
      lead: 'Pôle événements',
    },
    spreadsheetName: `Suivi – NoS FuturS ${y + 1}`,
    imports: [
      {
        fileName: 'nos-futurs-openagenda.json',
        content: openAgendaJson(sample),
        format: 'openagenda',
      },
    ],
    sessions: sample.festival.sessions,
    audiences: ['public'],
    publicAnswers: sample.festival.publicAnswers,
    teacherAnswers: [],
    organiserReports: [],
    professionalAnswers: [],
    participants: [],
    budget: [],
    responseFiles: [],
    fiches: false,
    documents: true,
  };
  const ecole: EventPlan = {
    id: 'ecole',
    label: "École d'été",
    card: {
      name: `École d'été de la médiation scientifique ${y}`,
      kind: 'ecole',
      edition: String(y),
      startDate: `${y}-07-06`,
      endDate: `${y}-07-10`,
      departement: '38',
      teamEmails: TEAM,
      mainVenue: 'Cosmocité',
      lead: 'Pôle médiation',
    },
    spreadsheetName: `Suivi – École d'été ${y}`,
    imports: [
      {
        fileName: 'ecole-d-ete-programme.csv',
        content: ecoleCsv(sample),
        format: 'csv',
      },
    ],
    sessions: sample.ecole.sessions,
    audiences: ['summer'],
    publicAnswers: [],
    teacherAnswers: [],
    organiserReports: [],
    professionalAnswers: sample.ecole.answers,
    participants: sample.ecole.participants,
    budget: [],
    responseFiles: [],
    fiches: false,
    documents: true,
  };
  // With the user's own events there is no previous edition to compare with.
  return own ? [fds, festival, ecole] : [fds, festival, ecole, previous];
}
