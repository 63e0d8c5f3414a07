/**
 * The bilan document, in the order a reader expects: a one-page summary a
 * funder can read alone (key figures beside the previous edition's), the
 * programme in figures with their sources, the coverage of the territory,
 * then one section per audience (general public first, organisers last)
 * with each question's table and Google chart, the cross-tabs as the Bilan
 * tab shows them ("s" for a hidden cell) and a selection of comments, and
 * the "Perspectives" left for staff. A figure nobody gave reads "non
 * renseigné", never 0.
 */
import {t, MessageKey} from '../../i18n';
import {appendAll} from '../../shared/arrays';
import type {
  BilanAudience,
  BilanResult,
  CrossTab,
  OrganiserFigures,
  QuestionStats,
} from '../../model/bilan';
import type {TrackerData} from '../../model/tracker';
import {
  chartData,
  displayEntries,
  isChartable,
  keyFigureRows,
} from '../../bilan/display';
import {audienceLabel, orderedSources, restLabel} from '../../bilan/layout';
import {formatPercent, longDate, NNBSP} from '../format';
import {
  Block,
  DocModel,
  heading,
  pageBreak,
  paragraph,
  table,
  list,
} from '../model';
import {titlePage} from './presentation';
import {LayoutContext, num} from './common';

/** Comments quoted per free-text question. */
export const MAX_COMMENTS = 8;
/** Longest comment quoted, in characters. */
const MAX_COMMENT_CHARS = 400;
/** Rows of a per-session cross-tab quoted (the tab holds every session). */
export const SESSION_ROWS = 10;
/** Structures listed by name in the document (the tab holds them all). */
const STRUCTURE_ROWS = 20;
/** The white zones listed with their population (the most populous). */
const WHITE_ZONE_ROWS = 20;
/** Mark of a hidden cell (statistical secrecy), as in the Bilan tab. */
const HIDDEN = 's';

const pct = (n: number, ctx: LayoutContext, decimals = 0): string =>
  formatPercent(n, ctx.lang, decimals);

/** A figure, or "non renseigné" when no source gives it. */
function figure(
  v: number | null | undefined,
  ctx: LayoutContext,
  decimals = 1,
): string {
  return v === null || v === undefined
    ? t('documents.bilan.unknown')
    : num(v, ctx, decimals);
}

const signed = (v: number, ctx: LayoutContext, decimals = 1): string =>
  (v > 0 ? '+' : v < 0 ? '−' : '') + num(Math.abs(v), ctx, decimals);

/** The key figures beside the previous edition's, with the change. */
export function keyFiguresBlock(bilan: BilanResult, ctx: LayoutContext): Block {
  const edition = bilan.edition!;
  const previous = bilan.previous ?? null;
  const header = [t('documents.col.indicator'), edition.name];
  if (previous) header.push(previous.name, t('documents.bilan.change'));
  const rows = keyFigureRows(edition, previous).map(f => {
    const decimals = f.key === 'satisfaction' ? 2 : f.key === 'nps' ? 0 : 1;
    const row = [
      t(`bilan.key.${f.key}` as MessageKey),
      figure(f.current, ctx, decimals),
    ];
    if (previous) {
      row.push(figure(f.previous, ctx, decimals));
      row.push(
        f.change === null
          ? '—'
          : f.changePercent !== null
            ? `${signed(f.change, ctx, decimals)} (${signed(f.changePercent, ctx, 1)}${NNBSP}%)`
            : signed(f.change, ctx, decimals),
      );
    }
    return row;
  });
  return table(header, rows);
}

