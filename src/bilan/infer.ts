/**
 * Deciding what each response column is (timestamp, scale, NPS, single or
 * multiple choice, number, free text, personal data), from — in this order —
 * the staff's corrections in "Bilan – paramètres", the form's own item, and
 * the answers themselves. One pass over the column's cells; regular
 * expressions only run on cells that could match.
 */
import type {ColumnRole, QuestionType} from '../model/bilan';
import {normalizeKey} from '../gas/table';
import type {ColumnParam, ColumnSpec, ItemHint, SourceFormat} from './types';
import {orderEndLabelled, orderScale, scaleFromAnswers} from './scales';
import {
  isCountHeader,
  isPersonalHeader,
  isRecommendHeader,
  isTimestampHeader,
  containsPersonal,
  looksLikeEmail,
  looksLikePhone,
  parseNumber,
} from './text';

/** What separates the ticked options of a checkbox question. */
export function multiSeparator(format: SourceFormat): string {
  return format === 'csv' ? ';' : ', ';
}

/** Most distinct answers a single-choice question is expected to have. */
const MAX_CHOICES = 20;

/**
 * Splits a checkbox answer into its options. `options` are the known options
 * (longest first): when one of them contains the separator, it is matched
 * whole rather than cut (", " inside "Presse, radio"). Unknown pieces are
 * returned as they are (an "Autre" answer).
 */
export function splitMulti(
  value: string,
  sep: string,
  options: readonly string[],
): string[] {
  const trimmedSep = sep.trim();
  const tricky = options.filter(o => o.includes(trimmedSep));
  if (tricky.length === 0 || !value.includes(trimmedSep)) {
    return value
      .split(trimmedSep)
      .map(s => s.trim())
      .filter(s => s !== '');
  }
  const out: string[] = [];
  let p = 0;
  const n = value.length;
  while (p < n) {
    while (p < n && value[p] === ' ') p++;
    if (p >= n) break;
    let taken = '';
    for (const o of tricky) {
      if (
        value.startsWith(o, p) &&
        (p + o.length === n ||
          value.startsWith(trimmedSep, skipSpaces(value, p + o.length)))
      ) {
        taken = o;
        break;
      }
    }
    if (taken) {
      out.push(taken);
      p += taken.length;
    } else {
      const next = value.indexOf(trimmedSep, p);
      const end = next < 0 ? n : next;
      const piece = value.slice(p, end).trim();
      if (piece) out.push(piece);
      p = end;
    }
    p = skipSpaces(value, p);
    if (value.startsWith(trimmedSep, p)) p += trimmedSep.length;
  }
  return out;
}

function skipSpaces(s: string, p: number): number {
  while (p < s.length && s[p] === ' ') p++;
  return p;
}

/**
 * Options of a checkbox question guessed from its answers alone: the pieces
 * between separators, where two pieces that always come together, in the
 * same order, are one option whose text holds the separator. Takes each
 * distinct answer with its count (answers repeat: each is split once).
 */
