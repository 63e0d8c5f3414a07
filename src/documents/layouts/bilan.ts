/**
 * The bilan document: key figures, programme figures and questionnaire
 * statistics (tables and bar charts), cross-tabs with small groups shown as
 * "< k", a selection of comments (masked by the bilan already), the
 * organisers' figures, and a "Perspectives" section left for staff.
 */
import {t} from '../../i18n';
import {appendAll} from '../../shared/arrays';
import type {
  BilanResult,
  CrossTab,
  OrganiserFigures,
  QuestionStats,
} from '../../model/bilan';
import type {TrackerData} from '../../model/tracker';
import {barChart, MAX_BARS} from '../chart';
import {formatPercent, longDate} from '../format';
import {
  Block,
  DocModel,
  heading,
  list,
  pageBreak,
  paragraph,
  table,
} from '../model';
import {keyFiguresTable, titlePage} from './presentation';
import {LayoutContext, num} from './common';

/** Comments quoted per free-text question. */
export const MAX_COMMENTS = 8;
/** Longest comment quoted, in characters. */
const MAX_COMMENT_CHARS = 400;

const pct = (n: number, ctx: LayoutContext): string =>
  formatPercent(n, ctx.lang, 0);

/** Programme figures as indicator / value rows. */
export function programmeRows(
  bilan: BilanResult,
  ctx: LayoutContext,
): string[][] {
  const p = bilan.programme;
  const rows: string[][] = [];
  if (p) {
    rows.push(
      [t('documents.bilan.sessionsPlanned'), num(p.sessionsPlanned, ctx)],
      [t('documents.bilan.sessionsHeld'), num(p.sessionsHeld, ctx)],
      [t('documents.bilan.schoolSessions'), num(p.schoolSessions, ctx)],
      [
        t('documents.bilan.generalPublicSessions'),
        num(p.generalPublicSessions, ctx),
      ],
      [t('documents.bilan.registered'), num(p.registered, ctx)],
      [t('documents.bilan.attended'), num(p.attended, ctx)],
      [
        t('documents.bilan.communesReached'),
        t('documents.bilan.outOf', {
          count: num(p.communesReached, ctx),
          total: num(p.communesInDepartement, ctx),
        }),
      ],
      [t('documents.bilan.populationShare'), pct(p.populationShare, ctx)],
      [t('documents.bilan.structures'), num(p.structures, ctx)],
    );
  }
  rows.push([t('documents.bilan.responses'), num(bilan.responses, ctx)]);
  if (p && p.responseRate !== null) {
    rows.push([t('documents.bilan.responseRate'), pct(p.responseRate, ctx)]);
  }
  if (bilan.satisfaction !== null) {
    rows.push([
      t('documents.bilan.satisfaction'),
      num(bilan.satisfaction, ctx, 2),
    ]);
  }
  if (bilan.nps !== null) {
    rows.push([t('documents.bilan.nps'), num(bilan.nps, ctx, 0)]);
  }
  return rows;
}

/** Questions worth a table: closed questions with at least one answer. */
export function isCharted(q: QuestionStats): boolean {
  return (
    (q.type === 'scale' ||
      q.type === 'nps' ||
      q.type === 'choice' ||
      q.type === 'multi') &&
    q.answered > 0
  );
}

/** Distribution rows in a natural order: numeric answers ascending, else by count. */
export function distributionEntries(q: QuestionStats): [string, number][] {
  const entries = Object.entries(q.distribution);
  const numeric = entries.every(([k]) => k.trim() !== '' && !isNaN(Number(k)));
  return numeric
    ? entries.sort((a, b) => Number(a[0]) - Number(b[0]))
    : entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'fr'));
}

/** "12 réponses · moyenne 4,2 · médiane 4 · 80 % de 4–5". */
export function summaryLine(q: QuestionStats, ctx: LayoutContext): string {
  const parts = [t('documents.bilan.answered', {count: num(q.answered, ctx)})];
  if (q.mean !== null)
    parts.push(t('documents.bilan.mean', {value: num(q.mean, ctx, 2)}));
  if (q.median !== null)
    parts.push(t('documents.bilan.median', {value: num(q.median, ctx, 1)}));
  if (q.top2 !== null)
    parts.push(t('documents.bilan.top2', {value: pct(q.top2, ctx)}));
  if (q.nps)
    parts.push(
      t('documents.bilan.npsScore', {value: num(q.nps.score, ctx, 0)}),
    );
  return parts.join(' · ');
}

/** Answers the chart font can draw under their bar: short numbers (scales, NPS). */
function drawable(answers: readonly string[]): boolean {
  return answers.every(a => /^-?\d{1,3}$/.test(a.trim()));
}

