/**
 * Standalone HTML pages showing what the emulator holds (no external CSS or
 * JS; every text is escaped; e-mail bodies sit in a sandboxed iframe).
 *
 * Exports:
 *   renderSpreadsheetHtml(dump: SpreadsheetDump, opts?: {now?: Date}): string
 *   renderDocumentHtml(tree: DocNode): string
 *   renderFormHtml(form: FormDump): string
 *   renderMailHtml(mail: SentMail): string
 *   renderTriggersHtml(list: TriggerView[]): string
 *   renderIndexHtml(entries: IndexEntry[]): string
 *   writeArtefacts(outDir: string, dump: ArtefactsDump): string[]
 *       — writes `<kind>-<id>.html` + `.json` per artefact, triggers.html/.json,
 *         drive.json and index.html; returns the written paths.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type {SentMail} from './env';
import type {DocNode} from './docs';
import type {FormDump} from './forms';
import type {DriveEntryDump} from './drive';
import type {
  ConditionalRuleDump,
  DumpCell,
  SheetDump,
  SpreadsheetDump,
} from './spreadsheet/dump';

export function esc(v: unknown): string {
  return String(v ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Only colours we can put in a style attribute safely. */
function color(c: unknown): string | null {
  const s = String(c ?? '').trim();
  return /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}|rgba?\([0-9.,\s%]+\))$/.test(s)
    ? s
    : null;
}

function safeUrl(u: unknown): string | null {
  const s = String(u ?? '');
  return /^(https?:|mailto:)/i.test(s) ? s : null;
}

