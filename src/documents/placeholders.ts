/**
 * Staff templates: finding `{{Nom du champ}}`, `{{Nom du champ|format}}`,
 * `{{#programme}}…{{/programme}}` in a template's text, checking every name
 * against the known fields before anything is generated (unknown names come
 * back with the closest known one), and formatting values. Pure code: the
 * adapter (template.ts) reads the texts and applies the replacements.
 */
import {normalizeKey} from '../gas/table';
import {appendAll} from '../shared/arrays';

export type TemplatePart = 'body' | 'header' | 'footer';

/** A field as written in the template. */
export interface PlaceholderUse {
  /** The exact text found, braces included: what replaceText looks for. */
  raw: string;
  name: string;
  formatter: string | null;
  part: TemplatePart;
  /** The repeated table the placeholder sits in, or null (document-wide). */
  block: string | null;
}

export type IssueKind =
  | 'unknownField'
  | 'unknownFormatter'
  | 'unknownTable'
  | 'unclosed'
  | 'unclosedBlock'
  | 'strayClose';

export interface TemplateIssue {
  kind: IssueKind;
  part: TemplatePart;
  /** The name or the text excerpt at fault. */
  text: string;
  /** The closest known name, when one exists. */
  suggestion: string | null;
}

/** What a template may use: document-wide fields, repeated tables and their columns. */
export interface KnownNames {
  fields: readonly string[];
  tables: Readonly<Record<string, readonly string[]>>;
  formatters: readonly string[];
}

export interface TemplateAnalysis {
  uses: PlaceholderUse[];
  /** Tables repeated, in order of first appearance. */
  blocks: string[];
  issues: TemplateIssue[];
}

/** Edit distance (insertions, deletions, substitutions), two-row dynamic programme. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The known name closest to `name` (compared without case or accents), or
 * null when nothing is near enough to be a plausible typo (more than half
 * the letters differ).
 */
export function closestName(
  name: string,
  known: readonly string[],
): string | null {
  const key = normalizeKey(name);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = levenshtein(key, normalizeKey(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === null) return null;
  const limit = Math.max(2, Math.ceil(Math.max(key.length, 1) / 2));
  return bestDistance <= limit ? best : null;
}

/** Finds `name` among `known` ignoring case, accents and punctuation. */
export function findName(
  name: string,
  known: readonly string[],
): string | null {
  const key = normalizeKey(name);
  return known.find(k => normalizeKey(k) === key) ?? null;
}

const EXCERPT = 30;

/**
 * Reads every placeholder of one part's text. A `{{` with no `}}` before the
 * next `{{` or the end is reported as unclosed; a block opened and not closed
 * (or closed and not opened) too.
 */
export function scanPart(
  text: string,
  part: TemplatePart,
  known: KnownNames,
): TemplateAnalysis {
  const uses: PlaceholderUse[] = [];
  const blocks: string[] = [];
  const issues: TemplateIssue[] = [];
  const open: string[] = [];
  let i = 0;
  for (;;) {
    const start = text.indexOf('{{', i);
    if (start < 0) break;
    const end = text.indexOf('}}', start + 2);
    const nextOpen = text.indexOf('{{', start + 2);
    if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
      issues.push({
        kind: 'unclosed',
        part,
        text: text
          .slice(
            start,
            Math.min(start + EXCERPT, nextOpen < 0 ? text.length : nextOpen),
          )
          .split('\n')[0],
        suggestion: null,
      });
      i = start + 2;
      continue;
    }
    const raw = text.slice(start, end + 2);
    const inner = text.slice(start + 2, end).trim();
    i = end + 2;
    if (inner.startsWith('#') || inner.startsWith('/')) {
      const tableNames = Object.keys(known.tables);
      const name = inner.slice(1).trim();
      const table = findName(name, tableNames);
      if (!table) {
        issues.push({
          kind: 'unknownTable',
          part,
          text: name,
          suggestion: closestName(name, tableNames),
        });
        continue;
      }
      if (inner.startsWith('#')) {
        open.push(table);
        if (!blocks.includes(table)) blocks.push(table);
      } else if (open[open.length - 1] === table) {
        open.pop();
      } else {
        issues.push({kind: 'strayClose', part, text: raw, suggestion: null});
      }
      continue;
    }
    const bar = inner.indexOf('|');
    const name = (bar < 0 ? inner : inner.slice(0, bar)).trim();
    const formatterText = bar < 0 ? '' : inner.slice(bar + 1).trim();
    const block = open.length ? open[open.length - 1] : null;
    const scope = block
      ? [...(known.tables[block] ?? []), ...known.fields]
      : known.fields;
    const found = findName(name, scope);
    if (!found) {
      issues.push({
        kind: 'unknownField',
        part,
        text: name,
        suggestion: closestName(name, scope),
      });
      continue;
    }
    let formatter: string | null = null;
    if (formatterText) {
      formatter = findName(formatterText, known.formatters);
      if (!formatter) {
        issues.push({
          kind: 'unknownFormatter',
          part,
          text: formatterText,
          suggestion: closestName(formatterText, known.formatters),
        });
        continue;
      }
    }
    uses.push({raw, name: found, formatter, part, block});
  }
  for (const table of open) {
    issues.push({
      kind: 'unclosedBlock',
      part,
      text: `{{#${table}}}`,
      suggestion: null,
    });
  }
  return {uses, blocks, issues};
}

/** Analyses the body, header and footer texts of a template together. */
export function analyseTemplate(
  parts: readonly {part: TemplatePart; text: string}[],
  known: KnownNames,
): TemplateAnalysis {
  const all: TemplateAnalysis = {uses: [], blocks: [], issues: []};
  for (const {part, text} of parts) {
    const r = scanPart(text, part, known);
    appendAll(all.uses, r.uses);
    for (const b of r.blocks) if (!all.blocks.includes(b)) all.blocks.push(b);
    appendAll(all.issues, r.issues);
  }
  // The same mistake written twice is reported once.
  const seen = new Set<string>();
  all.issues = all.issues.filter(issue => {
    const key = `${issue.kind}|${issue.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return all;
}

/** Escapes text for a regular expression (Docs replaceText takes one). */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
