/**
 * The bilan's pure core: from the response sheets' values, the staff's
 * parameters and the tracker's data to a BilanResult (and the column
 * decisions written back to "Bilan – paramètres"). No Apps Script call.
 */
import type {
  Anomaly,
  AnomalyCode,
  BilanAudience,
  BilanResult,
  ColumnRole,
  CrossTab,
  EditionFigures,
  QuestionStats,
} from '../model/bilan';
import {t} from '../i18n';
import type {
  BilanInput,
  ColumnParam,
  ColumnSpec,
  ItemHint,
  ResponseSheet,
} from './types';
import {assignRoles, inferColumn, multiSeparator} from './infer';
import {analyseColumn, EncodedColumn, StatsLabels} from './stats';
import {crossTab, encodeSegment} from './crosstab';
import {organiserFigures, programmeFigures, Territory} from './programme';
import {cellText, maskPersonal, round} from './text';
import {normalizeKey} from '../gas/table';

export const DEFAULT_SEGMENT_ROLES: ColumnRole[] = [
  'session',
  'commune',
  'age',
];

const ANOMALY_CODES: AnomalyCode[] = [
  'outOfScale',
  'notANumber',
  'notAnInteger',
  'other',
  'renamed',
  'added',
  'deleted',
  'notInForm',
  'duplicate',
  'empty',
];

export function statsLabels(): StatsLabels {
  const reasons = {} as Record<AnomalyCode, string>;
  for (const code of ANOMALY_CODES) {
    reasons[code] = t(`bilan.anomaly.${code}` as Parameters<typeof t>[0]);
  }
  return {
    other: t('bilan.other'),
    emailMark: t('bilan.mask.email'),
    phoneMark: t('bilan.mask.phone'),
    reasons,
  };
}

export interface BilanRun {
  result: BilanResult;
  /** Every column's decision, for the "Bilan – paramètres" tab. */
  specs: ColumnSpec[];
}

interface SheetRun {
  sheet: ResponseSheet;
  rows: readonly (readonly unknown[])[];
  specs: ColumnSpec[];
  responses: number;
  organisers: boolean;
}

const AUDIENCE_WORDS: [BilanAudience, RegExp][] = [
  ['organisers', /\b(organisateur|organiser|structure)/],
  ['teachers', /\b(enseignant|teacher|scolaire|classe|school)/],
  ['summer', /\b(ecole d ete|summer|professionnel|professional)/],
  ['public', /\b(grand public|public|visiteur|visitor)/],
];

/**
 * Whom a sheet's answers come from: the audience the add-on made its form
 * for, else the organisers' figures it holds, else words of its name.
 */
function audienceOf(run: SheetRun): BilanAudience {
  if (run.sheet.audience) return run.sheet.audience;
  if (run.organisers) return 'organisers';
  const key = normalizeKey(run.sheet.name);
  for (const [audience, words] of AUDIENCE_WORDS) {
    if (words.test(key)) return audience;
  }
  return 'public';
}

/** Data rows that hold at least one answer. */
function countResponses(rows: readonly (readonly unknown[])[]): number {
  let n = 0;
  for (const r of rows) {
    for (const v of r) {
      if (v !== '' && v !== null && v !== undefined) {
        n++;
        break;
      }
    }
  }
  return n;
}

/** Item hints by column title (grid items give one title per row). */
function hintsByTitle(items: ItemHint[] | null | undefined) {
  const map = new Map<string, ItemHint>();
  for (const item of items ?? []) {
    if (item.kind === 'grid' && item.rows) {
      for (const row of item.rows)
        map.set(`${item.title} [${row}]`.trim(), item);
    } else if (item.kind !== 'section') {
      map.set(item.title.trim(), item);
    }
  }
  return map;
}

