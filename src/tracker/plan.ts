/**
 * Pure planning of every write the tracker makes: which columns to add, the
 * blocks of values to write back, what changed (for the report). Existing
 * rows keep their position and every value or formula the user typed; the
 * add-on only fills what is missing and the columns it computes.
 */
import {t, allLanguages, Language} from '../i18n';
import {Formula} from '../gas/sanitize';
import {normalizeKey} from '../gas/table';
import type {CommuneRecord} from '../model/geo';
import type {EventKind} from '../model/tracker';
import {asDepartement, asText, isBlankRow, isoDate} from './cells';
import {parseEventKind} from './read';
import {
  ColumnDef,
  EVENT_FIELDS,
  EVENT_KIND_LABEL,
  TabDef,
  TabId,
  tabDef,
} from './schema';
import {columnIndex} from './tabs';
import {budgetLines, CHECKLISTS, dueDate} from './checklists';
import type {ImportedSession} from './import/types';

/** A tab as read: headers, data rows, and the formulas of the data rows ('' when none). */
export interface Grid {
  headers: readonly string[];
  values: readonly (readonly unknown[])[];
  formulas?: readonly (readonly string[])[];
}

/** A1 column letters of a 1-based column number. */
export function columnLetter(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export interface HeaderPlan {
  headers: string[];
  added: ColumnDef[];
  /** 0-based index of each schema column. */
  at: Map<string, number>;
}

/**
 * The header row once the schema's missing columns are appended after the
 * last column in use (never between the user's columns).
 */
export function planHeaders(
  headers: readonly string[],
  tab: TabDef,
  lang: Language,
): HeaderPlan {
  const out = [...headers];

  const added: ColumnDef[] = [];
  const at = new Map<string, number>();
  for (const col of tab.columns) {
    let i = columnIndex(out, col);
    if (i < 0) {
      i = out.length;
      out.push(t(col.header, {}, lang));
      added.push(col);
    }
    at.set(col.id, i);
  }
  return {headers: out, added, at};
}

/** A data row as it must be written back: formulas kept as formulas, width padded. */
export function keepRow(
  values: readonly unknown[],
  formulas: readonly string[] | undefined,
  width: number,
): unknown[] {
  const row: unknown[] = [];
  for (let c = 0; c < width; c++) {
    const f = formulas?.[c];
    row.push(f ? new Formula(f) : (values[c] ?? ''));
  }
  return row;
}

function keepAll(grid: Grid, width: number): unknown[][] {
  return grid.values.map((v, r) => keepRow(v, grid.formulas?.[r], width));
}

function isEmpty(v: unknown): boolean {
  return v === '' || v === null || v === undefined;
}

// ---------------------------------------------------------------- card

export interface TrackerForm {
  name: string;
  kind: EventKind;
  edition: string;
  startDate: Date | null;
  endDate: Date | null;
  departement: string;
  teamEmails: string[];
}

export interface CardPlan {
  block: unknown[][];
  set: string[];
  updated: string[];
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    const da = a instanceof Date ? isoDate(a) : asText(a);
    const db = b instanceof Date ? isoDate(b) : asText(b);
    return da === db;
  }
  return normalizeKey(asText(a)) === normalizeKey(asText(b));
}

/**
 * Whether the card already says what the dialog says: the kind in either
 * language, a département Sheets turned into a number (38, 1 → "01").
 */
function sameField(id: string, cell: unknown, wanted: unknown): boolean {
  if (id === 'kind') return parseEventKind(cell) === parseEventKind(wanted);
  if (id === 'departement') {
    return asDepartement(cell) === asDepartement(wanted);
  }
  return sameValue(cell, wanted);
}

/**
 * The Événement card (header row included) with the dialog's values: a field
 * missing gets its row, a field whose value differs from the dialog's is
 * updated; rows the user added and fields the dialog does not carry are kept.
 */
