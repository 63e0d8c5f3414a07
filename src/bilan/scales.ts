/**
 * Scales written in words: real questionnaires export ordered answers as
 * words ("Pas du tout d'accord … Tout à fait d'accord", "Very dissatisfied …
 * Very satisfied", "Jamais … Toujours"), or as numbers whose two ends carry a
 * label ("Pas du tout", 2, 3, 4, "Tout à fait"). This module recognises them
 * and puts their labels in order, lowest first (rank 1). Pure.
 *
 * Each family lists its labels (compared without case, accents, punctuation,
 * and without the inclusive endings of "satisfait(e)", "satisfait·e") with a
 * position: only the order of the positions matters, so a four-point and a
 * seven-point version of a family share one list.
 */
import {maxOf, minOf} from '../shared/arrays';
import {normalizeKey} from '../gas/table';
import {parseNumber} from './text';

type Family = [number, string[]][];

const AGREE_FR: Family = [
  [
    -3,
    [
      'pas du tout d accord',
      'tout a fait en desaccord',
      'totalement en desaccord',
      'fortement en desaccord',
      'absolument pas d accord',
    ],
  ],
  [-2, ['pas d accord', 'en desaccord', 'desaccord']],
  [-1, ['plutot pas d accord', 'plutot en desaccord', 'pas vraiment d accord']],
  [
    0,
    [
      'ni d accord ni pas d accord',
      'ni d accord ni en desaccord',
      'ni en accord ni en desaccord',
    ],
  ],
  [1, ['plutot d accord', 'assez d accord']],
  [2, ['d accord']],
  [
    3,
    [
      'tout a fait d accord',
      'totalement d accord',
      'fortement d accord',
      'entierement d accord',
      'completement d accord',
    ],
  ],
];

const AGREE_EN: Family = [
  [-3, ['strongly disagree', 'completely disagree', 'totally disagree']],
  [-2, ['disagree']],
  [
    -1,
    [
      'somewhat disagree',
      'slightly disagree',
      'tend to disagree',
      'mostly disagree',
    ],
  ],
  [0, ['neither agree nor disagree', 'neither agree or disagree']],
  [1, ['somewhat agree', 'slightly agree', 'tend to agree', 'mostly agree']],
  [2, ['agree']],
  [3, ['strongly agree', 'completely agree', 'totally agree']],
];

const SATISFIED_FR: Family = [
  [
    -3,
    [
      'pas du tout satisfait',
      'tres insatisfait',
      'tres mecontent',
      'pas satisfait du tout',
    ],
  ],
  [-2, ['pas satisfait', 'insatisfait', 'mecontent']],
  [-1.5, ['peu satisfait']],
  [
    -1,
    ['plutot pas satisfait', 'plutot insatisfait', 'pas vraiment satisfait'],
  ],
  [
    0,
    [
      'moyennement satisfait',
      'ni satisfait ni insatisfait',
      'ni satisfait ni mecontent',
    ],
  ],
  [1, ['plutot satisfait', 'assez satisfait']],
  [2, ['satisfait', 'content']],
  [
    3,
    [
      'tres satisfait',
      'tout a fait satisfait',
      'totalement satisfait',
      'pleinement satisfait',
      'tres content',
    ],
  ],
  [3.5, ['extremement satisfait']],
];

const SATISFIED_EN: Family = [
  [-3, ['very dissatisfied', 'not at all satisfied', 'very unsatisfied']],
  [-2, ['dissatisfied', 'unsatisfied', 'not satisfied']],
  [-1.5, ['not very satisfied']],
  [-1, ['somewhat dissatisfied', 'slightly dissatisfied']],
  [
    0,
    ['neither satisfied nor dissatisfied', 'neither satisfied or dissatisfied'],
  ],
  [1, ['somewhat satisfied', 'slightly satisfied', 'fairly satisfied']],
  [2, ['satisfied']],
  [3, ['very satisfied', 'completely satisfied']],
  [3.5, ['extremely satisfied']],
];

const EASY_FR: Family = [
  [-3, ['tres difficile', 'tres complique']],
  [-2, ['difficile', 'complique']],
  [-1, ['plutot difficile', 'assez difficile', 'plutot complique']],
  [
    0,
    ['ni facile ni difficile', 'moyennement facile', 'moyennement difficile'],
  ],
  [1, ['plutot facile', 'assez facile', 'plutot simple']],
  [2, ['facile', 'simple']],
  [3, ['tres facile', 'tres simple']],
];

const EASY_EN: Family = [
  [-3, ['very difficult', 'very hard']],
  [-2, ['difficult', 'hard']],
  [-1, ['somewhat difficult', 'fairly difficult', 'rather difficult']],
  [0, ['neither easy nor difficult', 'neither easy nor hard']],
  [1, ['somewhat easy', 'fairly easy', 'rather easy']],
  [2, ['easy']],
  [3, ['very easy']],
];