/** The distinct communes typed in a column, most frequent first, one per spelling ignoring case. */
function communeOptions(
  rows: readonly (readonly unknown[])[],
  index: number,
): string[] {
  const counts = new Map<string, {label: string; n: number}>();
  for (const r of rows) {
    const text = cellText(r[index]);
    if (!text) continue;
    const key = text.toLowerCase();
    const seen = counts.get(key);
    if (seen) seen.n++;
    else counts.set(key, {label: text, n: 1});
  }
  return [...counts.values()]
    .sort((a, b) => b.n - a.n || a.label.localeCompare(b.label))
    .map(x => x.label);
}

/** Decides the columns of one sheet and lists renamed / added / deleted questions. */
function planSheet(
  sheet: ResponseSheet,
  params: readonly ColumnParam[],
  labels: StatsLabels,
  anomalies: Anomaly[],
): SheetRun {
  const values = sheet.values;
  const format = sheet.format ?? 'sheet';
  const header = values.length > 0 ? values[0].map(cellText) : [];
  const rows = values.slice(1);
  const flag = (question: string, value: string, code: AnomalyCode, row = 1) =>
    anomalies.push({
      question,
      row,
      value,
      reason: labels.reasons[code],
      code,
      source: sheet.name,
    });
  if (header.every(h => h === '')) {
    flag('', '', 'empty');
    return {sheet, rows: [], specs: [], responses: 0, organisers: false};
  }
  const mine = params.filter(p => p.source === sheet.name);
  const byTitle = new Map(mine.map(p => [p.title.trim(), p]));
  const hints = hintsByTitle(sheet.items);
  const used = new Set<ColumnParam>();
  const seen = new Map<string, number>();
  const specs: ColumnSpec[] = [];
  const titles = new Set(header);
  header.forEach((raw, index) => {
    let title = raw;
    if (title === '') {
      // A column without a title but with answers is still counted.
      if (!rows.some(r => cellText(r[index]) !== '')) return;
      title = t('bilan.untitledColumn', {n: index + 1});
    }
    const times = (seen.get(title) ?? 0) + 1;
    seen.set(title, times);
    if (times > 1) {
      flag(title, title, 'duplicate');
      title = `${title} (${times})`;
    }
    let param = byTitle.get(title) ?? null;
    if (param) used.add(param);
    else if (mine.length > 0) {
      const old = mine.find(
        p => p.column === index + 1 && !titles.has(p.title) && !used.has(p),
      );
      if (old) {
        used.add(old);
        param = {...old, title};
        flag(title, old.title, 'renamed');
      } else {
        flag(title, title, 'added');
      }
    }
    const hint = hints.get(raw) ?? null;
    const spec = inferColumn(
      title,
      rows,
      index,
      format,
      sheet.name,
      hint,
      param,
    );
    if (
      sheet.items &&
      sheet.items.length > 0 &&
      !hint &&
      spec.kind !== 'timestamp' &&
      spec.kind !== 'personal'
    ) {
      flag(title, title, 'notInForm');
    }
    specs.push(spec);
  });
  for (const p of mine) {
    if (!used.has(p) && !titles.has(p.title)) flag(p.title, p.title, 'deleted');
  }
  assignRoles(specs);
  // Communes typed by respondents are counted as answers (the most frequent
  // shown, the rest grouped), not quoted as free text.
  for (const spec of specs) {
    if (
      spec.role === 'commune' &&
      spec.kind === 'text' &&
      spec.origin !== 'params'
    ) {
      spec.kind = 'choice';
      spec.options = communeOptions(rows, spec.index);
    }
  }
  const organisers = specs.some(
    s => s.role === 'visitors' || s.role === 'structure',
  );
  return {sheet, rows, specs, responses: countResponses(rows), organisers};
}

/**
 * Computes the whole bilan (pure). Also returns every column's decision,
 * for the parameters tab.
 */