/** The summary's opening sentences (only the figures that are known). */
export function summaryParagraphs(
  bilan: BilanResult,
  ctx: LayoutContext,
): string[] {
  const out: string[] = [];
  const p = bilan.programme;
  if (p) {
    out.push(
      t('documents.bilan.summaryProgramme', {
        held: num(p.sessionsHeld, ctx),
        communes: num(p.communesReached, ctx),
        total: num(p.communesInDepartement, ctx),
        share: pct(p.populationShare, ctx, 1),
        structures: num(p.structures, ctx),
      }),
    );
    if (p.visitors !== null) {
      out.push(
        t('documents.bilan.summaryVisitors', {
          visitors: num(p.visitors, ctx),
          pupils: figure(p.pupils, ctx),
          source: t(
            `documents.bilan.source.${p.sources.visitors}` as MessageKey,
          ),
        }),
      );
    }
  }
  const parts: string[] = [
    t('documents.bilan.summaryResponses', {n: num(bilan.responses, ctx)}),
  ];
  if (bilan.satisfaction !== null) {
    const scale = bilan.edition?.satisfactionScale;
    parts.push(
      t('documents.bilan.summarySatisfaction', {
        value: num(bilan.satisfaction, ctx, 2),
        max: scale ? num(scale[1], ctx, 0) : '5',
      }),
    );
  }
  if (bilan.nps !== null) {
    parts.push(
      t('documents.bilan.summaryNps', {value: num(bilan.nps, ctx, 0)}),
    );
  }
  out.push(parts.join(' ; ') + '.');
  if (p && p.organiserResponseRate !== null) {
    out.push(
      t('documents.bilan.summaryReports', {
        reported: num(p.structuresReported, ctx),
        total: num(p.structures, ctx),
        rate: pct(p.organiserResponseRate, ctx),
      }),
    );
  }
  return out;
}

/** Programme figures as indicator / value / source rows. */
export function programmeRows(
  bilan: BilanResult,
  ctx: LayoutContext,
): string[][] {
  const p = bilan.programme;
  const rows: string[][] = [];
  const source = (key: string) =>
    t(`documents.bilan.source.${key}` as MessageKey);
  if (p) {
    rows.push(
      [
        t('documents.bilan.sessionsPlanned'),
        num(p.sessionsPlanned, ctx),
        source('tracker'),
      ],
      [
        t('documents.bilan.sessionsHeld'),
        num(p.sessionsHeld, ctx),
        source('heldRule'),
      ],
      [t('documents.bilan.sessionsUpcoming'), num(p.sessionsUpcoming, ctx), ''],
      [
        t('documents.bilan.sessionsCancelled'),
        num(p.sessionsCancelled, ctx),
        '',
      ],
      [t('documents.bilan.schoolSessions'), num(p.schoolSessions, ctx), ''],
      [
        t('documents.bilan.generalPublicSessions'),
        num(p.generalPublicSessions, ctx),
        '',
      ],
      [
        t('documents.bilan.attended'),
        p.sessionsWithAttendance > 0
          ? num(p.attended, ctx)
          : t('documents.bilan.unknown'),
        t('documents.bilan.attendedOn', {
          n: num(p.sessionsWithAttendance, ctx),
          total: num(p.sessionsHeld, ctx),
        }),
      ],
      [
        t('documents.bilan.visitors'),
        figure(p.visitors, ctx),
        source(p.sources.visitors),
      ],
      [
        t('documents.bilan.pupils'),
        figure(p.pupils, ctx),
        source(p.sources.pupils),
      ],
      [
        t('documents.bilan.classes'),
        figure(p.classes, ctx),
        source(p.sources.classes),
      ],
    );
    if (bilan.organisers) {
      rows.push([
        t('documents.bilan.organiserVisitors'),
        figure(bilan.organisers.visitors, ctx),
        source('organisers'),
      ]);
    }
    rows.push(
      [
        t('documents.bilan.communesReached'),
        t('documents.bilan.outOf', {
          count: num(p.communesReached, ctx),
          total: num(p.communesInDepartement, ctx),
        }),
        source('tracker'),
      ],
      [
        t('documents.bilan.populationShare'),
        pct(p.populationShare, ctx, 1),
        '',
      ],
      [
        t('documents.bilan.structures'),
        num(p.structures, ctx),
        source('tracker'),
      ],
      [
        t('documents.bilan.reports'),
        num(p.organiserReports, ctx),
        source('organisers'),
      ],
      [
        t('documents.bilan.organiserResponseRate'),
        p.organiserResponseRate === null
          ? t('documents.bilan.unknown')
          : pct(p.organiserResponseRate, ctx),
        '',
      ],
    );
  }
  rows.push([t('documents.bilan.responses'), num(bilan.responses, ctx), '']);
  if (p && p.responseRate !== null) {
    rows.push([
      t('documents.bilan.responseRate'),
      pct(p.responseRate, ctx, 1),
      '',
    ]);
  }
  return rows;
}

