/** Loads the bilan fixtures and builds the tracker data the unit tests use. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type {Session, TrackerData} from '../../../src/model/tracker';

export const FIXTURES = path.resolve(__dirname, '../../fixtures/bilan');

/** The linked-sheet fixture as getValues returns it (timestamps as Date). */
export function linkedSheetValues(): unknown[][] {
  const raw = JSON.parse(
    fs.readFileSync(
      path.join(FIXTURES, 'grand-public-linked-sheet.json'),
      'utf8',
    ),
  ) as {values: unknown[][]};
  return raw.values.map((row, i) =>
    i === 0 ? row : row.map((v, j) => (j === 0 ? new Date(String(v)) : v)),
  );
}

export function csvText(): string {
  return fs.readFileSync(
    path.join(FIXTURES, 'grand-public-download.csv'),
    'utf8',
  );
}

export function readFixture<T>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as T;
}

function session(s: Partial<Session> & {title: string}): Session {
  return {
    id: s.title,
    animationKind: 'atelier',
    date: new Date('2026-10-10T10:00:00+02:00'),
    start: '10:00',
    end: '11:00',
    venue: '',
    commune: '',
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
    ...s,
  };
}

/** Five sessions: four held in three communes (one for schools), one cancelled. */
export function tracker(): TrackerData {
  return {
    spreadsheetId: 'ss1',
    spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/ss1/edit',
    event: {
      name: 'Fête de la science 2026',
      kind: 'fds',
      edition: '2026',
      startDate: null,
      endDate: null,
      mainVenue: '',
      lead: '',
      teamEmails: [],
      context: '',
      objectives: '',
      targetPublics: '',
      departement: '38',
    },
    sessions: [
      session({
        title: 'Atelier robots',
        commune: 'Grenoble',
        insee: '38185',
        structure: 'La Casemate',
        registered: 45,
        attended: 40,
        status: 'réalisé',
        row: 2,
      }),
      session({
        title: 'Planétarium',
        commune: 'Le Pont-de-Claix',
        insee: '',
        structure: 'Cosmocité',
        registered: null,
        attended: 30,
        status: 'réalisé',
        row: 3,
      }),
      session({
        title: 'Conférence climat',
        commune: 'Grenoble',
        insee: '38185',
        structure: 'Université Grenoble Alpes',
        registered: 60,
        attended: 50,
        status: 'réalisé',
        row: 4,
      }),
      session({
        title: 'Atelier scolaire',
        commune: 'Échirolles',
        insee: '38151',
        structure: 'la casemate',
        public: 'scolaires',
        registered: 28,
        attended: 28,
        status: 'réalisé',
        row: 5,
      }),
      session({
        title: 'Balade',
        commune: 'Meylan',
        insee: '38229',
        structure: 'Rando sciences',
        registered: 12,
        attended: null,
        status: 'annulé',
        row: 6,
      }),
    ],
    tasks: [],
    partners: [],
    budget: [],
    participants: [],
  };
}