export function planCard(
  grid: Grid | null,
  form: TrackerForm,
  lang: Language,
): CardPlan {
  const formValues: Record<string, unknown> = {
    name: form.name,
    kind: t(EVENT_KIND_LABEL[form.kind], {}, lang),
    edition: form.edition,
    startDate: form.startDate,
    endDate: form.endDate,
    departement: form.departement,
    teamEmails: form.teamEmails.join(', '),
  };
  const headers =
    grid && grid.headers.length >= 2
      ? keepRow(grid.headers, undefined, Math.max(2, grid.headers.length))
      : [
          t('tracker.col.card.field', {}, lang),
          t('tracker.col.card.value', {}, lang),
        ];
  const width = headers.length;
  const rows = grid ? keepAll(grid, width) : [];
  const set: string[] = [];
  const updated: string[] = [];
  for (const field of EVENT_FIELDS) {
    const labels = new Set(allLanguages(field.label).map(normalizeKey));
    const r = rows.findIndex(row => labels.has(normalizeKey(asText(row[0]))));
    const wanted = field.id in formValues ? formValues[field.id] : '';
    const label = t(field.label, {}, lang);
    if (r < 0) {
      const row: unknown[] = [label, wanted ?? ''];
      while (row.length < width) row.push('');
      rows.push(row);
      if (!isEmpty(wanted)) set.push(label);
      continue;
    }
    if (isEmpty(wanted) || rows[r][1] instanceof Formula) continue;
    if (!sameField(field.id, rows[r][1], wanted)) {
      (isEmpty(rows[r][1]) ? set : updated).push(label);
      rows[r][1] = wanted;
    }
  }
  return {block: [headers, ...rows], set, updated};
}

// ---------------------------------------------------------------- tasks

/** Checklist rows of a kind whose task is not already in the Logistique tab. */
export function planChecklist(
  grid: Grid | null,
  plan: HeaderPlan,
  kind: EventKind,
  start: Date | null,
  end: Date | null,
  lang: Language,
): unknown[][] {
  const taskAt = grid
    ? columnIndex(grid.headers, tabDef('logistics').columns[0])
    : -1;
  const present = new Set(
    (grid?.values ?? []).map(r =>
      normalizeKey(asText(taskAt < 0 ? '' : r[taskAt])),
    ),
  );
  const rows: unknown[][] = [];
  for (const spec of CHECKLISTS[kind]) {
    const label = t(spec.label, {}, lang);
    if (present.has(normalizeKey(label))) continue;
    rows.push(
      rowOf(plan, {
        task: label,
        category: spec.category,
        dueDate: dueDate(spec, start, end),
        status: 'à faire',
        priority: spec.priority,
      }),
    );
  }
  return rows;
}

/** A new row laid out by the header plan. */
export function rowOf(
  plan: HeaderPlan,
  values: Record<string, unknown>,
): unknown[] {
  const row: unknown[] = plan.headers.map(() => '');
  for (const [id, value] of Object.entries(values)) {
    const i = plan.at.get(id);
    if (i !== undefined && value !== null && value !== undefined)
      row[i] = value;
  }
  return row;
}

// ---------------------------------------------------------------- budget

export function gapFormula(plan: HeaderPlan, row: number): Formula {
  const planned = columnLetter((plan.at.get('planned') ?? 0) + 1);
  const spent = columnLetter((plan.at.get('spent') ?? 0) + 1);
  return new Formula(`=${planned}${row}-${spent}${row}`);
}

export interface BudgetPlan {
  /** The gap column's cells for the existing rows (row 2 downwards). */
  gapColumn: unknown[][];
  formulasSet: number;
  /** Starter lines to append (a new Budget tab only: lines the user deleted stay deleted). */
  newRows: unknown[][];
}

/**
 * The gap formula on every budget line: set where the cell is empty, renewed
 * where it holds a formula (columns may have moved), a typed value kept.
 */
