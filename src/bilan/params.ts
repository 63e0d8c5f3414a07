/**
 * The "Bilan – paramètres" tab: one row per response column with the kind,
 * scale, role and known options the bilan used. Staff correct it; the next
 * run reads it back (a row's kind then wins over inference). Pure: rows in,
 * rows out; the adapter reads and writes the tab.
 */
import type {ColumnRole, QuestionType} from '../model/bilan';
import {allLanguages, t, MessageKey} from '../i18n';
import {findColumn, normalizeKey} from '../gas/table';
import {AddonError} from '../gas/errors';
import type {ColumnParam, ColumnSpec} from './types';
import {cellText, parseNumber} from './text';

export const KINDS: QuestionType[] = [
  'timestamp',
  'scale',
  'nps',
  'choice',
  'multi',
  'number',
  'text',
  'personal',
];
export const ROLES: Exclude<ColumnRole, ''>[] = [
  'session',
  'commune',
  'age',
  'structure',
  'visitors',
  'pupils',
  'classes',
  'satisfaction',
];

const HEADER_KEYS: MessageKey[] = [
  'bilan.params.source',
  'bilan.params.column',
  'bilan.params.question',
  'bilan.params.kind',
  'bilan.params.scale',
  'bilan.params.role',
  'bilan.params.options',
  'bilan.params.origin',
  'bilan.params.signature',
];

/**
 * A short fingerprint of what the add-on wrote in a row (kind, scale, role,
 * options): when the row still matches it, staff did not correct the row and
 * the next run infers again (more answers may tell more); when it differs,
 * the row is a correction and wins.
 */
export function signature(parts: readonly string[]): string {
  const text = parts.map(p => normalizeKey(p)).join('\u0001');
  let h = 5381;
  for (let i = 0; i < text.length; i++) {
    h = ((h << 5) + h + text.charCodeAt(i)) | 0;
  }
  return 'v1:' + (h >>> 0).toString(36);
}

export function kindLabel(kind: QuestionType): string {
  return t(`bilan.kind.${kind}` as MessageKey);
}
export function roleLabel(role: ColumnRole): string {
  return role ? t(`bilan.role.${role}` as MessageKey) : '';
}

export function paramHeaders(): string[] {
  return HEADER_KEYS.map(k => t(k));
}

/**
 * Rows of the tab (headers first) for the columns decided by this run, then
 * `kept`: rows of other response sheets as they were (a bilan of one form
 * leaves the others' parameters alone).
 */
export function paramRows(
  specs: readonly ColumnSpec[],
  kept: readonly (readonly unknown[])[] = [],
  previous = '',
): unknown[][] {
  const rows: unknown[][] = [
    [t('bilan.params.previous'), previous, t('bilan.params.previousHint')],
    [],
    paramHeaders(),
  ];
  for (const s of specs) {
    const scaled = s.kind === 'scale' || s.kind === 'nps';
    const editable = [
      kindLabel(s.kind),
      scaled && s.bounds ? `${s.bounds[0]}–${s.bounds[1]}` : '',
      roleLabel(s.role),
      s.kind === 'choice' ||
      s.kind === 'multi' ||
      (s.kind === 'scale' && s.options.length > 1)
        ? s.options.join(' | ')
        : '',
    ];
    rows.push([
      s.source,
      s.column,
      s.title,
      ...editable,
      t(`bilan.origin.${s.origin}` as MessageKey),
      // A staff correction keeps no fingerprint: it stays a correction.
      s.origin === 'params' ? '' : signature(editable),
    ]);
  }
  for (const row of kept) rows.push([...row]);
  return rows;
}

/** Rows above the column table: the link to the previous edition, a blank row. */
export const PARAMS_HEADER_ROW = 3;

/**
 * Index of the header row of the column table (0-based): the first of the
 * first rows that names the question column (older tabs: the first row);
 * -1 when there is no table yet (only the previous edition's link).
 */