const CSS_BASE = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#202124;background:#f8f9fa}
header.top{background:#fff;border-bottom:1px solid #dadce0;padding:12px 20px;position:sticky;top:0;z-index:5}
header.top h1{font-size:18px;margin:0;font-weight:500}
header.top .meta{color:#5f6368;font-size:12px}
main{padding:16px 20px}
a{color:#1a73e8}
.muted{color:#5f6368}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;background:#e8f0fe;color:#1967d2;margin-left:6px}
table.info{border-collapse:collapse;background:#fff}
table.info td,table.info th{border:1px solid #dadce0;padding:4px 8px;text-align:left;vertical-align:top}
table.info th{background:#f1f3f4;font-weight:500}
`;

function page(title: string, body: string, extraCss = ''): string {
  return `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>${CSS_BASE}${extraCss}</style></head>
<body>${body}</body></html>
`;
}

// ---------------------------------------------------------------- spreadsheets

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

// ---------------------------------------------------------------- documents

function runsHtml(node: DocNode): string {
  const parts: string[] = [];
  for (const child of node.children ?? []) {
    if (child.type === 'TEXT') {
      for (const r of child.runs ?? []) {
        const a = r.attrs;
        const css: string[] = [];
        if (a.BOLD) css.push('font-weight:700');
        if (a.ITALIC) css.push('font-style:italic');
        const deco = [
          a.UNDERLINE ? 'underline' : '',
          a.STRIKETHROUGH ? 'line-through' : '',
        ].filter(Boolean);
        if (deco.length) css.push(`text-decoration:${deco.join(' ')}`);
        if (color(a.FOREGROUND_COLOR))
          css.push(`color:${color(a.FOREGROUND_COLOR)}`);
        if (color(a.BACKGROUND_COLOR))
          css.push(`background:${color(a.BACKGROUND_COLOR)}`);
        if (typeof a.FONT_SIZE === 'number')
          css.push(`font-size:${a.FONT_SIZE}pt`);
        if (
          typeof a.FONT_FAMILY === 'string' &&
          /^[\w -]+$/.test(a.FONT_FAMILY)
        ) {
          css.push(`font-family:'${a.FONT_FAMILY}'`);
        }
        const text = esc(r.text).replace(/\r|\n/g, '<br>');
        let html = css.length
          ? `<span style="${esc(css.join(';'))}">${text}</span>`
          : text;
        const url = safeUrl(a.LINK_URL);
        if (url) html = `<a href="${esc(url)}">${html}</a>`;
        parts.push(html);
      }
    } else if (child.type === 'INLINE_IMAGE') {
      const src =
        child.dataUri && /^data:image\//.test(child.dataUri)
          ? child.dataUri
          : '';
      parts.push(
        `<img alt="" src="${esc(src)}" width="${Number(child.width) || 0}" height="${Number(child.height) || 0}">`,
      );
    } else if (child.type === 'PAGE_BREAK') {
      parts.push('<span class="page-break" title="Saut de page"></span>');
    } else if (child.type === 'HORIZONTAL_RULE') {
      parts.push('<hr>');
    }
  }
  return parts.join('');
}

const HEADING_TAG: Record<string, string> = {
  HEADING1: 'h1',
  HEADING2: 'h2',
  HEADING3: 'h3',
  HEADING4: 'h4',
  HEADING5: 'h5',
  HEADING6: 'h6',
  TITLE: 'h1',
  SUBTITLE: 'p',
};

function blocksHtml(nodes: DocNode[]): string {
  let out = '';
  let i = 0;
  while (i < nodes.length) {
    const n = nodes[i];
    if (n.type === 'LIST_ITEM') {
      const items: DocNode[] = [];
      while (
        i < nodes.length &&
        nodes[i].type === 'LIST_ITEM' &&
        nodes[i].listId === n.listId
      ) {
        items.push(nodes[i]);
        i++;
      }
      const ordered = /NUMBER|LATIN|ROMAN/.test(n.glyphType ?? '');
      const tag = ordered ? 'ol' : 'ul';
      out += `<${tag}>${items
        .map(
          it =>
            `<li style="margin-left:${(it.nestingLevel ?? 0) * 24}px">${runsHtml(it) || '&nbsp;'}</li>`,
        )
        .join('')}</${tag}>`;
      continue;
    }
    out += blockHtml(n);
    i++;
  }
  return out;
}

function blockHtml(n: DocNode): string {
  if (n.type === 'PARAGRAPH') {
    const tag = HEADING_TAG[n.heading ?? ''] ?? 'p';
    const cls =
      n.heading === 'TITLE'
        ? ' class="title"'
        : n.heading === 'SUBTITLE'
          ? ' class="subtitle"'
          : '';
    const align = ['CENTER', 'RIGHT', 'JUSTIFY'].includes(String(n.alignment))
      ? ` style="text-align:${String(n.alignment).toLowerCase()}"`
      : '';
    return `<${tag}${cls}${align}>${runsHtml(n) || '&nbsp;'}</${tag}>`;
  }
  if (n.type === 'TABLE') {
    const border = color(n.borderColor) ?? '#000';
    const rows = (n.children ?? [])
      .map(
        r =>
          `<tr>${(r.children ?? [])
            .map(
              c =>
                `<td style="border-color:${border}${color(c.background) ? `;background:${color(c.background)}` : ''}">${blocksHtml(c.children ?? [])}</td>`,
            )
            .join('')}</tr>`,
      )
      .join('');
    return `<table class="doc">${rows}</table>`;
  }
  return '';
}

const CSS_DOC = `
.page{background:#fff;max-width:816px;margin:16px auto;padding:72px 80px;box-shadow:0 1px 3px rgba(0,0,0,.2);font:11pt/1.5 Arial,Helvetica,sans-serif}
.section-h,.section-f{color:#5f6368;border:1px dashed #dadce0;padding:6px 10px;margin:0 -10px 24px}
.section-f{margin:24px -10px 0}
.page h1{font-size:20pt;font-weight:400;margin:20pt 0 6pt}.page h1.title{font-size:26pt}
.page h2{font-size:16pt;font-weight:400;margin:18pt 0 6pt}.page h3{font-size:14pt;font-weight:400;color:#434343}
.page p{margin:0 0 4pt}.page p.subtitle{font-size:15pt;color:#666}
table.doc{border-collapse:collapse;width:100%;margin:6pt 0}table.doc td{border:1px solid;padding:5pt;vertical-align:top}
span.page-break{display:block;border-top:2px dashed #9aa0a6;margin:18px -80px;position:relative}
span.page-break::after{content:"saut de page";position:absolute;right:8px;top:-10px;background:#fff;color:#9aa0a6;font-size:10px;padding:0 4px}
img{max-width:100%;height:auto}
`;

/** A Google Docs document as a page. */
export function renderDocumentHtml(tree: DocNode): string {
  const sections = tree.children ?? [];
  const part = (type: string, cls: string) => {
    const s = sections.find(x => x.type === type);
    return s ? `<div class="${cls}">${blocksHtml(s.children ?? [])}</div>` : '';
  };
  const body = `<header class="top"><h1>${esc(tree.name ?? 'Document')}</h1><div class="meta">Document · ${esc(tree.id ?? '')}</div></header>
<main><div class="page">${part('HEADER_SECTION', 'section-h')}${part('BODY_SECTION', 'body')}${part('FOOTER_SECTION', 'section-f')}</div></main>`;
  return page(tree.name ?? 'Document', body, CSS_DOC);
}

// ---------------------------------------------------------------- forms

const CSS_FORM = `
.form{max-width:720px;margin:16px auto}
.card{background:#fff;border:1px solid #dadce0;border-radius:8px;padding:20px 24px;margin-bottom:12px}
.card.head{border-top:10px solid #673ab7}
.card h2{font-size:24px;font-weight:400;margin:0 0 8px}
.q{font-size:16px;margin-bottom:10px}.req{color:#d93025}
.help{color:#5f6368;font-size:12px;margin:-6px 0 10px}
.opt{display:block;margin:6px 0}
.scale{display:flex;gap:14px;align-items:flex-end}.scale label{display:flex;flex-direction:column;align-items:center}
.section{background:#673ab7;color:#fff;border-radius:8px 8px 0 0;padding:8px 24px;display:inline-block}
input[type=text],textarea{width:60%;border:0;border-bottom:1px solid #dadce0;font:inherit;padding:4px 0}
`;

function formItemHtml(item: FormDump['items'][number]): string {
  const name = `i${item.id}`;
  const title = `<div class="q">${esc(item.title)}${item.required ? ' <span class="req">*</span>' : ''}</div>${
    item.helpText ? `<div class="help">${esc(item.helpText)}</div>` : ''
  }`;
  const choices = item.choices ?? [];
  switch (item.type) {
    case 'SECTION_HEADER':
      return `<div class="card"><h3>${esc(item.title)}</h3>${item.helpText ? `<div class="help">${esc(item.helpText)}</div>` : ''}</div>`;
    case 'PAGE_BREAK':
      return `<div class="section">Section : ${esc(item.title)}</div>`;
    case 'MULTIPLE_CHOICE':
    case 'CHECKBOX': {
      const type = item.type === 'CHECKBOX' ? 'checkbox' : 'radio';
      const opts = choices.map(
        c =>
          `<label class="opt"><input type="${type}" name="${name}" disabled> ${esc(c)}</label>`,
      );
      if (item.otherOption)
        opts.push(
          `<label class="opt"><input type="${type}" disabled> Autre : ____</label>`,
        );
      return `<div class="card">${title}${opts.join('')}</div>`;
    }
    case 'LIST':
      return `<div class="card">${title}<select disabled><option>Choisir</option>${choices
        .map(c => `<option>${esc(c)}</option>`)
        .join('')}</select></div>`;
    case 'SCALE': {
      const [lo, hi] = item.bounds ?? [1, 5];
      const [l1, l2] = item.labels ?? ['', ''];
      let cells = '';
      for (let v = lo; v <= hi; v++)
        cells += `<label>${v}<input type="radio" name="${name}" disabled></label>`;
      return `<div class="card">${title}<div class="scale"><span>${esc(l1)}</span>${cells}<span>${esc(l2)}</span></div></div>`;
    }
    case 'GRID':
    case 'CHECKBOX_GRID': {
      const cols = item.columns ?? [];
      const type = item.type === 'GRID' ? 'radio' : 'checkbox';
      const rows = (item.rows ?? [])
        .map(
          (r, i) =>
            `<tr><th>${esc(r)}</th>${cols.map(() => `<td><input type="${type}" name="${name}-${i}" disabled></td>`).join('')}</tr>`,
        )
        .join('');
      return `<div class="card">${title}<table class="info"><tr><th></th>${cols.map(c => `<th>${esc(c)}</th>`).join('')}</tr>${rows}</table></div>`;
    }
    case 'PARAGRAPH_TEXT':
      return `<div class="card">${title}<textarea rows="3" disabled placeholder="Réponse longue"></textarea></div>`;
    default:
      return `<div class="card">${title}<input type="text" disabled placeholder="Réponse courte"></div>`;
  }
}

/** A form as its respondents see it, then its responses. */
export function renderFormHtml(form: FormDump): string {
  const responses = form.responses.length
    ? `<div class="card"><h3>${form.responses.length} réponse(s)</h3><table class="info"><tr><th>Horodateur</th>${
        form.collectsEmail ? '<th>E-mail</th>' : ''
      }<th>Réponses</th></tr>${form.responses
        .map(
          r =>
            `<tr><td>${esc(r.timestamp)}</td>${form.collectsEmail ? `<td>${esc(r.email)}</td>` : ''}<td>${r.answers
              .map(
                a =>
                  `<b>${esc(a.title)}</b> : ${esc(Array.isArray(a.response) ? a.response.map(x => (Array.isArray(x) ? x.join(', ') : x)).join(' | ') : a.response)}`,
              )
              .join('<br>')}</td></tr>`,
        )
        .join('')}</table></div>`
    : '<p class="muted">Aucune réponse.</p>';
  const dest = form.destination
    ? `Réponses dans la feuille « ${esc(form.destination.sheetName)} » (${esc(form.destination.spreadsheetId)})`
    : 'Pas de feuille de réponses';
  const body = `<header class="top"><h1>${esc(form.title)}</h1><div class="meta">Formulaire · ${esc(form.id)} · ${dest}${
    form.acceptingResponses ? '' : ' · fermé'
  }</div></header>
<main><div class="form"><div class="card head"><h2>${esc(form.title)}</h2>${
    form.description
      ? `<div>${esc(form.description).replace(/\n/g, '<br>')}</div>`
      : ''
  }${form.collectsEmail ? '<div class="help">Adresse e-mail collectée</div>' : ''}</div>
${form.items.map(formItemHtml).join('\n')}
${form.confirmationMessage ? `<div class="card muted">Message de confirmation : ${esc(form.confirmationMessage)}</div>` : ''}
${responses}</div></main>`;
  return page(form.title, body, CSS_FORM);
}

// ---------------------------------------------------------------- mails

const CSS_MAIL = `
.mail{max-width:860px;margin:16px auto;background:#fff;border:1px solid #dadce0;border-radius:8px;overflow:hidden}
.mail .hdr{padding:14px 20px;border-bottom:1px solid #dadce0}
.mail .hdr h2{margin:0 0 8px;font-size:20px;font-weight:400}
.mail .hdr div{font-size:13px;color:#5f6368}
.mail iframe{width:100%;height:70vh;border:0}
.mail pre{white-space:pre-wrap;padding:16px 20px;margin:0;font:inherit}
`;

/** A sent e-mail: envelope, then its HTML body in a sandboxed iframe (or its text). */
export function renderMailHtml(mail: SentMail): string {
  const at =
    Object.prototype.toString.call(mail.at) === '[object Date]'
      ? `${mail.at.toISOString().slice(0, 16).replace('T', ' ')} UTC`
      : String(mail.at);
  const line = (label: string, v: string) =>
    v ? `<div><b>${esc(label)} :</b> ${esc(v)}</div>` : '';
  const body =
    mail.htmlBody !== null && mail.htmlBody !== undefined
      ? `<iframe sandbox="" referrerpolicy="no-referrer" srcdoc="${esc(mail.htmlBody)}" title="Corps du message"></iframe>`
      : `<pre>${esc(mail.body)}</pre>`;
  const html = `<header class="top"><h1>${esc(mail.subject)}</h1><div class="meta">E-mail envoyé le ${esc(at)}</div></header>
<main><div class="mail"><div class="hdr"><h2>${esc(mail.subject)}</h2>
${line('De', mail.name ? `${mail.name} <${mail.from}>` : mail.from)}${line('À', mail.to.join(', '))}${line('Cc', mail.cc.join(', '))}${line(
    'Cci',
    mail.bcc.join(', '),
  )}${line('Répondre à', mail.replyTo ?? '')}${line('Date', at)}${line(
    'Pièces jointes',
    mail.attachments
      .map(a => `${a.name} (${a.contentType}, ${a.bytes} o)`)
      .join(', '),
  )}</div>${body}</div></main>`;
  return page(mail.subject || '(sans objet)', html, CSS_MAIL);
}

// ---------------------------------------------------------------- triggers

export interface TriggerView {
  uid: string;
  handler: string;
  type: string;
  source?: string;
  sourceId?: string | null;
  owner?: string;
  schedule?: unknown;
  nextDueMs?: number | null;
  lastFiredMs?: number | null;
  spent?: boolean;
}

function describeSchedule(s: unknown): string {
  if (!s || typeof s !== 'object') return '';
  const o = s as Record<string, unknown>;
  const bits = Object.entries(o)
    .filter(([k, v]) => v !== null && v !== undefined && k !== 'createdMs')
    .map(
      ([k, v]) =>
        `${k}=${k === 'atMs' ? new Date(Number(v)).toISOString() : String(v)}`,
    );
  return bits.join(', ');
}

/** The installed triggers as a table. */
export function renderTriggersHtml(list: TriggerView[]): string {
  const rows = list
    .map(
      t =>
        `<tr><td>${esc(t.uid)}</td><td>${esc(t.handler)}</td><td>${esc(t.type)}</td><td>${esc(t.source ?? '')} ${esc(
          t.sourceId ?? '',
        )}</td><td>${esc(t.owner ?? '')}</td><td>${esc(describeSchedule(t.schedule))}</td><td>${
          t.nextDueMs ? esc(new Date(t.nextDueMs).toISOString()) : ''
        }</td><td>${t.lastFiredMs ? esc(new Date(t.lastFiredMs).toISOString()) : ''}${t.spent ? ' (terminé)' : ''}</td></tr>`,
    )
    .join('');
  const body = `<header class="top"><h1>Déclencheurs installés</h1><div class="meta">${list.length} déclencheur(s)</div></header>
<main><table class="info"><tr><th>Id</th><th>Fonction</th><th>Type</th><th>Source</th><th>Propriétaire</th><th>Planification</th><th>Prochaine exécution</th><th>Dernière exécution</th></tr>${rows}</table></main>`;
  return page('Déclencheurs', body);
}

// ---------------------------------------------------------------- index & files

export interface IndexEntry {
  title: string;
  href: string;
  kind: string;
}

const KIND_LABEL: Record<string, string> = {
  spreadsheet: 'Feuilles de calcul',
  form: 'Formulaires',
  document: 'Documents',
  mail: 'E-mails envoyés',
  triggers: 'Déclencheurs',
  drive: 'Drive',
};

/** The index page: links to every artefact, grouped by kind. */
export function renderIndexHtml(entries: IndexEntry[]): string {
  const kinds = [...new Set(entries.map(e => e.kind))];
  const groups = kinds
    .map(
      k =>
        `<h2>${esc(KIND_LABEL[k] ?? k)}</h2><ul>${entries
          .filter(e => e.kind === k)
          .map(
            e =>
              `<li><a href="${esc(e.href.replace(/^javascript:/i, ''))}">${esc(e.title)}</a></li>`,
          )
          .join('')}</ul>`,
    )
    .join('');
  const body = `<header class="top"><h1>Espace de travail émulé</h1><div class="meta">${entries.length} élément(s)</div></header><main>${
    groups || '<p class="muted">Rien à montrer.</p>'
  }</main>`;
  return page(
    'Espace de travail émulé',
    body,
    'main h2{font-size:16px;font-weight:500;margin:18px 0 6px}',
  );
}

/** What writeArtefacts needs (a subset of the workspace dump). */
export interface ArtefactsDump {
  spreadsheets?: SpreadsheetDump[];
  forms?: FormDump[];
  documents?: DocNode[];
  mails?: SentMail[];
  triggers?: TriggerView[];
  files?: DriveEntryDump[];
}

function safeId(id: unknown): string {
  return String(id ?? '').replace(/[^A-Za-z0-9_-]/g, '_') || 'x';
}

/** Writes one HTML page and one JSON file per artefact, plus index.html; returns the paths. */
export function writeArtefacts(
  outDir: string,
  dump: ArtefactsDump,
  opts: {now?: Date} = {},
): string[] {
  fs.mkdirSync(outDir, {recursive: true});
  const written: string[] = [];
  const entries: IndexEntry[] = [];
  const write = (name: string, content: string) => {
    const file = path.join(outDir, name);
    fs.writeFileSync(file, content);
    written.push(file);
  };
  const both = (
    kind: string,
    id: string,
    title: string,
    html: string,
    json: unknown,
  ) => {
    const base = `${kind}-${safeId(id)}`;
    write(`${base}.html`, html);
    write(`${base}.json`, `${JSON.stringify(json, null, 2)}\n`);
    entries.push({title, href: `${base}.html`, kind});
  };
  for (const ss of dump.spreadsheets ?? []) {
    both('spreadsheet', ss.id, ss.name, renderSpreadsheetHtml(ss, opts), ss);
  }
  for (const f of dump.forms ?? [])
    both('form', f.id, f.title, renderFormHtml(f), f);
  for (const d of dump.documents ?? []) {
    both(
      'document',
      d.id ?? 'doc',
      d.name ?? 'Document',
      renderDocumentHtml(d),
      d,
    );
  }
  (dump.mails ?? []).forEach((m, i) => {
    both(
      'mail',
      String(i + 1),
      `${m.subject} → ${m.to.join(', ')}`,
      renderMailHtml(m),
      m,
    );
  });
  if (dump.triggers) {
    write('triggers.html', renderTriggersHtml(dump.triggers));
    write('triggers.json', `${JSON.stringify(dump.triggers, null, 2)}\n`);
    entries.push({
      title: `${dump.triggers.length} déclencheur(s)`,
      href: 'triggers.html',
      kind: 'triggers',
    });
  }
  if (dump.files) {
    write('drive.json', `${JSON.stringify(dump.files, null, 2)}\n`);
    entries.push({
      title: `${dump.files.length} fichier(s) et dossier(s)`,
      href: 'drive.json',
      kind: 'drive',
    });
  }
  write('index.html', renderIndexHtml(entries));
  return written;
}
