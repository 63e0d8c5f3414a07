/**
 * The bilan's tabs as grids of cells, each written with one setValues: the
 * "Bilan" tab people read (key figures first, then the programme, the
 * territory, one block per question by audience, the cross-tabs), and the
 * long tables in their own tabs with a filter ("Bilan – par séance",
 * "Bilan – communes", "Bilan – structures"). Pure: the adapter writes them.
 * Every answer text goes into the grid as it is; the writer (writeRows →
 * toCells) neutralises formula characters.
 */
import type {
  BilanAudience,
  BilanResult,
  CrossTab,
  QuestionStats,
} from '../model/bilan';
import {t, MessageKey} from '../i18n';
import {kindLabel} from './params';
import {
  AUDIENCE_ORDER,
  ChartData,
  chartData,
  displayEntries,
  isChartable,
  keyFigureRows,
} from './display';

export interface ChartSpec {
  /** 1-based first row and column of the data (labels column then counts). */
  row: number;
  column: number;
  numRows: number;
  /** What the chart shows (type, labels, values): the same lines as its table. */
  data: ChartData;
  /** Where the chart is anchored (1-based row, column). */
  anchorRow: number;
  anchorColumn: number;
}

/** A long table in a tab of its own, with a filter on its header row. */
export interface LongTab {
  name: string;
  rows: unknown[][];
  width: number;
  /** Rows above the filtered table (titles, question names over their columns). */
  headerRows: number;
}

export interface BilanLayout {
  rows: unknown[][];
  width: number;
  /** 1-based rows to show in bold (titles and table headers). */
  boldRows: number[];
  charts: ChartSpec[];
  /** Tabs of long tables (written only when they have rows). */
  longTabs: LongTab[];
}

/** Charts drawn at most (each costs several service calls). */
export const MAX_CHARTS = 20;
/** Free-text answers quoted per question in the tab (all are counted). */
export const MAX_TEXTS_SHOWN = 10;
/** Anomalies listed in the tab (all are counted by reason). */
export const MAX_ANOMALIES_SHOWN = 100;
/** Lines of the short lists of the Bilan tab (the full list is in its own tab). */
export const SHORT_LIST = 20;
/** Rows a chart needs beside its table. */
const CHART_ROWS = 15;
const CHART_COLUMN = 5;

const HIDDEN = 's';

/** "Autres (35)": the line grouping the options past the top ten. */
export const restLabel = (n: number): string => t('bilan.out.rest', {n});

export function audienceLabel(a: BilanAudience): string {
  return t(`bilan.audience.${a}` as MessageKey);
}

const orBlank = (v: number | null | undefined): number | string =>
  v === null || v === undefined ? '' : v;

