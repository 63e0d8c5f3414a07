/**
 * The question bank: the "Questionnaire" tab of the tracker, one row per
 * item (id, question, kind, choices, required, audience, help), which staff
 * edit before a form is made. This module holds the standard items of each
 * audience and the reading and writing of the tab's rows. Pure.
 *
 * The "Choix" column:
 *  - single choice, checkboxes, dropdown: options separated by " | "; a last
 *    option "Autre" becomes the form's "Autre" with a free answer;
 *  - scale and recommendation: "1–5 | low label | high label" (bounds first);
 *  - grid: its columns as bounds ("1–5"); its rows are the Programme's sessions;
 *  - session: empty (its choices come from the Programme).
 */
import {allLanguages, t, MessageKey} from '../i18n';
import {findColumn, normalizeKey} from '../gas/table';
import {AddonError} from '../gas/errors';

export type Audience = 'public' | 'teachers' | 'summer' | 'organisers';
export const AUDIENCES: Audience[] = [
  'public',
  'teachers',
  'summer',
  'organisers',
];

export type ItemKind =
  | 'section'
  | 'session'
  | 'scale'
  | 'nps'
  | 'choice'
  | 'multi'
  | 'list'
  | 'text'
  | 'paragraph'
  | 'number'
  | 'grid';
export const ITEM_KINDS: ItemKind[] = [
  'section',
  'session',
  'scale',
  'nps',
  'choice',
  'multi',
  'list',
  'text',
  'paragraph',
  'number',
  'grid',
];

export interface BankItem {
  id: string;
  question: string;
  kind: ItemKind;
  /** Options (choice kinds) or, for scale / NPS / grid, bounds then labels. */
  choices: string[];
  required: boolean;
  audience: Audience;
  help: string;
  /** 1-based row in the tab (0 for the standard items not yet written). */
  row: number;
}

/** Standard items: id, kind, required, audience. Texts come from the catalogue. */
const STANDARD: [string, ItemKind, boolean, Audience][] = [
  ['public.session', 'session', true, 'public'],
  ['public.commune', 'text', false, 'public'],
  ['public.with', 'choice', false, 'public'],
  ['public.age', 'choice', false, 'public'],
  ['public.heard', 'multi', false, 'public'],
  ['public.satisfaction', 'scale', true, 'public'],
  ['public.explanations', 'scale', false, 'public'],
  ['public.length', 'choice', false, 'public'],
  ['public.recommend', 'nps', false, 'public'],
  ['public.first', 'choice', false, 'public'],
  ['public.comments', 'paragraph', false, 'public'],
  ['teachers.session', 'session', true, 'teachers'],
  ['teachers.school', 'text', false, 'teachers'],
  ['teachers.commune', 'text', false, 'teachers'],
  ['teachers.level', 'choice', false, 'teachers'],
  ['teachers.pupils', 'number', false, 'teachers'],
  ['teachers.opinion', 'section', false, 'teachers'],
  ['teachers.satisfaction', 'scale', true, 'teachers'],
  ['teachers.curriculum', 'scale', false, 'teachers'],
  ['teachers.engagement', 'scale', false, 'teachers'],
  ['teachers.fit', 'choice', false, 'teachers'],
  ['teachers.prepare', 'choice', false, 'teachers'],
  ['teachers.recommend', 'nps', false, 'teachers'],
  ['teachers.again', 'choice', false, 'teachers'],
  ['teachers.comments', 'paragraph', false, 'teachers'],
  ['summer.status', 'choice', false, 'summer'],
  ['summer.workshops', 'grid', false, 'summer'],
  ['summer.satisfaction', 'scale', true, 'summer'],
  ['summer.organisation', 'scale', false, 'summer'],
  ['summer.reuse', 'multi', false, 'summer'],
  ['summer.reuseDetail', 'paragraph', false, 'summer'],
  ['summer.recommend', 'nps', false, 'summer'],
  ['summer.comments', 'paragraph', false, 'summer'],
  ['organisers.structure', 'text', true, 'organisers'],
  ['organisers.kind', 'choice', false, 'organisers'],
  ['organisers.commune', 'text', true, 'organisers'],
  ['organisers.figures', 'section', false, 'organisers'],
  ['organisers.sessions', 'number', true, 'organisers'],
  ['organisers.visitors', 'number', true, 'organisers'],
  ['organisers.pupils', 'number', false, 'organisers'],
  ['organisers.classes', 'number', false, 'organisers'],
  ['organisers.communes', 'paragraph', false, 'organisers'],
  ['organisers.difficulties', 'paragraph', false, 'organisers'],
  ['organisers.comments', 'paragraph', false, 'organisers'],
];

const CHOICE_SEPARATOR = ' | ';

export function splitChoices(text: string): string[] {
  return text
    .split(/\s*\|\s*|\n/)
    .map(s => s.trim())
    .filter(s => s !== '');
}

function optional(key: string): string {
  const text = t(key as MessageKey);
  return text === key ? '' : text;
}

/** The standard items, in the current language. */
export function standardItems(): BankItem[] {
  return STANDARD.map(([id, kind, required, audience]) => ({
    id,
    question: t(`questionnaire.item.${id}` as MessageKey),
    kind,
    choices: splitChoices(optional(`questionnaire.choices.${id}`)),
    required,
    audience,
    help: optional(`questionnaire.help.${id}`),
    row: 0,
  }));
}

const HEADER_KEYS: MessageKey[] = [
  'questionnaire.col.id',
  'questionnaire.col.question',
  'questionnaire.col.kind',
  'questionnaire.col.choices',
  'questionnaire.col.required',
  'questionnaire.col.audience',
  'questionnaire.col.help',
];

