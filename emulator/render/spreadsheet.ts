/**
 * A spreadsheet dump as an HTML page (conditional formats applied as Sheets shows them).
 */
import type {
  ConditionalRuleDump,
  DumpCell,
  SheetDump,
  SpreadsheetDump,
} from '../spreadsheet/dump';
import {color, esc, page, safeUrl} from './common';

function colLetter(n: number): string {
  let s = '';
  let x = n;
  while (x > 0) {
    const r = (x - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    x = Math.floor((x - 1) / 26);
  }
  return s;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "B3" → {row: 3, col: 2}; "A1:C4" → every cell inside (clipped to the sheet's data). */
function cellsOf(
  a1: string,
  maxRow: number,
  maxCol: number,
): {row: number; col: number}[] {
  const clean = a1.replace(/^.*!/, '').replace(/\$/g, '');
  const [a, b] = clean.split(':');
  const p = (s: string, end: boolean) => {
    const m = /^([A-Z]*)(\d*)$/i.exec(s);
    if (!m) return null;
    return {
      col: m[1] ? colNumber(m[1]) : end ? maxCol : 1,
      row: m[2] ? Number(m[2]) : end ? maxRow : 1,
    };
  };
  const s = p(a, false);
  const e = b ? p(b, true) : s;
  if (!s || !e) return [];
  const out: {row: number; col: number}[] = [];
  for (let r = s.row; r <= Math.min(e.row, maxRow); r++) {
    for (let c = s.col; c <= Math.min(e.col, maxCol); c++)
      out.push({row: r, col: c});
  }
  return out;
}

function isDateCell(v: DumpCell | undefined): v is {date: string} {
  return typeof v === 'object' && v !== null && 'date' in v;
}

/** Offset of a time zone at an instant, in ms (0 for an unknown zone). */
function tzOffsetMs(ms: number, tz: string): number {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }).formatToParts(new Date(ms));
    const get = (t: string) => Number(parts.find(p => p.type === t)?.value);
    const wall = Date.UTC(
      get('year'),
      get('month') - 1,
      get('day'),
      get('hour'),
      get('minute'),
      get('second'),
    );
    return wall - Math.floor(ms / 1000) * 1000;
  } catch {
    return 0;
  }
}

/** Sheets' serial number of an instant in the spreadsheet's time zone (days since 1899-12-30). */
function serial(ms: number, tz: string): number {
  return (ms + tzOffsetMs(ms, tz)) / 86400000 + 25569;
}

/** Numbers as Sheets compares them: a date is its serial number. */
function cellNumber(v: DumpCell | undefined, tz: string): number | null {
  if (typeof v === 'number') return v;
  if (isDateCell(v)) return serial(Date.parse(v.date), tz);
  return null;
}

/**
 * A value of a simple formula operand: number, "text", TODAY()±n, a cell
 * (shifted relative to the rule's first cell), TRUE/FALSE.
 */
function operand(
  expr: string,
  sheet: SheetDump,
  dr: number,
  dc: number,
  now: Date,
  tz: string,
): DumpCell | null | undefined {
  const e = expr.trim();
  if (/^-?\d+(\.\d+)?$/.test(e)) return Number(e);
  if (/^"(.*)"$/.test(e)) return e.slice(1, -1).replace(/""/g, '"');
  if (/^(TRUE|VRAI)$/i.test(e)) return true;
  if (/^(FALSE|FAUX)$/i.test(e)) return false;
  const today = /^(TODAY|AUJOURDHUI)\(\)\s*(([+-])\s*(\d+))?$/i.exec(e);
  if (today) {
    const days = today[2] ? Number(today[4]) * (today[3] === '-' ? -1 : 1) : 0;
    return Math.floor(serial(now.getTime(), tz)) + days;
  }
  const ref = /^(\$?)([A-Z]{1,3})(\$?)(\d+)$/i.exec(e);
  if (ref) {
    const col = colNumber(ref[2]) + (ref[1] ? 0 : dc);
    const row = Number(ref[4]) + (ref[3] ? 0 : dr);
    return sheet.values[row - 1]?.[col - 1] ?? '';
  }
  return undefined;
}

