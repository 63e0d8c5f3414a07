/**
 * A staff template copied into a document the add-on made, through
 * DocumentApp only.
 *
 * Why not DriveApp's makeCopy: the add-on holds the drive.file scope, which
 * reaches only the files it created (or that the user picked); a template
 * whose address a person pasted is neither. The documents scope opens any
 * Doc the user can open (DocumentApp.openById), so the template is read
 * there and its content rebuilt, element by element, in a Doc the add-on
 * created. Element.copy() is deep: a paragraph keeps its text runs,
 * formatting, links and inline images; a table its rows, cells, widths and
 * content; a list item its nesting and glyph. The body's page size and
 * margins are copied as attributes. What the Document service cannot reach
 * (named styles' definitions, headers of the first page only, footnotes'
 * text, suggestions, comments) is not copied.
 * https://developers.google.com/apps-script/reference/document/element#copy()
 * https://developers.google.com/apps-script/reference/document/body#appendParagraph(Paragraph)
 */

type Document = GoogleAppsScript.Document.Document;
type Section =
  | GoogleAppsScript.Document.Body
  | GoogleAppsScript.Document.HeaderSection
  | GoogleAppsScript.Document.FooterSection;

/** Body attributes that shape the page (copied when the template sets them). */
const PAGE_ATTRIBUTES = [
  'MARGIN_TOP',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'PAGE_WIDTH',
  'PAGE_HEIGHT',
] as const;

/**
 * Appends a copy of every block of `from` to `to`, then removes the empty
 * paragraph a new section starts with (a section must keep one paragraph,
 * so it goes last). Returns how many blocks were copied.
 */
export function copySection(from: Section, to: Section): number {
  const Type = DocumentApp.ElementType;
  const before = to.getNumChildren();
  const n = from.getNumChildren();
  let copied = 0;
  for (let i = 0; i < n; i++) {
    const child = from.getChild(i);
    const type = child.getType();
    if (type === Type.PARAGRAPH) {
      to.appendParagraph(child.asParagraph().copy());
    } else if (type === Type.LIST_ITEM) {
      to.appendListItem(child.asListItem().copy());
    } else if (type === Type.TABLE) {
      to.appendTable(child.asTable().copy());
    } else {
      // A table of contents or another block the service cannot append:
      // its text keeps the place.
      to.appendParagraph(child.asText().getText());
    }
    copied++;
  }
  // The blank paragraph of a new section, when it is still blank.
  if (copied > 0 && before === 1) {
    const first = to.getChild(0);
    if (
      first.getType() === Type.PARAGRAPH &&
      first.asParagraph().getText() === '' &&
      first.asParagraph().getNumChildren() === 0
    ) {
      first.removeFromParent();
    }
  }
  return copied;
}

/** Copies the template's body, header, footer and page setup into `to`. */
export function copyDocumentContent(from: Document, to: Document): void {
  const fromBody = from.getBody();
  const toBody = to.getBody();
  const attrs = fromBody.getAttributes() as Record<string, unknown>;
  const page: Record<string, unknown> = {};
  for (const key of PAGE_ATTRIBUTES) {
    const value = attrs[key];
    if (value !== null && value !== undefined) page[key] = value;
  }
  if (Object.keys(page).length) toBody.setAttributes(page);
  copySection(fromBody, toBody);
  const header = from.getHeader();
  if (header && header.getNumChildren() > 0) {
    copySection(header, to.getHeader() ?? to.addHeader());
  }
  const footer = from.getFooter();
  if (footer && footer.getNumChildren() > 0) {
    copySection(footer, to.getFooter() ?? to.addFooter());
  }
}
