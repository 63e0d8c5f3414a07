/**
 * Shapes of the sample. Answers are kept "semantic" (indexes into canonical
 * option lists, numbers, texts): the preview maps them onto the items of the
 * form the add-on actually built (by title keywords and option labels), so the
 * sample does not depend on the exact wording of the question bank.
 */
import type {SampleCommune} from './communes';
import type {AnimationKind, StructureKind} from './vocab';

export interface SampleStructure {
  name: string;
  kind: StructureKind;
  commune: SampleCommune;
  venue: string;
  address: string;
}

export interface SampleSession {
  /** Source id of the event (FDS identifiant / OpenAgenda uid / CSV id). */
  eventId: string;
  title: string;
  kind: AnimationKind;
  /** YYYY-MM-DD, local (Europe/Paris). */
  date: string;
  start: string;
  end: string;
  structure: string;
  venue: string;
  commune: SampleCommune;
  school: boolean;
  capacity: number;
  /** People who really came (the sample's truth). */
  actual?: number;
  /** "Présents" as staff typed it in the Programme after the event (about two sessions in five), else null. */
  attended?: number | null;
}

/** A line of the tracker's Budget tab, as staff type it. */
export interface SampleBudgetLine {
  line: string;
  category: string;
  planned: number;
  committed: number;
  spent: number;
  funder: string;
}

/** Canonical labels; a form's own choices are matched to these by position and words. */
export const CAME_WITH = [
  'Seul·e',
  'En famille',
  'Entre amis',
  "Avec l'école",
  'Autre',
];
export const AGE_BANDS = [
  'Moins de 12 ans',
  '12-17 ans',
  '18-25 ans',
  '26-40 ans',
  '41-60 ans',
  'Plus de 60 ans',
];
export const HEARD_OF = [
  'Affiche ou programme papier',
  'Site internet',
  'Réseaux sociaux',
  'Presse ou radio',
  'Bouche à oreille',
  'École',
  'Autre',
];
export const LENGTHS = ['Trop courte', 'Adaptée', 'Trop longue'];
export const SCHOOL_LEVELS = ['Maternelle', 'Élémentaire', 'Collège', 'Lycée'];
export const PRO_STATUSES = [
  'Doctorant·e',
  'Chercheur·e',
  'Médiateur·rice',
  'Autre',
];

export interface PublicAnswer {
  /** ISO timestamp with offset. */
  at: string;
  /** Index into the run's sessions. */
  session: number;
  commune: string;
  came: number;
  age: number;
  heard: number[];
  satisfaction: number;
  explanations: number;
  length: number;
  recommend: number;
  firstTime: boolean;
  comment: string;
}

export interface TeacherAnswer {
  at: string;
  session: number;
  level: number;
  pupils: number;
  satisfaction: number;
  curriculum: number;
  again: boolean;
  comment: string;
}

/** Kinds of structure, in the order of the organisers' form. */
export const ORGANISER_KINDS = [
  'Association',
  'Collectivité ou médiathèque',
  'Organisme de recherche',
  'Musée ou centre de sciences',
  'Université ou école',
  'Entreprise',
  'Établissement scolaire',
];

export interface OrganiserReport {
  at: string;
  structure: string;
  /** Index into ORGANISER_KINDS. */
  kind: number;
  commune: string;
  sessionsHeld: number;
  visitors: number;
  pupils: number;
  classes: number;
  difficulties: number[];
  comment: string;
}

export interface ProfessionalAnswer {
  at: string;
  status: number;
  /** Workshop index → rating 1–5 (only workshops attended). */
  workshops: Record<number, number>;
  satisfaction: number;
  recommend: number;
  reuse: string;
  comment: string;
}

export interface SampleParticipant {
  name: string;
  organisation: string;
  status: number;
  workshop: number;
  lodging: string;
  dietary: string;
  registration: string;
}
