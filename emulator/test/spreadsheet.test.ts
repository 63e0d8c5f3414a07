import {dumpSpreadsheet} from '../spreadsheet/dump';
import {Workspace} from '../workspace/workspace';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function fresh(locale: 'fr' | 'en' = 'fr') {
  const ws = new Workspace({
    now: new Date('2026-09-01T08:00:00+02:00'),
    locale,
  });
  const ss = ws.createSpreadsheet('Suivi FDS 2026');
  const sheet = ss.getSheets()[0] as Sheet;
  return {ws, ss, sheet};
}

describe('ranges', () => {
  test("setValues with the wrong number of rows or columns throws Google's message", () => {
    const {sheet} = fresh();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() =>
      sheet.getRange(1, 1, 2, 2).setValues([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  test('getRange with zero rows or columns throws', () => {
    const {sheet} = fresh();
    expect(() => sheet.getRange(1, 1, 0, 3)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
    expect(() => sheet.getRange(1, 1, 3, 0)).toThrow(
      'The number of columns in the range must be at least 1.',
    );
    expect(() => sheet.getRange(0, 1)).toThrow(
      'The starting row of the range is too small.',
    );
  });

  test('a range past the grid throws; appendRow grows it', () => {
    const {sheet} = fresh();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 27)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    sheet.getRange(1000, 1).setValue('dernière');
    sheet.appendRow(['après', 2]);
    expect(sheet.getLastRow()).toBe(1001);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1, 1, 2).getValues()).toEqual([['après', 2]]);
  });

  test('every form of getRange, A1 notation included', () => {
    const {ss, sheet} = fresh();
    sheet.getRange('A1:C2').setValues([
      ['a', 'b', 'c'],
      [1, 2, 3],
    ]);
    expect(sheet.getRange('B2').getValue()).toBe(2);
    expect(sheet.getRange(2, 3).getValue()).toBe(3);
    expect(sheet.getRange(1, 2, 2).getValues()).toEqual([['b'], [2]]);
    expect(sheet.getRange('A:A').getNumRows()).toBe(1000);
    expect(sheet.getRange('2:2').getNumColumns()).toBe(26);
    expect(sheet.getRange('$B$1:$C$2').getA1Notation()).toBe('B1:C2');
    expect(ss.getRange("'Feuille 1'!C1").getValue()).toBe('c');
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C2');
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getLastColumn()).toBe(3);
  });

  test('cells come back typed; a string is typed, an apostrophe keeps it text', () => {
    const {sheet} = fresh();
    const when = new Date('2026-10-05T14:30:00+02:00');
    sheet
      .getRange(1, 1, 1, 7)
      .setValues([[42, true, when, "'12", "'=1+1", '', null]]);
    const [row] = sheet.getRange(1, 1, 1, 8).getValues();
    expect(row[0]).toBe(42);
    expect(row[1]).toBe(true);
    expect(row[2]).toBeInstanceOf(Date);
    expect((row[2] as Date).getTime()).toBe(when.getTime());
    expect(row[2]).not.toBe(when);
    expect(row[3]).toBe('12');
    expect(row[4]).toBe('=1+1');
    expect(row.slice(5)).toEqual(['', '', '']);
    expect(sheet.getRange('E1').getFormula()).toBe('');
  });

  test('formulas: stored, evaluated when simple, listed by getFormulas', () => {
    const {sheet} = fresh();
    sheet.getRange('A1:A3').setValues([[2], [3], ['=A1*A2+1']]);
    sheet.getRange('B1').setFormula('=SUM(A1:A2)');
    sheet.getRange('C1').setValue('=IMPORTRANGE("x","y")');
    expect(sheet.getRange('A3').getValue()).toBe(7);
    expect(sheet.getRange('B1').getValue()).toBe(5);
    expect(sheet.getRange('C1').getValue()).toBe('#FORMULA');
    expect(sheet.getRange('A1:C3').getFormulas()).toEqual([
      ['', '=SUM(A1:A2)', '=IMPORTRANGE("x","y")'],
      ['', '', ''],
      ['=A1*A2+1', '', ''],
    ]);
    sheet.getRange('A1').setValue(10);
    expect(sheet.getRange('A3').getValue()).toBe(31);
  });

  test('display values follow number formats and the French locale', () => {
    const {sheet} = fresh('fr');
    sheet
      .getRange('A1:D1')
      .setValues([
        [1234.5, 0.256, new Date('2026-09-01T10:00:00+02:00'), true],
      ]);
    sheet.getRange('A1').setNumberFormat('#,##0.00');
    sheet.getRange('B1').setNumberFormat('0.0%');
    sheet.getRange('C1').setNumberFormat('dd/mm/yyyy hh:mm');
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([
      ['1\u202f234,50', '25,6%', '01/09/2026 10:00', 'VRAI'],
    ]);
    expect(sheet.getRange('A1:B1').getNumberFormats()).toEqual([
      ['#,##0.00', '0.0%'],
    ]);
  });

  test('display values in English', () => {
    const {sheet} = fresh('en');
    sheet
      .getRange('A1:C1')
      .setValues([[1234.5, new Date('2026-09-01T00:00:00+02:00'), false]]);
    sheet.getRange('A1').setNumberFormat('#,##0.00 "€"');
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([
      ['1,234.50 €', '9/1/2026', 'FALSE'],
    ]);
  });
});

describe('sheets', () => {
  test('getLastRow/getLastColumn follow writes that empty cells', () => {
    const {sheet} = fresh();
    sheet.getRange('A1:C3').setValues([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 3]);
    sheet.getRange('A3:C3').setValues([['', '', '']]);
    sheet.getRange('C1:C2').clearContent();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([2, 2]);
    sheet.getRange('E5').setFormula('=A1');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 5]);
    sheet.getRange('E5').setValue('');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([2, 2]);
  });

  test('insertSheet with an existing name throws; getSheetByName of a missing sheet is null', () => {
    const {ss} = fresh();
    ss.insertSheet('Événements');
    expect(() => ss.insertSheet('Événements')).toThrow(
      'A sheet with the name "Événements" already exists. Please enter another name.',
    );
    expect(ss.getSheetByName('Absent')).toBeNull();
    expect(ss.getSheets().map(s => s.getName())).toEqual([
      'Feuille 1',
      'Événements',
    ]);
    expect(ss.insertSheet().getName()).toBe('Feuille 3');
  });

  test('setName, deleteSheet, frozen rows, column widths, insert/delete rows', () => {
    const {ss, sheet} = fresh();
    sheet.setName('Programme');
    const other = ss.insertSheet('Tâches', 0);
    expect(ss.getSheets()[0].getName()).toBe('Tâches');
    ss.deleteSheet(other);
    expect(ss.getSheetByName('Tâches')).toBeNull();
    sheet.setFrozenRows(1);
    expect(sheet.getFrozenRows()).toBe(1);
    sheet.setColumnWidths(1, 3, 180);
    expect(sheet.getColumnWidth(2)).toBe(180);
    sheet.getRange('A1:A3').setValues([['a'], ['b'], ['c']]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A5').getValues().flat()).toEqual([
      'a',
      '',
      '',
      'b',
      'c',
    ]);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A1:A3').getValues().flat()).toEqual(['a', 'b', 'c']);
    expect(sheet.getMaxRows()).toBe(1000);
  });

  test('fonts, backgrounds and wrap are stored per cell', () => {
    const {sheet} = fresh();
    sheet
      .getRange('A1:B1')
      .setFontWeight('bold')
      .setBackground('#cfe2f3')
      .setFontColor('#1f3864')
      .setWrap(true);
    sheet.getRange('A2:B2').setBackgrounds([['#ff0000', '#00ff00']]);
    expect(sheet.getRange('A1:B2').getFontWeights()).toEqual([
      ['bold', 'bold'],
      ['normal', 'normal'],
    ]);
    expect(sheet.getRange('A1:B2').getBackgrounds()).toEqual([
      ['#cfe2f3', '#cfe2f3'],
      ['#ff0000', '#00ff00'],
    ]);
  });
});