function compare(
  a: DumpCell | null,
  op: string,
  b: DumpCell | null,
  tz: string,
): boolean {
  const na = cellNumber(a ?? undefined, tz);
  const nb = cellNumber(b ?? undefined, tz);
  let cmp: number;
  if (na !== null && nb !== null) cmp = na - nb;
  else {
    const sa = String(
      isDateCell(a ?? undefined) ? '' : (a ?? ''),
    ).toLowerCase();
    const sb = String(
      isDateCell(b ?? undefined) ? '' : (b ?? ''),
    ).toLowerCase();
    cmp = sa < sb ? -1 : sa > sb ? 1 : 0;
  }
  switch (op) {
    case '=':
      return cmp === 0;
    case '<>':
      return cmp !== 0;
    case '<':
      return cmp < 0;
    case '>':
      return cmp > 0;
    case '<=':
      return cmp <= 0;
    case '>=':
      return cmp >= 0;
    default:
      return false;
  }
}

/** Cells where a rule applies, evaluated here for the simple kinds when the dump gives none. */
function ruleMatches(
  rule: ConditionalRuleDump,
  sheet: SheetDump,
  now: Date,
  tz: string,
): Set<string> {
  if (rule.matches.length)
    return new Set(rule.matches.map(a => a.replace(/\$/g, '').toUpperCase()));
  const out = new Set<string>();
  const kind = rule.kind.toLowerCase().replace(/_/g, '');
  const maxRow = Math.max(sheet.lastRow, 1);
  const maxCol = Math.max(sheet.lastColumn, 1);
  for (const range of rule.ranges) {
    const cells = cellsOf(range, maxRow, maxCol);
    if (!cells.length) continue;
    const first = cells[0];
    for (const {row, col} of cells) {
      const v: DumpCell = sheet.values[row - 1]?.[col - 1] ?? '';
      const text = typeof v === 'string' ? v : isDateCell(v) ? '' : String(v);
      const arg = rule.args[0] ?? '';
      const n = Number(arg);
      const num = cellNumber(v, tz);
      let hit = false;
      if (kind === 'formula' || kind === 'customformula') {
        const m = /^=\s*(.+?)\s*(<>|<=|>=|=|<|>)\s*(.+)$/.exec(arg);
        if (m) {
          const dr = row - first.row;
          const dc = col - first.col;
          const a = operand(m[1], sheet, dr, dc, now, tz);
          const b = operand(m[3], sheet, dr, dc, now, tz);
          hit =
            a !== undefined &&
            b !== undefined &&
            a !== '' &&
            compare(a, m[2], b, tz);
        }
      } else if (kind === 'textequalto') hit = text === arg;
      else if (kind === 'textcontains') hit = text.includes(arg);
      else if (kind === 'textdoesnotcontain') hit = !text.includes(arg);
      else if (kind === 'textstartswith') hit = text.startsWith(arg);
      else if (kind === 'textendswith') hit = text.endsWith(arg);
      else if (kind === 'cellempty') hit = v === '';
      else if (kind === 'cellnotempty') hit = v !== '';
      else if (num !== null && typeof v === 'number') {
        const n2 = Number(rule.args[1]);
        if (kind === 'numbergreaterthan') hit = num > n;
        else if (kind === 'numbergreaterthanorequalto') hit = num >= n;
        else if (kind === 'numberlessthan') hit = num < n;
        else if (kind === 'numberlessthanorequalto') hit = num <= n;
        else if (kind === 'numberequalto') hit = num === n;
        else if (kind === 'numbernotequalto') hit = num !== n;
        else if (kind === 'numberbetween') hit = num >= n && num <= n2;
        else if (kind === 'numbernotbetween') hit = num < n || num > n2;
      }
      if ((kind === 'datebefore' || kind === 'dateafter') && isDateCell(v)) {
        const ref = Math.floor(
          serial(
            /today/i.test(arg) || arg === '' ? now.getTime() : Date.parse(arg),
            tz,
          ),
        );
        const day = Math.floor(serial(Date.parse(v.date), tz));
        hit = kind === 'datebefore' ? day < ref : day > ref;
      }
      if (hit) out.add(`${colLetter(col)}${row}`);
    }
  }
  return out;
}

const ROW_H = 22;

