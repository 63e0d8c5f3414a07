/**
 * What a staff template can name: the *Événement* card, key figures, and the
 * columns of the repeated tables (programme, partenaires, logistique,
 * budget). Names come from the catalogue in both languages, so a template
 * written in French works whatever the add-on's language.
 */
import {allLanguages, MessageKey, t} from '../i18n';
import type {BilanResult} from '../model/bilan';
import type {TrackerData} from '../model/tracker';
import {normalizeKey} from '../gas/table';
import {activeSessions, KeyFigures, keyFigures} from './figures';
import {
  formatEuros,
  formatNumber,
  formatPercent,
  longDate,
  mediumDate,
  shortDate,
} from './format';
import type {Language} from '../i18n';
import type {KnownNames} from './placeholders';

export type FieldValue = string | number | Date | null;
export type ValueKind = 'text' | 'date' | 'number' | 'euros' | 'percent';

export interface FieldSource {
  data: TrackerData;
  bilan: BilanResult | null;
  figures: KeyFigures;
  today: Date;
  organisation: string;
  /** For a sheet per commune or structure: its commune or structure. */
  subject?: string;
}

interface Spec<S> {
  key: MessageKey;
  kind: ValueKind;
  get: (s: S) => FieldValue;
  /** Other names accepted: the tracker's own column headers. */
  aliases?: MessageKey[];
}

const EVENT_KINDS: Record<string, MessageKey> = {
  festival: 'documents.kind.festival',
  ecole: 'documents.kind.ecole',
  fds: 'documents.kind.fds',
  autre: 'documents.kind.autre',
};

/** The event's kind as a word ("Fête de la science"). */
export function eventKindLabel(kind: string): string {
  const key = EVENT_KINDS[kind];
  return key ? t(key) : kind;
}

/** "Fête de la science 2026": the event's name with its edition when not already in it. */
export function eventTitle(data: Pick<TrackerData, 'event'>): string {
  const {name, edition} = data.event;
  const base = name.trim() || t('documents.untitledEvent');
  const ed = String(edition ?? '').trim();
  return ed && !base.includes(ed) ? `${base} ${ed}` : base;
}

const GLOBAL: Spec<FieldSource>[] = [
  {key: 'documents.field.name', kind: 'text', get: s => s.data.event.name},
  {key: 'documents.field.title', kind: 'text', get: s => eventTitle(s.data)},
  {
    key: 'documents.field.kind',
    kind: 'text',
    get: s => eventKindLabel(s.data.event.kind),
  },
  {
    key: 'documents.field.edition',
    kind: 'text',
    get: s => s.data.event.edition,
  },
  {
    key: 'documents.field.startDate',
    kind: 'date',
    get: s => s.data.event.startDate,
  },
  {
    key: 'documents.field.endDate',
    kind: 'date',
    get: s => s.data.event.endDate,
  },
  {
    key: 'documents.field.mainVenue',
    kind: 'text',
    get: s => s.data.event.mainVenue,
  },
  {key: 'documents.field.lead', kind: 'text', get: s => s.data.event.lead},
  {
    key: 'documents.field.teamEmails',
    kind: 'text',
    get: s => s.data.event.teamEmails.join(', '),
  },
  {
    key: 'documents.field.context',
    kind: 'text',
    get: s => s.data.event.context,
  },
  {
    key: 'documents.field.objectives',
    kind: 'text',
    get: s => s.data.event.objectives,
  },
  {
    key: 'documents.field.targetPublics',
    kind: 'text',
    get: s => s.data.event.targetPublics,
  },
  {
    key: 'documents.field.departement',
    kind: 'text',
    get: s => s.data.event.departement,
  },
  {key: 'documents.field.today', kind: 'date', get: s => s.today},
  {
    key: 'documents.field.organisation',
    kind: 'text',
    get: s => s.organisation,
  },
  {
    key: 'documents.field.subject',
    kind: 'text',
    get: s => s.subject ?? '',
  },
  {
    key: 'documents.field.sessions',
    kind: 'number',
    get: s => s.figures.sessions,
  },
  {key: 'documents.field.venues', kind: 'number', get: s => s.figures.venues},
  {
    key: 'documents.field.communes',
    kind: 'number',
    get: s => s.figures.communes,
  },
  {
    key: 'documents.field.structures',
    kind: 'number',
    get: s => s.figures.structures,
  },
  {key: 'documents.field.publics', kind: 'number', get: s => s.figures.publics},
  {
    key: 'documents.field.publicList',
    kind: 'text',
    get: s => s.figures.publicList.join(', '),
  },
  {
    key: 'documents.field.partners',
    kind: 'number',
    get: s => s.figures.partners,
  },
  {
    key: 'documents.field.capacity',
    kind: 'number',
    get: s => s.figures.capacity,
  },
  {
    key: 'documents.field.registered',
    kind: 'number',
    get: s => s.figures.registered,
  },
  {
    key: 'documents.field.attended',
    kind: 'number',
    get: s => s.figures.attended,
  },
  {
    key: 'documents.field.schoolSessions',
    kind: 'number',
    get: s => s.figures.schoolSessions,
  },
  {
    key: 'documents.field.budgetPlanned',
    kind: 'euros',
    get: s => s.figures.budgetPlanned,
  },
  {
    key: 'documents.field.budgetCommitted',
    kind: 'euros',
    get: s => s.figures.budgetCommitted,
  },
  {
    key: 'documents.field.budgetSpent',
    kind: 'euros',
    get: s => s.figures.budgetSpent,
  },
  {
    key: 'documents.field.responses',
    kind: 'number',
    get: s => (s.bilan ? s.bilan.responses : null),
  },
  {
    key: 'documents.field.satisfaction',
    kind: 'number',
    get: s => s.bilan?.satisfaction ?? null,
  },
  {key: 'documents.field.nps', kind: 'number', get: s => s.bilan?.nps ?? null},
  {
    key: 'documents.field.responseRate',
    kind: 'percent',
    get: s => s.bilan?.programme?.responseRate ?? null,
  },
];