export function headerRowIndex(
  values: readonly (readonly unknown[])[],
): number {
  const names = allLanguages('bilan.params.question');
  for (let i = 0; i < Math.min(values.length, 6); i++) {
    if (findColumn(values[i].map(cellText), names) >= 0) return i;
  }
  return -1;
}

/** The address of the previous edition's tracker as staff pasted it ('' when none). */
export function previousLink(values: readonly (readonly unknown[])[]): string {
  const labels = new Set(
    allLanguages('bilan.params.previous').map(normalizeKey),
  );
  const h = headerRowIndex(values);
  const end = h < 0 ? Math.min(values.length, 6) : h;
  for (let i = 0; i < end; i++) {
    if (labels.has(normalizeKey(cellText(values[i][0])))) {
      return cellText(values[i][1]);
    }
  }
  return '';
}

/** Data rows of the tab whose response sheet is not among `sources`. */
export function otherSourcesRows(
  values: readonly (readonly unknown[])[],
  sources: ReadonlySet<string>,
): unknown[][] {
  const h = headerRowIndex(values);
  if (h < 0 || values.length < h + 2) return [];
  const headers = values[h].map(cellText);
  const i = findColumn(headers, allLanguages('bilan.params.source'));
  const at = i >= 0 ? i : 0;
  return values
    .slice(h + 1)
    .filter(r => cellText(r[at]) !== '' && !sources.has(cellText(r[at])))
    .map(r => [...r]);
}

function lookup<T extends string>(values: readonly T[], prefix: string) {
  const map = new Map<string, T>();
  for (const v of values) {
    map.set(normalizeKey(v), v);
    for (const label of allLanguages(`${prefix}.${v}` as MessageKey)) {
      map.set(normalizeKey(label), v);
    }
  }
  return map;
}

/**
 * Reads the tab back (header row first). A kind that is neither a label nor
 * a code stops the bilan with a message naming the row; an unknown role is
 * read as none.
 */
export function parseParams(
  values: readonly (readonly unknown[])[],
): ColumnParam[] {
  const h = headerRowIndex(values);
  if (h < 0 || values.length < h + 2) return [];
  const headers = values[h].map(cellText);
  const col = (key: MessageKey, fallback: number) => {
    const i = findColumn(headers, allLanguages(key));
    return i >= 0 ? i : fallback;
  };
  const iSource = col('bilan.params.source', 0);
  const iColumn = col('bilan.params.column', 1);
  const iTitle = col('bilan.params.question', 2);
  const iKind = col('bilan.params.kind', 3);
  const iScale = col('bilan.params.scale', 4);
  const iRole = col('bilan.params.role', 5);
  const iOptions = col('bilan.params.options', 6);
  const iSignature = col('bilan.params.signature', 8);
  const kinds = lookup(KINDS, 'bilan.kind');
  const roles = lookup(ROLES, 'bilan.role');
  const out: ColumnParam[] = [];
  values.slice(h + 1).forEach((row, i) => {
    const title = cellText(row[iTitle]);
    const source = cellText(row[iSource]);
    if (!title || !source) return;
    const kindText = cellText(row[iKind]);
    const editable = [iKind, iScale, iRole, iOptions].map(j =>
      cellText(row[j]),
    );
    const corrected = signature(editable) !== cellText(row[iSignature]);
    const kind = kinds.get(normalizeKey(kindText));
    if (!kind) {
      throw new AddonError('bilan.error.badParam', {
        row: h + i + 2,
        value: kindText,
      });
    }
    const scale = /(\d+)\s*[–—-]\s*(\d+)/.exec(cellText(row[iScale]));
    const bounds: [number, number] | undefined = scale
      ? [Number(scale[1]), Number(scale[2])]
      : undefined;
    const options = cellText(row[iOptions])
      .split('|')
      .map(o => o.trim())
      .filter(o => o !== '');
    out.push({
      source,
      column: parseNumber(row[iColumn]) ?? 0,
      title,
      kind,
      bounds: bounds && bounds[0] < bounds[1] ? bounds : undefined,
      role: roles.get(normalizeKey(cellText(row[iRole]))) ?? '',
      options,
      corrected,
    });
  });
  return out;
}