export function planBudget(
  grid: Grid | null,
  plan: HeaderPlan,
  kind: EventKind,
  lang: Language,
): BudgetPlan {
  const gapAt = plan.at.get('gap') ?? 0;
  const values = grid?.values ?? [];
  let formulasSet = 0;
  const gapColumn = values.map((row, r) => {
    const sheetRow = r + 2;
    const formula = grid?.formulas?.[r]?.[gapAt] ?? '';
    if (formula) return [gapFormula(plan, sheetRow)];
    const value = row[gapAt];
    if (isEmpty(value) && !isBlankRow(row)) {
      formulasSet++;
      return [gapFormula(plan, sheetRow)];
    }
    return [value ?? ''];
  });
  const newRows: unknown[][] = [];
  if (grid === null) {
    budgetLines(kind).forEach((spec, i) => {
      newRows.push(
        rowOf(plan, {
          line: t(spec.label, {}, lang),
          category: spec.category,
          gap: gapFormula(plan, values.length + 2 + i),
        }),
      );
    });
  }
  return {gapColumn, formulasSet, newRows};
}

// ---------------------------------------------------------------- communes

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export interface CommunesPlan {
  block: unknown[][];
  added: number;
}

/**
 * Every commune of the département, one row each, keyed by code INSEE: the
 * add-on's columns are refreshed in place, the user's columns and row order
 * kept, missing communes appended in alphabetical order. Counts are live
 * formulas over the Programme tab, so they follow the user's edits.
 */
export function planCommunes(
  grid: Grid | null,
  plan: HeaderPlan,
  communes: readonly CommuneRecord[],
  programme: {sheetName: string; plan: HeaderPlan},
): CommunesPlan {
  const width = plan.headers.length;
  const rows = grid ? keepAll(grid, width) : [];
  const at = (id: string) => plan.at.get(id) ?? 0;
  const inseeAt = at('insee');
  const byCode = new Map<string, number>();
  rows.forEach((row, i) => byCode.set(asText(row[inseeAt]), i));
  const sorted = [...communes].sort((a, b) => a.nom.localeCompare(b.nom, 'fr'));
  let added = 0;
  for (const c of sorted) {
    if (!byCode.has(c.code)) {
      rows.push(plan.headers.map(() => ''));
      byCode.set(c.code, rows.length - 1);
      added++;
    }
  }
  const sheet = quoteSheet(programme.sheetName);
  const letter = (id: string) =>
    columnLetter((programme.plan.at.get(id) ?? 0) + 1);
  const pInsee = `${sheet}!$${letter('insee')}:$${letter('insee')}`;
  const pStructure = `${sheet}!$${letter('structure')}:$${letter('structure')}`;
  const ownInsee = columnLetter(inseeAt + 1);
  for (const c of communes) {
    const i = byCode.get(c.code)!;
    const r = i + 2;
    const row = rows[i];
    row[inseeAt] = c.code;
    row[at('name')] = c.nom;
    row[at('postalCodes')] = c.codesPostaux.join(', ');
    row[at('population')] = c.population;
    row[at('sessions')] = new Formula(`=COUNTIF(${pInsee},$${ownInsee}${r})`);
    row[at('structures')] = new Formula(
      `=IFERROR(COUNTUNIQUEIFS(${pStructure},${pInsee},$${ownInsee}${r}),0)`,
    );
  }
  return {block: rows, added};
}

// ---------------------------------------------------------------- import

export interface SessionMerge {
  block: unknown[][];
  inserted: number;
  updated: number;
}

/** Fields the source owns: an update overwrites them with the source's non-empty value. */
const SOURCE_FIELDS = [
  'title',
  'animationKind',
  'date',
  'start',
  'end',
  'venue',
  'address',
  'commune',
  'insee',
  'structure',
  'public',
  'minAge',
  'capacity',
  'registrationLink',
  'description',
] as const;
/** Fields the team fills in: an update writes them only into an empty cell. */
const TEAM_FIELDS = [
  'speakers',
  'registered',
  'attended',
  'questionnaireLink',
  'notes',
] as const;

function nextIdFrom(existing: readonly unknown[]): () => string {
  let max = 0;
  for (const v of existing) {
    const m = /^C-(\d+)$/.exec(asText(v));
    if (m) max = Math.max(max, Number(m[1]));
  }
  return () => `C-${String(++max).padStart(4, '0')}`;
}

/**
 * The Programme with the imported sessions: a session whose source id (or
 * typed id) is already there updates that row; any other is appended with a
 * new id "C-0001"…; rows not in the file are left as they are.
 */
