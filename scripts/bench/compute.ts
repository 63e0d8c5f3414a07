/**
 * Compute bench: the bilan's statistics (per-question figures and cross-tabs
 * by session, commune and age band) on 100,000 answers × 20 questions, timed
 * against the same figures computed with the arquero data library and
 * against a floor that only reads every cell once. Medians of several runs.
 */
import {computeBilan} from '../../src/bilan';
import {COMMUNES} from '../../src/generated/communes';
import type {BilanResult} from '../../src/model/bilan';
import {mulberry32} from '../sample/prng';
import {medianMs, round} from './stats';

const SESSIONS = 500;
const COMMUNE_NAMES = COMMUNES.slice(0, 94).map(c => c.nom);
const AGES = [
  'Moins de 12 ans',
  '12-17 ans',
  '18-25 ans',
  '26-40 ans',
  '41-60 ans',
  'Plus de 60 ans',
];
const CAME = ['Seul·e', 'En famille', 'Entre amis', 'Avec l’école', 'Autre'];
const HEARD = [
  'Affiche',
  'Site internet',
  'Réseaux sociaux',
  'Bouche-à-oreille',
  'Presse',
  'École',
];
const LENGTH = ['Trop courte', 'Adaptée', 'Trop longue'];
const YESNO = ['Oui', 'Non'];

/** Column kinds of the bench table, in order (20 questions). */
const COLUMNS: {
  title: string;
  kind: 'ts' | 'choice' | 'multi' | 'scale5' | 'nps' | 'text';
  values?: string[];
}[] = [
  {title: 'Horodateur', kind: 'ts'},
  {title: 'Quelle animation avez-vous suivie ?', kind: 'choice'},
  {title: 'Votre commune', kind: 'choice', values: COMMUNE_NAMES},
  {title: 'Votre tranche d’âge', kind: 'choice', values: AGES},
  {title: 'Avec qui êtes-vous venu·e ?', kind: 'choice', values: CAME},
  {
    title: 'Comment en avez-vous entendu parler ?',
    kind: 'multi',
    values: HEARD,
  },
  {title: 'Globalement, êtes-vous satisfait·e ?', kind: 'scale5'},
  {title: 'Qualité des explications', kind: 'scale5'},
  {title: 'Durée de l’animation', kind: 'choice', values: LENGTH},
  {
    title: 'Recommanderiez-vous la Fête de la science à un ami ? (0 à 10)',
    kind: 'nps',
  },
  {
    title: 'Est-ce votre première participation ?',
    kind: 'choice',
    values: YESNO,
  },
  {title: 'Intérêt du thème', kind: 'scale5'},
  {title: 'Accueil sur place', kind: 'scale5'},
  {title: 'Accessibilité du lieu', kind: 'scale5'},
  {title: 'Interactivité', kind: 'scale5'},
  {title: 'Adapté aux enfants', kind: 'scale5'},
  {title: 'Envie d’en savoir plus', kind: 'scale5'},
  {title: 'Reviendrez-vous l’an prochain ?', kind: 'choice', values: YESNO},
  {title: 'Horaires pratiques', kind: 'scale5'},
  {title: 'Vos commentaires', kind: 'text'},
];

export function benchTable(rows: number, seed = 7): unknown[][] {
  const rnd = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T =>
    list[Math.floor(rnd() * list.length)];
  const sessions = Array.from(
    {length: SESSIONS},
    (_, i) => `Animation ${i + 1}`,
  );
  const table: unknown[][] = [COLUMNS.map(c => c.title)];
  const start = Date.UTC(2026, 9, 3, 8);
  for (let r = 0; r < rows; r++) {
    const row: unknown[] = [];
    for (const c of COLUMNS) {
      switch (c.kind) {
        case 'ts':
          row.push(new Date(start + r * 60000));
          break;
        case 'choice':
          row.push(pick(c.values ?? sessions));
          break;
        case 'multi':
          row.push(
            c.values!.filter(() => rnd() < 0.35).join(', ') || c.values![0],
          );
          break;
        case 'scale5':
          row.push(rnd() < 0.05 ? '' : 1 + Math.floor(rnd() * 5));
          break;
        case 'nps':
          row.push(Math.floor(rnd() * 11));
          break;
        case 'text':
          row.push(rnd() < 0.2 ? `Très bien, merci ${r % 97}` : '');
          break;
      }
    }
    table.push(row);
  }
  return table;
}