export function runBilan(input: BilanInput): BilanRun {
  const labels = statsLabels();
  const anomalies: Anomaly[] = [];
  const territory = new Territory(
    input.communes,
    input.tracker?.event.departement
      ? [input.tracker.event.departement]
      : (input.departements ?? ['38']),
  );
  const segmentRoles = input.segmentRoles ?? DEFAULT_SEGMENT_ROLES;
  const mask = (text: string) =>
    maskPersonal(text, labels.emailMark, labels.phoneMark);
  const runs = input.sheets.map(s =>
    planSheet(s, input.params, labels, anomalies),
  );
  const questions: QuestionStats[] = [];
  const crossTabs: CrossTab[] = [];
  const withheld: {question: string; segment: string}[] = [];
  const segments: string[] = [];
  const sources: BilanResult['sources'] = [];
  for (const run of runs) {
    const sep = multiSeparator(run.sheet.format ?? 'sheet');
    const encoded: EncodedColumn[] = [];
    let first: Date | null = null;
    let last: Date | null = null;
    for (const spec of run.specs) {
      const r = analyseColumn(spec, run.rows, labels, anomalies, sep);
      if (r.stats) questions.push(r.stats);
      if (r.encoded) encoded.push(r.encoded);
      if (r.first && (!first || r.first < first)) first = r.first;
      if (r.last && (!last || r.last > last)) last = r.last;
    }
    sources.push({
      sheet: run.sheet.name,
      formUrl: run.sheet.formUrl,
      responses: run.responses,
      organisers: run.organisers,
      audience: audienceOf(run),
      first: first ? first.toISOString() : null,
      last: last ? last.toISOString() : null,
    });
    for (const role of segmentRoles) {
      const segSpec = run.specs.find(s => s.role === role);
      if (!segSpec) continue;
      if (!segments.includes(segSpec.title)) segments.push(segSpec.title);
      const segment = encodeSegment(
        segSpec,
        run.rows,
        role === 'commune' ? territory.canonical : undefined,
        mask,
      );
      for (const q of encoded) {
        const kind = q.spec.kind;
        if (kind !== 'scale' && kind !== 'nps' && kind !== 'choice') continue;
        if (q.spec === segSpec || segmentRoles.includes(q.spec.role)) continue;
        const table = crossTab(segment, q, {
          k: input.k,
          perSession: role === 'session',
          others: n => t('bilan.out.othersGroup', {n}),
        });
        if (table === 'withheld') {
          withheld.push({question: q.spec.title, segment: segSpec.title});
        } else if (table) crossTabs.push(table);
      }
    }
  }
  const publicRuns = runs.filter(r => audienceOf(r) === 'public');
  const publicSources = new Set(publicRuns.map(r => r.sheet.name));
  const publicResponses = publicRuns.reduce((n, r) => n + r.responses, 0);
  const organiserRuns = runs.filter(r => r.organisers);
  const anomalyCounts: Partial<Record<AnomalyCode, number>> = {};
  for (const a of anomalies) {
    if (a.code) anomalyCounts[a.code] = (anomalyCounts[a.code] ?? 0) + 1;
  }
  const organisers =
    organiserRuns.length > 0
      ? organiserFigures(
          organiserRuns.map(r => ({rows: r.rows, specs: r.specs})),
          territory,
          t('bilan.unnamed'),
          mask,
        )
      : null;
  const result: BilanResult = {
    generatedAt: input.now.toISOString(),
    responses: runs.reduce((n, r) => n + r.responses, 0),
    sources,
    questions,
    segments,
    crossTabs,
    programme: input.tracker
      ? programmeFigures({
          tracker: input.tracker,
          now: input.now,
          territory,
          publicResponses,
          organisers,
        })
      : null,
    organisers,
    anomalies,
    satisfaction: pooledSatisfaction(questions, publicSources),
    nps: pooledNps(questions, publicSources),
    anomalyCounts,
    k: input.k,
    withheldCrossTabs: withheld,
  };
  result.edition = editionFigures(
    result,
    input.tracker ? editionName(input.tracker.event) : '',
  );
  result.previous = input.previous ?? null;
  if (input.previousError) result.previousError = input.previousError;
  return {result, specs: runs.flatMap(r => r.specs)};
}