const INTEREST_FR: Family = [
  [-3, ['pas du tout interessant', 'sans aucun interet']],
  [-2, ['pas interessant', 'sans interet']],
  [-1.5, ['peu interessant']],
  [-1, ['plutot pas interessant', 'pas tres interessant']],
  [0, ['moyennement interessant']],
  [1, ['plutot interessant', 'assez interessant']],
  [2, ['interessant']],
  [3, ['tres interessant', 'passionnant']],
  [3.5, ['extremement interessant']],
];

const INTEREST_EN: Family = [
  [-3, ['not at all interesting']],
  [-2, ['not interesting', 'uninteresting']],
  [-1.5, ['not very interesting']],
  [-1, ['slightly interesting']],
  [0, ['moderately interesting', 'somewhat interesting']],
  [1, ['fairly interesting', 'interesting']],
  [2, ['very interesting']],
  [3, ['extremely interesting']],
];

const FREQUENCY_FR: Family = [
  [0, ['jamais']],
  [0.5, ['presque jamais', 'quasiment jamais']],
  [1, ['rarement']],
  [2, ['parfois', 'de temps en temps', 'occasionnellement', 'quelquefois']],
  [3, ['souvent', 'frequemment']],
  [3.5, ['tres souvent']],
  [3.7, ['presque toujours', 'quasiment toujours']],
  [4, ['toujours']],
];

const FREQUENCY_EN: Family = [
  [0, ['never']],
  [0.5, ['almost never', 'hardly ever']],
  [1, ['rarely', 'seldom']],
  [2, ['sometimes', 'occasionally']],
  [3, ['often', 'frequently']],
  [3.5, ['very often']],
  [3.7, ['almost always', 'usually']],
  [4, ['always']],
];

const AMOUNT_FR: Family = [
  [0, ['pas du tout', 'non pas du tout']],
  [1, ['un peu', 'peu', 'non plutot pas', 'plutot pas']],
  [2, ['moyennement', 'oui un peu']],
  [2.5, ['assez', 'plutot', 'oui plutot']],
  [3, ['beaucoup', 'oui beaucoup']],
  [4, ['enormement', 'tout a fait', 'totalement', 'oui tout a fait']],
];

const AMOUNT_EN: Family = [
  [0, ['not at all']],
  [1, ['a little', 'slightly', 'a bit']],
  [2, ['somewhat', 'moderately']],
  [3, ['very much', 'a lot', 'quite a lot']],
  [4, ['extremely', 'completely']],
];

const FAMILIES: Family[] = [
  AGREE_FR,
  AGREE_EN,
  SATISFIED_FR,
  SATISFIED_EN,
  EASY_FR,
  EASY_EN,
  INTEREST_FR,
  INTEREST_EN,
  FREQUENCY_FR,
  FREQUENCY_EN,
  AMOUNT_FR,
  AMOUNT_EN,
];

/**
 * A label as the lexicon compares it: no case, accents or punctuation, the
 * inclusive endings dropped ("satisfait(e)", "satisfait·e", "satisfaite" →
 * "satisfait"), no leading number ("1 - Pas du tout d'accord").
 */
