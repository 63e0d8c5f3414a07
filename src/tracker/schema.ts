/**
 * The tracker's tabs and columns: the one description that building, reading,
 * importing and repairing a tracker all follow.
 *
 * - Tab names and headers are catalogue keys ('tracker.tab.*', 'tracker.col.*'):
 *   a new tracker gets them in the user's language, and an existing tracker is
 *   matched in French or English (case, accents and punctuation ignored).
 * - Each column has a stable `id` (the field of src/model/tracker.ts it feeds).
 * - Values of closed lists are stored in French whatever the language: they are
 *   data (the bilan and the documents compare them), not interface words.
 * - The Événement tab is a two-column card "Champ | Valeur": one row per field
 *   of EVENT_FIELDS, found by the field's label in the first column (French or
 *   English), so that the user may reorder rows or add their own.
 */
import type {MessageKey} from '../i18n';
import type {EventKind} from '../model/tracker';

export type TabId =
  | 'event'
  | 'programme'
  | 'logistics'
  | 'partners'
  | 'budget'
  | 'communes'
  | 'participants';

export type ColumnKind =
  'text' | 'date' | 'time' | 'number' | 'email' | 'url' | 'list' | 'formula';

export interface ColumnDef {
  /** Stable id: the field of the model this column feeds. */
  id: string;
  /** Catalogue key of the header (French and English texts). */
  header: MessageKey;
  kind: ColumnKind;
  /** Values of a closed list (kind 'list'), stored in French. */
  values?: readonly string[];
  /**
   * A value outside the list is refused (true: the statuses, which drive the
   * formatting and the summaries) or only flagged with a warning (false).
   */
  strict?: boolean;
  /** The dropdown's values come from the Communes tab (official names). */
  fromCommunes?: boolean;
  /** Smallest number accepted (kind 'number'). */
  min?: number;
  /** Column width in pixels. */
  width: number;
  /** Written by the add-on (formula, import id, onEdit stamp), not typed by hand. */
  computed?: boolean;
}

export interface TabDef {
  id: TabId;
  name: MessageKey;
  /** Named range covering the tab's table (header + data columns). */
  rangeName: string;
  columns: readonly ColumnDef[];
  /** Event kinds whose tracker holds this tab (all kinds when absent). */
  kinds?: readonly EventKind[];
}

// Closed lists (French values, as the issue names them).
export const EVENT_KINDS: readonly EventKind[] = [
  'festival',
  'ecole',
  'fds',
  'autre',
];
export const EVENT_KIND_LABEL: Record<EventKind, MessageKey> = {
  festival: 'tracker.kind.festival',
  ecole: 'tracker.kind.ecole',
  fds: 'tracker.kind.fds',
  autre: 'tracker.kind.autre',
};
export const SESSION_STATUSES = [
  'proposé',
  'confirmé',
  'annulé',
  'réalisé',
] as const;
export const PUBLICS = [
  'grand public',
  'scolaires',
  'jeune public',
  'professionnels',
] as const;
export const ANIMATION_KINDS = [
  'atelier',
  'conférence',
  'visite',
  'exposition',
  'spectacle',
  'jeu',
  'projection',
  'rencontre',
  'balade',
  'autre',
] as const;
export const TASK_STATUSES = ['à faire', 'en cours', 'fait', 'bloqué'] as const;
export const TASK_CATEGORIES = [
  'communication',
  'matériel',
  'transport',
  'accueil',
  'restauration',
  'sécurité',
  'administratif',
] as const;
export const PRIORITIES = ['haute', 'normale', 'basse'] as const;
export const PARTNER_KINDS = [
  'association',
  'université',
  'laboratoire ou organisme de recherche',
  'médiathèque',
  'entreprise',
  'collectivité',
  'établissement scolaire',
  'musée ou centre de sciences',
] as const;
export const AGREEMENTS = ['oui', 'non', 'en cours'] as const;
export const BUDGET_CATEGORIES = [
  'communication',
  'intervenants',
  'matériel',
  'location',
  'transport',
  'hébergement',
  'restauration',
  'autre',
] as const;
export const PARTICIPANT_STATUSES = [
  'doctorant·e',
  'chercheur·e',
  'médiateur·rice',
  'autre',
] as const;
export const LODGING = ['oui', 'non', 'à confirmer'] as const;
export const REGISTRATIONS = [
  'pré-inscrit·e',
  'confirmé·e',
  "liste d'attente",
  'annulé·e',
] as const;

