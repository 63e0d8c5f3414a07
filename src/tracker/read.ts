/**
 * readTracker: the tracker's data as every capability reads it (documents,
 * weekly summary, bilan). One getValues per tab; columns found by header name
 * in French or English; a missing tab gives an empty list, a missing column
 * empty values. parseTracker does the work on plain arrays, for unit tests.
 *
 * The Événement tab is a two-column card "Champ | Valeur": each row is found
 * by its label (first column) in French or English.
 */
import {allLanguages} from '../i18n';
import {findColumn, normalizeKey, readTable} from '../gas/table';
import type {
  BudgetLine,
  EventCard,
  EventKind,
  Participant,
  Partner,
  Session,
  Task,
  TrackerData,
} from '../model/tracker';
import {
  asDate,
  asDepartement,
  asNumber,
  asText,
  asTime,
  isBlankRow,
  splitEmails,
} from './cells';
import {
  EVENT_FIELDS,
  EVENT_KIND_LABEL,
  EVENT_KINDS,
  TabId,
  tabDef,
} from './schema';
import {columnIndex, locateTabs} from './tabs';

/** One tab as read: its header row and its data rows. */
export interface RawTable {
  headers: readonly string[];
  rows: readonly (readonly unknown[])[];
}
export type TrackerTables = Partial<Record<TabId, RawTable>>;

/**
 * Reads the tracker of the spreadsheet: one getValues per tab present.
 * @param ss the spreadsheet holding the tracker
 */
export function readTracker(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): TrackerData {
  const tables: TrackerTables = {};
  for (const [id, tab] of locateTabs(ss)) {
    const table = readTable(tab.sheet);
    tables[id] = {headers: table.headers, rows: table.rows};
  }
  tables.programme = timesAsText(tables.programme, () =>
    ss.getSpreadsheetTimeZone(),
  );
  return parseTracker(tables, {
    spreadsheetId: ss.getId(),
    spreadsheetUrl: ss.getUrl(),
  });
}

/**
 * Times the user typed as times (the column's "@" format removed): Sheets
 * stores them as moments of 30 December 1899 in the spreadsheet's time zone,
 * so they are read back in that zone, as Sheets shows them — the script's
 * zone may differ. Utilities.formatDate uses the same zone rules as Sheets
 * (the zone's 1899 offset included). The zone is asked only when such a
 * time exists.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 */
function timesAsText(
  table: RawTable | undefined,
  zoneOf: () => string,
): RawTable | undefined {
  if (!table) return table;
  const at = tabDef('programme')
    .columns.filter(c => c.kind === 'time')
    .map(c => columnIndex(table.headers, c))
    .filter(i => i >= 0);
  let zone: string | null = null;
  const rows = table.rows.map(row =>
    at.some(i => row[i] instanceof Date)
      ? row.map((v, i) =>
          v instanceof Date && at.includes(i) && !isNaN(v.getTime())
            ? Utilities.formatDate(v, (zone ??= zoneOf()), 'HH:mm')
            : v,
        )
      : row,
  );
  return {headers: table.headers, rows};
}

/** Getter of a row's cell by column id (undefined when the column is absent). */
type Cells = (id: string) => unknown;

/** Maps each data row (blank rows skipped) through `make`, with its 1-based sheet row. */
function mapRows<T>(
  table: RawTable | undefined,
  tab: TabId,
  make: (cell: Cells, row: number) => T,
): T[] {
  if (!table) return [];
  const def = tabDef(tab);
  const index = new Map<string, number>();
  for (const col of def.columns)
    index.set(col.id, columnIndex(table.headers, col));
  const out: T[] = [];
  table.rows.forEach((values, i) => {
    if (isBlankRow(values)) return;
    const cell: Cells = id => {
      const at = index.get(id) ?? -1;
      return at < 0 ? '' : values[at];
    };
    out.push(make(cell, i + 2));
  });
  return out;
}

/** The event kind from its label in French or English (or its id). */
export function parseEventKind(value: unknown): EventKind {
  const key = normalizeKey(asText(value));
  for (const kind of EVENT_KINDS) {
    const names = [kind, ...allLanguages(EVENT_KIND_LABEL[kind])];
    if (names.some(n => normalizeKey(n) === key)) return kind;
  }
  if (key.includes('fete de la science')) return 'fds';
  if (key.includes('ecole') || key.includes('summer school')) return 'ecole';
  if (key.includes('festival')) return 'festival';
  return 'autre';
}

