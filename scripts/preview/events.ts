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
  SampleParticipant,
  SampleSession,
  TeacherAnswer,
} from '../sample/types';
import type {EventsFile, ResponsesFile} from './precheck';

export type EventId = 'fds' | 'festival' | 'ecole';

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
  responseFiles: ResponsesFile[];
  fiches: boolean;
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
    responseFiles: responses,
    fiches: true,
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
    responseFiles: [],
    fiches: false,
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
    responseFiles: [],
    fiches: false,
  };
  return [fds, festival, ecole];
}
