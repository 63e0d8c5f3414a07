/**
 * A document tree as an HTML page.
 */
import type {DocNode} from '../document';
import {color, esc, page, safeUrl} from './common';

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