type Row = Record<string, FieldValue>;

interface TableSpec {
  key: MessageKey;
  columns: Spec<Row>[];
  rows: (s: FieldSource) => Row[];
}

const col = (
  key: MessageKey,
  kind: ValueKind,
  field: string,
  aliases?: MessageKey[],
): Spec<Row> => ({
  key,
  kind,
  get: r => r[field] ?? null,
  aliases,
});

const TABLES: TableSpec[] = [
  {
    key: 'documents.table.programme',
    columns: [
      col('documents.col.id', 'text', 'id'),
      col('documents.col.title', 'text', 'title'),
      col('documents.col.animationKind', 'text', 'animationKind'),
      col('documents.col.date', 'date', 'date'),
      col('documents.col.start', 'text', 'start'),
      col('documents.col.end', 'text', 'end'),
      col('documents.col.hours', 'text', 'hours'),
      col('documents.col.venue', 'text', 'venue'),
      col('documents.col.commune', 'text', 'commune'),
      col('documents.col.insee', 'text', 'insee'),
      col('documents.col.structure', 'text', 'structure', [
        'tracker.col.session.structure',
      ]),
      col('documents.col.speakers', 'text', 'speakers'),
      col('documents.col.public', 'text', 'public'),
      col('documents.col.minAge', 'number', 'minAge'),
      col('documents.col.capacity', 'number', 'capacity'),
      col('documents.col.registered', 'number', 'registered'),
      col('documents.col.attended', 'number', 'attended'),
      col('documents.col.status', 'text', 'status'),
    ],
    // The programme as it will happen: cancelled sessions left out, in time order.
    rows: s =>
      activeSessions(s.data.sessions)
        .sort(byDayAndTime)
        .map(x => ({
          ...x,
          hours: hoursOf(x.start, x.end),
        })) as unknown as Row[],
  },
  {
    key: 'documents.table.partners',
    columns: [
      col('documents.col.structure', 'text', 'structure'),
      col('documents.col.partnerKind', 'text', 'kind'),
      col('documents.col.contact', 'text', 'contact'),
      col('documents.col.email', 'text', 'email'),
      col('documents.col.phone', 'text', 'phone'),
      col('documents.col.commune', 'text', 'commune'),
      col('documents.col.role', 'text', 'role'),
      col('documents.col.agreement', 'text', 'agreement'),
    ],
    rows: s => s.data.partners as unknown as Row[],
  },
  {
    key: 'documents.table.logistics',
    columns: [
      col('documents.col.task', 'text', 'task'),
      col('documents.col.category', 'text', 'category'),
      col('documents.col.owner', 'text', 'owner'),
      col('documents.col.dueDate', 'date', 'dueDate'),
      col('documents.col.status', 'text', 'status'),
      col('documents.col.priority', 'text', 'priority'),
      col('documents.col.session', 'text', 'session', [
        'tracker.col.task.session',
      ]),
    ],
    rows: s => s.data.tasks as unknown as Row[],
  },
  {
    key: 'documents.table.budget',
    columns: [
      col('documents.col.line', 'text', 'line'),
      col('documents.col.category', 'text', 'category'),
      col('documents.col.planned', 'euros', 'planned', [
        'tracker.col.budget.planned',
      ]),
      col('documents.col.committed', 'euros', 'committed', [
        'tracker.col.budget.committed',
      ]),
      col('documents.col.spent', 'euros', 'spent', [
        'tracker.col.budget.spent',
      ]),
      col('documents.col.gap', 'euros', 'gap', ['tracker.col.budget.gap']),
      col('documents.col.funder', 'text', 'funder'),
    ],
    rows: s =>
      s.data.budget.map(b => ({
        ...b,
        gap: (b.planned || 0) - (b.spent || 0),
      })) as unknown as Row[],
  },
];

function byDayAndTime(
  a: TrackerData['sessions'][number],
  b: TrackerData['sessions'][number],
): number {
  const da = a.date ? a.date.getTime() : Infinity;
  const db = b.date ? b.date.getTime() : Infinity;
  if (da !== db) return da < db ? -1 : 1;
  return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
}

