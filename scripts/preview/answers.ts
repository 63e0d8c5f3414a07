/**
 * Turns the sample's semantic answers into what a respondent types in the form
 * the add-on actually built: each form item is recognised by words of its
 * title, and each canonical option is matched to the form's own choices (by
 * words, else by position). So the sample keeps working whatever the exact
 * wording of the question bank.
 */
import type {
  OrganiserReport,
  ProfessionalAnswer,
  PublicAnswer,
  SampleSession,
  TeacherAnswer,
} from '../sample/types';
import {
  ORGANISER_KINDS,
  AGE_BANDS,
  CAME_WITH,
  HEARD_OF,
  LENGTHS,
  PRO_STATUSES,
  SCHOOL_LEVELS,
} from '../sample/types';
import {ORGANISER_DIFFICULTIES} from '../sample/vocab';

export interface FormItemLike {
  title: string;
  /** Emulator item type: MULTIPLE_CHOICE, CHECKBOX, LIST, SCALE, TEXT, PARAGRAPH_TEXT, GRID, … */
  type: string;
  choices: string[];
  rows?: string[];
  columns?: string[];
  required?: boolean;
  lowerBound?: number;
  upperBound?: number;
}

export type FormAnswer = string | string[] | number | string[][];

export const norm = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The form's choice for a canonical option: same words, else the same position. */
export function matchChoice(
  choices: string[],
  canonical: string[],
  index: number,
): string {
  if (choices.length === 0) return canonical[index] ?? '';
  const want = norm(canonical[index] ?? '');
  const exact = choices.find(c => norm(c) === want);
  if (exact) return exact;
  const firstWord = want.split(' ').find(w => w.length > 3) ?? want;
  const near = choices.find(c => norm(c).includes(firstWord));
  if (near) return near;
  return choices[Math.min(index, choices.length - 1)];
}

/** Normalised choices of an item, computed once per item (5,000 answers × 500 sessions otherwise). */
const normalised = new WeakMap<FormItemLike, string[]>();
function normChoices(item: FormItemLike): string[] {
  let n = normalised.get(item);
  if (!n) {
    n = item.choices.map(norm);
    normalised.set(item, n);
  }
  return n;
}

function sessionChoice(
  item: FormItemLike,
  s: SampleSession | undefined,
  index: number,
): string {
  // Imported events (not the sample's): spread the answers over the form's sessions.
  if (!s)
    return item.choices.length ? item.choices[index % item.choices.length] : '';
  if (item.choices.length === 0) return s.title;
  const t = norm(s.title);
  const names = normChoices(item);
  const withTitle = item.choices.filter((_, k) => names[k].includes(t));
  if (withTitle.length > 0) {
    // Several sessions of one event: prefer the choice that names the date too ("03/10").
    const day = `${s.date.slice(8, 10)}/${s.date.slice(5, 7)}`;
    return (
      withTitle.find(c => c.includes(day) || c.includes(s.date)) ?? withTitle[0]
    );
  }
  return item.choices[index % item.choices.length];
}

const isChoice = (i: FormItemLike): boolean => i.choices.length > 0;
const yesNo = (item: FormItemLike, yes: boolean): string =>
  matchChoice(item.choices, ['Oui', 'Non'], yes ? 0 : 1);

function scale(item: FormItemLike, value: number, max = 5): number | string {
  const lo = item.lowerBound ?? (max === 10 ? 0 : 1);
  const hi = item.upperBound ?? max;
  const v = Math.max(
    lo,
    Math.min(
      hi,
      Math.round(
        lo +
          ((value - (max === 10 ? 0 : 1)) * (hi - lo)) / (max === 10 ? 10 : 4),
      ),
    ),
  );
  return isChoice(item)
    ? item.choices[Math.min(item.choices.length - 1, v - lo)]
    : v;
}

type Rule<A> = [RegExp, (a: A, item: FormItemLike) => FormAnswer | null];

function fill<A>(
  items: FormItemLike[],
  rules: Rule<A>[],
  answer: A,
): Record<string, FormAnswer> {
  const out: Record<string, FormAnswer> = {};
  for (const item of items) {
    const title = norm(item.title);
    const rule = rules.find(([re]) => re.test(title));
    let value = rule ? conform(item, rule[1](answer, item)) : null;
    if (value === null && item.required) value = fallback(item);
    if (value !== null && value !== '') out[item.title] = value;
  }
  return out;
}