/** Event card fields (Événement tab, one row each). */
export interface CardField {
  id: string;
  label: MessageKey;
  kind: ColumnKind;
}
export const EVENT_FIELDS: readonly CardField[] = [
  {id: 'name', label: 'tracker.col.event.name', kind: 'text'},
  {id: 'kind', label: 'tracker.col.event.kind', kind: 'list'},
  {id: 'edition', label: 'tracker.col.event.edition', kind: 'text'},
  {id: 'startDate', label: 'tracker.col.event.startDate', kind: 'date'},
  {id: 'endDate', label: 'tracker.col.event.endDate', kind: 'date'},
  {id: 'departement', label: 'tracker.col.event.departement', kind: 'text'},
  {id: 'mainVenue', label: 'tracker.col.event.mainVenue', kind: 'text'},
  {id: 'lead', label: 'tracker.col.event.lead', kind: 'text'},
  {id: 'teamEmails', label: 'tracker.col.event.teamEmails', kind: 'text'},
  {id: 'context', label: 'tracker.col.event.context', kind: 'text'},
  {id: 'objectives', label: 'tracker.col.event.objectives', kind: 'text'},
  {
    id: 'targetPublics',
    label: 'tracker.col.event.targetPublics',
    kind: 'text',
  },
];

const text = (id: string, header: MessageKey, width = 160): ColumnDef => ({
  id,
  header,
  kind: 'text',
  width,
});
const list = (
  id: string,
  header: MessageKey,
  values: readonly string[],
  strict = true,
  width = 130,
): ColumnDef => ({id, header, kind: 'list', values, strict, width});
const num = (id: string, header: MessageKey, width = 90): ColumnDef => ({
  id,
  header,
  kind: 'number',
  min: 0,
  width,
});

