/** Element counts of a generated document, from the emulator's element tree (ws.dump()). */
import type {DocumentFigures} from './report';

export interface DocNodeLike {
  type: string;
  id?: string;
  name?: string;
  heading?: string;
  children?: DocNodeLike[];
}

export function documentElements(
  tree: DocNodeLike,
): DocumentFigures['elements'] {
  const e = {
    paragraphs: 0,
    headings: 0,
    listItems: 0,
    tables: 0,
    tableRows: 0,
    images: 0,
    pageBreaks: 0,
  };
  const body = (tree.children ?? []).find(c => /BODY/.test(c.type)) ?? tree;
  const walk = (n: DocNodeLike, top: boolean): void => {
    switch (n.type) {
      case 'PARAGRAPH':
        if (top) {
          if (n.heading && n.heading !== 'NORMAL') e.headings++;
          else e.paragraphs++;
        }
        break;
      case 'LIST_ITEM':
        if (top) e.listItems++;
        break;
      case 'TABLE':
        e.tables++;
        e.tableRows += (n.children ?? []).filter(
          c => c.type === 'TABLE_ROW',
        ).length;
        break;
      case 'INLINE_IMAGE':
        e.images++;
        break;
      case 'PAGE_BREAK':
        e.pageBreaks++;
        break;
    }
    for (const c of n.children ?? []) walk(c, false);
  };
  for (const c of body.children ?? []) walk(c, true);
  return e;
}

/** Kind of a generated document from its name (the Documents tab's kind when known wins). */
export function documentKind(name: string): string {
  const n = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  if (/qr/.test(n)) return 'qr';
  if (/fiche/.test(n) && /structure/.test(n)) return 'fiche-structure';
  if (/fiche/.test(n)) return 'fiche-commune';
  if (/presentation/.test(n)) return 'presentation';
  if (/point d.etape|suivi/.test(n)) return 'suivi';
  if (/bilan/.test(n)) return 'bilan';
  return 'autre';
}