function sheetHtml(sheet: SheetDump, now: Date, tz: string): string {
  const rows = Math.max(sheet.lastRow, sheet.frozenRows, 1);
  const cols = Math.max(sheet.lastColumn, 1);
  const style = new Map<string, string[]>();
  const add = (a1: string, css: string) => {
    const k = a1.replace(/\$/g, '').toUpperCase();
    style.set(k, [...(style.get(k) ?? []), css]);
  };
  const sparse = (
    rec: Record<string, unknown>,
    css: (v: unknown) => string | null,
  ) => {
    for (const [a1, v] of Object.entries(rec ?? {})) {
      for (const {row, col} of cellsOf(a1, rows, cols)) {
        const c = css(v);
        if (c) add(`${colLetter(col)}${row}`, c);
      }
    }
  };
  sparse(sheet.backgrounds, v => (color(v) ? `background:${color(v)}` : null));
  sparse(sheet.fontColors, v => (color(v) ? `color:${color(v)}` : null));
  sparse(sheet.fontWeights, v => (v === 'bold' ? 'font-weight:600' : null));
  sparse(sheet.fontStyles, v => (v === 'italic' ? 'font-style:italic' : null));
  sparse(sheet.horizontalAlignments, v => {
    const a = String(v).replace(/^general-/, '');
    return ['left', 'center', 'right'].includes(a) ? `text-align:${a}` : null;
  });
  sparse(sheet.wraps, v => (v ? 'white-space:normal' : null));
  // Conditional formatting: the first rule that matches a cell wins, as in Sheets.
  const painted = new Set<string>();
  for (const rule of sheet.conditionalRules ?? []) {
    for (const a1 of ruleMatches(rule, sheet, now, tz)) {
      if (painted.has(a1)) continue;
      painted.add(a1);
      if (color(rule.background))
        add(a1, `background:${color(rule.background)}`);
      if (color(rule.fontColor)) add(a1, `color:${color(rule.fontColor)}`);
      if (rule.bold) add(a1, 'font-weight:600');
    }
  }
  const validations = new Map<string, SheetDump['validations'][number]>();
  for (const v of sheet.validations ?? []) {
    for (const {row, col} of cellsOf(v.a1, rows, cols))
      validations.set(`${colLetter(col)}${row}`, v);
  }
  let head = '<tr><th class="corner"></th>';
  for (let c = 1; c <= cols; c++) {
    const w = sheet.columnWidths?.[c];
    head += `<th class="colh"${w ? ` style="min-width:${Number(w)}px;max-width:${Number(w)}px"` : ''}>${colLetter(c)}</th>`;
  }
  head += '</tr>';
  let body = '';
  for (let r = 1; r <= rows; r++) {
    const frozen = r <= sheet.frozenRows;
    const cls = r === sheet.frozenRows ? 'frozen frozen-last' : 'frozen';
    const rowStyle = frozen ? ` class="${cls}" style="top:${ROW_H * r}px"` : '';
    body += `<tr${rowStyle}><th class="rowh">${r}</th>`;
    for (let c = 1; c <= cols; c++) {
      const a1 = `${colLetter(c)}${r}`;
      const raw = sheet.values[r - 1]?.[c - 1];
      const shown =
        sheet.displayValues?.[r - 1]?.[c - 1] ??
        (raw === undefined ? '' : String(raw));
      const formula = sheet.formulas?.[r - 1]?.[c - 1] ?? '';
      const note = sheet.notes?.[a1] ?? '';
      const css = [...(style.get(a1) ?? [])];
      if (typeof raw === 'number' && !css.some(s => s.startsWith('text-align')))
        css.push('text-align:right');
      if (c === sheet.frozenColumns) css.push('border-right:2px solid #9aa0a6');
      const titles: string[] = [];
      if (formula) titles.push(formula);
      if (note) titles.push(`Note : ${note}`);
      let inner = esc(shown);
      const v = validations.get(a1);
      if (v) {
        const kind = v.kind.toLowerCase();
        if (kind === 'checkbox') {
          inner = raw === true ? '☑' : '☐';
        } else if (kind === 'list' || kind === 'range') {
          titles.push(`Liste : ${v.values.join(' | ')}`);
          inner += '<span class="dd" aria-hidden="true">▾</span>';
        } else {
          titles.push(`Validation : ${v.kind} ${v.values.join(' ')}`);
        }
      }
      const cls = [note ? 'note' : '', v ? 'valid' : '']
        .filter(Boolean)
        .join(' ');
      body += `<td${cls ? ` class="${cls}"` : ''}${css.length ? ` style="${esc(css.join(';'))}"` : ''}${
        titles.length ? ` title="${esc(titles.join('\n'))}"` : ''
      }>${inner}</td>`;
    }
    body += '</tr>';
  }
  const extras: string[] = [];
  if (sheet.formUrl)
    extras.push(
      `Réponses du formulaire : <a href="${esc(safeUrl(sheet.formUrl) ?? '#')}">${esc(sheet.formUrl)}</a>`,
    );
  if (sheet.filter) extras.push(`Filtre : ${esc(sheet.filter)}`);
  for (const p of sheet.protections ?? []) {
    extras.push(
      `Protection${p.warningOnly ? ' (avertissement)' : ''} : ${esc(p.range ?? 'feuille')} ${esc(p.description)}`,
    );
  }
  for (const ch of sheet.charts ?? []) {
    extras.push(
      `Graphique ${esc(ch.type)}${ch.title ? ` « ${esc(ch.title)} »` : ''} sur ${esc(ch.ranges.join(', '))} (ligne ${esc(ch.position.row)}, colonne ${esc(ch.position.column)})`,
    );
  }
  return `<section class="sheet" id="sheet-${esc(sheet.sheetId)}">
<h2>${esc(sheet.name)}${sheet.hidden ? ' <span class="badge">masquée</span>' : ''}</h2>
${extras.length ? `<ul class="extras">${extras.map(e => `<li>${e}</li>`).join('')}</ul>` : ''}
<div class="grid-wrap"><table class="grid"><thead>${head}</thead><tbody>${body}</tbody></table></div>
</section>`;
}

