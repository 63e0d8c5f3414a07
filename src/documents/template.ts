/**
 * Staff templates in Google Docs: checked before anything is made (every
 * placeholder known, every block closed and inside one table row), then
 * copied and filled. Replacement uses replaceText on each section, which
 * matches a paragraph's whole text, so a placeholder whose letters carry
 * different formatting is replaced all the same. A table row holding
 * {{#programme}}…{{/programme}} is copied once per row of that table.
 */
import {AddonError} from '../gas/errors';
import {t, currentLanguage, MessageKey} from '../i18n';
import {normalizeKey} from '../gas/table';
import {
  analyseTemplate,
  escapeRegex,
  scanPart,
  TemplateAnalysis,
  TemplateIssue,
  TemplatePart,
} from './placeholders';
import {
  FieldSource,
  formatValue,
  globalValues,
  knownNames,
  ResolvedValue,
  tableValues,
} from './fields';
import {documentIdFrom} from './naming';

type Document = GoogleAppsScript.Document.Document;
type Section =
  | GoogleAppsScript.Document.Body
  | GoogleAppsScript.Document.HeaderSection
  | GoogleAppsScript.Document.FooterSection;
type TableRow = GoogleAppsScript.Document.TableRow;

const PART_LABEL: Record<TemplatePart, MessageKey> = {
  body: 'documents.part.body',
  header: 'documents.part.header',
  footer: 'documents.part.footer',
};

/** One line of French per issue (pure). */
export function issueMessage(issue: TemplateIssue): string {
  const part = t(PART_LABEL[issue.part]);
  const known = knownNames();
  const name = issue.text;
  const suggestion = issue.suggestion ?? '';
  switch (issue.kind) {
    case 'unknownField':
      return suggestion
        ? t('documents.issue.unknownField', {name, part, suggestion})
        : t('documents.issue.unknownFieldNoSuggestion', {name, part});
    case 'unknownFormatter':
      return suggestion
        ? t('documents.issue.unknownFormatter', {name, part, suggestion})
        : t('documents.issue.unknownFormatterNoSuggestion', {
            name,
            part,
            list: [...new Set(known.formatters)].join(', '),
          });
    case 'unknownTable':
      return suggestion
        ? t('documents.issue.unknownTable', {name, part, suggestion})
        : t('documents.issue.unknownTableNoSuggestion', {
            name,
            part,
            list: Object.keys(known.tables).join(', '),
          });
    case 'unclosed':
      return t('documents.issue.unclosed', {name, part});
    case 'unclosedBlock':
      return t('documents.issue.unclosedBlock', {name, part});
    case 'strayClose':
      return t('documents.issue.strayClose', {name, part});
  }
}

export interface TemplateInfo {
  id: string;
  name: string;
  analysis: TemplateAnalysis;
}

function sectionsOf(doc: Document): {part: TemplatePart; section: Section}[] {
  const out: {part: TemplatePart; section: Section}[] = [
    {part: 'body', section: doc.getBody()},
  ];
  const header = doc.getHeader();
  if (header) out.push({part: 'header', section: header});
  const footer = doc.getFooter();
  if (footer) out.push({part: 'footer', section: footer});
  return out;
}

