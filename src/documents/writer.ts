/**
 * The one writer: turns a document model into Google Docs calls on a body.
 * Each block costs a fixed, small number of calls whatever its size — a
 * table is one appendTable(cells) plus a few style calls for the table and
 * its header and total rows, never a call per cell — so a document's cost
 * grows with its number of blocks only.
 */
import type {Block, DocModel, HeadingLevel, TextStyle, Align} from './model';
import type {ChartData} from '../bilan/display';

type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;

const BORDER = '#dadce0';

function headingOf(
  level: HeadingLevel,
): GoogleAppsScript.Document.ParagraphHeading {
  const H = DocumentApp.ParagraphHeading;
  return [H.TITLE, H.HEADING1, H.HEADING2, H.HEADING3, H.HEADING4][level];
}

function alignmentOf(
  align: Align,
): GoogleAppsScript.Document.HorizontalAlignment {
  const A = DocumentApp.HorizontalAlignment;
  return {left: A.LEFT, center: A.CENTER, right: A.RIGHT, justify: A.JUSTIFY}[
    align
  ];
}

/** Paragraph attributes of a style, for one setAttributes call. */
function attributesOf(
  style: TextStyle | undefined,
  align: Align | undefined,
): Record<string, unknown> | null {
  const A = DocumentApp.Attribute;
  const attrs: Record<string, unknown> = {};
  if (style?.bold !== undefined) attrs[A.BOLD] = style.bold;
  if (style?.italic !== undefined) attrs[A.ITALIC] = style.italic;
  if (style?.color) attrs[A.FOREGROUND_COLOR] = style.color;
  if (style?.fontSize) attrs[A.FONT_SIZE] = style.fontSize;
  if (align) attrs[A.HORIZONTAL_ALIGNMENT] = alignmentOf(align);
  return Object.keys(attrs).length ? attrs : null;
}

/**
 * Writes the blocks at the end of the body. A fresh body (from create() or
 * clear()) holds one empty paragraph: the first block that is a paragraph
 * or heading takes it over instead of leaving an empty line on top.
 */
export function writeDocument(body: Body, model: DocModel): void {
  let blank: Paragraph | null = body.getParagraphs()[0] ?? null;
  const paragraphWith = (text: string): Paragraph => {
    if (blank) {
      const p = blank;
      blank = null;
      p.setText(text);
      return p;
    }
    return body.appendParagraph(text);
  };
  for (const block of model.blocks) {
    writeBlock(body, block, paragraphWith);
    if (block.type !== 'heading' && block.type !== 'paragraph') blank = null;
  }
}

function writeBlock(
  body: Body,
  block: Block,
  paragraphWith: (text: string) => Paragraph,
): void {
  switch (block.type) {
    case 'heading':
      paragraphWith(block.text).setHeading(headingOf(block.level));
      return;
    case 'paragraph': {
      const p = paragraphWith(block.text);
      const attrs = attributesOf(block.style, block.align);
      if (attrs) p.setAttributes(attrs);
      return;
    }
    case 'list':
      for (const item of block.items) {
        const li = body.appendListItem(item);
        if (block.ordered) li.setGlyphType(DocumentApp.GlyphType.NUMBER);
      }
      return;
    case 'table': {
      const width = Math.max(
        block.header.length,
        ...block.rows.map(r => r.length),
      );
      const pad = (r: string[]): string[] =>
        Array.from({length: width}, (_, i) => r[i] ?? '');
      const cells = [block.header, ...block.rows].map(pad);
      const tb = body.appendTable(cells);
      tb.setBorderColor(BORDER);
      tb.getRow(0).editAsText().setBold(true);
      if (block.totalRow && block.rows.length) {
        tb.getRow(cells.length - 1)
          .editAsText()
          .setBold(true);
      }
      return;
    }
    case 'chart': {
      const img = body.appendImage(chartImage(block.chart));
      // Drawn at 600 px wide, shown at three quarters (fits between the margins).
      img.setWidth(Math.round(CHART_WIDTH * 0.75));
      img.setHeight(Math.round(chartHeight(block.chart) * 0.75));
      img.setAltDescription(block.alt);
      body.appendParagraph(block.alt).setAttributes({
        [DocumentApp.Attribute.ITALIC]: true,
        [DocumentApp.Attribute.FONT_SIZE]: 9,
      });
      return;
    }
    case 'pageBreak':
      body.appendPageBreak();
      return;
  }
}

/** Width of a chart in the document, in pixels (fits the page between margins). */
export const CHART_WIDTH = 600;

/** Height of a chart: room for its bars (horizontal bars grow with their number). */
export function chartHeight(chart: ChartData): number {
  return chart.type === 'bar'
    ? Math.min(520, 90 + 30 * chart.labels.length)
    : 300;
}

/**
 * Google's chart of the data, as a PNG (Charts service): a column chart for
 * a scale, horizontal bars for options, each bar labelled with its answer.
 */
function chartImage(chart: ChartData): GoogleAppsScript.Base.Blob {
  const dt = Charts.newDataTable()
    .addColumn(Charts.ColumnType.STRING, '')
    .addColumn(Charts.ColumnType.NUMBER, chart.valueTitle);
  chart.labels.forEach((label, i) => dt.addRow([label, chart.values[i]]));
  const builder =
    chart.type === 'bar' ? Charts.newBarChart() : Charts.newColumnChart();
  return builder
    .setDataTable(dt)
    .setTitle(chart.title)
    .setLegendPosition(Charts.Position.NONE)
    .setDimensions(CHART_WIDTH, chartHeight(chart))
    .build()
    .getAs('image/png');
}