export function mergeSessions(
  grid: Grid,
  plan: HeaderPlan,
  imported: readonly ImportedSession[],
  defaultStatus: string,
): SessionMerge {
  const width = plan.headers.length;
  const rows = keepAll(grid, width);
  const at = (id: string) => plan.at.get(id)!;
  const bySource = new Map<string, number>();
  const byId = new Map<string, number>();
  rows.forEach((row, i) => {
    const s = asText(row[at('sourceId')]);
    if (s) bySource.set(s, i);
    const id = asText(row[at('id')]);
    if (id) byId.set(id, i);
  });
  const nextId = nextIdFrom(rows.map(r => r[at('id')]));
  let inserted = 0;
  let updated = 0;
  for (const s of imported) {
    const values = s as unknown as Record<string, unknown>;
    let i = bySource.get(s.sourceId);
    if (i === undefined && s.id) i = byId.get(s.id);
    if (i === undefined) {
      rows.push(
        rowOf(plan, {
          ...values,
          id: s.id || nextId(),
          status: s.status || defaultStatus,
        }),
      );
      bySource.set(s.sourceId, rows.length - 1);
      inserted++;
      continue;
    }
    const row = rows[i];
    for (const f of SOURCE_FIELDS) {
      const v = values[f];
      if (!isEmpty(v) && !(row[at(f)] instanceof Formula)) row[at(f)] = v;
    }
    for (const f of TEAM_FIELDS) {
      const v = values[f];
      if (!isEmpty(v) && isEmpty(row[at(f)])) row[at(f)] = v;
    }
    if (s.status) row[at('status')] = s.status;
    row[at('sourceId')] = s.sourceId;
    updated++;
  }
  return {block: rows, inserted, updated};
}

/** A guess of a structure's kind from its name (left empty when unsure). */
export function guessPartnerKind(name: string): string {
  const k = normalizeKey(name);
  if (/\b(mediatheque|bibliotheque|library)\b/.test(k)) return 'médiathèque';
  if (
    /\b(musee|museum|planetarium|centre de sciences|casemate|cosmocite)\b/.test(
      k,
    )
  ) {
    return 'musée ou centre de sciences';
  }
  if (
    /\b(universite|university|iut|ecole doctorale|grenoble inp|ens)\b/.test(k)
  ) {
    return 'université';
  }
  if (
    /\b(laboratoire|labo|cnrs|inrae|inria|inserm|cea|ird|irstea|umr|institut)\b/.test(
      k,
    )
  ) {
    return 'laboratoire ou organisme de recherche';
  }
  if (/\b(college|lycee|ecole|groupe scolaire)\b/.test(k)) {
    return 'établissement scolaire';
  }
  if (
    /\b(mairie|ville de|commune|communaute|metropole|departement|region)\b/.test(
      k,
    )
  ) {
    return 'collectivité';
  }
  if (/\b(association|asso|club|amicale|mjc)\b/.test(k)) return 'association';
  if (/\b(sa|sas|sarl|entreprise|societe)\b/.test(k)) return 'entreprise';
  return '';
}

/** New Partenaires rows: each structure of the import not already listed. */
export function planPartners(
  grid: Grid | null,
  plan: HeaderPlan,
  sessions: readonly ImportedSession[],
): unknown[][] {
  const structureAt = plan.at.get('structure')!;
  const known = new Set(
    (grid?.values ?? []).map(r => normalizeKey(asText(r[structureAt]))),
  );
  const rows: unknown[][] = [];
  const add = (name: string, role: string, commune: string) => {
    const key = normalizeKey(name);
    if (!key || known.has(key)) return;
    known.add(key);
    rows.push(
      rowOf(plan, {
        structure: name,
        kind: guessPartnerKind(name),
        commune,
        role,
      }),
    );
  };
  for (const s of sessions) {
    add(s.structure, t('tracker.role.organiser'), s.commune);
    for (const p of s.partners) add(p, t('tracker.role.partner'), '');
  }
  return rows;
}

export function tabName(tab: TabId, lang: Language): string {
  return t(tabDef(tab).name, {}, lang);
}
