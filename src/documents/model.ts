import type {ChartData} from '../bilan/display';

/**
 * The document model: what a generated document says, as plain data built by
 * pure functions (one per layout) and turned into Google Docs calls by the
 * one writer (writer.ts). Keeping layouts pure lets tests check every heading,
 * table cell and figure without Google, and lets the writer bound the number
 * of Docs calls (one append per block, one style call per table).
 */

/** Inline style of a paragraph's text. */
export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  /** '#rrggbb' */
  color?: string;
  fontSize?: number;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

/** 0 is the document title; 1–4 are headings 1 to 4. */
export type HeadingLevel = 0 | 1 | 2 | 3 | 4;

export interface HeadingBlock {
  type: 'heading';
  level: HeadingLevel;
  text: string;
}

export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
  style?: TextStyle;
  align?: Align;
}

export interface ListBlock {
  type: 'list';
  items: string[];
  ordered?: boolean;
}

export interface TableBlock {
  type: 'table';
  header: string[];
  rows: string[][];
  /** The last row is a total (drawn bold). */
  totalRow?: boolean;
}

/**
 * A chart drawn by Google (Charts service) from its data, inserted as an
 * image: its specification is the data, so tests check what it shows.
 */
export interface ChartBlock {
  type: 'chart';
  chart: ChartData;
  /** Caption written below the chart (and its text alternative). */
  alt: string;
}

export interface PageBreakBlock {
  type: 'pageBreak';
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | TableBlock
  | ChartBlock
  | PageBreakBlock;

export interface DocModel {
  /** The document's subject, used in its file name ("Présentation", "Bilan"…). */
  kindLabel: string;
  blocks: Block[];
}

// Small constructors keep the layouts readable.
export const heading = (level: HeadingLevel, text: string): HeadingBlock => ({
  type: 'heading',
  level,
  text,
});

export const paragraph = (
  text: string,
  style?: TextStyle,
  align?: Align,
): ParagraphBlock => {
  const block: ParagraphBlock = {type: 'paragraph', text};
  if (style) block.style = style;
  if (align) block.align = align;
  return block;
};

export const list = (items: string[], ordered = false): ListBlock => ({
  type: 'list',
  items,
  ordered,
});

export const table = (
  header: string[],
  rows: string[][],
  totalRow = false,
): TableBlock => ({type: 'table', header, rows, totalRow});

export const pageBreak = (): PageBreakBlock => ({type: 'pageBreak'});

/** Visible text of a document model, block by block (for tests and checks). */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return block.text;
    case 'list':
      return block.items.join('\n');
    case 'table':
      return [block.header, ...block.rows].map(r => r.join('\t')).join('\n');
    case 'chart':
      return block.alt;
    case 'pageBreak':
      return '';
  }
}