function programmeBlocks(bilan: BilanResult, ctx: LayoutContext): Block[] {
  const blocks: Block[] = [
    heading(1, t('documents.bilan.programmeFigures')),
    table(
      [
        t('documents.col.indicator'),
        t('documents.col.value'),
        t('documents.bilan.sourceCol'),
      ],
      programmeRows(bilan, ctx),
    ),
  ];
  const p = bilan.programme;
  if (!p) return blocks;
  if (p.disagreements.length > 0) {
    blocks.push(
      heading(2, t('documents.bilan.disagreements')),
      paragraph(t('documents.bilan.disagreementsHint')),
      table(
        [
          t('documents.col.structure'),
          t('documents.bilan.figureCol'),
          t('documents.bilan.source.programme'),
          t('documents.bilan.source.organisers'),
        ],
        p.disagreements
          .slice(0, STRUCTURE_ROWS)
          .map(d => [
            d.structure,
            t(`documents.bilan.${d.figure}` as MessageKey),
            num(d.programme, ctx),
            num(d.organisers, ctx),
          ]),
      ),
    );
    if (p.disagreements.length > STRUCTURE_ROWS) {
      blocks.push(
        paragraph(
          t('documents.bilan.more', {
            n: p.disagreements.length - STRUCTURE_ROWS,
            tab: t('bilan.tab.structures'),
          }),
          {italic: true, fontSize: 9},
        ),
      );
    }
  }
  if (p.structuresWithoutReport.length > 0) {
    blocks.push(
      heading(
        2,
        t('documents.bilan.withoutReport', {
          n: num(p.structuresWithoutReport.length, ctx),
        }),
      ),
      paragraph(p.structuresWithoutReport.join(' · '), {fontSize: 9}),
    );
  }
  return blocks;
}

function coverageBlocks(bilan: BilanResult, ctx: LayoutContext): Block[] {
  const p = bilan.programme;
  if (!p) return [];
  const blocks: Block[] = [
    heading(1, t('documents.bilan.coverage')),
    paragraph(
      t('documents.bilan.coverageIntro', {
        n: num(p.communesReached, ctx),
        total: num(p.communesInDepartement, ctx),
        share: pct(p.populationShare, ctx, 1),
      }),
    ),
  ];
  if (p.communes.length > 0) {
    const total = p.communes.reduce(
      (acc, c) => ({
        sessions: acc.sessions + c.sessions,
        population: acc.population + c.population,
      }),
      {sessions: 0, population: 0},
    );
    blocks.push(
      table(
        [
          t('documents.col.commune'),
          t('documents.bilan.insee'),
          t('documents.bilan.population'),
          t('documents.bilan.sessionsCol'),
          t('documents.bilan.attendedCol'),
          t('documents.bilan.visitorsCol'),
        ],
        [
          ...p.communes.map(c => [
            c.name,
            c.insee,
            num(c.population, ctx, 0),
            num(c.sessions, ctx),
            c.attended === null ? '—' : num(c.attended, ctx),
            c.visitors === null ? '—' : num(c.visitors, ctx),
          ]),
          [
            t('documents.total'),
            '',
            num(total.population, ctx, 0),
            num(total.sessions, ctx),
            '',
            '',
          ],
        ],
        true,
      ),
      paragraph(t('documents.bilan.coverageDash'), {italic: true, fontSize: 9}),
    );
  }
  if (p.whiteZones.length > 0) {
    const alphabetical = [...p.whiteZones]
      .map(z => z.name)
      .sort((a, b) => a.localeCompare(b, 'fr'));
    blocks.push(
      heading(
        2,
        t('documents.bilan.whiteZones', {n: num(p.whiteZones.length, ctx)}),
      ),
      paragraph(t('documents.bilan.whiteZonesIntro')),
      table(
        [
          t('documents.col.commune'),
          t('documents.bilan.insee'),
          t('documents.bilan.population'),
        ],
        p.whiteZones
          .slice(0, WHITE_ZONE_ROWS)
          .map(z => [z.name, z.insee, num(z.population, ctx, 0)]),
      ),
      paragraph(
        t('documents.bilan.whiteZonesAll', {list: alphabetical.join(', ')}),
        {fontSize: 8},
      ),
    );
  }
  return blocks;
}