const CSS_SHEET = `
nav.tabs{display:flex;gap:2px;flex-wrap:wrap;margin:0 0 12px}
nav.tabs a{padding:6px 14px;background:#fff;border:1px solid #dadce0;border-bottom:3px solid #dadce0;text-decoration:none;color:#202124;border-radius:4px 4px 0 0}
section.sheet{margin-bottom:28px}
section.sheet h2{font-size:15px;font-weight:500;margin:8px 0}
.grid-wrap{overflow:auto;max-height:80vh;background:#fff;border:1px solid #c0c0c0}
table.grid{border-collapse:separate;border-spacing:0;font-size:13px}
table.grid td,table.grid th{border-right:1px solid #e2e2e2;border-bottom:1px solid #e2e2e2;height:${ROW_H}px;padding:0 4px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:320px}
table.grid thead th{position:sticky;top:0;background:#f8f9fa;color:#5f6368;font-weight:400;z-index:3;text-align:center}
table.grid th.rowh{position:sticky;left:0;background:#f8f9fa;color:#5f6368;font-weight:400;min-width:40px;text-align:center;z-index:2}
table.grid th.corner{position:sticky;left:0;z-index:4}
table.grid tr.frozen td{position:sticky;background:#fff;z-index:1;border-bottom:1px solid #e2e2e2}
table.grid tr.frozen td:not([style*=background]){background:#fff}
table.grid tr.frozen-last td,table.grid tr.frozen-last th{border-bottom:3px solid #c0c4c9}
td.note{background-image:linear-gradient(225deg,#f29900 5px,transparent 5px)}
span.dd{color:#5f6368;float:right;margin-left:6px}
ul.extras{margin:4px 0 8px;padding-left:18px;color:#5f6368;font-size:12px}
`;

/** A spreadsheet as a Google-Sheets-like page: one grid per tab. */
export function renderSpreadsheetHtml(
  dump: SpreadsheetDump,
  opts: {now?: Date} = {},
): string {
  const now = opts.now ?? new Date();
  const tabs = dump.sheets
    .map(s => `<a href="#sheet-${esc(s.sheetId)}">${esc(s.name)}</a>`)
    .join('');
  const named = dump.namedRanges?.length
    ? `<p class="muted">Plages nommées : ${dump.namedRanges.map(n => `${esc(n.name)} = ${esc(n.range)}`).join(' ; ')}</p>`
    : '';
  const body = `<header class="top"><h1>${esc(dump.name)}</h1><div class="meta">Feuille de calcul · ${esc(dump.locale)} · ${esc(dump.timeZone)} · ${esc(dump.id)}</div></header>
<main><nav class="tabs">${tabs}</nav>${named}${dump.sheets.map(s => sheetHtml(s, now, dump.timeZone)).join('\n')}</main>`;
  return page(dump.name, body, CSS_SHEET);
}