export function guessMultiOptions(
  answers: ReadonlyMap<string, number> | readonly string[],
  sep: string,
): string[] {
  const weighted = Array.isArray(answers)
    ? countOf(answers as readonly string[])
    : (answers as ReadonlyMap<string, number>);
  const trimmedSep = sep.trim();
  let rows: {pieces: string[]; n: number}[] = [];
  for (const [v, n] of weighted) {
    const pieces = v
      .split(trimmedSep)
      .map(x => x.trim())
      .filter(x => x !== '');
    if (pieces.length > 0) rows.push({pieces, n});
  }
  for (let round = 0; round < 5; round++) {
    const freq = new Map<string, number>();
    const pairs = new Map<string, number>();
    for (const {pieces: r, n} of rows) {
      for (let i = 0; i < r.length; i++) {
        freq.set(r[i], (freq.get(r[i]) ?? 0) + n);
        if (i + 1 < r.length) {
          const key = r[i] + '\u0000' + r[i + 1];
          pairs.set(key, (pairs.get(key) ?? 0) + n);
        }
      }
    }
    const merge = new Map<string, string>();
    for (const [key, count] of pairs) {
      const [a, b] = key.split('\u0000');
      if (a === b || merge.has(a)) continue;
      if (count >= 2 && freq.get(a) === count && freq.get(b) === count) {
        merge.set(a, b);
      }
    }
    if (merge.size === 0) break;
    const joiner = sep === ', ' ? ', ' : trimmedSep;
    rows = rows.map(({pieces: r, n}) => {
      const out: string[] = [];
      for (let i = 0; i < r.length; i++) {
        if (i + 1 < r.length && merge.get(r[i]) === r[i + 1]) {
          out.push(r[i] + joiner + r[i + 1]);
          i++;
        } else out.push(r[i]);
      }
      return {pieces: out, n};
    });
  }
  const freq = new Map<string, number>();
  for (const {pieces, n} of rows) {
    for (const t of pieces) freq.set(t, (freq.get(t) ?? 0) + n);
  }
  return [...freq.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([t]) => t);
}

