/**
 * What cells give back: typed values from getValues, formulas, the leading
 * apostrophe, display values by locale, data validation.
 */
import type {SingleCase} from '../framework/types';
import {REF} from './refs';

const FROM = 'emulator/test/spreadsheet.test.ts';

function firstSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): GoogleAppsScript.Spreadsheet.Sheet {
  return ss.getSheets()[0];
}

export const SHEETS_VALUES: SingleCase[] = [
  {
    id: 'sheets.getValues.types',
    title:
      'getValues rend des nombres, booléens, Dates (même instant, autre objet), textes, et "" pour une cellule vide',
    refs: [`${REF.range}#getValues()`, `${REF.range}#setValues(Object)`],
    from: `${FROM} ; emulator/README.md (valeurs typées)`,
    point: 3,
    run(t) {
      const sheet = firstSheet(t.spreadsheet('types'));
      const when = new Date(Date.UTC(2026, 9, 5, 12, 30, 0));
      sheet.getRange(1, 1, 1, 5).setValues([[42, true, when, 'texte', '']]);
      const [row] = sheet.getRange(1, 1, 1, 7).getValues();
      t.equal(row[0], 42, 'nombre');
      t.equal(row[1], true, 'booléen');
      t.equal(row[2], when, 'Date, même instant');
      t.ok(row[2] !== when, 'la Date relue est un autre objet');
      t.equal(row[3], 'texte', 'texte');
      t.equal(row.slice(4), ['', '', ''], 'cellules vides');
    },
  },
  {
    id: 'sheets.getValues.empty',
    title:
      "getValues d'une plage jamais écrite rend une grille de chaînes vides de la taille de la plage",
    refs: [`${REF.range}#getValues()`],
    from: FROM,
    run(t) {
      const sheet = firstSheet(t.spreadsheet('vide'));
      t.equal(
        sheet.getRange('B2:C3').getValues(),
        [
          ['', ''],
          ['', ''],
        ],
        'plage vide',
      );
    },
  },
  {
    id: 'sheets.formula.from-value',
    title:
      'Un texte qui commence par « = » écrit par setValue ou setValues est une formule : getFormula la rend, getValue son résultat',
    refs: [`${REF.range}#setValue(Object)`, `${REF.range}#getFormula()`],
    from: `${FROM} ; emulator/README.md (formules)`,
    point: 3,
    run(t) {
      const sheet = firstSheet(t.spreadsheet('formule'));
      sheet.getRange('A1').setValue('=2*3');
      sheet.getRange('A2:A3').setValues([[4], ['=A1+A2']]);
      t.equal(sheet.getRange('A1').getFormula(), '=2*3', 'getFormula A1');
      t.equal(sheet.getRange('A1').getValue(), 6, 'valeur A1');
      t.equal(sheet.getRange('A3').getValue(), 10, 'valeur A3');
      t.equal(
        sheet.getRange('A1:A3').getFormulas(),
        [['=2*3'], [''], ['=A1+A2']],
        'getFormulas ("" hors formule)',
      );
    },
  },
  {
    id: 'sheets.formula.recalc',
    title:
      'Une formule SUM posée par setFormula suit les écritures suivantes de ses cellules',
    refs: [`${REF.range}#setFormula(String)`],
    from: FROM,
    run(t) {
      const sheet = firstSheet(t.spreadsheet('SUM'));
      sheet.getRange('A1:A2').setValues([[2], [3]]);
      sheet.getRange('B1').setFormula('=SUM(A1:A2)');
      t.equal(sheet.getRange('B1').getValue(), 5, 'SUM');
      sheet.getRange('A1').setValue(10);
      t.equal(sheet.getRange('B1').getValue(), 13, 'SUM après écriture');
    },
  },
  {
    id: 'sheets.apostrophe.formula',
    title:
      'Une apostrophe initiale garde « \'=1+1 » comme texte : getValue rend "=1+1", aucune formule',
    refs: [`${REF.range}#setValue(Object)`, REF.valueInputOption],
    from: `${FROM} ; emulator/README.md (apostrophe)`,
    point: 3,
    run(t) {
      const sheet = firstSheet(t.spreadsheet('apostrophe'));
      sheet.getRange('A1').setValue("'=1+1");
      t.equal(sheet.getRange('A1').getValue(), '=1+1', 'getValue');
      t.equal(sheet.getRange('A1').getFormula(), '', 'getFormula');
    },
  },
  {
    id: 'sheets.apostrophe.leading-zeros',
    title:
      'Une apostrophe initiale garde « \'007 » : getValue et getDisplayValue rendent "007" (apostrophe non montrée)',
    refs: [
      `${REF.range}#setValue(Object)`,
      `${REF.range}#getDisplayValue()`,
      REF.valueInputOption,
    ],
    point: 3,
    run(t) {
      const sheet = firstSheet(t.spreadsheet('007', {locale: 'fr_FR'}));
      sheet.getRange('A1').setValue("'007");
      t.equal(sheet.getRange('A1').getValue(), '007', 'getValue');
      t.equal(sheet.getRange('A1').getDisplayValue(), '007', 'getDisplayValue');
    },
  },
  {
    id: 'sheets.display.fr-number',
    title:
      'En fr_FR, 1234,5 au format #,##0.00 s’affiche « 1 234,50 » (espace fine insécable U+202F)',
    refs: [
      `${REF.range}#getDisplayValue()`,
      `${REF.spreadsheet}#setSpreadsheetLocale(String)`,
      REF.sheetsFormats,
    ],
    from: `${FROM} ; emulator/README.md (valeurs affichées)`,
    unverified:
      "Le séparateur de milliers du français (U+202F ou U+00A0) n'est pas documenté ; l'émulateur suppose U+202F.",
    run(t) {
      const sheet = firstSheet(t.spreadsheet('affichage', {locale: 'fr_FR'}));
      const cell = sheet.getRange('A1');
      cell.setValue(1234.5).setNumberFormat('#,##0.00');
      t.equal(cell.getDisplayValue(), '1\u202f234,50', 'affichage');
      t.equal(cell.getNumberFormat(), '#,##0.00', 'getNumberFormat');
    },
  },
  {
    id: 'sheets.display.fr-boolean',
    title: 'En fr_FR, un booléen vrai s’affiche « VRAI »',
    refs: [
      `${REF.range}#getDisplayValue()`,
      `${REF.spreadsheet}#setSpreadsheetLocale(String)`,
    ],
    from: FROM,
    run(t) {
      const sheet = firstSheet(t.spreadsheet('VRAI', {locale: 'fr_FR'}));
      sheet.getRange('A1:B1').setValues([[true, false]]);
      t.equal(
        sheet.getRange('A1:B1').getDisplayValues(),
        [['VRAI', 'FAUX']],
        'affichage',
      );
    },
  },
  {
    id: 'sheets.locale.roundtrip',
    title:
      'setSpreadsheetLocale puis getSpreadsheetLocale rendent le code donné (fr_FR, en_GB)',
    refs: [
      `${REF.spreadsheet}#setSpreadsheetLocale(String)`,
      `${REF.spreadsheet}#getSpreadsheetLocale()`,
    ],
    from: FROM,
    run(t) {
      const ss = t.spreadsheet('locale', {locale: 'fr_FR'});
      t.equal(ss.getSpreadsheetLocale(), 'fr_FR', 'fr_FR');
      ss.setSpreadsheetLocale('en_GB');
      t.equal(ss.getSpreadsheetLocale(), 'en_GB', 'en_GB');
    },
  },
  {
    id: 'sheets.validation.reject',
    title:
      'Une validation en mode rejet refuse une valeur hors liste écrite par script : « The data you entered in cell C3 violates the data validation rules set on this cell. »',
    refs: [
      `${REF.dataValidationBuilder}#setAllowInvalid(Boolean)`,
      `${REF.dataValidationBuilder}#requireValueInList(String)`,
    ],
    from: `${FROM} ; emulator/README.md (validations)`,
    run(t) {
      const sheet = firstSheet(t.spreadsheet('validation'));
      const rule = SpreadsheetApp.newDataValidation()
        .requireValueInList(['Prévu', 'Réalisé', 'Annulé'])
        .setAllowInvalid(false)
        .build();
      sheet.getRange('C2:C4').setDataValidation(rule);
      sheet.getRange('C2').setValue('Réalisé');
      t.equal(sheet.getRange('C2').getValue(), 'Réalisé', 'valeur de la liste');
      t.throws(
        () => sheet.getRange('C3').setValue('Peut-être'),
        'The data you entered in cell C3 violates the data validation rules set on this cell.',
        'valeur hors liste',
      );
      t.equal(sheet.getRange('C3').getValue(), '', 'cellule refusée inchangée');
    },
  },
  {
    id: 'sheets.validation.default-allows',
    title:
      'Par défaut (setAllowInvalid non appelé) une validation avertit sans refuser : la valeur hors liste est écrite',
    refs: [`${REF.dataValidationBuilder}#setAllowInvalid(Boolean)`],
    from: FROM,
    run(t) {
      const sheet = firstSheet(t.spreadsheet('validation souple'));
      const rule = SpreadsheetApp.newDataValidation()
        .requireValueInList(['Oui', 'Non'])
        .build();
      sheet.getRange('A1').setDataValidation(rule);
      sheet.getRange('A1').setValue('Peut-être');
      t.equal(sheet.getRange('A1').getValue(), 'Peut-être', 'valeur écrite');
      t.equal(rule.getAllowInvalid(), true, 'getAllowInvalid');
    },
  },
  {
    id: 'sheets.validation.read-back',
    title:
      'getDataValidations rend la règle posée (VALUE_IN_LIST, sa liste) et null là où il n’y en a pas',
    refs: [
      `${REF.range}#getDataValidations()`,
      `${REF.dataValidation}#getCriteriaValues()`,
    ],
    from: FROM,
    run(t) {
      const sheet = firstSheet(t.spreadsheet('validation relue'));
      const rule = SpreadsheetApp.newDataValidation()
        .requireValueInList(['Prévu', 'Réalisé'])
        .build();
      sheet.getRange('C2:C3').setDataValidation(rule);
      const got = sheet.getRange('C2:C4').getDataValidations();
      const first = got[0][0];
      t.ok(first !== null, 'règle en C2');
      if (first) {
        t.equal(
          String(first.getCriteriaType()),
          'VALUE_IN_LIST',
          'getCriteriaType',
        );
        t.equal(
          first.getCriteriaValues()[0],
          ['Prévu', 'Réalisé'],
          'liste relue',
        );
      }
      t.equal(got[2][0], null, 'pas de règle en C4');
    },
  },
  {
    id: 'sheets.validation.list-no-blank',
    title:
      'Une liste de validation ne garde pas d’élément vide (requireValueInList(["", "A", "B"]) ne propose que A et B) ; vider une cellule reste permis en mode rejet',
    refs: [
      `${REF.dataValidationBuilder}#requireValueInList(String)`,
      `${REF.dataValidation}#getCriteriaValues()`,
    ],
    point: 5,
    unverified:
      "Google ne documente pas le sort d'un élément vide ; l'issue 14 (point 5) affirme que la liste n'en garde pas. Qu'une cellule vide échappe à la validation est le comportement de l'interface.",
    run(t) {
      const sheet = firstSheet(t.spreadsheet('liste sans vide'));
      const rule = SpreadsheetApp.newDataValidation()
        .requireValueInList(['', 'Animateur', 'Bénévole'])
        .setAllowInvalid(false)
        .build();
      t.equal(
        rule.getCriteriaValues()[0],
        ['Animateur', 'Bénévole'],
        'éléments gardés',
      );
      const cell = sheet.getRange('A1');
      cell.setDataValidation(rule);
      cell.setValue('Bénévole');
      cell.setValue('');
      t.equal(cell.getValue(), '', 'cellule vidée');
    },
  },
];