/** The table rows holding an opening block marker, each with its text. */
function blockRows(doc: Document): {row: TableRow; text: string}[] {
  const rows: {row: TableRow; text: string}[] = [];
  for (const {section} of sectionsOf(doc)) {
    let found = section.findText('\\{\\{\\s*#');
    while (found) {
      let el: GoogleAppsScript.Document.Element | null = found.getElement();
      while (el && el.getType() !== DocumentApp.ElementType.TABLE_ROW) {
        const parent: GoogleAppsScript.Document.ContainerElement | null =
          el.getParent();
        el = parent;
        if (el && el.getType() === DocumentApp.ElementType.BODY_SECTION)
          el = null;
      }
      if (!el) {
        const text = found.getElement().asText().getText();
        const marker = /\{\{\s*#[^}]*\}\}/.exec(text)?.[0] ?? '{{#';
        throw new AddonError('documents.error.templateInvalid', {
          count: 1,
          issues: t('documents.issue.blockNotInRow', {name: marker}),
        });
      }
      const row = el.asTableRow();
      rows.push({row, text: row.getText()});
      found = section.findText('\\{\\{\\s*#', found);
    }
  }
  return rows;
}

/**
 * Opens and checks a template: a Google Doc the user can read, whose every
 * placeholder is known. Throws an AddonError listing every problem (unknown
 * names with the closest known one, unclosed placeholders or blocks).
 * Opened with DocumentApp (the documents scope reaches every Doc the user
 * can open), never DriveApp: under drive.file a template a person pasted
 * is out of DriveApp's reach. A file that is no Google Doc does not open
 * with DocumentApp either: the same message says so.
 */
export function checkTemplate(ref: string): TemplateInfo {
  const id = documentIdFrom(ref);
  if (!id) throw new AddonError('documents.error.templateRef', {ref});
  let doc: Document;
  let name: string;
  try {
    doc = DocumentApp.openById(id);
    name = doc.getName();
  } catch {
    throw new AddonError('documents.error.templateMissing', {ref});
  }
  const parts = sectionsOf(doc).map(({part, section}) => ({
    part,
    text: section.getText(),
  }));
  const analysis = analyseTemplate(parts, knownNames());
  const issues = analysis.issues.map(issueMessage);
  if (issues.length === 0) {
    // Each block must sit in one table row with its closing marker.
    for (const {text} of blockRows(doc)) {
      const r = scanPart(text, 'body', knownNames());
      for (const issue of r.issues) issues.push(issueMessage(issue));
    }
  }
  if (issues.length) {
    throw new AddonError('documents.error.templateInvalid', {
      count: issues.length,
      issues: issues.join(' '),
    });
  }
  return {id, name, analysis};
}

/** Java replacement rules (replaceText): a backslash or dollar is literal only when escaped. */
export function javaLiteral(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\$/g, '\\$');
}

function valueOf(
  name: string,
  formatter: string | null,
  scopes: Map<string, ResolvedValue>[],
  zone: string,
): string {
  const key = normalizeKey(name);
  for (const scope of scopes) {
    const v = scope.get(key);
    if (v) return formatValue(v, formatter, currentLanguage(), zone);
  }
  return '';
}

const MARKER = '\\{\\{\\s*[#/][^}]*\\}\\}';

/**
 * Fills a copy of a checked template: repeated rows first (their
 * placeholders take each record's values), then every remaining
 * placeholder of the body, header and footer, one replaceText per distinct
 * placeholder and section.
 */
export function fillTemplate(
  doc: Document,
  info: TemplateInfo,
  src: FieldSource,
  zone: string,
): void {
  const globals = globalValues(src);
  const known = knownNames();
  for (const {row, text} of blockRows(doc)) {
    const scan = scanPart(text, 'body', known);
    const block = scan.blocks[0];
    const records = block ? (tableValues(src, block) ?? []) : [];
    const uses = [...new Map(scan.uses.map(u => [u.raw, u])).values()];
    const table = row.getParentTable();
    const at = table.getChildIndex(row);
    records.forEach((record, i) => {
      const copy = row.copy();
      copy.replaceText(MARKER, '');
      for (const u of uses) {
        copy.replaceText(
          escapeRegex(u.raw),
          javaLiteral(valueOf(u.name, u.formatter, [record, globals], zone)),
        );
      }
      table.insertTableRow(at + 1 + i, copy);
    });
    table.removeRow(at);
  }
  for (const {part, section} of sectionsOf(doc)) {
    const uses = info.analysis.uses.filter(
      u => u.part === part && u.block === null,
    );
    const distinct = [...new Map(uses.map(u => [u.raw, u])).values()];
    for (const u of distinct) {
      section.replaceText(
        escapeRegex(u.raw),
        javaLiteral(valueOf(u.name, u.formatter, [globals], zone)),
      );
    }
  }
}
