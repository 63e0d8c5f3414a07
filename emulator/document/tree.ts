/**
 * A document's JSON element tree (for tests, dumps and render/): no Google class.
 */
import type {DocEl, FakeDocument} from './internal';
import {
  ContainerEl,
  InlineImageEl,
  ListItemEl,
  ParaEl,
  plain,
  TableCellEl,
  TableEl,
  TextEl,
} from './internal';

export interface DocRun {
  text: string;
  attrs: Record<string, unknown>;
}

export interface DocNode {
  type: string;
  id?: string;
  name?: string;
  text?: string;
  heading?: string;
  alignment?: string | null;
  glyphType?: string;
  nestingLevel?: number;
  listId?: string;
  runs?: DocRun[];
  /** TABLE: text of each cell, row by row. */
  rows?: string[][];
  background?: string | null;
  borderColor?: string | null;
  width?: number;
  height?: number;
  contentType?: string | null;
  /** INLINE_IMAGE: data: URI of the image (small images only). */
  dataUri?: string;
  attributes?: Record<string, unknown>;
  children?: DocNode[];
}

function nodeOf(el: DocEl): DocNode {
  if (el instanceof TextEl) {
    return {
      type: 'TEXT',
      text: plain(el),
      runs: el.runs.map(r => ({text: r.text, attrs: {...r.attrs}})),
    };
  }
  if (el instanceof InlineImageEl) {
    const n: DocNode = {
      type: 'INLINE_IMAGE',
      width: el.width,
      height: el.height,
      contentType: el.contentType,
    };
    if (el.bytes.length <= 512 * 1024) {
      n.dataUri = `data:${el.contentType ?? 'application/octet-stream'};base64,${el.bytes.toString('base64')}`;
    }
    return n;
  }
  if (el instanceof ParaEl) {
    const n: DocNode = {
      type: el.type,
      text: plain(el),
      heading: String(el.attrs.HEADING ?? 'NORMAL'),
      alignment: (el.attrs.HORIZONTAL_ALIGNMENT as string | undefined) ?? null,
      runs: el.children.flatMap(c =>
        c instanceof TextEl
          ? c.runs.map(r => ({text: r.text, attrs: {...r.attrs}}))
          : [],
      ),
      children: el.children.map(nodeOf),
    };
    if (el instanceof ListItemEl) {
      n.glyphType = String(el.attrs.GLYPH_TYPE);
      n.nestingLevel = Number(el.attrs.NESTING_LEVEL ?? 0);
      n.listId = String(el.attrs.LIST_ID ?? '');
    }
    return n;
  }
  if (el instanceof TableEl) {
    return {
      type: 'TABLE',
      borderColor: (el.attrs.BORDER_COLOR as string | undefined) ?? null,
      rows: el.children.map(r => (r as ContainerEl).children.map(plain)),
      children: el.children.map(nodeOf),
    };
  }
  if (el instanceof TableCellEl) {
    return {
      type: 'TABLE_CELL',
      text: plain(el),
      background: (el.attrs.BACKGROUND_COLOR as string | undefined) ?? null,
      children: el.children.map(nodeOf),
    };
  }
  if (el instanceof ContainerEl) {
    return {type: el.type, children: el.children.map(nodeOf)};
  }
  return {type: el.type};
}

/** JSON element tree of a document (for tests, dumps and render/). */
export function documentTree(doc: FakeDocument): DocNode {
  const children: DocNode[] = [];
  if (doc.header) children.push(nodeOf(doc.header));
  children.push(nodeOf(doc.body));
  if (doc.footer) children.push(nodeOf(doc.footer));
  return {type: 'DOCUMENT', id: doc.id, name: doc.name, children};
}