export function layoutBilan(r: BilanResult, date: string): BilanLayout {
  const rows: unknown[][] = [];
  const bold: number[] = [];
  const charts: ChartSpec[] = [];
  const k = r.k ?? 5;
  const unknown = t('bilan.out.unknown');
  const push = (row: unknown[], isBold = false) => {
    rows.push(row);
    if (isBold) bold.push(rows.length);
  };
  const gap = () => push([]);
  const known = (v: number | null | undefined): number | string =>
    v === null || v === undefined ? unknown : v;

  push([t('bilan.out.title')], true);
  push([t('bilan.out.generated', {date, k})]);
  push([t('bilan.out.hiddenNote', {k, mark: HIDDEN})]);

  // 1. Key figures, with the previous edition beside them.
  gap();
  push([t('bilan.out.summary')], true);
  const edition = r.edition;
  if (edition) {
    const previous = r.previous ?? null;
    const head: unknown[] = [
      t('bilan.out.indicator'),
      edition.name || t('bilan.out.thisEdition'),
    ];
    if (previous) {
      head.push(
        previous.name || t('bilan.out.previousEdition'),
        t('bilan.out.change'),
        t('bilan.out.changePercent'),
      );
    }
    push(head, true);
    for (const f of keyFigureRows(edition, previous)) {
      const line: unknown[] = [
        t(`bilan.key.${f.key}` as MessageKey),
        known(f.current),
      ];
      if (previous) {
        line.push(known(f.previous), orBlank(f.change));
        line.push(orBlank(f.changePercent));
      }
      push(line);
    }
    if (!previous) push([t('bilan.out.noPrevious')]);
  }
  if (r.previousError) push([r.previousError]);
  push([t('bilan.out.responses'), r.responses]);
  for (const s of orderedSources(r)) {
    push([
      '',
      `${audienceLabel(s.audience ?? 'other')} – ${s.sheet}`,
      s.responses,
    ]);
  }

  // 2. The programme, each figure with its source.
  const p = r.programme;
  if (p) {
    gap();
    push([t('bilan.out.programme')], true);
    push(
      [
        t('bilan.out.indicator'),
        t('bilan.out.value'),
        t('bilan.out.sourceCol'),
      ],
      true,
    );
    const src = (key: string) => t(`bilan.source.${key}` as MessageKey);
    const line = (key: MessageKey, v: unknown, source = '') =>
      push([t(key), v, source]);
    line('bilan.out.sessionsPlanned', p.sessionsPlanned, src('tracker'));
    line('bilan.out.sessionsHeld', p.sessionsHeld, src('heldRule'));
    line('bilan.out.sessionsMarkedHeld', p.sessionsMarkedHeld);
    line('bilan.out.sessionsUpcoming', p.sessionsUpcoming);
    line('bilan.out.sessionsCancelled', p.sessionsCancelled);
    line('bilan.out.schoolSessions', p.schoolSessions);
    line('bilan.out.generalPublicSessions', p.generalPublicSessions);
    line(
      'bilan.out.attended',
      p.sessionsWithAttendance > 0 ? p.attended : unknown,
      t('bilan.source.attendedOn', {
        n: p.sessionsWithAttendance,
        total: p.sessionsHeld,
      }),
    );
    line('bilan.out.visitors', known(p.visitors), src(p.sources.visitors));
    line('bilan.out.pupils', known(p.pupils), src(p.sources.pupils));
    line('bilan.out.classes', known(p.classes), src(p.sources.classes));
    if (r.bookings) {
      line('bilan.out.bookedClasses', r.bookings.classes, src('bookings'));
      line('bilan.out.bookedPupils', r.bookings.pupils, src('bookings'));
      line(
        'bilan.out.bookedPresent',
        known(r.bookings.present),
        src('tracker'),
      );
    }
    if (r.organisers) {
      line(
        'bilan.out.organiserVisitors',
        known(r.organisers.visitors),
        src('organisers'),
      );
    }
    line(
      'bilan.out.communesReached',
      p.communesReached,
      t('bilan.out.outOf', {total: p.communesInDepartement}),
    );
    line('bilan.out.populationShare', p.populationShare);
    line('bilan.out.structures', p.structures);
    line('bilan.out.reports', p.organiserReports);
    line('bilan.out.organiserResponseRate', known(p.organiserResponseRate));
    line('bilan.out.responseRate', known(p.responseRate));
    if (p.disagreements.length > 0) {
      gap();
      push([t('bilan.out.disagreements')], true);
      push(
        [
          t('bilan.out.structure'),
          t('bilan.out.figure'),
          t('bilan.source.programme'),
          t('bilan.source.organisers'),
        ],
        true,
      );
      for (const d of p.disagreements.slice(0, SHORT_LIST)) {
        push([
          d.structure,
          t(`bilan.out.${d.figure}` as MessageKey),
          d.programme,
          d.organisers,
        ]);
      }
      if (p.disagreements.length > SHORT_LIST) {
        push([
          t('bilan.out.more', {
            n: p.disagreements.length - SHORT_LIST,
            tab: t('bilan.tab.structures'),
          }),
        ]);
      }
    }
    if (p.structuresWithoutReport.length > 0) {
      gap();
      push(
        [
          t('bilan.out.withoutReport', {
            n: p.structuresWithoutReport.length,
          }),
        ],
        true,
      );
      for (const name of p.structuresWithoutReport.slice(0, SHORT_LIST)) {
        push([name]);
      }
      if (p.structuresWithoutReport.length > SHORT_LIST) {
        push([
          t('bilan.out.more', {
            n: p.structuresWithoutReport.length - SHORT_LIST,
            tab: t('bilan.tab.structures'),
          }),
        ]);
      }
    }

    // 3. Coverage of the territory.
    gap();
    push([t('bilan.out.coverage')], true);
    push(
      [
        t('bilan.out.commune'),
        t('bilan.out.insee'),
        t('bilan.out.population'),
        t('bilan.out.sessionsHeld'),
        t('bilan.out.attended'),
        t('bilan.out.organiserVisitors'),
      ],
      true,
    );
    for (const c of p.communes.slice(0, SHORT_LIST)) {
      push([
        c.name,
        c.insee,
        c.population,
        c.sessions,
        orBlank(c.attended),
        orBlank(c.visitors),
      ]);
    }
    if (p.communes.length > SHORT_LIST) {
      push([
        t('bilan.out.more', {
          n: p.communes.length - SHORT_LIST,
          tab: t('bilan.tab.communes'),
        }),
      ]);
    }
    gap();
    push([t('bilan.out.whiteZones', {n: p.whiteZones.length})], true);
    push(
      [t('bilan.out.commune'), t('bilan.out.insee'), t('bilan.out.population')],
      true,
    );
    for (const z of p.whiteZones.slice(0, SHORT_LIST)) {
      push([z.name, z.insee, z.population]);
    }
    if (p.whiteZones.length > SHORT_LIST) {
      push([
        t('bilan.out.more', {
          n: p.whiteZones.length - SHORT_LIST,
          tab: t('bilan.tab.communes'),
        }),
      ]);
    }
  }

  // 4. Questionnaires, audience by audience in reading order.
  const charted = new Set(r.questions.filter(isChartable).slice(0, MAX_CHARTS));
  const audienceOfSheet = new Map(
    r.sources.map(s => [s.sheet, s.audience ?? 'other']),
  );
  const bySource = orderedSources(r);
  if (r.questions.length === 0) {
    gap();
    push([t('bilan.out.noResponse')]);
  }
  for (const source of bySource) {
    const qs = r.questions.filter(q => q.source === source.sheet);
    if (qs.length === 0) continue;
    gap();
    push(
      [
        t('bilan.out.audienceTitle', {
          audience: audienceLabel(audienceOfSheet.get(source.sheet) ?? 'other'),
          n: source.responses,
          sheet: source.sheet,
        }),
      ],
      true,
    );
    push(
      [
        t('bilan.out.question'),
        t('bilan.out.kind'),
        t('bilan.out.answered'),
        t('bilan.out.mean'),
        t('bilan.out.median'),
        t('bilan.out.top2'),
        t('bilan.out.npsScore'),
      ],
      true,
    );
    for (const q of qs) {
      push([
        q.title,
        kindLabel(q.type),
        q.answered,
        orBlank(q.mean),
        orBlank(q.median),
        orBlank(q.top2),
        q.nps ? q.nps.score : '',
      ]);
    }
    for (const q of qs) questionBlock(q, charted.has(q));
    const tables = r.crossTabs.filter(
      c => c.source === source.sheet && !c.perSession,
    );
    if (tables.length > 0) {
      gap();
      push([t('bilan.out.crossTabs', {k})], true);
      for (const c of tables) crossTabBlock(c);
    }
    if (r.crossTabs.some(c => c.source === source.sheet && c.perSession)) {
      gap();
      push([t('bilan.out.perSessionNote', {tab: t('bilan.tab.sessions')})]);
    }
  }

  // 5. The organisers' own totals.
  const o = r.organisers;
  if (o) {
    gap();
    push([t('bilan.out.organisers')], true);
    push([t('bilan.out.reports'), o.reports]);
    push([t('bilan.out.visitors'), known(o.visitors)]);
    push([t('bilan.out.pupils'), known(o.pupils)]);
    push([t('bilan.out.classes'), known(o.classes)]);
  }

  // 6. Anomalies: counted by reason, the first ones listed.
  gap();
  push([`${t('bilan.out.anomalies')} (${r.anomalies.length})`], true);
  if (r.anomalies.length === 0) {
    push([t('bilan.out.noAnomaly')]);
  } else {
    const reasons = new Map<string, number>();
    for (const a of r.anomalies) {
      reasons.set(a.reason, (reasons.get(a.reason) ?? 0) + 1);
    }
    for (const [reason, n] of reasons) push([reason, n]);
    gap();
    push(
      [
        t('bilan.out.source'),
        t('bilan.out.question'),
        t('bilan.out.row'),
        t('bilan.out.value'),
        t('bilan.out.reason'),
      ],
      true,
    );
    for (const a of r.anomalies.slice(0, MAX_ANOMALIES_SHOWN)) {
      push([a.source ?? '', a.question, a.row, a.value, a.reason]);
    }
    if (r.anomalies.length > MAX_ANOMALIES_SHOWN) {
      push([
        t('bilan.out.moreAnomalies', {
          n: r.anomalies.length - MAX_ANOMALIES_SHOWN,
        }),
      ]);
    }
  }

  const width = Math.max(2, ...rows.map(row => row.length));
  for (const row of rows) while (row.length < width) row.push('');
  return {
    rows,
    width,
    boldRows: bold,
    charts,
    longTabs: longTabs(r),
  };

  function questionBlock(q: QuestionStats, withChart: boolean): void {
    const entries =
      q.type === 'text' || q.type === 'number'
        ? []
        : displayEntries(q, restLabel);
    if (entries.length === 0 && q.type !== 'number' && !q.texts) return;
    gap();
    push([q.title], true);
    if (q.type === 'number') {
      push([t('bilan.out.sum'), orBlank(q.sum)]);
      push([t('bilan.out.mean'), orBlank(q.mean)]);
      push([t('bilan.out.median'), orBlank(q.median)]);
      return;
    }
    if (q.texts) {
      push([t('bilan.out.texts', {n: q.answered})], true);
      const shown = q.texts.slice(0, MAX_TEXTS_SHOWN);
      for (const text of shown) push([text]);
      return;
    }
    const pct =
      q.type === 'multi'
        ? t('bilan.out.percentRespondents')
        : t('bilan.out.percent');
    const start = rows.length;
    push([t('bilan.out.answer'), t('bilan.out.count'), pct], true);
    const first = rows.length + 1;
    for (const e of entries) push([e.label, e.count, orBlank(e.percent)]);
    if (q.nps) {
      push([t('bilan.out.promoters'), q.nps.promoters]);
      push([t('bilan.out.passives'), q.nps.passives]);
      push([t('bilan.out.detractors'), q.nps.detractors]);
      push([t('bilan.out.npsScore'), q.nps.score]);
    }
    if (withChart) {
      charts.push({
        row: first,
        column: 1,
        numRows: entries.length,
        data: chartData(q, restLabel, t('bilan.out.count')),
        anchorRow: start,
        anchorColumn: CHART_COLUMN,
      });
      // Leave room for the chart beside a short table.
      for (let i = rows.length - start; i < CHART_ROWS; i++) push([]);
    }
  }

  function crossTabBlock(c: CrossTab): void {
    gap();
    push(
      [t('bilan.out.crossTitle', {question: c.question, segment: c.segment})],
      true,
    );
    const head: unknown[] = [c.segment, ...c.columns, t('bilan.out.n')];
    if (c.withMean) head.push(t('bilan.out.mean'), t('bilan.out.median'));
    push(head, true);
    for (const row of c.rows) {
      const line: unknown[] = [
        row.group,
        ...row.cells.map(x => (x === null ? HIDDEN : x)),
        row.n,
      ];
      if (c.withMean) line.push(orBlank(row.mean), orBlank(row.median));
      push(line);
    }
    const total: unknown[] = [
      t('bilan.out.all'),
      ...c.total.cells.map(x => x ?? HIDDEN),
      c.total.n,
    ];
    if (c.withMean) total.push(orBlank(c.total.mean), orBlank(c.total.median));
    push(total, true);
  }
}

