/**
 * Bar charts drawn as pixels for the bilan document (Docs has no chart API
 * of its own outside Sheets). Vertical bars on a baseline, the count written
 * above each bar and the bar's number (its row in the table printed above
 * the chart) written under it, with a 3×5 pixel font scaled up. Labels stay
 * in the table: a document reader reads words better there than in pixels.
 */
import {encodePng, IndexedImage} from './png';

const GLYPHS: Record<string, string[]> = {
  '0': ['###', '#.#', '#.#', '#.#', '###'],
  '1': ['.#.', '##.', '.#.', '.#.', '###'],
  '2': ['###', '..#', '###', '#..', '###'],
  '3': ['###', '..#', '###', '..#', '###'],
  '4': ['#.#', '#.#', '###', '..#', '..#'],
  '5': ['###', '#..', '###', '..#', '###'],
  '6': ['###', '#..', '###', '#.#', '###'],
  '7': ['###', '..#', '..#', '..#', '..#'],
  '8': ['###', '#.#', '###', '#.#', '###'],
  '9': ['###', '#.#', '###', '..#', '###'],
  ',': ['...', '...', '...', '.#.', '#..'],
  '.': ['...', '...', '...', '...', '.#.'],
  '-': ['...', '...', '###', '...', '...'],
  '%': ['#.#', '..#', '.#.', '#..', '#.#'],
  '<': ['..#', '.#.', '#..', '.#.', '..#'],
  ' ': ['...', '...', '...', '...', '...'],
};

const AXIS = 1;
const BAR = 2;
const TEXT = 3;
const GRID = 4;
/** Index 0 (white) is the background: a new canvas is all zeros. */
const PALETTE: [number, number, number][] = [
  [255, 255, 255],
  [95, 99, 104],
  [26, 115, 232],
  [32, 33, 36],
  [232, 234, 237],
];

class Canvas {
  readonly pixels: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height); // all background
  }
  rect(x: number, y: number, w: number, h: number, colour: number): void {
    const x0 = Math.max(0, Math.floor(x));
    const y0 = Math.max(0, Math.floor(y));
    const x1 = Math.min(this.width, Math.floor(x + w));
    const y1 = Math.min(this.height, Math.floor(y + h));
    for (let yy = y0; yy < y1; yy++) {
      this.pixels.fill(colour, yy * this.width + x0, yy * this.width + x1);
    }
  }
  /** Width in pixels of `text` at `scale`. */
  static textWidth(text: string, scale: number): number {
    return text.length === 0 ? 0 : (text.length * 4 - 1) * scale;
  }
  text(
    text: string,
    x: number,
    y: number,
    scale: number,
    colour: number,
  ): void {
    let cx = x;
    for (const ch of text) {
      const g = GLYPHS[ch] ?? GLYPHS[' '];
      g.forEach((row, gy) => {
        for (let gx = 0; gx < 3; gx++) {
          if (row[gx] === '#') {
            this.rect(cx + gx * scale, y + gy * scale, scale, scale, colour);
          }
        }
      });
      cx += 4 * scale;
    }
  }
}

export interface Chart {
  png: Uint8Array;
  width: number;
  height: number;
}

/** Largest number of bars drawn; the table above holds every row. */
export const MAX_BARS = 15;

/** A "nice" top of scale: 1, 2 or 5 × 10^n at or above `max`. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const p = Math.pow(10, Math.floor(Math.log10(max)));
  for (const m of [1, 2, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}

/**
 * Draws a bar chart of `values` (the first MAX_BARS), labelled with `labels`
 * (made of digits and , . - % <) or else numbered 1, 2, 3… in order, and
 * returns it as a PNG.
 */
export function barChart(
  values: readonly number[],
  labels?: readonly string[],
  width = 600,
  height = 300,
): Chart {
  const shown = values.slice(0, MAX_BARS).map(v => (v > 0 ? v : 0));
  const c = new Canvas(width, height);
  const scale = 2;
  const left = 40;
  const right = 10;
  const top = 24;
  const bottom = 24;
  const plotH = height - top - bottom;
  const plotW = width - left - right;
  const max = niceMax(Math.max(0, ...shown));
  // Grid lines at quarters, with their values on the left.
  for (let q = 0; q <= 4; q++) {
    const y = top + plotH - Math.round((plotH * q) / 4);
    c.rect(left, y, plotW, 1, q === 0 ? AXIS : GRID);
    const label = String(Math.round(((max * q) / 4) * 100) / 100).replace(
      '.',
      ',',
    );
    c.text(
      label,
      left - 6 - Canvas.textWidth(label, scale),
      y - 5,
      scale,
      AXIS,
    );
  }
  c.rect(left, top, 1, plotH + 1, AXIS);
  const n = Math.max(1, shown.length);
  const slot = plotW / n;
  const barW = Math.max(4, Math.floor(slot * 0.6));
  shown.forEach((v, i) => {
    const h = Math.round((plotH * v) / max);
    const x = left + Math.round(slot * i + (slot - barW) / 2);
    c.rect(x, top + plotH - h, barW, h, BAR);
    const count = String(v);
    c.text(
      count,
      x + Math.round((barW - Canvas.textWidth(count, scale)) / 2),
      top + plotH - h - 14,
      scale,
      TEXT,
    );
    // The bar's own label when it can be drawn (digits), else its row number.
    const num = labels?.[i] ?? String(i + 1);
    c.text(
      num,
      x + Math.round((barW - Canvas.textWidth(num, scale)) / 2),
      top + plotH + 8,
      scale,
      AXIS,
    );
  });
  const img: IndexedImage = {width, height, palette: PALETTE, pixels: c.pixels};
  return {png: encodePng(img), width, height};
}