export const TABS: readonly TabDef[] = [
  {
    id: 'event',
    name: 'tracker.tab.event',
    rangeName: 'Suivi_Evenement',
    columns: [
      text('field', 'tracker.col.card.field', 200),
      text('value', 'tracker.col.card.value', 420),
    ],
  },
  {
    id: 'programme',
    name: 'tracker.tab.programme',
    rangeName: 'Suivi_Programme',
    columns: [
      text('id', 'tracker.col.session.id', 110),
      text('title', 'tracker.col.session.title', 260),
      list(
        'animationKind',
        'tracker.col.session.animationKind',
        ANIMATION_KINDS,
        false,
      ),
      {
        id: 'date',
        header: 'tracker.col.session.date',
        kind: 'date',
        width: 100,
      },
      {
        id: 'start',
        header: 'tracker.col.session.start',
        kind: 'time',
        width: 70,
      },
      {id: 'end', header: 'tracker.col.session.end', kind: 'time', width: 70},
      text('venue', 'tracker.col.session.venue', 200),
      text('address', 'tracker.col.session.address', 220),
      {
        id: 'commune',
        header: 'tracker.col.session.commune',
        kind: 'list',
        fromCommunes: true,
        strict: false,
        width: 160,
      },
      text('insee', 'tracker.col.session.insee', 90),
      text('structure', 'tracker.col.session.structure', 200),
      text('speakers', 'tracker.col.session.speakers', 180),
      list('public', 'tracker.col.session.public', PUBLICS, false),
      num('minAge', 'tracker.col.session.minAge'),
      num('capacity', 'tracker.col.session.capacity'),
      num('registered', 'tracker.col.session.registered'),
      num('attended', 'tracker.col.session.attended'),
      list('status', 'tracker.col.session.status', SESSION_STATUSES),
      {
        id: 'questionnaireLink',
        header: 'tracker.col.session.questionnaireLink',
        kind: 'url',
        width: 180,
      },
      {
        id: 'registrationLink',
        header: 'tracker.col.session.registrationLink',
        kind: 'url',
        width: 180,
      },
      text('description', 'tracker.col.session.description', 300),
      text('notes', 'tracker.col.session.notes', 200),
      {
        ...text('sourceId', 'tracker.col.session.sourceId', 140),
        computed: true,
      },
      {
        id: 'updatedOn',
        header: 'tracker.col.session.updatedOn',
        kind: 'date',
        width: 130,
        computed: true,
      },
      {
        ...text('updatedBy', 'tracker.col.session.updatedBy', 180),
        computed: true,
      },
    ],
  },
  {
    id: 'logistics',
    name: 'tracker.tab.logistics',
    rangeName: 'Suivi_Logistique',
    columns: [
      text('task', 'tracker.col.task.task', 320),
      list('category', 'tracker.col.task.category', TASK_CATEGORIES, false),
      text('owner', 'tracker.col.task.owner', 160),
      {
        id: 'dueDate',
        header: 'tracker.col.task.dueDate',
        kind: 'date',
        width: 100,
      },
      list('status', 'tracker.col.task.status', TASK_STATUSES, true, 100),
      list('priority', 'tracker.col.task.priority', PRIORITIES, false, 90),
      text('session', 'tracker.col.task.session', 120),
      {
        id: 'updatedOn',
        header: 'tracker.col.task.updatedOn',
        kind: 'date',
        width: 130,
        computed: true,
      },
      {...text('updatedBy', 'tracker.col.task.updatedBy', 180), computed: true},
    ],
  },
  {
    id: 'partners',
    name: 'tracker.tab.partners',
    rangeName: 'Suivi_Partenaires',
    columns: [
      text('structure', 'tracker.col.partner.structure', 240),
      list('kind', 'tracker.col.partner.kind', PARTNER_KINDS, false, 200),
      text('contact', 'tracker.col.partner.contact', 160),
      {
        id: 'email',
        header: 'tracker.col.partner.email',
        kind: 'email',
        width: 200,
      },
      text('phone', 'tracker.col.partner.phone', 120),
      {
        id: 'commune',
        header: 'tracker.col.partner.commune',
        kind: 'list',
        fromCommunes: true,
        strict: false,
        width: 160,
      },
      text('role', 'tracker.col.partner.role', 200),
      list(
        'agreement',
        'tracker.col.partner.agreement',
        AGREEMENTS,
        false,
        100,
      ),
    ],
  },
  {
    id: 'budget',
    name: 'tracker.tab.budget',
    rangeName: 'Suivi_Budget',
    columns: [
      text('line', 'tracker.col.budget.line', 240),
      list('category', 'tracker.col.budget.category', BUDGET_CATEGORIES, false),
      num('planned', 'tracker.col.budget.planned', 100),
      num('committed', 'tracker.col.budget.committed', 100),
      num('spent', 'tracker.col.budget.spent', 100),
      {
        id: 'gap',
        header: 'tracker.col.budget.gap',
        kind: 'formula',
        width: 100,
        computed: true,
      },
      text('funder', 'tracker.col.budget.funder', 180),
    ],
  },
  {
    id: 'communes',
    name: 'tracker.tab.communes',
    rangeName: 'Suivi_Communes',
    kinds: ['fds'],
    columns: [
      {...text('insee', 'tracker.col.commune.insee', 90), computed: true},
      {...text('name', 'tracker.col.commune.name', 220), computed: true},
      {
        ...text('postalCodes', 'tracker.col.commune.postalCodes', 120),
        computed: true,
      },
      {...num('population', 'tracker.col.commune.population'), computed: true},
      {
        id: 'sessions',
        header: 'tracker.col.commune.sessions',
        kind: 'formula',
        width: 90,
        computed: true,
      },
      {
        id: 'structures',
        header: 'tracker.col.commune.structures',
        kind: 'formula',
        width: 100,
        computed: true,
      },
    ],
  },
  {
    id: 'participants',
    name: 'tracker.tab.participants',
    rangeName: 'Suivi_Participants',
    kinds: ['ecole'],
    columns: [
      text('name', 'tracker.col.participant.name', 200),
      text('organisation', 'tracker.col.participant.organisation', 200),
      list(
        'status',
        'tracker.col.participant.status',
        PARTICIPANT_STATUSES,
        true,
        140,
      ),
      text('workshop', 'tracker.col.participant.workshop', 160),
      list('lodging', 'tracker.col.participant.lodging', LODGING, true, 110),
      text('dietary', 'tracker.col.participant.dietary', 180),
      list(
        'registration',
        'tracker.col.participant.registration',
        REGISTRATIONS,
        true,
        150,
      ),
    ],
  },
];

export function tabDef(id: TabId): TabDef {
  const tab = TABS.find(t => t.id === id);
  if (!tab) throw new Error(`Unknown tab ${id}`);
  return tab;
}

export function columnDef(tab: TabId, id: string): ColumnDef {
  const col = tabDef(tab).columns.find(c => c.id === id);
  if (!col) throw new Error(`Unknown column ${tab}.${id}`);
  return col;
}

/** Tabs of a tracker of this kind, in their order. */
export function tabsFor(kind: EventKind): TabDef[] {
  return TABS.filter(t => !t.kinds || t.kinds.includes(kind));
}
