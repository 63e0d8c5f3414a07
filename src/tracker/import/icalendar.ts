/**
 * A reader of iCalendar files (RFC 5545), written for the add-on: Apps Script
 * has no iCalendar service, and the libraries that exist (ical.js) would add
 * some 77 KB to a bundle already over its budget. It unfolds the lines
 * (3.1), splits each content line into name, parameters and value, and nests
 * the components (VCALENDAR, VEVENT, VTIMEZONE…); helpers read TEXT, DATE,
 * DATE-TIME and DURATION values (3.3). A file that is not iCalendar, or whose
 * components are not closed (a truncated download), is refused whole with
 * the line; a line that is not a content line is kept as a fault of its
 * component, so that only that event is refused.
 */
import {AddonError} from '../../gas/errors';
import type {WallClock} from './clock';

export interface IcsProperty {
  /** Upper case ("DTSTART", "X-WR-TIMEZONE"). */
  name: string;
  /** Parameters by upper-case name; a list of values stays comma-joined. */
  params: Record<string, string>;
  /** The raw value (still escaped for TEXT). */
  value: string;
  /** Line of the file where the property starts. */
  line: number;
}

export interface IcsComponent {
  name: string;
  line: number;
  props: IcsProperty[];
  children: IcsComponent[];
  /** Lines inside the component that are not content lines. */
  faults: number[];
}

/** Longest text kept from a faulty line for a message. */
const SHOWN = 60;

interface LogicalLine {
  text: string;
  line: number;
}

/** Unfolds the physical lines: a line starting with a space or a tab continues the previous one. */
function unfold(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  const physical = text.split(/\r\n|\n|\r/);
  physical.forEach((raw, i) => {
    if ((raw[0] === ' ' || raw[0] === '\t') && out.length > 0) {
      out[out.length - 1].text += raw.slice(1);
    } else if (raw.trim() !== '') {
      out.push({text: raw, line: i + 1});
    }
  });
  return out;
}

const NAME = /^[A-Za-z0-9-]+$/;

/** One content line (name *(";" param) ":" value), or null when it is not one. */
export function parseContentLine(
  text: string,
  line: number,
): IcsProperty | null {
  let i = 0;
  while (i < text.length && text[i] !== ';' && text[i] !== ':') i++;
  const name = text.slice(0, i);
  if (!NAME.test(name) || i >= text.length) return null;
  const params: Record<string, string> = {};
  while (text[i] === ';') {
    i++;
    const eq = text.indexOf('=', i);
    if (eq < 0) return null;
    const pname = text.slice(i, eq).toUpperCase();
    if (!NAME.test(pname)) return null;
    i = eq + 1;
    const values: string[] = [];
    for (;;) {
      let value: string;
      if (text[i] === '"') {
        const close = text.indexOf('"', i + 1);
        if (close < 0) return null;
        value = text.slice(i + 1, close);
        i = close + 1;
      } else {
        const start = i;
        while (i < text.length && !';:,'.includes(text[i])) i++;
        value = text.slice(start, i);
      }
      values.push(value);
      if (text[i] !== ',') break;
      i++;
    }
    params[pname] = values.join(',');
  }
  if (text[i] !== ':') return null;
  return {name: name.toUpperCase(), params, value: text.slice(i + 1), line};
}