export function scaleKey(label: string): string {
  return normalizeKey(label)
    .replace(/^\d+\s+/, '')
    .replace(
      /\b(satisfait|insatisfait|mecontent|content|interesse)(?: es| e|es|e|s)?\b/g,
      '$1',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

const POSITIONS: Map<string, number>[] = FAMILIES.map(family => {
  const m = new Map<string, number>();
  for (const [pos, labels] of family) for (const l of labels) m.set(l, pos);
  return m;
});

/**
 * The labels in scale order (lowest first) when every label belongs to one
 * family and they hold at least three distinct positions; else null.
 */
export function orderWordScale(labels: readonly string[]): string[] | null {
  const distinct = [...new Set(labels.map(l => l.trim()).filter(l => l))];
  if (distinct.length < 3) return null;
  const keys = distinct.map(scaleKey);
  for (const positions of POSITIONS) {
    const pos = keys.map(k => positions.get(k));
    if (pos.some(p => p === undefined)) continue;
    if (new Set(pos).size !== distinct.length) continue;
    return distinct
      .map((label, i) => ({label, pos: pos[i]!}))
      .sort((a, b) => a.pos - b.pos)
      .map(x => x.label);
  }
  return null;
}

/** A label that names the bottom of a scale (negative in its family, or an absolute low). */
const LOW =
  /^(pas du tout|jamais|aucun|aucune|nul|nulle|tres mauvais|tres insatisfait|pas satisfait|pas d accord|tres difficile|not at all|never|none|very poor|very bad|very dissatisfied|strongly disagree|very difficult|tres peu|pas interessant|pas du tout \w+)/;
const HIGH =
  /^(tout a fait|totalement|toujours|excellent|excellente|tres satisfait|tres bien|parfait|parfaitement|enormement|extremement|completely|always|extremely|excellent|very satisfied|strongly agree|very good|very much|tres interessant|tres facile|very easy|absolument)/;

/** -1 for a bottom label, +1 for a top one, 0 when it cannot tell. */
function polarity(label: string): number {
  const key = scaleKey(label);
  for (const positions of POSITIONS) {
    const p = positions.get(key);
    if (p === undefined) continue;
    const all = [...positions.values()];
    const mid = (minOf(all) + maxOf(all)) / 2;
    if (p < mid) return -1;
    if (p > mid) return 1;
  }
  if (LOW.test(key)) return -1;
  if (HIGH.test(key)) return 1;
  return 0;
}

/**
 * A numeric scale whose two ends carry a label: the answers are whole
 * numbers and one or two words, one naming the bottom and one the top
 * ("Pas du tout", 2, 3, 4, "Tout à fait"). Returns the labels in order
 * (words at the ends, the numbers between them as text), or null.
 */
export function orderEndLabelled(labels: readonly string[]): string[] | null {
  const distinct = [...new Set(labels.map(l => l.trim()).filter(l => l))];
  const numbers: number[] = [];
  const words: string[] = [];
  for (const l of distinct) {
    const n = parseNumber(l);
    if (n !== null) {
      if (!Number.isInteger(n) || n < 0 || n > 10) return null;
      numbers.push(n);
    } else words.push(l);
  }
  if (numbers.length === 0 || words.length === 0 || words.length > 2) {
    return null;
  }
  if (numbers.length + words.length < 3) return null;
  const lo = minOf(numbers);
  const hi = maxOf(numbers);
  if (hi - lo > 9) return null;
  const middle: string[] = [];
  for (let n = lo; n <= hi; n++) middle.push(String(n));
  const pol = words.map(polarity);
  if (words.length === 2) {
    if (pol[0] === pol[1]) return null;
    const [low, high] = pol[0] < pol[1] ? words : [words[1], words[0]];
    // The bottom label stands for lo − 1 (or 0/1), the top one for hi + 1.
    if (lo < 1) return null;
    return [low, ...middle, high];
  }
  if (pol[0] < 0) return lo >= 1 ? [words[0], ...middle] : null;
  if (pol[0] > 0) return [...middle, words[0]];
  return null;
}

/** The scale order of a question's labels (words, or numbers with labelled ends), or null. */
export function orderScale(labels: readonly string[]): string[] | null {
  return orderWordScale(labels) ?? orderEndLabelled(labels);
}

/** Lookup of an answer's rank (1-based) in an ordered label list. */
export function rankLookup(
  labels: readonly string[],
): (answer: string) => number | undefined {
  const byText = new Map<string, number>();
  const byKey = new Map<string, number>();
  labels.forEach((l, i) => {
    byText.set(l.trim(), i + 1);
    const k = scaleKey(l);
    if (!byKey.has(k)) byKey.set(k, i + 1);
    const n = parseNumber(l);
    if (n !== null) byText.set(String(n), i + 1);
  });
  return answer => {
    const s = answer.trim();
    const hit = byText.get(s);
    if (hit !== undefined) return hit;
    const n = parseNumber(s);
    if (n !== null && byText.has(String(n))) return byText.get(String(n));
    return byKey.get(scaleKey(s));
  };
}

/**
 * The scale of a column from its answers (answer → count): every answer on
 * one scale, or nearly (at most one answer in five off it: "Sans opinion",
 * a typo — those become anomalies). Spellings that differ only in case or
 * accents are one label, written as most people wrote it.
 */
export function scaleFromAnswers(
  answers: ReadonlyMap<string, number>,
): string[] | null {
  const byKey = new Map<string, {label: string; count: number; best: number}>();
  let total = 0;
  for (const [label, count] of answers) {
    total += count;
    const key = scaleKey(label);
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, {label, count, best: count});
    else {
      seen.count += count;
      if (count > seen.best) {
        seen.best = count;
        seen.label = label;
      }
    }
  }
  const labels = [...byKey.values()];
  const whole = orderScale(labels.map(l => l.label));
  if (whole) return whole;
  // Nearly all: the labels of one family, the rest few.
  let best: string[] | null = null;
  let bestCount = 0;
  for (const positions of POSITIONS) {
    const on = labels.filter(l => positions.has(scaleKey(l.label)));
    const count = on.reduce((n, l) => n + l.count, 0);
    if (count > bestCount) {
      const ordered = orderWordScale(on.map(l => l.label));
      if (ordered) {
        best = ordered;
        bestCount = count;
      }
    }
  }
  return best && bestCount * 5 >= total * 4 ? best : null;
}
