/**
 * Ranges and sheets: Google's error messages for wrong dimensions and
 * coordinates, the grid of a new sheet, sheet names.
 */
import type {SingleCase} from '../framework/types';
import {REF} from './refs';

const FROM = 'emulator/test/spreadsheet.test.ts';
const OUTSIDE =
  'The coordinates of the range are outside the dimensions of the sheet.';

function firstSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): GoogleAppsScript.Spreadsheet.Sheet {
  return ss.getSheets()[0];
}

export const SHEETS_GRID: SingleCase[] = [
  {
    id: 'sheets.setValues.rows',
    title:
      'setValues avec un nombre de lignes différent de la plage lève le message de Google (données : 1, plage : 2)',
    refs: [`${REF.range}#setValues(Object)`],
    from: FROM,
    run(t) {
      const sheet = firstSheet(t.spreadsheet('lignes'));
      t.throws(
        () => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]]),
        'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
        '1 ligne dans une plage de 2',
      );
    },
  },
  {
    id: 'sheets.setValues.columns',
    title:
      'setValues avec un nombre de colonnes différent de la plage lève le message de Google (données : 3, plage : 2)',
    refs: [`${REF.range}#setValues(Object)`],
    from: FROM,
    run(t) {
      const sheet = firstSheet(t.spreadsheet('colonnes'));
      t.throws(
        () =>
          sheet.getRange(1, 1, 2, 2).setValues([
            [1, 2, 3],
            [4, 5, 6],
          ]),
        'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
        '3 colonnes dans une plage de 2',
      );
    },
  },
  {
    id: 'sheets.getRange.zero-size',
    title:
      'getRange avec 0 ligne ou 0 colonne lève « must be at least 1 » (une feuille vide se lit sans getRange)',
    refs: [`${REF.sheet}#getRange(Integer,Integer,Integer,Integer)`],
    from: FROM,
    run(t) {
      const sheet = firstSheet(t.spreadsheet('taille nulle'));
      t.throws(
        () => sheet.getRange(1, 1, 0, 3),
        'The number of rows in the range must be at least 1.',
        '0 ligne',
      );
      t.throws(
        () => sheet.getRange(1, 1, 3, 0),
        'The number of columns in the range must be at least 1.',
        '0 colonne',
      );
    },
  },
  {
    id: 'sheets.getRange.row-zero',
    title:
      'getRange(0, 1) lève « The starting row of the range is too small. »',
    refs: [`${REF.sheet}#getRange(Integer,Integer)`],
    from: FROM,
    run(t) {
      const sheet = firstSheet(t.spreadsheet('ligne 0'));
      t.throws(
        () => sheet.getRange(0, 1),
        'The starting row of the range is too small.',
        'ligne 0',
      );
    },
  },
  {
    id: 'sheets.grid.new-sheet',
    title:
      'Une feuille neuve a 1000 lignes et 26 colonnes ; une plage au-delà lève « outside the dimensions of the sheet »',
    refs: [
      `${REF.sheet}#getMaxRows()`,
      `${REF.sheet}#getRange(Integer,Integer)`,
      `${REF.spreadsheet}#insertSheet(String)`,
    ],
    from: `${FROM} ; emulator/README.md (grille)`,
    run(t) {
      const sheet = t.spreadsheet('grille').insertSheet('Nouvelle');
      t.equal(
        [sheet.getMaxRows(), sheet.getMaxColumns()],
        [1000, 26],
        'taille de la grille',
      );
      t.throws(() => sheet.getRange(1001, 1), OUTSIDE, 'ligne 1001');
      t.throws(() => sheet.getRange(1, 27), OUTSIDE, 'colonne 27');
    },
  },
  {
    id: 'sheets.appendRow.grows',
    title:
      'appendRow après la dernière ligne de la grille agrandit la grille ; la ligne se relit',
    refs: [`${REF.sheet}#appendRow(Object)`],
    from: FROM,
    run(t) {
      const sheet = firstSheet(t.spreadsheet('appendRow'));
      sheet.getRange(1000, 1).setValue('dernière');
      sheet.appendRow(['après', 2]);
      t.equal(sheet.getLastRow(), 1001, 'getLastRow');
      t.equal(sheet.getMaxRows(), 1001, 'getMaxRows');
      t.equal(
        sheet.getRange(1001, 1, 1, 2).getValues(),
        [['après', 2]],
        'ligne ajoutée',
      );
    },
  },
  {
    id: 'sheets.insertRows.shift',
    title:
      'insertRowsAfter décale les lignes suivantes ; deleteRows les remonte et rend la grille',
    refs: [
      `${REF.sheet}#insertRowsAfter(Integer,Integer)`,
      `${REF.sheet}#deleteRows(Integer,Integer)`,
    ],
    from: FROM,
    run(t) {
      const sheet = firstSheet(t.spreadsheet('insertRows'));
      sheet.getRange('A1:A3').setValues([['a'], ['b'], ['c']]);
      sheet.insertRowsAfter(1, 2);
      t.equal(
        sheet
          .getRange('A1:A5')
          .getValues()
          .map(r => r[0]),
        ['a', '', '', 'b', 'c'],
        'après insertRowsAfter(1, 2)',
      );
      t.equal(sheet.getMaxRows(), 1002, 'grille agrandie');
      sheet.deleteRows(2, 2);
      t.equal(
        sheet
          .getRange('A1:A3')
          .getValues()
          .map(r => r[0]),
        ['a', 'b', 'c'],
        'après deleteRows(2, 2)',
      );
      t.equal(sheet.getMaxRows(), 1000, 'grille rendue');
    },
  },
  {
    id: 'sheets.insertSheet.duplicate',
    title:
      'insertSheet avec un nom déjà pris lève « A sheet with the name "X" already exists. Please enter another name. »',
    refs: [`${REF.spreadsheet}#insertSheet(String)`],
    from: FROM,
    run(t) {
      const ss = t.spreadsheet('doublon');
      ss.insertSheet('Événements');
      t.throws(
        () => ss.insertSheet('Événements'),
        'A sheet with the name "Événements" already exists. Please enter another name.',
        'second onglet « Événements »',
      );
    },
  },
  {
    id: 'sheets.getSheetByName.missing',
    title: "getSheetByName d'un onglet absent renvoie null (sans lever)",
    refs: [`${REF.spreadsheet}#getSheetByName(String)`],
    from: FROM,
    run(t) {
      const ss = t.spreadsheet('absent');
      t.equal(ss.getSheetByName('Absent'), null, 'onglet absent');
    },
  },
  {
    id: 'sheets.a1.notation',
    title:
      'getA1Notation rend la notation sans $ ; getDataRange couvre les cellules remplies',
    refs: [`${REF.range}#getA1Notation()`, `${REF.sheet}#getDataRange()`],
    from: FROM,
    run(t) {
      const sheet = firstSheet(t.spreadsheet('A1'));
      sheet.getRange('A1:C2').setValues([
        ['a', 'b', 'c'],
        [1, 2, 3],
      ]);
      t.equal(sheet.getRange('$B$1:$C$2').getA1Notation(), 'B1:C2', 'notation');
      t.equal(sheet.getDataRange().getA1Notation(), 'A1:C2', 'getDataRange');
      t.equal(
        [sheet.getLastRow(), sheet.getLastColumn()],
        [2, 3],
        'dernière ligne et colonne',
      );
    },
  },
  {
    id: 'sheets.lastRow.after-clear',
    title:
      'getLastRow et getLastColumn suivent les cellules vidées (clearContent, valeurs vides)',
    refs: [`${REF.sheet}#getLastRow()`, `${REF.range}#clearContent()`],
    from: FROM,
    run(t) {
      const sheet = firstSheet(t.spreadsheet('lastRow'));
      sheet.getRange('A1:C3').setValues([
        [1, 2, 3],
        [4, 5, 6],
        [7, 8, 9],
      ]);
      sheet.getRange('A3:C3').setValues([['', '', '']]);
      sheet.getRange('C1:C2').clearContent();
      t.equal(
        [sheet.getLastRow(), sheet.getLastColumn()],
        [2, 2],
        'après effacement',
      );
    },
  },
  {
    id: 'sheets.getUrl',
    title:
      "getUrl d'un classeur est https://docs.google.com/spreadsheets/d/<id>/edit",
    refs: [`${REF.spreadsheet}#getUrl()`],
    from: FROM,
    run(t) {
      const ss = t.spreadsheet('url');
      t.equal(
        ss.getUrl(),
        `https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`,
        'getUrl',
      );
    },
  },
];