export function questionBlocks(q: QuestionStats, ctx: LayoutContext): Block[] {
  const entries = distributionEntries(q);
  const answers = entries.map(e => e[0]);
  // Numeric answers label their own bars; words get a row number, drawn under the bar too.
  const numbered = !drawable(answers);
  const blocks: Block[] = [heading(3, q.title), paragraph(summaryLine(q, ctx))];
  const header = [
    t('documents.col.answer'),
    t('documents.col.count'),
    t('documents.col.share'),
  ];
  // For multiple choice the base is respondents, so shares may add to more than 100 %.
  blocks.push(
    table(
      numbered ? ['#', ...header] : header,
      entries.map(([answer, count], i) => {
        const row = [
          answer,
          num(count, ctx),
          // The bilan's own share when it gives one (same base as its tab).
          pct(
            q.percentages?.[answer] ??
              (q.answered ? (100 * count) / q.answered : 0),
            ctx,
          ),
        ];
        return numbered ? [String(i + 1), ...row] : row;
      }),
    ),
  );
  if (q.nps) {
    blocks.push(
      table(
        [t('documents.bilan.npsGroup'), t('documents.col.count')],
        [
          [t('documents.bilan.promoters'), num(q.nps.promoters, ctx)],
          [t('documents.bilan.passives'), num(q.nps.passives, ctx)],
          [t('documents.bilan.detractors'), num(q.nps.detractors, ctx)],
        ],
      ),
    );
  }
  if (entries.length > 0) {
    const chart = barChart(
      entries.map(e => e[1]),
      numbered ? undefined : answers.map(a => a.trim()),
    );
    const caption =
      entries.length > MAX_BARS
        ? t('documents.bilan.chartCaptionCut', {
            question: q.title,
            max: MAX_BARS,
          })
        : numbered
          ? t('documents.bilan.chartCaption', {question: q.title})
          : t('documents.bilan.chartCaptionPlain', {question: q.title});
    blocks.push({
      type: 'image',
      png: chart.png,
      width: chart.width,
      height: chart.height,
      alt: caption,
    });
  }
  return blocks;
}

/**
 * A cross-tab: rows are segment values, columns answers, with their totals
 * (shown cells only) and the group's mean when the bilan gives one. A cell,
 * a group's total or mean built from fewer than k answers reads "< k".
 */
export function crossTabBlocks(ct: CrossTab, ctx: LayoutContext): Block[] {
  const small = `< ${ct.k}`;
  const suppressed = new Set(ct.suppressed);
  const hasMeans =
    Array.isArray(ct.rowMeans) && ct.rowMeans.some(m => m !== null);
  const hasTotals =
    Array.isArray(ct.rowTotals) && ct.rowTotals.length === ct.rows.length;
  const header = [ct.segment, ...ct.columns];
  if (hasTotals) header.push(t('documents.total'));
  if (hasMeans) header.push(t('documents.bilan.meanShort'));
  const rows = ct.rows.map((segment, i) => {
    const hidden = suppressed.has(segment);
    const row = [
      segment,
      ...ct.columns.map((_, j) => {
        const cell = ct.cells[i]?.[j];
        return hidden || !cell || cell.count === null
          ? small
          : num(cell.count, ctx);
      }),
    ];
    if (hasTotals) row.push(hidden ? small : num(ct.rowTotals[i] ?? 0, ctx));
    if (hasMeans) {
      const mean = ct.rowMeans?.[i] ?? null;
      row.push(hidden || mean === null ? small : num(mean, ctx, 2));
    }
    return row;
  });
  const withTotal =
    hasTotals &&
    Array.isArray(ct.columnTotals) &&
    ct.columnTotals.length === ct.columns.length;
  if (withTotal) {
    const shown = ct.rows.reduce(
      (n, segment, i) =>
        n + (suppressed.has(segment) ? 0 : (ct.rowTotals[i] ?? 0)),
      0,
    );
    const total = [
      t('documents.total'),
      ...ct.columnTotals.map(v => num(v, ctx)),
      num(shown, ctx),
    ];
    if (hasMeans) total.push('');
    rows.push(total);
  }
  return [
    heading(
      3,
      t('documents.bilan.crossTabTitle', {
        question: ct.question,
        segment: ct.segment,
      }),
    ),
    table(header, rows, withTotal),
    paragraph(t('documents.bilan.smallGroups', {k: ct.k}), {
      italic: true,
      fontSize: 9,
    }),
  ];
}

/** The comments quoted: non-empty, distinct, shortened, at most MAX_COMMENTS. */
export function selectComments(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of texts) {
    const text = String(raw ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    if (text.length < 3) continue;
    const key = text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(
      text.length > MAX_COMMENT_CHARS
        ? text.slice(0, MAX_COMMENT_CHARS - 1) + '…'
        : text,
    );
    if (out.length >= MAX_COMMENTS) break;
  }
  return out;
}