/** A value the form accepts for that item, or null: a respondent cannot type outside the choices or the scale. */
export function conform(
  item: FormItemLike,
  value: FormAnswer | null,
): FormAnswer | null {
  if (value === null || value === '') return null;
  const type = item.type;
  if (/GRID/.test(type)) return Array.isArray(value) ? value : null;
  if (type === 'SCALE') {
    const lo = item.lowerBound ?? 1;
    const hi = item.upperBound ?? 5;
    const n = typeof value === 'number' ? value : Number(value);
    return isFinite(n) ? Math.max(lo, Math.min(hi, Math.round(n))) : null;
  }
  if (type === 'CHECKBOX') {
    const list = (Array.isArray(value) ? value : [value]).map(String);
    const ok = list.filter(v => item.choices.includes(v));
    return ok.length > 0 ? [...new Set(ok)] : null;
  }
  if (isChoice(item)) {
    const v = String(Array.isArray(value) ? value[0] : value);
    return item.choices.includes(v) ? v : matchChoice(item.choices, [v], 0);
  }
  return Array.isArray(value) ? value.join(', ') : String(value);
}

function fallback(item: FormItemLike): FormAnswer {
  if (item.type === 'GRID')
    return (item.rows ?? []).map(() => item.columns?.[0] ?? '');
  if (/GRID/.test(item.type))
    return (item.rows ?? []).map(() => [item.columns?.[0] ?? '']);
  if (/CHECKBOX/.test(item.type)) return [item.choices[0] ?? ''];
  if (isChoice(item)) return item.choices[0];
  if (/SCALE/.test(item.type)) return item.upperBound ?? 5;
  return '—';
}

const multi = (
  item: FormItemLike,
  canonical: string[],
  picked: number[],
): string[] => [
  ...new Set(picked.map(i => matchChoice(item.choices, canonical, i))),
];

export function publicForm(
  items: FormItemLike[],
  a: PublicAnswer,
  sessions: SampleSession[],
): Record<string, FormAnswer> {
  return fill<PublicAnswer>(
    items,
    [
      [/recommand/, (x, i) => scale(i, x.recommend, 10)],
      [/satisf/, (x, i) => scale(i, x.satisfaction)],
      [/explication/, (x, i) => scale(i, x.explanations)],
      [/connu|entendu|informe/, (x, i) => multi(i, HEARD_OF, x.heard)],
      [
        /commentaire|remarque|suggestion|souhaitez vous ajouter/,
        x => x.comment || null,
      ],
      [
        /animation|seance|session|creneau|activite|atelier/,
        (x, i) => sessionChoice(i, sessions[x.session], x.session),
      ],
      [
        /commune|ville|habitez|residence/,
        (x, i) =>
          isChoice(i) ? matchChoice(i.choices, [x.commune], 0) : x.commune,
      ],
      [
        /venu|accompagn|avec qui/,
        (x, i) => matchChoice(i.choices, CAME_WITH, x.came),
      ],
      [/\bage\b|tranche/, (x, i) => matchChoice(i.choices, AGE_BANDS, x.age)],
      [/duree|longueur/, (x, i) => matchChoice(i.choices, LENGTHS, x.length)],
      [/premiere|premier|1re/, (x, i) => yesNo(i, x.firstTime)],
      [/mail|telephone|nom et prenom|votre nom/, () => null],
    ],
    a,
  );
}

export function teacherForm(
  items: FormItemLike[],
  a: TeacherAnswer,
  sessions: SampleSession[],
): Record<string, FormAnswer> {
  return fill<TeacherAnswer>(
    items,
    [
      [/recommand/, (x, i) => scale(i, Math.min(10, x.satisfaction * 2), 10)],
      [/satisf/, (x, i) => scale(i, x.satisfaction)],
      [
        /adapte a l age|niveau de difficulte|contenu etait/,
        (x, i) =>
          matchChoice(
            i.choices,
            ['Trop simple', 'Adapté', 'Trop difficile'],
            x.curriculum >= 3 ? 1 : 2,
          ),
      ],
      [
        /prepare|prolonge/,
        (x, i) => (isChoice(i) ? i.choices[x.level % i.choices.length] : null),
      ],
      [
        /programme scolaire|programmes|pedagog|apprentissage|enseignement/,
        (x, i) => scale(i, x.curriculum),
      ],
      [/commentaire|remarque|suggestion/, x => x.comment || null],
      [
        /actifs|interesse|attentif|implique/,
        (x, i) => scale(i, x.satisfaction),
      ],
      [
        /animation|seance|session|creneau|activite|atelier/,
        (x, i) => sessionChoice(i, sessions[x.session], x.session),
      ],
      [
        /niveau|cycle/,
        (x, i) => matchChoice(i.choices, SCHOOL_LEVELS, x.level),
      ],
      [
        /eleves|effectif|nombre/,
        (x, i) => (isChoice(i) ? i.choices[0] : x.pupils),
      ],
      [/revenir|renouvel|nouveau|again/, (x, i) => yesNo(i, x.again)],
      [
        /commune/,
        (x, i) =>
          isChoice(i) ? null : (sessions[x.session]?.commune.nom ?? null),
      ],
      [/mail|telephone|nom/, () => null],
    ],
    a,
  );
}