/** The response sheets in reading order: public first, organisers last. */
export function orderedSources(r: BilanResult): BilanResult['sources'] {
  const rank = (a: BilanAudience | undefined) =>
    AUDIENCE_ORDER.indexOf(a ?? 'other');
  return [...r.sources].sort((a, b) => rank(a.audience) - rank(b.audience));
}

/** The long tables: per session, per commune, per structure. */
function longTabs(r: BilanResult): LongTab[] {
  const tabs: LongTab[] = [];
  const sessions = perSessionTab(r);
  if (sessions) tabs.push(sessions);
  const p = r.programme;
  if (p) {
    const header = [
      t('bilan.out.commune'),
      t('bilan.out.insee'),
      t('bilan.out.population'),
      t('bilan.out.sessionsHeld'),
      t('bilan.out.attended'),
      t('bilan.out.organiserVisitors'),
      t('bilan.out.structures'),
      t('bilan.out.reached'),
    ];
    const yes = t('bilan.out.yes');
    const no = t('bilan.out.no');
    const rows: unknown[][] = [header];
    for (const c of p.communes) {
      rows.push([
        c.name,
        c.insee,
        c.population,
        c.sessions,
        orBlank(c.attended),
        orBlank(c.visitors),
        c.structures,
        yes,
      ]);
    }
    for (const z of p.whiteZones) {
      rows.push([z.name, z.insee, z.population, 0, '', '', 0, no]);
    }
    tabs.push({
      name: t('bilan.tab.communes'),
      rows,
      width: header.length,
      headerRows: 0,
    });
    const sHeader = [
      t('bilan.out.structure'),
      t('bilan.out.sessionsHeld'),
      t('bilan.out.attended'),
      t('bilan.out.reportReceived'),
      t('bilan.out.organiserVisitors'),
      t('bilan.out.organiserPupils'),
      t('bilan.out.organiserClasses'),
    ];
    const sRows: unknown[][] = [sHeader];
    for (const s of p.byStructure) {
      sRows.push([
        s.name,
        s.sessions,
        orBlank(s.attended),
        s.reported ? yes : no,
        orBlank(s.visitors),
        orBlank(s.pupils),
        orBlank(s.classes),
      ]);
    }
    tabs.push({
      name: t('bilan.tab.structures'),
      rows: sRows,
      width: sHeader.length,
      headerRows: 0,
    });
  }
  return tabs;
}