describe('validation, rules, names, protections, filters, charts', () => {
  test('data validation: list rejects other values unless allowed', () => {
    const {ws, sheet} = fresh();
    const app = ws.services
      .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const rule = app
      .newDataValidation()
      .requireValueInList(['Prévu', 'Réalisé', 'Annulé'])
      .setAllowInvalid(false)
      .setHelpText('Choisir un statut')
      .build();
    sheet.getRange('C2:C4').setDataValidation(rule);
    const got = sheet.getRange('C2:C5').getDataValidations();
    expect(got[0][0]?.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(got[0][0]?.getCriteriaValues()[0]).toEqual([
      'Prévu',
      'Réalisé',
      'Annulé',
    ]);
    expect(got[3][0]).toBeNull();
    sheet.getRange('C2').setValue('Réalisé');
    expect(() => sheet.getRange('C3').setValue('Peut-être')).toThrow(
      'The data you entered in cell C3 violates the data validation rules set on this cell.',
    );
    const email = app.newDataValidation().requireTextIsEmail().build();
    sheet.getRange('D2').setDataValidation(email);
    sheet.getRange('D2').setValue('pas un mail');
    expect(sheet.getRange('D2').getValue()).toBe('pas un mail');
  });

  test('conditional format rules are kept and evaluated in the dump', () => {
    const {ws, ss, sheet} = fresh();
    const app = ws.services
      .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    sheet.getRange('A1:B3').setValues([
      ['Statut', 'Places'],
      ['Annulé', 5],
      ['Prévu', 30],
    ]);
    const r1 = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$A2="Annulé"')
      .setBackground('#f4cccc')
      .setRanges([sheet.getRange('A2:B3')])
      .build();
    const r2 = app
      .newConditionalFormatRule()
      .whenNumberGreaterThan(10)
      .setFontColor('#38761d')
      .setRanges([sheet.getRange('B2:B3')])
      .build();
    sheet.setConditionalFormatRules([r1, r2]);
    expect(sheet.getConditionalFormatRules()).toHaveLength(2);
    const dump = dumpSpreadsheet(ss);
    expect(dump.sheets[0].conditionalRules[0].matches).toEqual(['A2', 'B2']);
    expect(dump.sheets[0].conditionalRules[1].matches).toEqual(['B3']);
  });

  test('named ranges, protections, filters', () => {
    const {ss, sheet} = fresh();
    ss.setNamedRange('Statuts', sheet.getRange('A1:A3'));
    expect(ss.getRangeByName('Statuts')?.getA1Notation()).toBe('A1:A3');
    expect(ss.getRangeByName('Inconnu')).toBeNull();
    expect(ss.getNamedRanges().map(n => n.getName())).toEqual(['Statuts']);
    const p = sheet
      .getRange('A1:D1')
      .protect()
      .setWarningOnly(true)
      .setDescription('En-têtes');
    expect(p.isWarningOnly()).toBe(true);
    expect(sheet.getProtections('RANGE' as never)).toHaveLength(1);
    sheet.getRange('A1:D10').createFilter();
    expect(sheet.getFilter()?.getRange().getA1Notation()).toBe('A1:D10');
    expect(() => sheet.getRange('A1:B2').createFilter()).toThrow();
    sheet.getFilter()?.remove();
    expect(sheet.getFilter()).toBeNull();
  });

  test('embedded charts: builder, insertChart, getAs png', () => {
    const {sheet} = fresh();
    const chart = sheet
      .newChart()
      .asColumnChart()
      .addRange(sheet.getRange('A1:B5'))
      .setPosition(2, 5, 0, 0)
      .setOption('title', 'Public')
      .build();
    sheet.insertChart(chart);
    const [got] = sheet.getCharts();
    const png = got.getAs('image/png');
    expect(png.getContentType()).toBe('image/png');
    expect(png.getBytes().slice(1, 4)).toEqual([80, 78, 71]);
  });

  test('spreadsheet locale and ids', () => {
    const {ss} = fresh('fr');
    expect(ss.getSpreadsheetLocale()).toBe('fr_FR');
    ss.setSpreadsheetLocale('en_GB');
    expect(ss.getSpreadsheetLocale()).toBe('en_GB');
    expect(ss.getUrl()).toBe(
      `https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`,
    );
  });
});

describe('large ranges', () => {
  // No wall-clock assertion here (a shared two-core machine makes them
  // flaky): a per-cell cost regression shows as a slow suite and in
  // `npm run bench`, whose whole runs go through these paths.
  test('20,000 appendRow calls land in order', () => {
    const {sheet} = fresh();
    for (let i = 0; i < 20_000; i += 1) sheet.appendRow([i, 'Vienne', true]);
    expect(sheet.getLastRow()).toBe(20_000);
    expect(sheet.getRange(20_000, 1, 1, 3).getValues()).toEqual([
      [19_999, 'Vienne', true],
    ]);
  });

  test('50,000 × 30 cells: one setValues and one getValues round-trip', () => {
    const {ss} = fresh();
    const sheet = ss.insertSheet('Réponses');
    sheet.insertRowsAfter(1000, 49_000);
    sheet.insertColumnsAfter(26, 4);
    const block = Array.from({length: 50_000}, (_, i) =>
      Array.from({length: 30}, (_, j) => (j === 0 ? i : `r${i}c${j}`)),
    );
    sheet.getRange(1, 1, 50_000, 30).setValues(block);
    const values = sheet.getDataRange().getValues();
    expect(values).toHaveLength(50_000);
    expect(values[0][0]).toBe(0);
    expect(values[49_999][29]).toBe('r49999c29');
  });
});

describe('formulas the add-on writes', () => {
  test('COUNTIF/COUNTIFS/SUMIFS/COUNTUNIQUEIFS over whole columns, IFERROR, N, ISNUMBER', () => {
    const {ss, sheet} = fresh();
    const prog = ss.insertSheet('Programme');
    prog.getRange('A1:C5').setValues([
      ['Commune', 'Structure', 'Public'],
      ['Vienne', 'Musée', 10],
      ['Vienne', 'Lycée', 20],
      ['Voiron', 'Musée', 5],
      ['Vienne', 'Musée', 1],
    ]);
    sheet.getRange('A1:A2').setValues([['Vienne'], ['Grenoble']]);
    sheet.getRange('B1:F2').setFormulas([
      [
        "=COUNTIF('Programme'!$A:$A,$A1)",
        "=IFERROR(COUNTUNIQUEIFS('Programme'!$B:$B,'Programme'!$A:$A,$A1),0)",
        '=SUMIFS(Programme!C:C,Programme!A:A,A1,Programme!B:B,"Musée")',
        '=IFERROR(1/0,"aucun")',
        '=AND(N("x")=0,ISNUMBER(B1))',
      ],
      [
        "=COUNTIF('Programme'!$A:$A,$A2)",
        "=IFERROR(COUNTUNIQUEIFS('Programme'!$B:$B,'Programme'!$A:$A,$A2),0)",
        '=COUNTIFS(Programme!A:A,A2,Programme!B:B,"Musée")',
        '=IFERROR(FOO(1),"x")',
        '=ISNUMBER(A2)',
      ],
    ]);
    expect(sheet.getRange('B1:F2').getValues()).toEqual([
      [3, 2, 11, 'aucun', true],
      [0, 0, 0, '#FORMULA', false],
    ]);
    // Results follow later writes.
    prog.appendRow(['Grenoble', 'Fablab', 7]);
    expect(sheet.getRange('B2:C2').getValues()).toEqual([[1, 1]]);
  });

  test('COUNTIF criteria: wildcards ? and *, ~ escapes them, "=" forces equality', () => {
    const {ss, sheet} = fresh();
    const r = ss.insertSheet('Réponses');
    r.getRange('A1:A6').setValues([
      ['Séance'],
      ['Pourquoi ?'],
      ['Pourquoi !'],
      ['Atelier *robots*'],
      ['Atelier lego'],
      ['<5 ans'],
    ]);
    sheet
      .getRange('A1:F1')
      .setFormulas([
        [
          '=COUNTIF(\'Réponses\'!A:A,"Pourquoi ?")',
          '=COUNTIF(\'Réponses\'!A:A,"=Pourquoi ~?")',
          '=COUNTIF(\'Réponses\'!A:A,"Atelier*")',
          '=COUNTIF(\'Réponses\'!A:A,"=Atelier ~*robots~*")',
          '=COUNTIF(\'Réponses\'!A:A,"=<5 ans")',
          '=COUNTIF(\'Réponses\'!A:A,"pourquoi ~?")',
        ],
      ]);
    expect(sheet.getRange('A1:F1').getValues()).toEqual([[2, 1, 2, 1, 1, 1]]);
    // SUBSTITUTE replaces every occurrence (the add-on escapes labels with it).
    sheet.getRange('A2').setFormula('=SUBSTITUTE("a?b?c","?","~?")');
    expect(sheet.getRange('A2').getValue()).toBe('a~?b~?c');
  });
});