/** "14:00–16:00", or the start alone, or ''. */
export function hoursOf(start: string, end: string): string {
  const a = String(start ?? '').trim();
  const b = String(end ?? '').trim();
  if (a && b) return `${a}–${b}`;
  return a || b;
}

export type FormatterId =
  | 'date'
  | 'shortDate'
  | 'mediumDate'
  | 'number'
  | 'euros'
  | 'percent'
  | 'upper'
  | 'lower';

const FORMATTERS: Record<FormatterId, MessageKey> = {
  date: 'documents.format.date',
  shortDate: 'documents.format.shortDate',
  mediumDate: 'documents.format.mediumDate',
  number: 'documents.format.number',
  euros: 'documents.format.euros',
  percent: 'documents.format.percent',
  upper: 'documents.format.upper',
  lower: 'documents.format.lower',
};

function labels(key: MessageKey, aliases: MessageKey[] = []): string[] {
  return [...new Set([key, ...aliases].flatMap(allLanguages))];
}

/** Every name a template may use, in both languages. */
export function knownNames(): KnownNames {
  const tables: Record<string, string[]> = {};
  for (const tb of TABLES) {
    const columns = tb.columns.flatMap(c => labels(c.key, c.aliases));
    for (const name of labels(tb.key)) tables[name] = [...new Set(columns)];
  }
  return {
    fields: [...new Set(GLOBAL.flatMap(g => labels(g.key)))],
    tables,
    formatters: Object.values(FORMATTERS).flatMap(k => labels(k)),
  };
}

export interface ResolvedValue {
  value: FieldValue;
  kind: ValueKind;
}

/** Document-wide values by normalised name (both languages). */
export function globalValues(src: FieldSource): Map<string, ResolvedValue> {
  const out = new Map<string, ResolvedValue>();
  for (const g of GLOBAL) {
    const v = {value: g.get(src), kind: g.kind};
    for (const name of labels(g.key)) out.set(normalizeKey(name), v);
  }
  return out;
}

/** The rows of a repeated table (by any of its names), each row's values by normalised column name. */
export function tableValues(
  src: FieldSource,
  tableName: string,
): Map<string, ResolvedValue>[] | null {
  const wanted = normalizeKey(tableName);
  const spec = TABLES.find(tb =>
    labels(tb.key).some(n => normalizeKey(n) === wanted),
  );
  if (!spec) return null;
  return spec.rows(src).map(row => {
    const out = new Map<string, ResolvedValue>();
    for (const c of spec.columns) {
      const v = {value: c.get(row), kind: c.kind};
      for (const name of labels(c.key, c.aliases)) {
        out.set(normalizeKey(name), v);
      }
    }
    return out;
  });
}

function formatterId(name: string | null): FormatterId | null {
  if (!name) return null;
  const key = normalizeKey(name);
  for (const [id, msg] of Object.entries(FORMATTERS)) {
    if (labels(msg).some(l => normalizeKey(l) === key))
      return id as FormatterId;
  }
  return null;
}

function asDate(value: FieldValue): Date | null {
  if (value instanceof Date) return isNaN(value.getTime()) ? null : value;
  return null;
}

function asNumber(value: FieldValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value.replace(',', '.').replace(/\s/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/**
 * The text a placeholder becomes: its formatter when given, else the natural
 * form of its kind (a date in full, a number with French separators).
 */
export function formatValue(
  v: ResolvedValue,
  formatter: string | null,
  lang: Language,
  zone: string,
): string {
  const id = formatterId(formatter);
  const {value} = v;
  if (value === null || value === undefined || value === '') return '';
  // An unreadable date (never from Sheets, but from a hand-made value) is no text.
  if (value instanceof Date && isNaN(value.getTime())) return '';
  const date = asDate(value);
  const num = asNumber(value);
  switch (id) {
    case 'date':
      return date ? longDate(date, zone, lang) : String(value);
    case 'mediumDate':
      return date ? mediumDate(date, zone, lang) : String(value);
    case 'shortDate':
      return date ? shortDate(date, zone) : String(value);
    case 'number':
      return num !== null ? formatNumber(num, lang, 2) : String(value);
    case 'euros':
      return num !== null ? formatEuros(num, lang) : String(value);
    case 'percent':
      return num !== null ? formatPercent(num, lang, 1) : String(value);
    case 'upper':
      return plain(v, lang, zone).toLocaleUpperCase();
    case 'lower':
      return plain(v, lang, zone).toLocaleLowerCase();
    default:
      return plain(v, lang, zone);
  }
}

function plain(v: ResolvedValue, lang: Language, zone: string): string {
  const {value} = v;
  if (value === null || value === '') return '';
  const date = asDate(value);
  if (date) return longDate(date, zone, lang);
  if (typeof value === 'number') {
    if (v.kind === 'euros') return formatEuros(value, lang);
    if (v.kind === 'percent') return formatPercent(value, lang, 1);
    return formatNumber(value, lang, 2);
  }
  return String(value);
}

/** Builds the field source (figures computed once). */
export function fieldSource(
  data: TrackerData,
  bilan: BilanResult | null,
  today: Date,
  organisation: string,
  subject?: string,
): FieldSource {
  return {data, bilan, figures: keyFigures(data), today, organisation, subject};
}
