/**
 * Emulated DocumentApp.
 *
 * Exports (of this folder, one file per class family):
 *   createDocumentApp(env: EmuEnv): FakeDocumentApp     — the `DocumentApp` global
 *   FakeDocument (env.documents holds these), documentTree(doc): DocNode,
 *   documentText(doc): string, documentToPdfBlob(doc): FakeBlob, copyDocument(env, doc, name)
 *
 * Model: a document has a body and optional header/footer sections; sections
 * and table cells hold paragraphs, list items and tables; paragraphs hold Text
 * elements (each a list of formatting runs), inline images, page breaks and
 * horizontal rules. Google's behaviours kept:
 *  - a new document's body holds one empty paragraph, and the last paragraph
 *    of a section cannot be removed;
 *  - replaceText(regex, replacement) matches each paragraph's whole text, so a
 *    placeholder whose characters carry different formatting is still found;
 *    the replacement takes the formatting of the match's first character, and
 *    the replacement string follows Java rules ($1 is a group, a lone "$"
 *    throws "Illegal group reference", "\\$" is a literal dollar);
 *  - getAs('application/pdf') exports the document as last saved: changes made
 *    in the current execution are only in the PDF after saveAndClose() (the
 *    classic "empty PDF" bug); a closed document cannot be edited;
 *  - isBold()/isItalic() of a mixed range are null, of plain text false;
 *    appendText() adds a separate Text element (formattable on its own);
 *  - openById of a document another user made and did not share throws
 *    "You do not have permission to access the requested document.";
 *    an unknown id throws "Document is missing (perhaps it was deleted…)";
 *  - DocumentApp.create is limited to 250 documents a day per user (1,500
 *    on Workspace; Pacific-time day, as MailApp's quota): past it
 *    "Service invoked too many times for one day: docs create.".
 * Also exported: googleRegex (RE2 → RegExp, (?i) prefix), javaReplacement,
 * the element classes (BodyEl, ParagraphEl, ListItemEl, TableEl, …).
 *
 * Reference: https://developers.google.com/apps-script/reference/document/document-app
 */
import {enumOf, real} from '../core/cast';
import type {EmuEnv} from '../core/env';
import {canAccess, DriveEntry, driveEntry} from '../drive/registry';
import {mailDayKey} from '../mail/mail-app';
import {FakeDocument, newDocument} from './internal';

type D = typeof GoogleAppsScript.Document;
type GDoc = GoogleAppsScript.Document.Document;

export type FakeDocumentApp = Pick<
  GoogleAppsScript.Document.DocumentApp,
  | 'create'
  | 'openById'
  | 'openByUrl'
  | 'getActiveDocument'
  | 'Attribute'
  | 'ElementType'
  | 'GlyphType'
  | 'HorizontalAlignment'
  | 'ParagraphHeading'
  | 'TextAlignment'
  | 'VerticalAlignment'
  | 'PositionedLayout'
>;

/** Documents a user may create a day (Apps Script quotas). */
export const DOCS_CREATED_PER_DAY = {consumer: 250, workspace: 1500} as const;

const MISSING =
  "Document is missing (perhaps it was deleted, or you don't have read access?)";