/** "12 réponses · moyenne 4,2 · médiane 4 · 80 % dans les deux niveaux les plus hauts". */
export function summaryLine(q: QuestionStats, ctx: LayoutContext): string {
  const parts = [t('documents.bilan.answered', {count: num(q.answered, ctx)})];
  const worded =
    q.type === 'scale' && q.scale && q.scale.some(l => isNaN(Number(l)));
  if (q.mean !== null) {
    parts.push(
      worded
        ? t('documents.bilan.meanRank', {
            value: num(q.mean, ctx, 2),
            n: q.scale!.length,
          })
        : t('documents.bilan.mean', {value: num(q.mean, ctx, 2)}),
    );
  }
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

/** A closed question: its summary line, its table (top ten and the rest) and its chart. */
export function questionBlocks(q: QuestionStats, ctx: LayoutContext): Block[] {
  const entries = displayEntries(q, restLabel);
  const blocks: Block[] = [heading(3, q.title), paragraph(summaryLine(q, ctx))];
  const share =
    q.type === 'multi'
      ? t('documents.bilan.shareRespondents')
      : t('documents.col.share');
  blocks.push(
    table(
      [t('documents.col.answer'), t('documents.col.count'), share],
      entries.map(e => [
        e.label,
        num(e.count, ctx),
        e.percent === null ? '—' : pct(e.percent, ctx),
      ]),
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
  const data = chartData(q, restLabel, t('bilan.out.count'));
  blocks.push({
    type: 'chart',
    chart: data,
    alt: t('documents.bilan.chartCaption', {question: q.title}),
  });
  return blocks;
}

/**
 * A cross-tab as the Bilan tab shows it: "s" for a hidden cell, the group's
 * answers, mean and median (only for a group none of whose cells is
 * hidden), and the whole. A table by session quotes its largest groups (the
 * same figures as its tab) and points to the tab for the others.
 */
export function crossTabBlocks(ct: CrossTab, ctx: LayoutContext): Block[] {
  const header = [ct.segment, ...ct.columns, t('documents.bilan.nCol')];
  if (ct.withMean) {
    header.push(
      t('documents.bilan.meanShort'),
      t('documents.bilan.medianShort'),
    );
  }
  const quoted = ct.perSession ? ct.rows.slice(0, SESSION_ROWS) : ct.rows;
  const line = (group: string, r: CrossTab['total']): string[] => {
    const row = [
      group,
      ...r.cells.map(x => (x === null ? HIDDEN : num(x, ctx))),
      num(r.n, ctx),
    ];
    if (ct.withMean) {
      row.push(
        r.mean === null ? '—' : num(r.mean, ctx, 2),
        r.median === null ? '—' : num(r.median, ctx, 1),
      );
    }
    return row;
  };
  const rows = quoted.map(r => line(r.group, r));
  rows.push(line(t('documents.bilan.all'), ct.total));
  const blocks: Block[] = [
    heading(
      3,
      t('documents.bilan.crossTabTitle', {
        question: ct.question,
        segment: ct.segment,
      }),
    ),
    table(header, rows, true),
  ];
  if (ct.perSession && ct.rows.length > quoted.length) {
    blocks.push(
      paragraph(
        t('documents.bilan.more', {
          n: ct.rows.length - quoted.length,
          tab: t('bilan.tab.sessions'),
        }),
        {italic: true, fontSize: 9},
      ),
    );
  }
  return blocks;
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
  const blocks: Block[] = [
    heading(2, t('documents.bilan.organisers')),
    table(
      [t('documents.col.indicator'), t('documents.col.value')],
      [
        [t('documents.bilan.reports'), num(o.reports, ctx)],
        [t('documents.bilan.visitors'), figure(o.visitors, ctx)],
        [t('documents.bilan.pupils'), figure(o.pupils, ctx)],
        [t('documents.bilan.classes'), figure(o.classes, ctx)],
      ],
    ),
  ];
  if (o.byStructure.length) {
    const top = o.byStructure.slice(0, STRUCTURE_ROWS);
    blocks.push(
      heading(3, t('documents.bilan.byStructure')),
      table(
        [
          t('documents.col.structure'),
          t('documents.bilan.visitors'),
          t('documents.bilan.pupils'),
          t('documents.bilan.classes'),
        ],
        top.map(r => [
          r.name,
          r.visitors === null ? '—' : num(r.visitors, ctx),
          r.pupils === null ? '—' : num(r.pupils, ctx),
          r.classes === null ? '—' : num(r.classes, ctx),
        ]),
      ),
    );
    if (o.byStructure.length > top.length) {
      blocks.push(
        paragraph(
          t('documents.bilan.more', {
            n: o.byStructure.length - top.length,
            tab: t('bilan.tab.structures'),
          }),
          {italic: true, fontSize: 9},
        ),
      );
    }
  }
  return blocks;
}

/** One audience's section: its questions, cross-tabs and comments. */
function audienceBlocks(
  bilan: BilanResult,
  source: BilanResult['sources'][number],
  ctx: LayoutContext,
): Block[] {
  const qs = bilan.questions.filter(q => q.source === source.sheet);
  const audience: BilanAudience = source.audience ?? 'other';
  const blocks: Block[] = [
    heading(1, audienceLabel(audience)),
    paragraph(
      t('documents.bilan.audienceIntro', {
        n: num(source.responses, ctx),
      }),
      {italic: true},
    ),
  ];
  if (audience === 'organisers' && bilan.organisers) {
    appendAll(blocks, organiserBlocks(bilan.organisers, ctx));
  }
  const charted = qs.filter(isChartable);
  if (charted.length > 0) {
    blocks.push(heading(2, t('documents.bilan.answers')));
    for (const q of charted) appendAll(blocks, questionBlocks(q, ctx));
  }
  const numbers = qs.filter(q => q.type === 'number' && q.answered > 0);
  if (numbers.length > 0) {
    blocks.push(
      heading(2, t('documents.bilan.numbers')),
      table(
        [
          t('bilan.out.question'),
          t('documents.bilan.nCol'),
          t('documents.total'),
          t('documents.bilan.meanShort'),
          t('documents.bilan.medianShort'),
        ],
        numbers.map(q => [
          q.title,
          num(q.answered, ctx),
          figure(q.sum, ctx),
          figure(q.mean, ctx, 2),
          figure(q.median, ctx),
        ]),
      ),
    );
  }
  const tables = bilan.crossTabs.filter(c => c.source === source.sheet);
  if (tables.length > 0) {
    blocks.push(
      heading(2, t('documents.bilan.crossTabs')),
      paragraph(t('documents.bilan.smallGroups', {k: bilan.k ?? ctx.k}), {
        italic: true,
        fontSize: 9,
      }),
    );
    for (const ct of tables) appendAll(blocks, crossTabBlocks(ct, ctx));
  }
  const commented = qs.filter(
    q => q.type === 'text' && q.texts && selectComments(q.texts).length,
  );
  if (commented.length) {
    blocks.push(heading(2, t('documents.bilan.comments')));
    for (const q of commented) {
      blocks.push(
        heading(3, q.title),
        list(selectComments(q.texts ?? []).map(c => `« ${c} »`)),
      );
    }
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
    // The one-page summary a funder can read alone.
    heading(1, t('documents.bilan.summary')),
    ...summaryParagraphs(bilan, ctx).map(s => paragraph(s)),
  ];
  if (bilan.edition) {
    blocks.push(
      heading(
        2,
        bilan.previous
          ? t('documents.bilan.yearOverYear')
          : t('documents.keyFigures'),
      ),
      keyFiguresBlock(bilan, ctx),
    );
    if (!bilan.previous) {
      blocks.push(
        paragraph(t('documents.bilan.noPrevious'), {italic: true, fontSize: 9}),
      );
    }
  }
  blocks.push(pageBreak(), ...programmeBlocks(bilan, ctx));
  appendAll(blocks, coverageBlocks(bilan, ctx));

  if (bilan.questions.length === 0) {
    blocks.push(
      heading(1, t('documents.bilan.questionnaires')),
      paragraph(t('documents.bilan.noAnswers'), {italic: true}),
    );
  }
  for (const source of orderedSources(bilan)) {
    if (!bilan.questions.some(q => q.source === source.sheet)) continue;
    appendAll(blocks, audienceBlocks(bilan, source, ctx));
  }

  blocks.push(
    pageBreak(),
    heading(1, t('documents.bilan.perspectives')),
    paragraph(t('documents.bilan.perspectivesHint'), {
      italic: true,
      color: '#5f6368',
    }),
    heading(2, t('documents.bilan.method')),
    paragraph(
      t('documents.bilan.methodText', {
        k: bilan.k ?? ctx.k,
        mark: HIDDEN,
      }),
      {fontSize: 9},
    ),
  );
  if (bilan.anomalies.length) {
    blocks.push(
      paragraph(
        t('documents.bilan.anomalies', {count: bilan.anomalies.length}),
        {italic: true, fontSize: 9},
      ),
    );
  }
  return {kindLabel: t('documents.kindLabel.bilan'), blocks};
}