function countOf(values: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

/** Smallest usual scale (1–5, 1–7, 1–10) holding every answer. */
function scaleBounds(min: number, max: number): [number, number] | null {
  if (min < 1) return null;
  if (max <= 5) return [1, 5];
  if (max <= 7) return [1, 7];
  if (max <= 10) return [1, 10];
  return null;
}

const OTHER_PREFIX = /^(autres?|other)\s*:/i;
/** An "Autre : …" answer (how some exports write a free "other" answer). */
export function isOtherAnswer(text: string): boolean {
  return OTHER_PREFIX.test(text);
}

interface Profile {
  answered: number;
  numbers: number;
  integers: number;
  min: number;
  max: number;
  dates: number;
  emails: number;
  phones: number;
  withSep: number;
  /** Answers holding an e-mail address or a phone number among other words. */
  personalInside: number;
  maxLength: number;
  distinct: Map<string, number>;
  distinctNumbers: Map<number, number>;
  /** More distinct answers than a choice question has. */
  many: boolean;
}

/** One pass over a column: what its cells look like. */
function profile(
  rows: readonly (readonly unknown[])[],
  index: number,
  sep: string,
): Profile {
  const p: Profile = {
    answered: 0,
    numbers: 0,
    integers: 0,
    min: Infinity,
    max: -Infinity,
    dates: 0,
    emails: 0,
    phones: 0,
    withSep: 0,
    personalInside: 0,
    maxLength: 0,
    distinct: new Map(),
    distinctNumbers: new Map(),
    many: false,
  };
  const trimmedSep = sep.trim();
  for (let r = 0; r < rows.length; r++) {
    const v = rows[r][index];
    if (v === '' || v === null || v === undefined) continue;
    if (v instanceof Date) {
      p.answered++;
      p.dates++;
      continue;
    }
    const n = parseNumber(v);
    if (n !== null) {
      p.answered++;
      p.numbers++;
      if (Number.isInteger(n)) p.integers++;
      if (n < p.min) p.min = n;
      if (n > p.max) p.max = n;
      // Kept by value (no string made per cell): most number columns are scales.
      if (!p.many) {
        p.distinctNumbers.set(n, (p.distinctNumbers.get(n) ?? 0) + 1);
        if (p.distinctNumbers.size > DISTINCT_CAP) p.many = true;
      }
      continue;
    }
    const s = typeof v === 'string' ? v.trim() : String(v);
    if (s === '') continue;
    p.answered++;
    if (s.length > p.maxLength) p.maxLength = s.length;
    if (s.includes(trimmedSep)) p.withSep++;
    if (s.includes('@') && looksLikeEmail(s)) p.emails++;
    else if (looksLikePhone(s)) p.phones++;
    else if (s.length > 8 && containsPersonal(s)) p.personalInside++;
    if (!p.many) addDistinct(p, s);
  }
  if (!p.many) {
    for (const [n, c] of p.distinctNumbers) {
      const key = String(n);
      p.distinct.set(key, (p.distinct.get(key) ?? 0) + c);
    }
    if (p.distinct.size > DISTINCT_CAP) {
      p.many = true;
      p.distinct.clear();
    }
  }
  return p;
}

/** Distinct answers are kept up to a bound: past it the column is no choice. */
const DISTINCT_CAP = 400;
function addDistinct(p: Profile, s: string): void {
  p.distinct.set(s, (p.distinct.get(s) ?? 0) + 1);
  if (p.distinct.size > DISTINCT_CAP) {
    p.many = true;
    p.distinct.clear();
  }
}

/** Kind and bounds from a form item (options: a scale's labels in order). */
function fromItem(
  hint: ItemHint,
  title: string,
): {kind: QuestionType; bounds?: [number, number]; options?: string[]} | null {
  switch (hint.kind) {
    case 'scale':
    case 'nps': {
      const b = hint.bounds ?? [1, 5];
      const nps =
        hint.kind === 'nps' ||
        (b[0] === 0 && b[1] === 10 && isRecommendHeader(title));
      return nps ? {kind: 'nps', bounds: [0, 10]} : {kind: 'scale', bounds: b};
    }
    case 'grid': {
      if (hint.bounds && !hint.options) {
        return {kind: 'scale', bounds: hint.bounds};
      }
      // A grid whose columns are words: a scale in the form's order when
      // they read as one (ends labelled, or a known set), else a choice.
      const columns = hint.options ?? [];
      const ordered = scaleFromOptions(columns);
      if (ordered) return ordered;
      return columns.length > 0 ? {kind: 'choice', options: columns} : null;
    }
    case 'choice': {
      const ordered = hint.options ? scaleFromOptions(hint.options) : null;
      return ordered ?? {kind: 'choice'};
    }
    case 'multi':
    case 'number':
    case 'text':
    case 'timestamp':
    case 'personal':
      return {kind: hint.kind};
    default:
      return null;
  }
}

/**
 * A form's options that make an ordered scale, lowest first (the lexicon's
 * order: forms list scales either way round).
 */
function scaleFromOptions(
  options: readonly string[],
): {kind: QuestionType; bounds: [number, number]; options: string[]} | null {
  const ordered = orderScale(options);
  if (!ordered) return null;
  return {kind: 'scale', bounds: [1, ordered.length], options: ordered};
}

/**
 * Decides one column. `param` (the staff's row of "Bilan – paramètres") wins,
 * then the form's `hint`, then the answers.
 */
export function inferColumn(
  title: string,
  rows: readonly (readonly unknown[])[],
  index: number,
  format: SourceFormat,
  source: string,
  hint: ItemHint | null,
  param: ColumnParam | null,
): ColumnSpec {
  const sep = multiSeparator(format);
  const base = {source, column: index + 1, title, index};
  if (param && param.corrected !== false) {
    // A scale with labels (written in words): ranks 1…n in the staff's order.
    const worded = param.kind === 'scale' && param.options.length > 1;
    return {
      ...base,
      kind: param.kind,
      bounds: worded
        ? [1, param.options.length]
        : (param.bounds ??
          (param.kind === 'nps'
            ? [0, 10]
            : param.kind === 'scale'
              ? [1, 5]
              : undefined)),
      role: param.role,
      options:
        param.options.length > 0
          ? param.options
          : (hint?.options ?? optionsFromAnswers(rows, index, sep, param.kind)),
      origin: 'params',
      hasOther: hint?.hasOther ?? false,
    };
  }
  if (isTimestampHeader(title)) {
    return {
      ...base,
      kind: 'timestamp',
      role: '',
      options: [],
      origin: 'answers',
      hasOther: false,
    };
  }
  if (isPersonalHeader(title)) {
    return {
      ...base,
      kind: 'personal',
      role: '',
      options: [],
      origin: 'answers',
      hasOther: false,
    };
  }
  const p = profile(rows, index, sep);
  if (p.answered > 0 && (p.emails + p.phones) * 2 >= p.answered) {
    return {
      ...base,
      kind: 'personal',
      role: '',
      options: [],
      origin: 'answers',
      hasOther: false,
    };
  }
  const item = hint ? fromItem(hint, title) : null;
  if (item) {
    const options =
      item.options ??
      (item.kind === 'scale' || item.kind === 'nps'
        ? undefined
        : hint!.options) ??
      (item.kind === 'choice' || item.kind === 'multi'
        ? optionsFromAnswers(rows, index, sep, item.kind)
        : []);
    return {
      ...base,
      kind: item.kind,
      bounds: item.bounds,
      role: '',
      options,
      origin: 'form',
      hasOther: hint!.hasOther ?? false,
    };
  }
  const decided = fromProfile(p, title, sep);
  return {
    ...base,
    kind: decided.kind,
    bounds: decided.bounds,
    role: '',
    options: decided.options
      ? decided.options
      : decided.kind === 'multi'
        ? guessMultiOptions(p.distinct, sep)
        : decided.kind === 'choice'
          ? choiceOptions(p.distinct)
          : [],
    origin: 'answers',
    hasOther: false,
  };
}

function fromProfile(
  p: Profile,
  title: string,
  sep: string,
): {kind: QuestionType; bounds?: [number, number]; options?: string[]} {
  if (p.answered === 0) return {kind: 'text'};
  if (p.dates * 10 >= p.answered * 9) return {kind: 'timestamp'};
  // Numbers with labelled ends ("Pas du tout", 2, 3, 4, "Tout à fait"), or
  // a scale written in words: ordered, never split at its ", ".
  if (
    !p.many &&
    p.distinct.size <= MAX_CHOICES &&
    p.personalInside === 0 &&
    !isCountHeader(title)
  ) {
    const keys = [...p.distinct.keys()];
    const ordered =
      p.numbers < p.answered
        ? (orderEndLabelled(keys) ?? scaleFromAnswers(p.distinct))
        : null;
    if (ordered) {
      return {kind: 'scale', bounds: [1, ordered.length], options: ordered};
    }
  }
  // A column of numbers, with at most one answer in ten that is not one
  // (those become anomalies).
  if (p.numbers * 10 >= p.answered * 9) {
    const allIntegers = p.integers === p.numbers;
    if (isRecommendHeader(title) && allIntegers && p.min >= 0 && p.max <= 10) {
      return {kind: 'nps', bounds: [0, 10]};
    }
    if (isCountHeader(title) || !allIntegers) return {kind: 'number'};
    const bounds = scaleBounds(p.min, p.max);
    return bounds ? {kind: 'scale', bounds} : {kind: 'number'};
  }
  // A count question ("Nombre de…") with some text typed in it is still a
  // number question: the text becomes anomalies.
  if (isCountHeader(title) && p.numbers * 2 >= p.answered)
    return {kind: 'number'};
  // Options are shown as they are: an answer carrying an e-mail or a phone
  // number makes the column free text (masked), never a choice.
  if (p.many || p.personalInside > 0) return {kind: 'text'};
  if (p.withSep > 0 && looksMulti(p.distinct, sep)) return {kind: 'multi'};
  const distinct = p.distinct.size;
  if (
    distinct <= MAX_CHOICES &&
    p.maxLength <= 100 &&
    distinct * 5 <= p.answered * 3
  ) {
    return {kind: 'choice'};
  }
  return {kind: 'text'};
}

/**
 * A column whose answers hold the separator is a checkbox question when its
 * pieces also come alone (people who ticked one option) or when there are
 * more distinct answers than pieces (combinations); a single choice whose
 * options hold a comma ("Oui, avant") has neither.
 */
function looksMulti(distinct: Map<string, number>, sep: string): boolean {
  const options = guessMultiOptions(distinct, sep);
  if (options.length > MAX_CHOICES) return false;
  if (distinct.size > options.length) return true;
  const trimmedSep = sep.trim();
  const pieces = new Set<string>();
  for (const k of distinct.keys()) {
    if (!k.includes(trimmedSep)) continue;
    for (const t of splitMulti(k, sep, options)) pieces.add(t);
  }
  let alone = 0;
  for (const t of pieces) if (distinct.has(t)) alone++;
  return alone * 2 >= pieces.size;
}

/** Options of a choice or checkbox column from its answers (most frequent first). */
function optionsFromAnswers(
  rows: readonly (readonly unknown[])[],
  index: number,
  sep: string,
  kind: QuestionType,
): string[] {
  if (kind !== 'choice' && kind !== 'multi') return [];
  const values: string[] = [];
  for (const r of rows) {
    const v = r[index];
    if (v === '' || v === null || v === undefined) continue;
    const s = String(v).trim();
    if (s) values.push(s);
  }
  if (kind === 'multi') return guessMultiOptions(values, sep);
  const freq = new Map<string, number>();
  for (const v of values) freq.set(v, (freq.get(v) ?? 0) + 1);
  return choiceOptions(freq);
}

/**
 * Options of a single-choice column from its answers: most frequent first,
 * one per spelling ignoring case ("grenoble" counts under "Grenoble"), the
 * "Autre : …" answers left out (they are counted as "Autre").
 */
function choiceOptions(freq: Map<string, number>): string[] {
  const seen = new Set<string>();
  return [...freq.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([v]) => v)
    .filter(v => {
      const l = v.toLowerCase();
      if (isOtherAnswer(v) || seen.has(l)) return false;
      seen.add(l);
      return true;
    });
}

const ROLE_RULES: {
  role: ColumnRole;
  test: RegExp;
  not?: RegExp;
  kinds: QuestionType[];
}[] = [
  {
    role: 'session',
    test: /\b(seances?|animations?|ateliers?|sessions?|activites?|workshops?)\b/,
    not: /\b(duree|length|qualite|quality|note[sz]?|rate)\b/,
    kinds: ['choice'],
  },
  {
    role: 'commune',
    test: /\b(communes?|villes?|town|city|municipality)\b/,
    not: /\b(autres|other|nombre|number)\b/,
    kinds: ['choice', 'text'],
  },
  {
    role: 'age',
    test: /\b(age|tranche d age|age band|age group|ages)\b/,
    // "Le contenu était-il adapté à l'âge des élèves ?" is an opinion.
    not: /\b(adapte|adaptee|adapted|suited|contenu|content|niveau)\b/,
    kinds: ['choice'],
  },
  {
    role: 'structure',
    test: /\b(structure|organisme|organisation|organization)\b/,
    not: /\b(type|kind|genre)\b/,
    kinds: ['text', 'choice'],
  },
  {
    role: 'pupils',
    test: /\b(eleves?|pupils?|scolaires?|students?)\b/,
    kinds: ['number'],
  },
  {role: 'classes', test: /\bclasses?\b/, kinds: ['number']},
  {
    role: 'visitors',
    test: /\b(visiteurs?|visitors?|personnes accueillies|public accueilli|participants?|frequentation|attendance)\b/,
    kinds: ['number'],
  },
  {role: 'satisfaction', test: /\bsatisf/, kinds: ['scale']},
];

/**
 * Gives the usual roles to the columns of one sheet that have none yet: the
 * first column matching each role's words (and kind) gets it.
 */
export function assignRoles(specs: ColumnSpec[]): void {
  const taken = new Set<ColumnRole>(specs.map(s => s.role));
  const keys = specs.map(s => normalizeKey(s.title));
  for (const rule of ROLE_RULES) {
    if (taken.has(rule.role)) continue;
    const i = specs.findIndex(
      (s, j) =>
        s.origin !== 'params' &&
        s.role === '' &&
        rule.kinds.includes(s.kind) &&
        rule.test.test(keys[j]) &&
        !(rule.not && rule.not.test(keys[j])),
    );
    if (i >= 0) {
      specs[i].role = rule.role;
      taken.add(rule.role);
    }
  }
}
