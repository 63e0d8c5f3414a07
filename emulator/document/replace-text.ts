/**
 * Text walking and replaceText: RE2 patterns, Java replacement rules.
 * Reference: https://developers.google.com/apps-script/reference/document/body#replaceText(String,String)
 */
import type {DocEl} from './internal';
import {ContainerEl, ParaEl, TableEl, TableRowEl, TextEl} from './internal';

/** Where text can be edited: a run of segments (Text elements or separators). */
export interface Segment {
  el: TextEl | null;
  start: number;
  len: number;
}

/** Plain text of an element (no metering). */
export function plain(el: DocEl): string {
  if (el instanceof TextEl) return el.runs.map(r => r.text).join('');
  if (el instanceof ParaEl) return el.children.map(plain).join('');
  if (el instanceof TableEl) return el.children.map(plain).join('\n');
  if (el instanceof TableRowEl) return el.children.map(plain).join('\t');
  if (el instanceof ContainerEl) return el.children.map(plain).join('\n');
  return '';
}

export function paragraphsIn(el: DocEl): ParaEl[] {
  if (el instanceof ParaEl) return [el];
  if (el instanceof ContainerEl) return el.children.flatMap(paragraphsIn);
  return [];
}

export function segmentsOfParagraph(p: ParaEl): Segment[] {
  const segs: Segment[] = [];
  let at = 0;
  for (const c of p.children) {
    const len = c instanceof TextEl ? c.length() : 1;
    segs.push({el: c instanceof TextEl ? c : null, start: at, len});
    at += len;
  }
  return segs;
}

/** Converts Google's RE2 pattern to a JavaScript RegExp (global). */
export function googleRegex(pattern: string): RegExp {
  let p = String(pattern);
  let flags = 'g';
  const m = /^\(\?([ims]+)\)/.exec(p);
  if (m) {
    p = p.slice(m[0].length);
    if (m[1].includes('i')) flags += 'i';
    if (m[1].includes('s')) flags += 's';
    if (m[1].includes('m')) flags += 'm';
  }
  return new RegExp(p, flags);
}

/** Java's Matcher.appendReplacement rules, as Apps Script's replaceText uses. */
export function javaReplacement(
  replacement: string,
  match: RegExpExecArray,
): string {
  let out = '';
  const r = String(replacement);
  for (let i = 0; i < r.length; i++) {
    const c = r[i];
    if (c === '\\') {
      i++;
      if (i >= r.length) throw new Error('character to be escaped is missing');
      out += r[i];
    } else if (c === '$') {
      i++;
      if (i >= r.length || !/[0-9]/.test(r[i])) {
        throw new Error('Illegal group reference');
      }
      let n = Number(r[i]);
      while (
        i + 1 < r.length &&
        /[0-9]/.test(r[i + 1]) &&
        n * 10 + Number(r[i + 1]) < match.length
      ) {
        i++;
        n = n * 10 + Number(r[i]);
      }
      if (n >= match.length) throw new Error(`No group ${n}`);
      out += match[n] ?? '';
    } else {
      out += c;
    }
  }
  return out;
}

/** Replaces [start, end) of a segmented text with `text`, formatted as the first replaced character. */
export function replaceInSegments(
  segs: Segment[],
  start: number,
  end: number,
  text: string,
): void {
  let inserted = false;
  for (const s of segs) {
    if (!s.el) continue;
    const ls = Math.max(start, s.start) - s.start;
    const le = Math.min(end, s.start + s.len) - s.start;
    const touches =
      le > ls ||
      (start === end && start >= s.start && start <= s.start + s.len);
    if (!touches) continue;
    s.el.replaceRange(ls, Math.max(ls, le), inserted ? '' : text);
    inserted = true;
  }
}

/** Applies replaceText to one paragraph; returns whether something changed. */
export function replaceInParagraph(
  p: ParaEl,
  re: RegExp,
  replacement: string,
): void {
  const segs = segmentsOfParagraph(p);
  const whole = segs
    .map(s => (s.el ? s.el.runs.map(r => r.text).join('') : '\uFFFC'))
    .join('');
  const found: {start: number; end: number; text: string}[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(whole)) !== null) {
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      text: javaReplacement(replacement, m),
    });
    if (m[0].length === 0) re.lastIndex++;
  }
  for (const f of found.reverse())
    replaceInSegments(segs, f.start, f.end, f.text);
}