/** The Événement card: field label in the first column, value in "Valeur". */
export function parseEventCard(table: RawTable | undefined): EventCard {
  const values = new Map<string, unknown>();
  if (table) {
    const valueAt = Math.max(
      1,
      findColumn(table.headers, allLanguages('tracker.col.card.value')),
    );
    const labelAt = Math.max(
      0,
      findColumn(table.headers, allLanguages('tracker.col.card.field')),
    );
    const byLabel = new Map<string, string>();
    for (const field of EVENT_FIELDS) {
      for (const label of allLanguages(field.label)) {
        byLabel.set(normalizeKey(label), field.id);
      }
    }
    for (const row of table.rows) {
      const id = byLabel.get(normalizeKey(asText(row[labelAt])));
      if (id && !values.has(id)) values.set(id, row[valueAt]);
    }
  }
  const v = (id: string) => values.get(id) ?? '';
  return {
    name: asText(v('name')),
    kind: parseEventKind(v('kind')),
    edition: asText(v('edition')),
    startDate: asDate(v('startDate')),
    endDate: asDate(v('endDate')),
    mainVenue: asText(v('mainVenue')),
    lead: asText(v('lead')),
    teamEmails: splitEmails(v('teamEmails')),
    context: asText(v('context')),
    objectives: asText(v('objectives')),
    targetPublics: asText(v('targetPublics')),
    departement: asDepartement(v('departement')) || '38',
  };
}

export function parseSessions(table: RawTable | undefined): Session[] {
  return mapRows(table, 'programme', (c, row) => ({
    id: asText(c('id')),
    title: asText(c('title')),
    animationKind: asText(c('animationKind')),
    date: asDate(c('date')),
    start: asTime(c('start')),
    end: asTime(c('end')),
    venue: asText(c('venue')),
    commune: asText(c('commune')),
    insee: asText(c('insee')),
    structure: asText(c('structure')),
    speakers: asText(c('speakers')),
    public: asText(c('public')),
    minAge: asNumber(c('minAge')),
    capacity: asNumber(c('capacity')),
    registered: asNumber(c('registered')),
    attended: asNumber(c('attended')),
    status: asText(c('status')),
    questionnaireLink: asText(c('questionnaireLink')),
    notes: asText(c('notes')),
    sourceId: asText(c('sourceId')),
    row,
  }));
}

export function parseTasks(table: RawTable | undefined): Task[] {
  return mapRows(table, 'logistics', (c, row) => ({
    task: asText(c('task')),
    category: asText(c('category')),
    owner: asText(c('owner')),
    dueDate: asDate(c('dueDate')),
    status: asText(c('status')),
    priority: asText(c('priority')),
    session: asText(c('session')),
    updatedOn: asDate(c('updatedOn')),
    updatedBy: asText(c('updatedBy')),
    row,
  }));
}

export function parsePartners(table: RawTable | undefined): Partner[] {
  return mapRows(table, 'partners', (c, row) => ({
    structure: asText(c('structure')),
    kind: asText(c('kind')),
    contact: asText(c('contact')),
    email: asText(c('email')),
    phone: asText(c('phone')),
    commune: asText(c('commune')),
    role: asText(c('role')),
    agreement: asText(c('agreement')),
    row,
  }));
}

export function parseBudget(table: RawTable | undefined): BudgetLine[] {
  return mapRows(table, 'budget', (c, row) => ({
    line: asText(c('line')),
    category: asText(c('category')),
    planned: asNumber(c('planned')) ?? 0,
    committed: asNumber(c('committed')) ?? 0,
    spent: asNumber(c('spent')) ?? 0,
    funder: asText(c('funder')),
    row,
  }));
}

export function parseParticipants(table: RawTable | undefined): Participant[] {
  return mapRows(table, 'participants', (c, row) => ({
    name: asText(c('name')),
    organisation: asText(c('organisation')),
    status: asText(c('status')),
    workshop: asText(c('workshop')),
    lodging: asText(c('lodging')),
    dietary: asText(c('dietary')),
    registration: asText(c('registration')),
    row,
  }));
}

/** The tracker's data from its tabs' values (pure). */
export function parseTracker(
  tables: TrackerTables,
  ids: {spreadsheetId: string; spreadsheetUrl: string} = {
    spreadsheetId: '',
    spreadsheetUrl: '',
  },
): TrackerData {
  return {
    ...ids,
    event: parseEventCard(tables.event),
    sessions: parseSessions(tables.programme),
    tasks: parseTasks(tables.logistics),
    partners: parsePartners(tables.partners),
    budget: parseBudget(tables.budget),
    participants: parseParticipants(tables.participants),
  };
}
