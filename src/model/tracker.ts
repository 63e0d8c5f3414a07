/**
 * The tracker's data as every capability reads it: one plain object built from
 * one read of each tab (see src/tracker/read.ts). Dates are JavaScript Date
 * objects (Sheets returns them typed); empty cells are '' or null as noted.
 */

export type EventKind = 'festival' | 'ecole' | 'fds' | 'autre';

export interface EventCard {
  name: string;
  kind: EventKind;
  edition: string;
  startDate: Date | null;
  endDate: Date | null;
  mainVenue: string;
  lead: string;
  teamEmails: string[];
  context: string;
  objectives: string;
  targetPublics: string;
  departement: string;
}

export type SessionStatus = 'proposé' | 'confirmé' | 'annulé' | 'réalisé';
export type Public =
  'grand public' | 'scolaires' | 'jeune public' | 'professionnels';

export interface Session {
  id: string;
  title: string;
  animationKind: string;
  date: Date | null;
  start: string; // HH:mm
  end: string; // HH:mm
  venue: string;
  commune: string;
  insee: string;
  structure: string;
  speakers: string;
  public: string;
  minAge: number | null;
  capacity: number | null;
  registered: number | null;
  attended: number | null;
  status: string;
  questionnaireLink: string;
  notes: string;
  sourceId: string;
  /** 1-based row in the Programme tab, for messages and updates. */
  row: number;
}

export type TaskStatus = 'à faire' | 'en cours' | 'fait' | 'bloqué';

export interface Task {
  task: string;
  category: string;
  owner: string;
  dueDate: Date | null;
  status: string;
  priority: string;
  session: string;
  updatedOn: Date | null;
  updatedBy: string;
  row: number;
}

export interface Partner {
  structure: string;
  kind: string;
  contact: string;
  email: string;
  phone: string;
  commune: string;
  role: string;
  agreement: string;
  row: number;
}

export interface BudgetLine {
  line: string;
  category: string;
  planned: number;
  committed: number;
  spent: number;
  funder: string;
  row: number;
}

export interface Participant {
  name: string;
  organisation: string;
  status: string;
  workshop: string;
  lodging: string;
  dietary: string;
  registration: string;
  row: number;
}

/** A class booked for a session (issue 19): never its teacher. */
export interface BookedClass {
  sessionId: string;
  school: string;
  commune: string;
  level: string;
  pupils: number;
  access: string;
}

export interface TrackerData {
  spreadsheetId: string;
  spreadsheetUrl: string;
  event: EventCard;
  sessions: Session[];
  tasks: Task[];
  partners: Partner[];
  budget: BudgetLine[];
  participants: Participant[];
  /** Classes booked through the booking form, when bookings are open. */
  bookedClasses?: BookedClass[];
}
