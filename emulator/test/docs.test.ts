/**
 * DocumentApp emulation: replaceText over formatting runs, tables, the
 * element tree, section rules, PDF export as last saved.
 */
import {FakeBlob} from '../base/blob';
import {IdGenerator, type EmuEnv, type ExecutionContext} from '../core/env';
import {Clock, Execution, Meter} from '../core/meter';
import {
  createDocumentApp,
  documentTree,
  FakeDocument,
  type DocNode,
} from '../document';
import {createDriveApp} from '../drive/drive-app';

type TestEnv = EmuEnv & {ctx: ExecutionContext | null};

function makeEnv(): TestEnv {
  const env: TestEnv = {
    clock: new Clock(Date.parse('2026-10-10T08:00:00Z')),
    meter: new Meter(),
    ids: new IdGenerator(),
    locale: 'fr',
    timeZone: 'Europe/Paris',
    scriptTimeZone: () => 'Europe/Paris',
    accountType: 'consumer',
    distDir: 'dist',
    ctx: null,
    context() {
      return env.ctx;
    },
    spreadsheets: new Map(),
    forms: new Map(),
    documents: new Map(),
    files: new Map(),
    mails: [],
    callTopLevel() {
      throw new Error('no bundle');
    },
  };
  return env;
}

/** Runs `fn` as one execution (so per-execution behaviours apply). */
let execId = 0;
function inExecution<T>(env: EmuEnv, fn: () => T): T {
  env.meter.current = new Execution(
    ++execId,
    'test',
    'u@x.fr',
    'FULL',
    env.clock,
  );
  try {
    return fn();
  } finally {
    env.meter.current = null;
  }
}

/** A 1×1 PNG of 3×2 pixels' header (enough for the size reader). */
function png(width: number, height: number): FakeBlob {
  const b = Buffer.alloc(33);
  b.writeUInt32BE(0x89504e47, 0);
  b.writeUInt32BE(0x0d0a1a0a, 4);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'latin1');
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  return new FakeBlob(b, 'image/png', 'logo.png');
}