export function organiserBlocks(
  o: OrganiserFigures,
  ctx: LayoutContext,
): Block[] {
  const byName = (
    rows: OrganiserFigures['byStructure'],
    label: string,
  ): Block => {
    const sorted = [...rows].sort(
      (a, b) => b.visitors - a.visitors || a.name.localeCompare(b.name, 'fr'),
    );
    const total = sorted.reduce(
      (acc, r) => ({
        visitors: acc.visitors + r.visitors,
        pupils: acc.pupils + r.pupils,
        classes: acc.classes + r.classes,
      }),
      {visitors: 0, pupils: 0, classes: 0},
    );
    return table(
      [
        label,
        t('documents.bilan.visitors'),
        t('documents.bilan.pupils'),
        t('documents.bilan.classes'),
      ],
      [
        ...sorted.map(r => [
          r.name,
          num(r.visitors, ctx),
          num(r.pupils, ctx),
          num(r.classes, ctx),
        ]),
        [
          t('documents.total'),
          num(total.visitors, ctx),
          num(total.pupils, ctx),
          num(total.classes, ctx),
        ],
      ],
      true,
    );
  };
  const blocks: Block[] = [
    heading(1, t('documents.bilan.organisers')),
    table(
      [t('documents.col.indicator'), t('documents.col.value')],
      [
        [t('documents.bilan.reports'), num(o.reports, ctx)],
        [t('documents.bilan.visitors'), num(o.visitors, ctx)],
        [t('documents.bilan.pupils'), num(o.pupils, ctx)],
        [t('documents.bilan.classes'), num(o.classes, ctx)],
      ],
    ),
  ];
  if (o.byStructure.length) {
    blocks.push(
      heading(2, t('documents.bilan.byStructure')),
      byName(o.byStructure, t('documents.col.structure')),
    );
  }
  if (o.byCommune.length) {
    blocks.push(
      heading(2, t('documents.bilan.byCommune')),
      byName(o.byCommune, t('documents.col.commune')),
    );
  }
  return blocks;
}

export function bilanLayout(
  data: TrackerData,
  bilan: BilanResult,
  ctx: LayoutContext,
): DocModel {
  const blocks: Block[] = [
    ...titlePage(data, t('documents.bilan.subtitle'), ctx),
    paragraph(
      t('documents.bilan.generatedOn', {
        date: longDate(ctx.today, ctx.zone, ctx.lang),
      }),
      {italic: true},
      'center',
    ),
    pageBreak(),
    heading(1, t('documents.keyFigures')),
    keyFiguresTable(data, ctx),
    heading(1, t('documents.bilan.programmeFigures')),
    table(
      [t('documents.col.indicator'), t('documents.col.value')],
      programmeRows(bilan, ctx),
    ),
  ];

  const charted = bilan.questions.filter(isCharted);
  blocks.push(heading(1, t('documents.bilan.questionnaires')));
  if (charted.length === 0) {
    blocks.push(paragraph(t('documents.bilan.noAnswers'), {italic: true}));
  }
  const sources = [...new Set(charted.map(q => q.source))];
  for (const source of sources) {
    if (sources.length > 1) blocks.push(heading(2, source));
    for (const q of charted.filter(x => x.source === source)) {
      appendAll(blocks, questionBlocks(q, ctx));
    }
  }

  if (bilan.crossTabs.length) {
    blocks.push(heading(1, t('documents.bilan.crossTabs')));
    for (const ct of bilan.crossTabs)
      appendAll(blocks, crossTabBlocks(ct, ctx));
  }

  const commented = bilan.questions.filter(
    q => q.type === 'text' && q.texts && selectComments(q.texts).length,
  );
  if (commented.length) {
    blocks.push(heading(1, t('documents.bilan.comments')));
    for (const q of commented) {
      blocks.push(
        heading(3, q.title),
        list(selectComments(q.texts ?? []).map(c => `« ${c} »`)),
      );
    }
  }

  if (bilan.organisers)
    appendAll(blocks, organiserBlocks(bilan.organisers, ctx));

  if (bilan.anomalies.length) {
    blocks.push(
      paragraph(
        t('documents.bilan.anomalies', {count: bilan.anomalies.length}),
        {italic: true, fontSize: 9},
      ),
    );
  }

  blocks.push(
    pageBreak(),
    heading(1, t('documents.bilan.perspectives')),
    paragraph(t('documents.bilan.perspectivesHint'), {
      italic: true,
      color: '#5f6368',
    }),
  );
  return {kindLabel: t('documents.kindLabel.bilan'), blocks};
}