/** The `DocumentApp` global. */
export function createDocumentApp(env: EmuEnv): FakeDocumentApp {
  const m = (method: string, create = false) =>
    env.meter.call('DocumentApp', method, create ? {create} : {});
  const open = (id: string): GDoc => {
    const doc = env.documents.get(String(id));
    if (!(doc instanceof FakeDocument)) throw new Error(MISSING);
    const entry = driveEntry(env, doc.id);
    if (entry && !canAccess(env, entry)) {
      throw new Error(
        'You do not have permission to access the requested document.',
      );
    }
    doc.ctx.closed = false;
    return real(doc);
  };
  return {
    Attribute: enumOf<D['Attribute']>([
      'BACKGROUND_COLOR',
      'BOLD',
      'BORDER_COLOR',
      'BORDER_WIDTH',
      'CODE',
      'FONT_FAMILY',
      'FONT_SIZE',
      'FOREGROUND_COLOR',
      'HEADING',
      'HEIGHT',
      'HORIZONTAL_ALIGNMENT',
      'INDENT_END',
      'INDENT_FIRST_LINE',
      'INDENT_START',
      'ITALIC',
      'GLYPH_TYPE',
      'LEFT_TO_RIGHT',
      'LINE_SPACING',
      'LINK_URL',
      'LIST_ID',
      'MARGIN_BOTTOM',
      'MARGIN_LEFT',
      'MARGIN_RIGHT',
      'MARGIN_TOP',
      'NESTING_LEVEL',
      'MINIMUM_HEIGHT',
      'PADDING_BOTTOM',
      'PADDING_LEFT',
      'PADDING_RIGHT',
      'PADDING_TOP',
      'PAGE_HEIGHT',
      'PAGE_WIDTH',
      'SPACING_AFTER',
      'SPACING_BEFORE',
      'STRIKETHROUGH',
      'UNDERLINE',
      'VERTICAL_ALIGNMENT',
      'WIDTH',
    ]),
    ElementType: enumOf<D['ElementType']>([
      'BODY_SECTION',
      'COMMENT_SECTION',
      'DATE',
      'EQUATION',
      'EQUATION_FUNCTION',
      'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
      'EQUATION_SYMBOL',
      'RICH_LINK',
      'FOOTER_SECTION',
      'FOOTNOTE',
      'FOOTNOTE_SECTION',
      'HEADER_SECTION',
      'HORIZONTAL_RULE',
      'INLINE_DRAWING',
      'INLINE_IMAGE',
      'LIST_ITEM',
      'PAGE_BREAK',
      'PARAGRAPH',
      'PERSON',
      'TABLE',
      'TABLE_CELL',
      'TABLE_OF_CONTENTS',
      'TABLE_ROW',
      'TEXT',
      'UNSUPPORTED',
    ]),
    GlyphType: enumOf<D['GlyphType']>([
      'BULLET',
      'HOLLOW_BULLET',
      'SQUARE_BULLET',
      'NUMBER',
      'LATIN_UPPER',
      'LATIN_LOWER',
      'ROMAN_UPPER',
      'ROMAN_LOWER',
    ]),
    HorizontalAlignment: enumOf<D['HorizontalAlignment']>([
      'LEFT',
      'CENTER',
      'RIGHT',
      'JUSTIFY',
    ]),
    ParagraphHeading: enumOf<D['ParagraphHeading']>([
      'NORMAL',
      'HEADING1',
      'HEADING2',
      'HEADING3',
      'HEADING4',
      'HEADING5',
      'HEADING6',
      'TITLE',
      'SUBTITLE',
    ]),
    TextAlignment: enumOf<D['TextAlignment']>([
      'NORMAL',
      'SUPERSCRIPT',
      'SUBSCRIPT',
    ]),
    VerticalAlignment: enumOf<D['VerticalAlignment']>([
      'BOTTOM',
      'CENTER',
      'TOP',
    ]),
    PositionedLayout: enumOf<D['PositionedLayout']>([
      'ABOVE_TEXT',
      'BREAK_BOTH',
      'BREAK_LEFT',
      'BREAK_RIGHT',
      'WRAP_TEXT',
    ]),
    create(name: string): GDoc {
      m('create', true);
      const user = env.context()?.user;
      if (user) {
        // Google's daily quota of documents created per user (Pacific day).
        const today = mailDayKey(env.clock.now());
        let made = 0;
        for (const f of env.files.values()) {
          if (
            f instanceof DriveEntry &&
            f.kind === 'document' &&
            f.owner === user &&
            f.createdByCreate &&
            mailDayKey(f.created) === today
          ) {
            made += 1;
          }
        }
        if (made >= DOCS_CREATED_PER_DAY[env.accountType]) {
          throw new Error(
            'Service invoked too many times for one day: docs create.',
          );
        }
      }
      const doc = newDocument(env, name);
      const entry = driveEntry(env, doc.id);
      if (entry) entry.createdByCreate = true;
      return real(doc);
    },
    openById(id: string): GDoc {
      m('openById');
      return open(id);
    },
    openByUrl(url: string): GDoc {
      m('openByUrl');
      const match = /\/d\/([^/?#]+)/.exec(String(url));
      if (!match) throw new Error(MISSING);
      return open(match[1]);
    },
    getActiveDocument(): GDoc {
      m('getActiveDocument');
      const c = env.context();
      if (c?.activeKind === 'document' && c.activeId) return open(c.activeId);
      return real(null);
    },
  };
}