/** The components of the file: its VCALENDARs, each with its nested components. */
export function readIcs(text: string): IcsComponent[] {
  const lines = unfold(text.replace(/^\uFEFF/, ''));
  const first = lines[0];
  if (!first || first.text.trim().toUpperCase() !== 'BEGIN:VCALENDAR') {
    throw new AddonError('tracker.import.error.icsNotCalendar', {
      line: first?.line ?? 1,
    });
  }
  const calendars: IcsComponent[] = [];
  const open: IcsComponent[] = [];
  for (const {text: raw, line} of lines) {
    const prop = parseContentLine(raw, line);
    const current = open[open.length - 1];
    if (!prop) {
      if (!current) {
        throw new AddonError('tracker.import.error.icsLine', {
          line,
          value: raw.slice(0, SHOWN),
        });
      }
      current.faults.push(line);
      continue;
    }
    if (prop.name === 'BEGIN') {
      const component: IcsComponent = {
        name: prop.value.trim().toUpperCase(),
        line,
        props: [],
        children: [],
        faults: [],
      };
      if (current) current.children.push(component);
      else if (component.name === 'VCALENDAR') calendars.push(component);
      else {
        throw new AddonError('tracker.import.error.icsLine', {
          line,
          value: raw.slice(0, SHOWN),
        });
      }
      open.push(component);
    } else if (prop.name === 'END') {
      const name = prop.value.trim().toUpperCase();
      if (!current || current.name !== name) {
        throw new AddonError('tracker.import.error.icsNesting', {
          line,
          found: name,
          expected: current ? current.name : '—',
        });
      }
      open.pop();
    } else if (current) {
      current.props.push(prop);
    } else {
      throw new AddonError('tracker.import.error.icsLine', {
        line,
        value: raw.slice(0, SHOWN),
      });
    }
  }
  if (open.length > 0) {
    const last = open[open.length - 1];
    throw new AddonError('tracker.import.error.icsTruncated', {
      line: lines[lines.length - 1].line,
      name: last.name,
      start: last.line,
    });
  }
  return calendars;
}

/** The first property of that name, if any. */
export function prop(c: IcsComponent, name: string): IcsProperty | undefined {
  return c.props.find(p => p.name === name);
}

/** Every property of that name. */
export function props(c: IcsComponent, name: string): IcsProperty[] {
  return c.props.filter(p => p.name === name);
}

/** A TEXT value unescaped: \\n or \\N a line break, \\, \\; \\\\ the character itself. */
export function unescapeText(value: string): string {
  return value.replace(/\\(.)/g, (_m, ch: string) =>
    ch === 'n' || ch === 'N' ? '\n' : ch,
  );
}

/** The items of a TEXT list (CATEGORIES): split on unescaped commas. */
export function textList(value: string): string[] {
  const items: string[] = [];
  let cur = '';
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '\\' && i + 1 < value.length) {
      cur += value.slice(i, i + 2);
      i++;
    } else if (value[i] === ',') {
      items.push(cur);
      cur = '';
    } else {
      cur += value[i];
    }
  }
  items.push(cur);
  return items.map(s => unescapeText(s).trim()).filter(s => s !== '');
}

/** A DATE or DATE-TIME value as written, before any time zone is applied. */
export interface IcsTime {
  wall: WallClock;
  /** A DATE (whole day) rather than a DATE-TIME. */
  dateOnly: boolean;
  /** A UTC time ("Z"). */
  utc: boolean;
}

const DATE_TIME = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/;

/** One DATE or DATE-TIME value ("20261010", "20261010T140000", "…Z"), else null. */
export function parseIcsTime(value: string): IcsTime | null {
  const m = DATE_TIME.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [1, 2, 3].map(i => Number(m[i]));
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (
    mo < 1 ||
    mo > 12 ||
    check.getUTCDate() !== d ||
    check.getUTCMonth() !== mo - 1
  ) {
    return null;
  }
  if (m[4] === undefined) {
    return {wall: {y, m: mo, d, h: 0, min: 0}, dateOnly: true, utc: false};
  }
  const [h, min, s] = [4, 5, 6].map(i => Number(m[i]));
  // Second 60 is a leap second (3.3.12).
  if (h > 23 || min > 59 || s > 60) return null;
  return {wall: {y, m: mo, d, h, min}, dateOnly: false, utc: m[7] === 'Z'};
}

/** A DURATION (3.3.6): whole days (nominal) and exact milliseconds. */
export interface IcsDuration {
  days: number;
  ms: number;
}

const DURATION =
  /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

export function parseDuration(value: string): IcsDuration | null {
  const text = value.trim().toUpperCase();
  const m = DURATION.exec(text);
  if (!m || text === 'P' || text.endsWith('T')) return null;
  const n = (i: number) => (m[i] === undefined ? 0 : Number(m[i]));
  const sign = m[1] === '-' ? -1 : 1;
  // "+ 0" turns a -0 into 0.
  return {
    days: sign * (n(2) * 7 + n(3)) + 0,
    ms: sign * ((n(4) * 60 + n(5)) * 60 + n(6)) * 1000 + 0,
  };
}
