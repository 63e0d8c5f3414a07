/** Hand-built TrackerData for the weekly summary's unit tests. */
import type {
  BudgetLine,
  Partner,
  Session,
  Task,
  TrackerData,
} from '../../../src/model/tracker';

/** Midnight in Paris of a day "2026-09-14" (summer time: UTC+2). */
export const paris = (day: string, time = '00:00') =>
  new Date(`${day}T${time}:00+02:00`);

export function session(p: Partial<Session>): Session {
  return {
    id: '',
    title: '',
    animationKind: 'atelier',
    date: null,
    start: '14:00',
    end: '16:00',
    venue: 'Lieu',
    commune: 'Grenoble',
    insee: '',
    structure: '',
    speakers: '',
    public: 'grand public',
    minAge: null,
    capacity: null,
    registered: null,
    attended: null,
    status: 'confirmé',
    questionnaireLink: '',
    notes: '',
    sourceId: '',
    row: 2,
    ...p,
  };
}

export function task(p: Partial<Task>): Task {
  return {
    task: '',
    category: 'communication',
    owner: '',
    dueDate: null,
    status: 'à faire',
    priority: 'normale',
    session: '',
    updatedOn: null,
    updatedBy: '',
    row: 2,
    ...p,
  };
}

export function partner(p: Partial<Partner>): Partner {
  return {
    structure: '',
    kind: 'association',
    contact: '',
    email: '',
    phone: '',
    commune: '',
    role: '',
    agreement: 'oui',
    row: 2,
    ...p,
  };
}

export function budget(p: Partial<BudgetLine>): BudgetLine {
  return {
    line: '',
    category: 'autre',
    planned: 0,
    committed: 0,
    spent: 0,
    funder: '',
    row: 2,
    ...p,
  };
}

/** The tracker described in summary.test.ts (counts computed there by hand). */
export function sampleTracker(): TrackerData {
  return {
    spreadsheetId: 'ss1',
    spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/ss1/edit',
    event: {
      name: 'Fête de la science 2026',
      kind: 'fds',
      edition: '2026',
      startDate: paris('2026-10-02'),
      endDate: paris('2026-10-12'),
      mainVenue: 'La Casemate',
      lead: 'Alice',
      teamEmails: ['alice@tds.fr', 'bruno@tds.fr'],
      context: '',
      objectives: '',
      targetPublics: '',
      departement: '38',
    },
    sessions: [
      session({
        title: 'Atelier robots',
        date: paris('2026-09-14'),
        venue: 'La Casemate',
        commune: 'Grenoble',
        capacity: 20,
        registered: 20,
      }),
      session({
        title: 'Conférence climat',
        date: paris('2026-09-20'),
        venue: 'Médiathèque',
        commune: 'Échirolles',
        capacity: 100,
        registered: 12,
      }),
      session({
        title: 'Balade géologique',
        date: paris('2026-09-27'),
        venue: '',
        commune: 'Vizille',
        capacity: 30,
        registered: 15,
      }),
      session({
        title: 'Visite labo',
        date: paris('2026-09-28'),
        venue: 'LPSC',
        commune: '',
      }),
      session({
        title: 'Spectacle',
        date: paris('2026-09-13'),
        capacity: 50,
        registered: 1,
      }),
      session({
        title: 'Planétarium',
        date: paris('2026-09-16'),
        venue: '',
        status: 'annulé',
      }),
      session({
        title: 'Expo',
        date: paris('2026-09-22'),
        capacity: null,
        registered: 5,
      }),
      session({
        title: 'Jeu',
        date: paris('2026-09-15'),
        start: '10:00',
        capacity: 10,
        registered: 3,
      }),
    ],
    tasks: [
      task({
        task: 'Imprimer affiches',
        owner: 'Alice',
        dueDate: paris('2026-09-10'),
      }),
      task({
        task: 'Réserver car',
        owner: 'Bruno',
        dueDate: paris('2026-09-14'),
        status: 'en cours',
      }),
      task({
        task: 'Commander goûter',
        owner: 'Alice',
        dueDate: paris('2026-09-20'),
      }),
      task({task: 'Badges', owner: 'Alice', dueDate: paris('2026-09-21')}),
      task({task: 'Assurance', owner: '', dueDate: paris('2026-09-01')}),
      task({
        task: 'Plan de salle',
        owner: 'Bruno',
        dueDate: paris('2026-09-05'),
        status: 'fait',
      }),
      task({
        task: 'Sono',
        owner: 'Chloé',
        dueDate: paris('2026-09-12'),
        status: 'bloqué',
      }),
      task({task: 'Traiteur', owner: 'Bruno', dueDate: null, status: 'bloqué'}),
      task({task: 'Nettoyage', owner: '', dueDate: null}),
    ],
    partners: [
      partner({structure: 'Université Grenoble Alpes', contact: 'M. Dupont'}),
      partner({structure: 'Asso Sciences'}),
      partner({structure: 'Labo X', email: 'labo@x.fr'}),
    ],
    budget: [
      budget({line: 'Affiches', planned: 1000, committed: 800, spent: 1200}),
      budget({line: 'Transport', planned: 2000, committed: 2500, spent: 500}),
      budget({line: 'Salle', planned: 1500, committed: 1500, spent: 1500}),
    ],
    participants: [],
  };
}
