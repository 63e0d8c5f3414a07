/**
 * A small formula evaluator so that getValues returns the value of the simple
 * formulas the add-on writes (arithmetic, & concatenation, comparisons, cell
 * and range references, SUM/AVERAGE/MIN/MAX/COUNT/COUNTA/COUNTIF/IF/ROUND/
 * CONCATENATE/LEN/UPPER/LOWER/AND/OR/NOT/IFERROR/SUBSTITUTE). Anything else evaluates to
 * the marker '#FORMULA' (tests detect live formulas with getFormulas()).
 */
import type {Cell} from './format';

export const FORMULA_MARKER = '#FORMULA';

export interface FormulaContext {
  /** Value of one cell, 1-based (sheetName null: the formula's own sheet). */
  cell(sheetName: string | null, row: number, column: number): Cell;
  /** Values of a rectangle, 1-based inclusive; open ends (Infinity) stop at the sheet's grid. */
  range(
    sheetName: string | null,
    r1: number,
    c1: number,
    r2: number,
    c2: number,
  ): Cell[][];
}

/** Thrown (not an Error: no stack to capture) when a formula cannot be evaluated. */
class Unsupported {
  constructor(readonly message: string) {}
}

type Val = Cell | Cell[][];

const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!\$?[A-Za-z]*\$?\d*(?::\$?[A-Za-z]*\$?\d*)?)|(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)|(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([A-Za-z_][\w.]*)\s*\(|(TRUE|FALSE)\b|(<=|>=|<>|[-+*/^&=<>(),;:%]))/y;

interface Ref {
  sheet: string | null;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  /** $-anchored parts (not shifted when a rule's formula is applied to other cells). */
  absR1: boolean;
  absC1: boolean;
  absR2: boolean;
  absC2: boolean;
  single: boolean;
}

interface Tok {
  kind: 'str' | 'ref' | 'num' | 'fn' | 'bool' | 'op';
  text: string;
  ref?: Ref;
}

const PART = /^(\$?)([A-Za-z]*)(\$?)(\d*)$/;

function colNum(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function parseRef(text: string): Ref {
  const bang = text.lastIndexOf('!');
  const sheet =
    bang >= 0
      ? text
          .slice(0, bang)
          .replace(/^'(.*)'$/, '$1')
          .replace(/''/g, "'")
      : null;
  const [a, b] = text.slice(bang + 1).split(':');
  const pa = PART.exec(a);
  const pb = b === undefined ? pa : PART.exec(b);
  if (!pa || !pb) throw new Unsupported('ref');
  const c1 = pa[2] ? colNum(pa[2]) : 1;
  const r1 = pa[4] ? Number(pa[4]) : 1;
  const c2 = pb[2] ? colNum(pb[2]) : Infinity;
  const r2 = pb[4] ? Number(pb[4]) : Infinity;
  return {
    sheet,
    r1,
    c1,
    r2,
    c2,
    absR1: pa[3] === '$',
    absC1: pa[1] === '$',
    absR2: pb[3] === '$',
    absC2: pb[1] === '$',
    single: b === undefined,
  };
}

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < src.length) {
    if (/^\s*$/.test(src.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(src);
    if (!m) throw new Unsupported(src);
    pos = TOKEN.lastIndex;
    if (m[1])
      out.push({kind: 'str', text: m[1].slice(1, -1).replace(/""/g, '"')});
    else if (m[2]) out.push({kind: 'ref', text: m[2], ref: parseRef(m[2])});
    else if (m[3]) out.push({kind: 'ref', text: m[3], ref: parseRef(m[3])});
    else if (m[4]) out.push({kind: 'num', text: m[4]});
    else if (m[5]) out.push({kind: 'fn', text: m[5].toUpperCase()});
    else if (m[6]) out.push({kind: 'bool', text: m[6].toUpperCase()});
    else out.push({kind: 'op', text: m[7]});
  }
  return out;
}

function num(v: Val): number {
  if (Array.isArray(v)) return num(v[0]?.[0] ?? '');
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === '') return 0;
  if (v instanceof Date) return v.getTime() / 86400000 + 25569;
  const n = Number(v);
  if (Number.isNaN(n)) throw new Unsupported('#VALUE!');
  return n;
}
function str(v: Val): string {
  if (Array.isArray(v)) return str(v[0]?.[0] ?? '');
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return v.toISOString();
  return String(v);
}
function scalar(v: Val): Cell {
  return Array.isArray(v) ? (v[0]?.[0] ?? '') : v;
}
const flatCache = new WeakMap<Cell[][], Cell[]>();

function flat(args: Val[]): Cell[] {
  if (args.length === 1 && Array.isArray(args[0])) {
    // Range blocks are cached and never mutated: so is their flat copy.
    const block = args[0];
    let f = flatCache.get(block);
    if (!f) {
      f = [];
      for (const row of block) for (const v of row) f.push(v);
      flatCache.set(block, f);
    }
    return f;
  }
  const out: Cell[] = [];
  for (const a of args) {
    if (Array.isArray(a)) for (const row of a) out.push(...row);
    else out.push(a);
  }
  return out;
}

function criterion(c: Cell): (v: Cell) => boolean {
  const s = String(c);
  const m = /^(<=|>=|<>|<|>|=)?(.*)$/.exec(s)!;
  const op = m[1] ?? '=';
  const rhs = m[2];
  const rn = Number(rhs);
  const numeric = rhs !== '' && !Number.isNaN(rn);
  const text = textMatcher(rhs);
  return v => {
    if (numeric && typeof v === 'number') {
      switch (op) {
        case '<':
          return v < rn;
        case '<=':
          return v <= rn;
        case '>':
          return v > rn;
        case '>=':
          return v >= rn;
        case '<>':
          return v !== rn;
        default:
          return v === rn;
      }
    }
    const eq = text(String(v));
    return op === '<>' ? !eq : op === '=' ? eq : false;
  };
}

/**
 * Equality of a text criterion, case-insensitive, with Sheets' wildcards:
 * ? one character, * any run of characters, ~ escaping either (and itself)
 * (https://support.google.com/docs/answer/3093480, COUNTIF).
 */
function textMatcher(rhs: string): (v: string) => boolean {
  if (!/[*?~]/.test(rhs)) {
    const want = rhs.toLowerCase();
    return v => v.toLowerCase() === want;
  }
  let re = '';
  for (let i = 0; i < rhs.length; i += 1) {
    const ch = rhs[i];
    if (ch === '~' && i + 1 < rhs.length && /[*?~]/.test(rhs[i + 1])) {
      i += 1;
      re += `\\${rhs[i]}`;
    } else if (ch === '*') re += '[\\s\\S]*';
    else if (ch === '?') re += '[\\s\\S]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const pattern = new RegExp(`^${re}$`, 'i');
  return v => pattern.test(v);
}

/** Indexes matching every (range, criterion) pair of a *IFS function. */
function matchingRows(pairs: Val[]): number[] {
  if (pairs.length < 2 || pairs.length % 2) throw new Unsupported('ifs');
  const ranges: Cell[][] = [];
  const tests: ((v: Cell) => boolean)[] = [];
  for (let k = 0; k < pairs.length; k += 2) {
    ranges.push(flat([pairs[k]]));
    tests.push(criterion(scalar(pairs[k + 1])));
  }
  const out: number[] = [];
  for (let i = 0; i < ranges[0].length; i += 1) {
    if (ranges.every((r, k) => tests[k](r[i] ?? ''))) out.push(i);
  }
  return out;
}

const FUNCTIONS: Record<string, (args: Val[]) => Val> = {
  SUM: a =>
    flat(a).reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0),
  AVERAGE: a => {
    const ns = flat(a).filter((v): v is number => typeof v === 'number');
    if (!ns.length) throw new Unsupported('#DIV/0!');
    return ns.reduce((s, v) => s + v, 0) / ns.length;
  },
  MIN: a => {
    const ns = flat(a).filter((v): v is number => typeof v === 'number');
    return ns.length ? Math.min(...ns) : 0;
  },
  MAX: a => {
    const ns = flat(a).filter((v): v is number => typeof v === 'number');
    return ns.length ? Math.max(...ns) : 0;
  },
  COUNT: a => flat(a).filter(v => typeof v === 'number').length,
  COUNTA: a => flat(a).filter(v => v !== '').length,
  COUNTBLANK: a => flat(a).filter(v => v === '').length,
  COUNTIF: a => flat([a[0]]).filter(criterion(scalar(a[1]))).length,
  // Every occurrence when no occurrence number is given
  // (https://support.google.com/docs/answer/3094215).
  SUBSTITUTE: a => {
    if (a.length !== 3) throw new Unsupported('SUBSTITUTE');
    const search = String(scalar(a[1]));
    const text = String(scalar(a[0]));
    return search === '' ? text : text.split(search).join(String(scalar(a[2])));
  },
  SUMIF: a => {
    const test = criterion(scalar(a[1]));
    const keys = flat([a[0]]);
    const vals = flat([a[2] ?? a[0]]);
    return keys.reduce<number>(
      (s, k, i) =>
        s + (test(k) && typeof vals[i] === 'number' ? (vals[i] as number) : 0),
      0,
    );
  },
  IF: a => (num(a[0]) ? (a[1] ?? true) : (a[2] ?? false)),
  IFERROR: a => a[0],
  N: a => {
    const v = scalar(a[0]);
    return typeof v === 'number' ? v : typeof v === 'boolean' ? (v ? 1 : 0) : 0;
  },
  ISNUMBER: a => typeof scalar(a[0]) === 'number',
  ISTEXT: a => typeof scalar(a[0]) === 'string' && scalar(a[0]) !== '',
  COUNTIFS: a => matchingRows(a).length,
  SUMIFS: a => {
    const vals = flat([a[0]]);
    return matchingRows(a.slice(1)).reduce<number>(
      (s, i) => s + (typeof vals[i] === 'number' ? (vals[i] as number) : 0),
      0,
    );
  },
  COUNTUNIQUE: a =>
    new Set(
      flat(a)
        .filter(v => v !== '')
        .map(v => (v instanceof Date ? v.getTime() : v)),
    ).size,
  COUNTUNIQUEIFS: a => {
    const vals = flat([a[0]]);
    return new Set(
      matchingRows(a.slice(1))
        .map(i => vals[i])
        .filter(v => v !== '' && v !== undefined)
        .map(v => (v instanceof Date ? v.getTime() : v)),
    ).size;
  },
  ROUND: a => {
    const f = 10 ** (a[1] === undefined ? 0 : num(a[1]));
    return Math.round(num(a[0]) * f) / f;
  },
  ABS: a => Math.abs(num(a[0])),
  CONCATENATE: a =>
    flat(a)
      .map(v => str(v))
      .join(''),
  LEN: a => str(a[0]).length,
  UPPER: a => str(a[0]).toUpperCase(),
  LOWER: a => str(a[0]).toLowerCase(),
  TRIM: a => str(a[0]).trim().replace(/\s+/g, ' '),
  AND: a => flat(a).every(v => num(v) !== 0),
  OR: a => flat(a).some(v => num(v) !== 0),
  NOT: a => !num(a[0]),
  ISBLANK: a => scalar(a[0]) === '',
};

class Parser {
  private i = 0;
  constructor(
    private readonly toks: Tok[],
    private readonly ctx: FormulaContext,
    private readonly dr = 0,
    private readonly dc = 0,
  ) {}
  parse(): Val {
    const v = this.comparison();
    if (this.i < this.toks.length) throw new Unsupported('trailing');
    return v;
  }
  /** IFERROR(value, fallback): an error value (#DIV/0!, #REF!…) in `value` gives `fallback`. */
  private ifError(): Val {
    const start = this.i;
    let v: Val;
    try {
      v = this.comparison();
    } catch (e) {
      if (
        !(e instanceof Unsupported && e.message.startsWith('#')) &&
        !(e instanceof Error)
      )
        throw e;
      this.i = start;
      this.skipArgument();
      v = '#ERROR';
    }
    let fallback: Val = '';
    if (this.isOp(',') || this.isOp(';')) {
      this.i += 1;
      fallback = this.comparison();
    }
    if (!this.isOp(')')) throw new Unsupported(')');
    this.i += 1;
    return typeof v === 'string' && v.startsWith('#') ? fallback : v;
  }

  private skipArgument(): void {
    let depth = 0;
    while (this.i < this.toks.length) {
      const t = this.toks[this.i];
      if (t.kind === 'fn' || (t.kind === 'op' && t.text === '(')) depth += 1;
      else if (t.kind === 'op' && t.text === ')') {
        if (depth === 0) return;
        depth -= 1;
      } else if (
        t.kind === 'op' &&
        (t.text === ',' || t.text === ';') &&
        depth === 0
      )
        return;
      this.i += 1;
    }
  }

  private peek(): Tok | undefined {
    return this.toks[this.i];
  }
  private isOp(text: string): boolean {
    const t = this.peek();
    return t?.kind === 'op' && t.text === text;
  }
  private comparison(): Val {
    let left = this.concat();
    for (;;) {
      const t = this.peek();
      if (
        t?.kind !== 'op' ||
        !['=', '<>', '<', '>', '<=', '>='].includes(t.text)
      ) {
        return left;
      }
      this.i += 1;
      const right = this.concat();
      const a = scalar(left);
      const b = scalar(right);
      const both = typeof a === 'number' && typeof b === 'number';
      const x = both ? a : str(a).toLowerCase();
      const y = both ? b : str(b).toLowerCase();
      switch (t.text) {
        case '=':
          left = x === y;
          break;
        case '<>':
          left = x !== y;
          break;
        case '<':
          left = x < y;
          break;
        case '>':
          left = x > y;
          break;
        case '<=':
          left = x <= y;
          break;
        default:
          left = x >= y;
      }
    }
  }
  private concat(): Val {
    let left = this.additive();
    while (this.isOp('&')) {
      this.i += 1;
      left = str(left) + str(this.additive());
    }
    return left;
  }
  private additive(): Val {
    let left = this.term();
    while (this.isOp('+') || this.isOp('-')) {
      const op = this.toks[this.i++].text;
      const right = this.term();
      left = op === '+' ? num(left) + num(right) : num(left) - num(right);
    }
    return left;
  }
  private term(): Val {
    let left = this.power();
    while (this.isOp('*') || this.isOp('/')) {
      const op = this.toks[this.i++].text;
      const right = this.power();
      if (op === '/' && num(right) === 0) throw new Unsupported('#DIV/0!');
      left = op === '*' ? num(left) * num(right) : num(left) / num(right);
    }
    return left;
  }
  private power(): Val {
    let left = this.unary();
    while (this.isOp('^')) {
      this.i += 1;
      left = num(left) ** num(this.unary());
    }
    return left;
  }
  private unary(): Val {
    if (this.isOp('-')) {
      this.i += 1;
      return -num(this.unary());
    }
    if (this.isOp('+')) {
      this.i += 1;
      return this.unary();
    }
    let v = this.primary();
    if (this.isOp('%')) {
      this.i += 1;
      v = num(v) / 100;
    }
    return v;
  }
  private primary(): Val {
    const t = this.toks[this.i++];
    if (!t) throw new Unsupported('end');
    switch (t.kind) {
      case 'num':
        return Number(t.text);
      case 'str':
        return t.text;
      case 'bool':
        return t.text === 'TRUE';
      case 'ref': {
        const r = t.ref!;
        const {dr, dc} = this;
        const r1 = r.absR1 ? r.r1 : r.r1 + dr;
        const c1 = r.absC1 ? r.c1 : r.c1 + dc;
        if (r.single) return this.ctx.cell(r.sheet, r1, c1);
        const r2 = r.absR2 ? r.r2 : r.r2 + dr;
        const c2 = r.absC2 ? r.c2 : r.c2 + dc;
        return this.ctx.range(r.sheet, r1, c1, r2, c2);
      }
      case 'fn': {
        if (t.text === 'IFERROR') return this.ifError();
        const fn = FUNCTIONS[t.text];
        const args: Val[] = [];
        if (!this.isOp(')')) {
          for (;;) {
            args.push(this.comparison());
            if (this.isOp(',') || this.isOp(';')) {
              this.i += 1;
              continue;
            }
            break;
          }
        }
        if (!this.isOp(')')) throw new Unsupported(')');
        this.i += 1;
        if (!fn) throw new Unsupported(t.text);
        return fn(args);
      }
      case 'op':
        if (t.text === '(') {
          const v = this.comparison();
          if (!this.isOp(')')) throw new Unsupported(')');
          this.i += 1;
          return v;
        }
        throw new Unsupported(t.text);
    }
  }
}

const compiled = new Map<string, Tok[] | null>();

/** Tokens of a formula, cached (null: not understood). */
function compile(formula: string): Tok[] | null {
  let toks = compiled.get(formula);
  if (toks === undefined) {
    try {
      toks = tokenize(formula.replace(/^=/, ''));
    } catch {
      toks = null;
    }
    if (compiled.size > 50000) compiled.clear();
    compiled.set(formula, toks);
  }
  return toks;
}

/**
 * Value of a formula ("=A1*2"), or the '#FORMULA' marker when unsupported.
 * (dr, dc) shift its relative references (conditional format rules apply
 * their formula to each cell of their ranges).
 */
export function evaluateFormula(
  formula: string,
  ctx: FormulaContext,
  dr = 0,
  dc = 0,
): Cell {
  const toks = compile(formula);
  if (!toks) return FORMULA_MARKER;
  try {
    return scalar(new Parser(toks, ctx, dr, dc).parse());
  } catch (e) {
    if (e instanceof Unsupported)
      return e.message.startsWith('#') ? e.message : FORMULA_MARKER;
    return FORMULA_MARKER;
  }
}
