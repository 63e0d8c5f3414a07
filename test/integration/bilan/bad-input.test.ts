/**
 * Bad input on the emulator: a form the add-on did not make, answers edited
 * by hand in its sheet, an empty sheet, a sheet with headers only, duplicate
 * titles, "Autre" answers, then questions renamed, added and deleted in the
 * form. The bilan still comes out and lists every anomaly. And the cost: the
 * same service calls for 100 and 1,000 responses.
 */
import {Workspace, FakeForm, FakeSpreadsheet} from '../../../emulator';
import {decodeBilan, STORE_SHEET} from '../../../src/bilan/store';
import type {BilanResult} from '../../../src/model/bilan';
import {buildBundle, valuesOf} from '../questionnaire/setup';

beforeAll(() => buildBundle());

function workspace() {
  const ws = new Workspace({
    now: new Date('2026-10-15T10:00:00+02:00'),
    timeZone: 'Europe/Paris',
    locale: 'fr',
  });
  const ss = ws.createSpreadsheet('Enquête publics');
  return {ws, ss};
}

function link(ws: Workspace, form: FakeForm, ss: FakeSpreadsheet): void {
  const formApp = ws.services.FormApp as GoogleAppsScript.Forms.FormApp;
  form.setDestination(formApp.DestinationType.SPREADSHEET, ss.getId());
  // A person who makes a form by hand publishes it before it takes answers
  // (forms are born unpublished since 30 June 2026).
  form.setPublished(true);
}

function stored(ss: FakeSpreadsheet): BilanResult {
  return decodeBilan(valuesOf(ss, STORE_SHEET))!;
}

describe('a form made by hand, and its sheet edited by hand', () => {
  const {ws, ss} = workspace();
  const form = ws.createForm('Avis des visiteurs');
  form.addScaleItem().setTitle('Note').setBounds(1, 5);
  form.addTextItem().setTitle('Nombre de personnes');
  form
    .addMultipleChoiceItem()
    .setTitle('Venu avec')
    .setChoiceValues(['Seul', 'Famille'])
    .showOtherOption(true);
  form.addParagraphTextItem().setTitle('Remarque');
  form.addParagraphTextItem().setTitle('Remarque');
  link(ws, form, ss);
  const answers: [string, string, string, string, string][] = [
    ['5', '2', 'Seul', 'Bien', ''],
    ['4', '3', 'Famille', '', 'Oui'],
    ['3', '1', 'Autre : collègues', '', ''],
    ['5', '4', 'Famille', 'Très bien', ''],
    ['2', '2', 'Seul', '', ''],
    ['4', '5', 'Famille', '', ''],
  ];
  const empty = ws.createForm('Formulaire vide');
  empty.addScaleItem().setTitle('Satisfaction').setBounds(1, 5);
  const cleared = ws.createForm('Formulaire effacé');
  cleared.addTextItem().setTitle('Question');

  test('the answers, then hand edits, an empty form and a cleared sheet', () => {
    for (const [note, n, withWhom] of answers) {
      const a: Record<string, string | string[][]> = {
        Note: note,
        'Nombre de personnes': n,
        'Venu avec': withWhom,
      };
      ws.submitForm(form, a);
    }
    // The two "Remarque" items: the emulator takes answers by title, so fill the sheet by hand.
    const sheet = ss
      .getSheets()
      .find(s => s.getFormUrl()?.includes(form.getId()))!;
    const header = sheet
      .getRange(1, 1, 1, sheet.getLastColumn())
      .getValues()[0];
    expect(header).toEqual([
      'Horodateur',
      'Note',
      'Nombre de personnes',
      'Venu avec',
      'Remarque',
      'Remarque',
    ]);
    sheet.getRange(2, 5, 6, 2).setValues(answers.map(a => [a[3], a[4]]));
    sheet.getRange(3, 2).setValue(9); // outside the 1–5 scale
    sheet.getRange(5, 3).setValue('beaucoup'); // text in a number column
    link(ws, empty, ss);
    link(ws, cleared, ss);
    ss.getSheets()
      .find(s => s.getFormUrl()?.includes(cleared.getId()))!
      .clear();
    ws.open(ss);
  });

  test('the bilan comes out, every anomaly listed with its row and value', () => {
    const run = ws.run(ss, 'generateBilan');
    expect(run.error).toBeNull();
    const r = stored(ss);
    expect(r.sources.map(s => s.responses).sort()).toEqual([0, 0, 6]);
    const list = r.anomalies.map(a => [a.code, a.question, a.row, a.value]);
    expect(list).toEqual(
      expect.arrayContaining([
        ['empty', '', 1, ''],
        ['duplicate', 'Remarque', 1, 'Remarque'],
        ['outOfScale', 'Note', 3, '9'],
        ['notANumber', 'Nombre de personnes', 5, 'beaucoup'],
        ['other', 'Venu avec', 4, 'Autre : collègues'],
      ]),
    );
    expect(list).toHaveLength(5);
    const note = r.questions.find(q => q.title === 'Note')!;
    // 5 (9 set aside) 3 5 2 4 → n 5, mean 3.8, median 4.
    expect([note.answered, note.mean, note.median, note.bounds]).toEqual([
      5,
      3.8,
      4,
      [1, 5],
    ]);
    const n = r.questions.find(q => q.title === 'Nombre de personnes')!;
    // 2 3 1 (4 → "beaucoup", set aside) 2 5 → n 5, sum 13.
    expect([n.type, n.answered, n.sum]).toEqual(['number', 5, 13]);
    expect(r.questions.find(q => q.title === 'Remarque (2)')!.texts).toEqual([
      'Oui',
    ]);
    expect(r.questions.find(q => q.title === 'Satisfaction')!.answered).toBe(0);
    // Listed in the tab too.
    const tab = valuesOf(ss, 'Bilan');
    const at = tab.findIndex(row => row[0] === 'Anomalies (5)');
    expect(at).toBeGreaterThan(0);
    // Counted by reason (five reasons, one each), then listed.
    expect(tab.slice(at + 1, at + 6).map(row => row[1])).toEqual([
      1, 1, 1, 1, 1,
    ]);
    expect(tab.slice(at + 1, at + 6).map(row => row[0])).toContain(
      "Réponse hors de l'échelle",
    );
    expect(tab[at + 7].slice(0, 5)).toEqual([
      'Feuille',
      'Question',
      'Ligne',
      'Valeur',
      'Motif',
    ]);
    expect(tab.slice(at + 8).map(row => row[4])).toContain(
      "Réponse hors de l'échelle",
    );
  });

  test('questions renamed, added and deleted in the form: listed at the next bilan', () => {
    form.getItems()[1].setTitle('Nombre de participants');
    form.addScaleItem().setTitle('Accueil').setBounds(1, 5);
    form.deleteItem(2); // "Venu avec": its column stays in the sheet
    const run = ws.run(ss, 'generateBilan');
    expect(run.error).toBeNull();
    const r = stored(ss);
    const changes = r.anomalies
      .filter(a =>
        ['renamed', 'added', 'deleted', 'notInForm'].includes(a.code!),
      )
      .map(a => [a.code, a.question, a.value]);
    expect(changes).toEqual(
      expect.arrayContaining([
        ['renamed', 'Nombre de participants', 'Nombre de personnes'],
        ['added', 'Accueil', 'Accueil'],
        ['notInForm', 'Venu avec', 'Venu avec'],
      ]),
    );
    // The renamed question keeps its statistics.
    expect(
      r.questions.find(q => q.title === 'Nombre de participants')!.sum,
    ).toBe(13);
  });
});