export function bankHeaders(): string[] {
  return HEADER_KEYS.map(k => t(k));
}

export function kindLabel(kind: ItemKind): string {
  return t(`questionnaire.kind.${kind}` as MessageKey);
}
export function audienceLabel(audience: Audience): string {
  return t(`questionnaire.audience.${audience}` as MessageKey);
}

/** Rows of the tab for these items (without the header). */
export function bankRows(items: readonly BankItem[]): unknown[][] {
  return items.map(i => [
    i.id,
    i.question,
    kindLabel(i.kind),
    i.choices.join(CHOICE_SEPARATOR),
    i.required ? t('questionnaire.yes') : t('questionnaire.no'),
    audienceLabel(i.audience),
    i.help,
  ]);
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

const YES = new Set(['oui', 'yes', 'o', 'y', 'x', 'true', 'vrai', '1']);

/**
 * Reads the tab (header row first) as staff left it. Blank rows are skipped;
 * an unknown kind or audience stops with a message naming the row and the
 * value.
 */
export function parseBank(values: readonly (readonly unknown[])[]): BankItem[] {
  if (values.length === 0) return [];
  const headers = values[0].map(v => String(v ?? '').trim());
  const col = (key: MessageKey, fallback: number) => {
    const i = findColumn(headers, allLanguages(key));
    return i >= 0 ? i : fallback;
  };
  const iId = col('questionnaire.col.id', 0);
  const iQuestion = col('questionnaire.col.question', 1);
  const iKind = col('questionnaire.col.kind', 2);
  const iChoices = col('questionnaire.col.choices', 3);
  const iRequired = col('questionnaire.col.required', 4);
  const iAudience = col('questionnaire.col.audience', 5);
  const iHelp = col('questionnaire.col.help', 6);
  const kinds = lookup(ITEM_KINDS, 'questionnaire.kind');
  const audiences = lookup(AUDIENCES, 'questionnaire.audience');
  const text = (row: readonly unknown[], i: number) =>
    i < row.length ? String(row[i] ?? '').trim() : '';
  const items: BankItem[] = [];
  values.slice(1).forEach((row, index) => {
    const question = text(row, iQuestion);
    if (question === '') return;
    const rowNumber = index + 2;
    const kindText = text(row, iKind);
    const kind = kinds.get(normalizeKey(kindText));
    if (!kind) {
      throw new AddonError('questionnaire.error.badKind', {
        row: rowNumber,
        value: kindText,
      });
    }
    const audienceText = text(row, iAudience);
    const audience = audiences.get(normalizeKey(audienceText));
    if (!audience) {
      throw new AddonError('questionnaire.error.badAudience', {
        row: rowNumber,
        value: audienceText,
      });
    }
    items.push({
      id: text(row, iId) || `row${rowNumber}`,
      question,
      kind,
      choices: splitChoices(text(row, iChoices)),
      required:
        YES.has(normalizeKey(text(row, iRequired))) || row[iRequired] === true,
      audience,
      help: text(row, iHelp),
      row: rowNumber,
    });
  });
  return items;
}

/** Google Forms' scale bounds (ScaleItem.setBounds throws outside them). */
export const SCALE_LOWER = [0, 1] as const;
export const SCALE_MIN_UPPER = 3;
export const SCALE_MAX_UPPER = 10;

/**
 * Bounds and end labels of a scale or NPS item from its choices
 * ("1–5 | low | high"), brought within what Google Forms accepts: lower 0 or
 * 1, upper 3 to 10 (https://developers.google.com/apps-script/reference/forms/scale-item#setBounds(Integer,Integer)).
 * `adjusted` tells that the bounds written in the bank were changed, so that
 * the person can be told. A grid's columns (not a Forms scale) may stop at
 * `minUpper` = 2.
 */
export function scaleOf(
  item: BankItem,
  minUpper: number = SCALE_MIN_UPPER,
): {
  lo: number;
  hi: number;
  low: string;
  high: string;
  adjusted: boolean;
  written: string;
} {
  const fallback = item.kind === 'nps' ? [0, 10] : [1, 5];
  const written = item.choices[0] ?? '';
  const m = /^(\d+)\s*[–—-]\s*(\d+)$/.exec(written);
  let lo = m ? Number(m[1]) : fallback[0];
  let hi = m ? Number(m[2]) : fallback[1];
  if (item.kind === 'nps') [lo, hi] = [0, 10];
  const askedLo = lo;
  const askedHi = hi;
  if (lo !== 0 && lo !== 1) lo = 1;
  hi = Math.min(SCALE_MAX_UPPER, Math.max(minUpper, lo + 1, hi));
  const labels = m ? item.choices.slice(1) : item.choices;
  return {
    lo,
    hi,
    low: labels[0] ?? '',
    high: labels[1] ?? '',
    adjusted:
      m !== null && item.kind !== 'nps' && (lo !== askedLo || hi !== askedHi),
    written,
  };
}

/** A choice list's options and whether its last option is "Autre" (a free answer). */
export function optionsOf(item: BankItem): {options: string[]; other: boolean} {
  const others = new Set(allLanguages('bilan.other').map(normalizeKey));
  const last = item.choices[item.choices.length - 1];
  if (
    last !== undefined &&
    (item.kind === 'choice' || item.kind === 'multi') &&
    others.has(normalizeKey(last))
  ) {
    return {options: item.choices.slice(0, -1), other: true};
  }
  return {options: [...item.choices], other: false};
}