export function organiserForm(
  items: FormItemLike[],
  a: OrganiserReport,
): Record<string, FormAnswer> {
  return fill<OrganiserReport>(
    items,
    [
      [
        /difficult/,
        (x, i) =>
          /CHECKBOX/.test(i.type)
            ? multi(i, ORGANISER_DIFFICULTIES, x.difficulties)
            : isChoice(i)
              ? matchChoice(
                  i.choices,
                  ORGANISER_DIFFICULTIES,
                  x.difficulties[0],
                )
              : ORGANISER_DIFFICULTIES[x.difficulties[0]],
      ],
      [/commentaire|remarque|suggestion/, x => x.comment || null],
      [
        /type de structure|categorie/,
        (x, i) => matchChoice(i.choices, ORGANISER_KINDS, x.kind),
      ],
      [/autres communes/, () => null],
      // Before the counts: "Commune principale de vos animations" names a
      // commune, not a number of sessions.
      [
        /commune/,
        (x, i) =>
          isChoice(i) ? matchChoice(i.choices, [x.commune], 0) : x.commune,
      ],
      [/classes/, x => x.classes],
      [/eleves|scolaires/, x => x.pupils],
      [/visiteurs|public accueilli|personnes|frequentation/, x => x.visitors],
      [/seances|animations|creneaux/, x => x.sessionsHeld],
      [
        /structure|organisme|organisateur/,
        (x, i) =>
          isChoice(i) ? matchChoice(i.choices, [x.structure], 0) : x.structure,
      ],
      [/mail|telephone|nom/, () => null],
    ],
    a,
  );
}

export function professionalForm(
  items: FormItemLike[],
  a: ProfessionalAnswer,
  sessions: SampleSession[],
): Record<string, FormAnswer> {
  return fill<ProfessionalAnswer>(
    items,
    [
      [/recommand/, (x, i) => scale(i, x.recommend, 10)],
      [
        /atelier|workshop/,
        (x, i) => {
          if (/GRID/.test(i.type) && i.rows && i.columns) {
            // One rating per workshop row; rows of workshops not attended stay empty.
            return i.rows.map((row, r) => {
              const k = sessions.findIndex(s =>
                norm(row).includes(norm(s.title)),
              );
              const rating = x.workshops[k >= 0 ? k : r];
              return rating
                ? i.columns![Math.min(i.columns!.length - 1, rating - 1)]
                : '';
            });
          }
          const first = Object.values(x.workshops)[0] ?? x.satisfaction;
          return /SCALE/.test(i.type)
            ? scale(i, first)
            : isChoice(i)
              ? i.choices[0]
              : null;
        },
      ],
      [/satisf/, (x, i) => scale(i, x.satisfaction)],
      [
        /organisation|accueil|logistique/,
        (x, i) => scale(i, Math.max(1, x.satisfaction - (x.status % 2))),
      ],
      [
        /reutilis|reinvest|retenez|reuse/,
        (x, i) =>
          /CHECKBOX/.test(i.type)
            ? [
                i.choices[x.status % i.choices.length],
                i.choices[(x.status + x.satisfaction) % i.choices.length],
              ]
            : x.reuse || null,
      ],
      [
        /statut|profil|vous etes|situation/,
        (x, i) => matchChoice(i.choices, PRO_STATUSES, x.status),
      ],
      [/commentaire|remarque|suggestion/, x => x.comment || null],
      [/mail|telephone|nom/, () => null],
    ],
    a,
  );
}
