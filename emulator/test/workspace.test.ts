import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {workspaceWith} from './fixture';

const CODE = `
function onOpen(e) {
  const ui = SpreadsheetApp.getUi();
  const addon = e && (e.authMode === ScriptApp.AuthMode.NONE || e.authMode === ScriptApp.AuthMode.LIMITED);
  const menu = addon ? ui.createAddonMenu() : ui.createMenu('Outils');
  menu.addItem('Dire bonjour', 'hello').addSeparator()
    .addSubMenu(ui.createMenu('Plus').addItem('Compter', 'count')).addToUi();
}
function hello() {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>Bonjour</p>').setTitle('Salut'));
}
function count() { return SpreadsheetApp.getActiveSpreadsheet().getSheets().length; }
function onEdit(e) {
  PropertiesService.getDocumentProperties().setProperty('edit',
    JSON.stringify([e.range.getA1Notation(), e.value, e.oldValue === undefined ? null : e.oldValue, String(e.authMode)]));
}
function setup() {
  const form = FormApp.create('Questionnaire');
  form.setPublished(true);
  form.addTextItem().setTitle('Commune');
  form.addCheckboxItem().setTitle('Ateliers').setChoiceValues(['Robots', 'Étoiles', 'Eau']);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  ScriptApp.newTrigger('onSubmit').forSpreadsheet(ss).onFormSubmit().create();
  ScriptApp.newTrigger('onFormSide').forForm(form).onFormSubmit().create();
  return form.getId();
}
function onSubmit(e) {
  return {values: e.values, named: e.namedValues, a1: e.range.getA1Notation(), sheet: e.range.getSheet().getName(),
          auth: String(e.authMode), uid: e.triggerUid, same: e.source.getId()};
}
function onFormSide(e) {
  return {answers: e.response.getItemResponses().map(r => [r.getItem().getTitle(), r.getResponse()]), title: e.source.getTitle()};
}
function tickUi() { SpreadsheetApp.getUi(); }
function installTick() { ScriptApp.newTrigger('tickUi').timeBased().everyHours(1).create(); }
`;

describe('driving the add-on like a user', () => {
  test('open builds the menu (createMenu in FULL, createAddonMenu in LIMITED/NONE); clickMenu runs its function', () => {
    const ws = workspaceWith(CODE);
    const ss = ws.createSpreadsheet('S');
    // A bound script's simple onOpen runs in LIMITED by default; FULL is
    // asked for here to see createMenu.
    expect(ws.open(ss).error).toBeNull();
    expect(ws.runs[ws.runs.length - 1].kind).toBe('open');
    expect(ws.open(ss, {authMode: 'FULL'}).error).toBeNull();
    expect(ws.menu(ss)).toEqual([
      {label: 'Dire bonjour', fn: 'hello'},
      {label: 'Compter', fn: 'count'},
    ]);
    expect(ws.ui.menus.get(ss.getId())![0].menu).toBe('Outils');
    ws.open(ss, {authMode: 'NONE'});
    expect(ws.ui.menus.get(ss.getId())![0].menu).toBe('Territoire de sciences');
    const r = ws.clickMenu(ss, 'Dire bonjour');
    expect(r.error).toBeNull();
    expect(ws.ui.lastPage()).toMatchObject({
      kind: 'sidebar',
      title: 'Salut',
      html: '<p>Bonjour</p>',
      target: ss.getId(),
    });
    expect(ws.clickMenu(ss, 'Compter').value).toBe(1);
    expect(() => ws.clickMenu(ss, 'Inconnu')).toThrow(/no menu item "Inconnu"/);
  });

  test("edit sets the cell and fires onEdit with Google's event", () => {
    const ws = workspaceWith(CODE);
    const ss = ws.createSpreadsheet('S');
    ss.getSheets()[0].getRange('B2').setValue('avant');
    const [r] = ws.edit(ss, 'Feuille 1', 'B2', 'après');
    expect(r.error).toBeNull();
    expect(JSON.parse(ws.properties.document(ss.getId()).get('edit')!)).toEqual(
      ['B2', 'après', 'avant', 'LIMITED'],
    );
    expect(ss.getSheets()[0].getRange('B2').getValue()).toBe('après');
  });

  test('submitForm appends the response row and fires both onFormSubmit triggers with their event objects', () => {
    const ws = workspaceWith(CODE);
    const ss = ws.createSpreadsheet('Suivi');
    const formId = ws.run(ss, 'setup').value as string;
    const form = ws.forms.find(f => f.id === formId)!;
    const runs = ws.submitForm(
      form,
      {Commune: 'Vienne', Ateliers: ['Robots', 'Eau']},
      {at: new Date('2026-09-02T10:00:00+02:00')},
    );
    expect(runs.map(r => [r.fn, r.error])).toEqual([
      ['onFormSide', null],
      ['onSubmit', null],
    ]);
    expect(runs[0].value).toEqual({
      answers: [
        ['Commune', 'Vienne'],
        ['Ateliers', ['Robots', 'Eau']],
      ],
      title: 'Questionnaire',
    });
    const sheet = ss.getSheetByName('Réponses au formulaire 1')!;
    expect(sheet.getRange(1, 1, 2, 3).getValues()).toEqual([
      ['Horodateur', 'Commune', 'Ateliers'],
      [new Date('2026-09-02T10:00:00+02:00'), 'Vienne', 'Robots, Eau'],
    ]);
    expect(runs[1].value).toEqual({
      values: ['02/09/2026 10:00:00', 'Vienne', 'Robots, Eau'],
      named: {
        Horodateur: ['02/09/2026 10:00:00'],
        Commune: ['Vienne'],
        Ateliers: ['Robots, Eau'],
      },
      a1: 'A2:C2',
      sheet: 'Réponses au formulaire 1',
      auth: 'FULL',
      uid: ws.triggers.find(t => t.handler === 'onSubmit')!.uid,
      same: ss.getId(),
    });
  });

  test('a time-driven trigger cannot use the Ui', () => {
    const ws = workspaceWith(CODE);
    const ss = ws.createSpreadsheet('S');
    ws.run(ss, 'installTick');
    const [r] = ws.advanceClock(3600000);
    expect(r.error?.message).toBe(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });

  test('dump and render show what the workspace holds', () => {
    const ws = workspaceWith(CODE);
    const ss = ws.createSpreadsheet('Suivi');
    ws.run(ss, 'setup');
    const dump = ws.dump();
    expect(dump.spreadsheets[0].sheets.map(s => s.name)).toEqual([
      'Réponses au formulaire 1',
      'Feuille 1',
    ]);
    expect(dump.spreadsheets[0].sheets[0].frozenRows).toBe(1);
    expect(dump.triggers).toHaveLength(2);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-render-'));
    const files = ws.render(out);
    expect(files.some(f => f.endsWith('index.html'))).toBe(true);
    expect(ws.renderSpreadsheet(ss)).toContain('Réponses au formulaire 1');
  });
});