/** The bilan of the sheets (pure); see runBilan for the column decisions too. */
export function computeBilan(input: BilanInput): BilanResult {
  return runBilan(input).result;
}

/**
 * Overall satisfaction: the mean of every answer to the questions marked
 * "satisfaction" in the public's forms that share the first one's scale.
 */
function pooledSatisfaction(
  questions: QuestionStats[],
  publicSources: Set<string>,
): number | null {
  const marked = questions.filter(
    q =>
      q.role === 'satisfaction' &&
      publicSources.has(q.source) &&
      q.answered > 0,
  );
  if (marked.length === 0) return null;
  const bounds = String(marked[0].bounds);
  let sum = 0;
  let n = 0;
  for (const q of marked) {
    if (String(q.bounds) !== bounds || q.mean === null) continue;
    // Sum from the distribution, not the rounded mean: each answer's number,
    // or its rank on a scale written in words.
    const labels = q.scale ?? Object.keys(q.distribution);
    const numeric = labels.every(l => !isNaN(Number(l)));
    labels.forEach((label, i) => {
      const c = q.distribution[label] ?? 0;
      sum += (numeric ? Number(label) : i + 1) * c;
      n += c;
    });
  }
  return n > 0 ? round(sum / n, 2) : null;
}

/** Bounds of the pooled satisfaction's scale (those of the first question marked). */
function satisfactionScale(
  questions: readonly QuestionStats[],
  publicSources: ReadonlySet<string>,
): [number, number] | null {
  const q = questions.find(
    x =>
      x.role === 'satisfaction' &&
      publicSources.has(x.source) &&
      x.answered > 0,
  );
  return q?.bounds ?? null;
}

/** "Fête de la science 2026" from the event card. */
export function editionName(event: {name: string; edition: string}): string {
  const name = event.name.trim();
  const edition = event.edition.trim();
  return edition && !name.includes(edition)
    ? `${name} ${edition}`.trim()
    : name;
}

/** An edition's key figures, from its bilan (the year-over-year comparison). */
export function editionFigures(r: BilanResult, name: string): EditionFigures {
  const p = r.programme;
  const publicSources = new Set(
    r.sources.filter(s => s.audience === 'public').map(s => s.sheet),
  );
  return {
    name,
    sessions: p ? p.sessionsHeld : null,
    communes: p ? p.communesReached : null,
    structures: p ? p.structures : null,
    visitors: p ? p.visitors : (r.organisers?.visitors ?? null),
    pupils: p ? p.pupils : (r.organisers?.pupils ?? null),
    responses: r.responses,
    satisfaction: r.satisfaction,
    satisfactionScale:
      r.satisfaction === null
        ? null
        : satisfactionScale(r.questions, publicSources),
    nps: r.nps,
  };
}

/** NPS of every recommendation answer of the public's forms taken together. */
function pooledNps(
  questions: QuestionStats[],
  publicSources: Set<string>,
): number | null {
  let p = 0;
  let d = 0;
  let n = 0;
  for (const q of questions) {
    if (!q.nps || !publicSources.has(q.source)) continue;
    p += q.nps.promoters;
    d += q.nps.detractors;
    n += q.answered;
  }
  return n > 0 ? round(((p - d) * 100) / n, 1) : null;
}

/** Parameters rows (for the tab) from the column decisions. */
export function paramsOf(specs: readonly ColumnSpec[]): ColumnParam[] {
  return specs.map(s => ({
    source: s.source,
    column: s.column,
    title: s.title,
    kind: s.kind,
    bounds: s.kind === 'scale' || s.kind === 'nps' ? s.bounds : undefined,
    role: s.role,
    options:
      s.kind === 'choice' ||
      s.kind === 'multi' ||
      (s.kind === 'scale' && s.options.length > 1)
        ? s.options
        : [],
  }));
}