describe('cost: the same service calls for 100 and 1,000 responses', () => {
  function run(rows: number) {
    const {ws, ss} = workspace();
    const form = ws.createForm('Grand public');
    form.addScaleItem().setTitle('Satisfaction').setBounds(1, 5);
    form
      .addScaleItem()
      .setTitle('Recommanderiez-vous cet événement ?')
      .setBounds(0, 10);
    form
      .addMultipleChoiceItem()
      .setTitle("Votre tranche d'âge")
      .setChoiceValues(['-15', '15-39', '40+']);
    form
      .addCheckboxItem()
      .setTitle('Connu par')
      .setChoiceValues(['Affiche', 'Presse, radio', 'Web']);
    form.addParagraphTextItem().setTitle('Commentaire');
    link(ws, form, ss);
    const sheet = ss.getSheets().find(s => s.getFormUrl())!;
    const ages = ['-15', '15-39', '40+'];
    const heard = ['Affiche', 'Presse, radio', 'Web', 'Affiche, Web'];
    const values = Array.from({length: rows}, (_, i) => [
      new Date(Date.UTC(2026, 9, 10, 8, i % 60)),
      (i % 5) + 1,
      i % 11,
      ages[i % 3],
      heard[i % 4],
      i % 7 === 0 ? `Commentaire ${i}` : '',
    ]);
    if (sheet.getMaxRows() < rows + 1)
      sheet.insertRowsAfter(sheet.getMaxRows(), rows + 1 - sheet.getMaxRows());
    sheet.getRange(2, 1, rows, 6).setValues(values);
    ws.open(ss);
    const r = ws.run(ss, 'generateBilan');
    expect(r.error).toBeNull();
    return {counts: r.counts, result: stored(ss)};
  }

  test('one read per response sheet, and call counts that do not grow with the rows', () => {
    const small = run(100);
    const large = run(1000);
    expect(small.result.responses).toBe(100);
    expect(large.result.responses).toBe(1000);
    // 1 000 rows: satisfaction 1..5 cycling → 200 each; NPS 0..10 cycling → P = 181 (9, 10), D = 637 (0–6).
    const nps = large.result.questions.find(q => q.nps)!.nps!;
    expect([nps.promoters, nps.detractors]).toEqual([181, 637]);
    expect(
      large.result.questions.find(q => q.title === 'Connu par')!.distribution,
    ).toEqual({
      Affiche: 500,
      'Presse, radio': 250,
      Web: 500,
    });
    expect(large.counts.byMethod['Range.getValues']).toBe(
      small.counts.byMethod['Range.getValues'],
    );
    expect(large.counts.byMethod['Sheet.getDataRange']).toBe(1);
    expect(large.counts.calls).toBe(small.counts.calls);
  });
});

test('a spreadsheet without any response sheet: a clear message, nothing written', () => {
  const {ws, ss} = workspace();
  ws.open(ss);
  const run = ws.run(ss, 'generateBilan');
  expect(run.error).toBeNull();
  expect(ws.ui.alerts.at(-1)?.prompt).toBe(
    'Aucune feuille de réponses liée à un formulaire dans ce classeur. Liez un formulaire à ce classeur (dans Forms : Réponses > Associer à Sheets), puis relancez.',
  );
  expect(ss.getSheets().map(s => s.getName())).toEqual(['Feuille 1']);
});