/**
 * One row per session answered (of each questionnaire), the cross-tabs by
 * session side by side: for each question its answers' counts ("s" when
 * hidden), its mean and median. Row 1 names the questions over their
 * columns; the filter sits on row 2.
 */
function perSessionTab(r: BilanResult): LongTab | null {
  const tables = r.crossTabs.filter(c => c.perSession);
  if (tables.length === 0) return null;
  const top: unknown[] = [
    t('bilan.out.hiddenShort', {mark: HIDDEN, k: r.k ?? 5}),
    '',
    '',
  ];
  const head: unknown[] = [
    t('bilan.out.questionnaire'),
    t('bilan.role.session'),
    t('bilan.out.answered'),
  ];
  const blocks: {c: CrossTab; at: number}[] = [];
  for (const c of tables) {
    blocks.push({c, at: head.length});
    top.push(c.question);
    head.push(t('bilan.out.n'), ...c.columns);
    if (c.withMean) head.push(t('bilan.out.mean'), t('bilan.out.median'));
    while (top.length < head.length) top.push('');
  }
  const width = head.length;
  const audience = new Map(r.sources.map(s => [s.sheet, s.audience]));
  const byKey = new Map<string, unknown[]>();
  const order: string[] = [];
  for (const {c, at} of blocks) {
    for (const row of c.rows) {
      const key = `${c.source}\u0000${row.group}`;
      let line = byKey.get(key);
      if (!line) {
        line = new Array<unknown>(width).fill('');
        line[0] = audienceLabel(audience.get(c.source) ?? 'other');
        line[1] = row.group;
        line[2] = 0;
        byKey.set(key, line);
        order.push(key);
      }
      line[2] = Math.max(Number(line[2]), row.n);
      line[at] = row.n;
      row.cells.forEach(
        (x, j) => (line![at + 1 + j] = x === null ? HIDDEN : x),
      );
      if (c.withMean) {
        line[at + 1 + c.columns.length] = orBlank(row.mean);
        line[at + 2 + c.columns.length] = orBlank(row.median);
      }
    }
  }
  return {
    name: t('bilan.tab.sessions'),
    rows: [top, head, ...order.map(k => byKey.get(k)!)],
    width,
    headerRows: 1,
  };
}