describe('DocumentApp', () => {
  test('a new document has one empty paragraph; the last paragraph cannot be removed', () => {
    const DocumentApp = createDocumentApp(makeEnv());
    const body = DocumentApp.create('Bilan').getBody();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe('');
    expect(() => body.removeChild(body.getChild(0))).toThrow(
      "Can't remove the last paragraph in a document section.",
    );
    expect(() => body.getChild(3)).toThrow(
      'Child index (3) must be less than the number of child elements (1).',
    );
  });

  test('replaceText matches a placeholder split across formatting runs and keeps the first run’s format', () => {
    const DocumentApp = createDocumentApp(makeEnv());
    const doc = DocumentApp.create('Convention');
    const body = doc.getBody();
    const p = body.appendParagraph('Bonjour {{nom}}, le {{date}}.');
    // "{{no" bold, "m}}" italic: the placeholder spans two runs.
    p.editAsText().setBold(8, 11, true).setItalic(12, 14, true);
    body.replaceText('\\{\\{nom\\}\\}', 'Marie Curie');
    body.replaceText('\\{\\{date\\}\\}', '12 octobre');
    expect(p.getText()).toBe('Bonjour Marie Curie, le 12 octobre.');
    const text = p.editAsText();
    expect(text.isBold(8)).toBe(true);
    expect(text.isBold(18)).toBe(true); // whole replacement took the first run's format
    expect(text.isItalic(18)).toBe(false); // italic run was inside the match: gone
    expect(text.isBold(19)).toBe(false); // ", le" keeps its own (plain) format
    expect(text.isBold()).toBeNull(); // mixed
    expect(text.getTextAttributeIndices()).toEqual([0, 8, 19]);
  });

  test('replaceText follows Java replacement rules ($1 groups, a lone $ throws, \\$ is literal)', () => {
    const DocumentApp = createDocumentApp(makeEnv());
    const body = DocumentApp.create('Devis').getBody();
    body.appendParagraph('Montant : {{montant}} ; ref {{a-b}}');
    body.replaceText('\\{\\{(a)-(b)\\}\\}', '$2-$1');
    expect(body.getText()).toBe('\nMontant : {{montant}} ; ref b-a');
    expect(() => body.replaceText('\\{\\{montant\\}\\}', '$ 5')).toThrow(
      'Illegal group reference',
    );
    body.replaceText('\\{\\{montant\\}\\}', '\\$5');
    expect(body.getParagraphs()[1].getText()).toBe('Montant : $5 ; ref b-a');
  });

  test('tables: built from cells, rows and cells appended, copied rows; tree lists rows', () => {
    const DocumentApp = createDocumentApp(makeEnv());
    const doc = DocumentApp.create('Budget');
    const body = doc.getBody();
    body
      .appendParagraph('Budget')
      .setHeading(DocumentApp.ParagraphHeading.HEADING1);
    const table = body.appendTable([
      ['Poste', 'Montant'],
      ['Salle', '300 €'],
    ]);
    table.setBorderColor('#cccccc');
    const row = table.appendTableRow();
    row.appendTableCell('Affiches');
    row.appendTableCell('120 €').setBackgroundColor('#ffeeee');
    table.appendTableRow(table.getRow(1).copy());
    table.getCell(0, 0).editAsText().setBold(true);
    expect(table.getNumRows()).toBe(4);
    expect(table.getCell(2, 1).getText()).toBe('120 €');
    expect(table.getRow(3).getNumCells()).toBe(2);
    table.getRow(3).removeFromParent();
    expect(table.getNumRows()).toBe(3);
    const empty = body.appendTable();
    expect(empty.getNumRows()).toBe(0);
    const tree = documentTree(doc as unknown as FakeDocument);
    const bodyNode = tree.children!.find(c => c.type === 'BODY_SECTION')!;
    expect(bodyNode.children!.map(c => c.type)).toEqual([
      'PARAGRAPH',
      'PARAGRAPH',
      'TABLE',
      'TABLE',
    ]);
    expect(bodyNode.children![1]).toMatchObject({
      heading: 'HEADING1',
      text: 'Budget',
    });
    const t = bodyNode.children![2];
    expect(t.rows).toEqual([
      ['Poste', 'Montant'],
      ['Salle', '300 €'],
      ['Affiches', '120 €'],
    ]);
    expect(t.borderColor).toBe('#cccccc');
    const cell = t.children![2].children![1];
    expect(cell.background).toBe('#ffeeee');
    const firstCellRun = (t.children![0].children![0].children![0] as DocNode)
      .runs![0];
    expect(firstCellRun).toEqual({text: 'Poste', attrs: {BOLD: true}});
  });

  test('lists, images, page breaks, header and footer appear in the tree', () => {
    const DocumentApp = createDocumentApp(makeEnv());
    const doc = DocumentApp.create('Programme');
    doc.addHeader().appendParagraph('Territoire de sciences');
    doc.addFooter().appendParagraph('Page');
    const body = doc.getBody();
    body.appendListItem('Atelier');
    body
      .appendListItem('Conférence')
      .setNestingLevel(1)
      .setGlyphType(DocumentApp.GlyphType.NUMBER);
    const img = body.appendImage(png(300, 120));
    expect([img.getWidth(), img.getHeight()]).toEqual([300, 120]);
    img.setWidth(150).setHeight(60);
    body.appendPageBreak();
    const tree = documentTree(doc as unknown as FakeDocument);
    expect(tree.children!.map(c => c.type)).toEqual([
      'HEADER_SECTION',
      'BODY_SECTION',
      'FOOTER_SECTION',
    ]);
    const nodes = tree.children![1].children!;
    expect(nodes.map(n => n.type)).toEqual([
      'PARAGRAPH',
      'LIST_ITEM',
      'LIST_ITEM',
      'PARAGRAPH',
      'PARAGRAPH',
    ]);
    expect(nodes[1].listId).toBe(nodes[2].listId);
    expect(nodes[2]).toMatchObject({
      nestingLevel: 1,
      glyphType: 'NUMBER',
      text: 'Conférence',
    });
    expect(nodes[3].children![0]).toMatchObject({
      type: 'INLINE_IMAGE',
      width: 150,
      height: 60,
      contentType: 'image/png',
    });
    expect(nodes[4].children![0].type).toBe('PAGE_BREAK');
    expect(tree.children![0].children![1].text).toBe('Territoire de sciences');
    expect(body.getListItems()).toHaveLength(2);
    expect(body.getParagraphs()).toHaveLength(5);
  });

  test('findText returns the text element and offsets; appendText returns a separately formattable Text', () => {
    const DocumentApp = createDocumentApp(makeEnv());
    const body = DocumentApp.create('x').getBody();
    const p = body.appendParagraph('Lieu : ');
    p.appendText('La Casemate').setBold(true);
    expect(p.getText()).toBe('Lieu : La Casemate');
    const found = body.findText('Casemate')!;
    expect(found.getElement().asText().getText()).toBe('La Casemate');
    expect([found.getStartOffset(), found.getEndOffsetInclusive()]).toEqual([
      3, 10,
    ]);
    expect(body.findText('Casemate', found)).toBeNull();
    expect(p.editAsText().isBold(0)).toBe(false);
    expect(p.editAsText().isBold(8)).toBe(true);
  });

  test('PDF export shows the document as last saved: saveAndClose first, as in Google', () => {
    const env = makeEnv();
    const DocumentApp = createDocumentApp(env);
    const id = inExecution(env, () => {
      const doc = DocumentApp.create('Attestation');
      doc.getBody().appendParagraph('Texte du modèle');
      return doc.getId();
    });
    inExecution(env, () => {
      const doc = DocumentApp.openById(id);
      doc.getBody().appendParagraph('Ajouté');
      const early = doc.getAs('application/pdf');
      expect(early.getName()).toBe('Attestation.pdf');
      expect(early.getContentType()).toBe('application/pdf');
      expect(early.getDataAsString()).toContain('Texte du modèle');
      expect(early.getDataAsString()).not.toContain('Ajouté');
      doc.saveAndClose();
      expect(doc.getAs('application/pdf').getDataAsString()).toContain(
        'Ajouté',
      );
      expect(() => doc.getBody().appendParagraph('x')).toThrow(
        'Document is closed',
      );
    });
  });

  test('Drive makeCopy of a Google Doc is a deep copy that can be filled independently', () => {
    const env = makeEnv();
    const DocumentApp = createDocumentApp(env);
    const DriveApp = createDriveApp(env);
    const template = DocumentApp.create('Modèle convention');
    template.getBody().appendParagraph('Entre {{partenaire}} et nous.');
    const folder = DriveApp.createFolder('Conventions');
    const copyFile = DriveApp.getFileById(template.getId()).makeCopy(
      'Convention Muséum',
      folder,
    );
    const copy = DocumentApp.openById(copyFile.getId());
    copy.getBody().replaceText('\\{\\{partenaire\\}\\}', 'le Muséum');
    expect(copy.getBody().getText()).toBe('\nEntre le Muséum et nous.');
    expect(template.getBody().getText()).toBe(
      '\nEntre {{partenaire}} et nous.',
    );
    expect(copy.getName()).toBe('Convention Muséum');
    expect(copyFile.getParents().next().getId()).toBe(folder.getId());
    expect(() => DocumentApp.openById('nope')).toThrow('Document is missing');
  });

  test('a document made by another user opens only once shared with the current user', () => {
    const env = makeEnv();
    const DocumentApp = createDocumentApp(env);
    const as = (user: string) => {
      env.ctx = {
        activeId: null,
        activeKind: null,
        user,
        authMode: 'FULL',
        fn: 'f',
      };
    };
    as('alice@tds.fr');
    const doc = DocumentApp.create('Compte rendu');
    as('bob@tds.fr');
    expect(() => DocumentApp.openById(doc.getId())).toThrow(
      'You do not have permission to access the requested document.',
    );
    as('alice@tds.fr');
    doc.addEditors(['bob@tds.fr']);
    expect(doc.getEditors().map(u => u.getEmail())).toEqual(['bob@tds.fr']);
    as('bob@tds.fr');
    expect(DocumentApp.openById(doc.getId()).getName()).toBe('Compte rendu');
  });

  test('a consumer account creates at most 250 documents a day', () => {
    const env = makeEnv();
    env.ctx = {
      activeId: null,
      activeKind: null,
      user: 'a@tds.fr',
      authMode: 'FULL',
      fn: 'f',
    };
    const DocumentApp = createDocumentApp(env);
    for (let i = 0; i < 250; i++) DocumentApp.create(`Doc ${i}`);
    expect(() => DocumentApp.create('un de trop')).toThrow(
      'Service invoked too many times for one day: docs create.',
    );
    env.clock.advance(24 * 3600000);
    expect(DocumentApp.create('le lendemain').getName()).toBe('le lendemain');
  });

  test('calls are metered per element class', () => {
    const env = makeEnv();
    const DocumentApp = createDocumentApp(env);
    const body = DocumentApp.create('x').getBody();
    body.appendParagraph('a');
    body.appendParagraph('b');
    expect(env.meter.total.byMethod['DocumentApp.create']).toBe(1);
    expect(env.meter.total.byMethod['Body.appendParagraph']).toBe(2);
    expect(env.meter.total.creates).toBe(1);
  });
});