function ours(table: unknown[][]): BilanResult {
  return computeBilan({
    sheets: [
      {
        name: 'Réponses au formulaire 1',
        formUrl: 'https://docs.google.com/forms/d/bench/edit',
        values: table,
        format: 'sheet',
      },
    ],
    params: [],
    tracker: null,
    k: 5,
    now: new Date(Date.UTC(2026, 10, 1)),
    communes: COMMUNES,
  });
}

/** Reads every cell once: the least any aggregation must do. */
function floor(table: unknown[][]): number {
  let n = 0;
  for (let r = 1; r < table.length; r++) {
    const row = table[r];
    for (let c = 0; c < row.length; c++) if (row[c] !== '') n++;
  }
  return n;
}

type ArqueroModule = typeof import('arquero');

/** The same figures with arquero: per-question counts, means, medians, NPS, multi options, cross-tabs. */
function withArquero(aq: ArqueroModule, table: unknown[][]): number {
  const headers = table[0] as string[];
  const data: Record<string, unknown[]> = {};
  headers.forEach((_h, i) => (data[`c${i}`] = table.slice(1).map(r => r[i])));
  const dt = aq.table(data);
  let checksum = 0;
  const segments = ['c1', 'c2', 'c3'];
  COLUMNS.forEach((col, i) => {
    const name = `c${i}`;
    if (col.kind === 'ts' || col.kind === 'text') {
      checksum += dt
        .filter(aq.escape((d: Record<string, unknown>) => d[name] !== ''))
        .numRows();
      return;
    }
    if (col.kind === 'multi') {
      const exploded = dt
        .derive({
          opt: aq.escape((d: Record<string, unknown>) =>
            String(d[name]).split(', '),
          ),
        })
        .unroll('opt')
        .groupby('opt')
        .count();
      checksum += exploded.numRows();
      return;
    }
    const answered = dt.filter(
      aq.escape((d: Record<string, unknown>) => d[name] !== ''),
    );
    const dist = answered.groupby(name).count();
    checksum += dist.numRows();
    if (col.kind === 'scale5' || col.kind === 'nps') {
      const s = answered
        .rollup({mean: aq.op.mean(name), median: aq.op.median(name)})
        .object() as {mean: number};
      checksum += s.mean;
      if (col.kind === 'nps') {
        const p = answered
          .filter(
            aq.escape((d: Record<string, unknown>) => (d[name] as number) >= 9),
          )
          .numRows();
        const det = answered
          .filter(
            aq.escape((d: Record<string, unknown>) => (d[name] as number) <= 6),
          )
          .numRows();
        checksum += p - det;
      }
    }
    // Cross-tabs of every non-segment question by each segment, cells under k suppressed.
    if (!segments.includes(name)) {
      for (const seg of segments) {
        const ct = answered
          .groupby(seg, name)
          .count()
          .filter(
            aq.escape((d: Record<string, unknown>) => (d.count as number) >= 5),
          );
        checksum += ct.numRows();
      }
    }
  });
  return checksum;
}

export interface ComputeFigures {
  answers: number;
  questions: number;
  oursMs: number;
  arqueroMs: number;
  floorMs: number;
  ratioToArquero: number;
  ratioToFloor: number;
  runs: number;
  crossTabs: number;
}

export async function measureCompute(
  rows = 100000,
  runs = 5,
): Promise<ComputeFigures> {
  const aq = (await import('arquero')) as ArqueroModule;
  const table = benchTable(rows);
  const result = ours(table);
  const oursMs = medianMs(() => ours(table), runs, 1);
  const arqueroMs = medianMs(() => withArquero(aq, table), runs, 1);
  const floorMs = medianMs(() => floor(table), runs, 2);
  return {
    answers: rows,
    questions: COLUMNS.length,
    oursMs: round(oursMs),
    arqueroMs: round(arqueroMs),
    floorMs: round(floorMs),
    ratioToArquero: round(oursMs / arqueroMs),
    ratioToFloor: round(oursMs / floorMs),
    runs,
    crossTabs: result.crossTabs.length,
  };
}

if (require.main === module) {
  void measureCompute(Number(process.argv[2] ?? 100000), 3).then(r =>
    console.log(r),
  );
}
