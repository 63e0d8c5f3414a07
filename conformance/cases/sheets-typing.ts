/**
 * Strings written with setValue/setValues are read as if a person typed
 * them, by the spreadsheet's locale (Apps Script writes "user entered"
 * values): numbers, dates, times and booleans are converted, leading zeros
 * lost; the plain-text format "@" keeps the string. Issue 14, point 3.
 * Each case makes its own spreadsheet with the locale and time zone it names.
 */
import type {SingleCase} from '../framework/types';
import {REF} from './refs';

const TYPED = [`${REF.range}#setValue(Object)`, REF.valueInputOption];
const PARIS = {locale: 'fr_FR', timeZone: 'Europe/Paris'};

/** Writes `text` in A1 of a fresh sheet of `ss` and returns the cell. */
function typed(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  text: string,
): GoogleAppsScript.Spreadsheet.Range {
  const cell = ss.getSheets()[0].getRange('A1');
  cell.setValue(text);
  return cell;
}

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

export const SHEETS_TYPING: SingleCase[] = [
  {
    id: 'typing.fr.decimal-comma',
    title:
      'En fr_FR, le texte "12,5" écrit par setValue devient le nombre 12,5',
    refs: TYPED,
    point: 3,
    run(t) {
      const cell = typed(t.spreadsheet('12,5', PARIS), '12,5');
      t.equal(cell.getValue(), 12.5, 'getValue');
    },
  },
  {
    id: 'typing.fr.leading-zeros',
    title:
      'En fr_FR, "00123" devient le nombre 123 et "38000" le nombre 38000 (les zéros de tête sont perdus)',
    refs: TYPED,
    point: 3,
    run(t) {
      const ss = t.spreadsheet('zéros', PARIS);
      const range = ss.getSheets()[0].getRange('A1:B1');
      range.setValues([['00123', '38000']]);
      t.equal(range.getValues(), [[123, 38000]], 'getValues');
    },
  },
  {
    id: 'typing.fr.date',
    title:
      'En fr_FR, "03/10/2026" devient la date du 3 octobre 2026 à 0 h dans le fuseau du classeur',
    refs: [...TYPED, `${REF.spreadsheet}#setSpreadsheetTimeZone(String)`],
    point: 3,
    run(t) {
      const cell = typed(t.spreadsheet('date', PARIS), '03/10/2026');
      const v = cell.getValue();
      t.ok(isDate(v), 'une Date');
      // 3 October 2026, 00:00 in Paris (UTC+2) is 2 October, 22:00 UTC.
      t.equal(v, new Date(Date.UTC(2026, 9, 2, 22, 0, 0)), 'instant');
    },
  },
  {
    id: 'typing.fr.time',
    title:
      'En fr_FR, "10:30" devient une heure : getValue rend une Date, l’affichage commence par 10:30',
    refs: [...TYPED, `${REF.range}#getDisplayValue()`],
    point: 3,
    run(t) {
      const cell = typed(t.spreadsheet('heure', PARIS), '10:30');
      t.ok(isDate(cell.getValue()), 'une Date');
      t.ok(
        cell.getDisplayValue().indexOf('10:30') === 0,
        `affichage "${cell.getDisplayValue()}" commence par 10:30`,
      );
    },
  },
  {
    id: 'typing.fr.boolean',
    title: 'En fr_FR, "VRAI" devient le booléen vrai',
    refs: TYPED,
    point: 3,
    run(t) {
      const cell = typed(t.spreadsheet('VRAI', PARIS), 'VRAI');
      t.equal(cell.getValue(), true, 'getValue');
    },
  },
  {
    id: 'typing.fr.fraction-is-date',
    title:
      'En fr_FR, une réponse libre "1/2" devient une date (1er février) : le texte n’est pas gardé',
    refs: TYPED,
    point: 3,
    run(t) {
      const cell = typed(t.spreadsheet('1/2', PARIS), '1/2');
      const v = cell.getValue();
      t.ok(isDate(v), 'une Date');
      if (isDate(v)) {
        t.equal(
          Utilities.formatDate(v, 'Europe/Paris', 'dd/MM'),
          '01/02',
          'jour et mois',
        );
      }
    },
  },
  {
    id: 'typing.en.date-order',
    title:
      'En en_US, "03/10/2026" se lit mois/jour : le 10 mars 2026 (la langue du classeur décide)',
    refs: [...TYPED, `${REF.spreadsheet}#setSpreadsheetLocale(String)`],
    point: 3,
    run(t) {
      const ss = t.spreadsheet('date US', {
        locale: 'en_US',
        timeZone: 'America/New_York',
      });
      const v = typed(ss, '03/10/2026').getValue();
      t.ok(isDate(v), 'une Date');
      // 10 March 2026, 00:00 in New York: summer time began on Sunday
      // 8 March (second Sunday of March), so UTC-4, i.e. 04:00 UTC.
      t.equal(v, new Date(Date.UTC(2026, 2, 10, 4, 0, 0)), 'instant');
    },
  },
  {
    id: 'typing.plain-text-format',
    title:
      'Au format texte brut "@", "00123", "10:30" et "1/2" restent des chaînes identiques',
    refs: [
      `${REF.range}#setNumberFormat(String)`,
      `${REF.range}#setValues(Object)`,
      REF.sheetsFormats,
    ],
    point: 3,
    run(t) {
      const ss = t.spreadsheet('texte brut', PARIS);
      const range = ss.getSheets()[0].getRange('A1:C1');
      range.setNumberFormat('@');
      range.setValues([['00123', '10:30', '1/2']]);
      t.equal(range.getValues(), [['00123', '10:30', '1/2']], 'getValues');
      t.equal(
        range.getDisplayValues(),
        [['00123', '10:30', '1/2']],
        'getDisplayValues',
      );
    },
  },
  {
    id: 'typing.numbers-stay-numbers',
    title:
      'Un nombre écrit comme nombre reste ce nombre, quel que soit le format de la langue',
    refs: [`${REF.range}#setValues(Object)`],
    point: 3,
    run(t) {
      const ss = t.spreadsheet('nombres', PARIS);
      const range = ss.getSheets()[0].getRange('A1:C1');
      range.setValues([[12.5, 123, 0.1]]);
      t.equal(range.getValues(), [[12.5, 123, 0.1]], 'getValues');
    },
  },
  {
    id: 'typing.fr.apostrophe-keeps-text',
    title:
      'Une apostrophe en tête garde le texte tel quel (« 007 », « 1/2 », « 10:30 », « =Dupont », « VRAI ») et ne fait pas partie de la valeur',
    refs: TYPED,
    point: 3,
    run(t) {
      const ss = t.spreadsheet('apostrophe', PARIS);
      const range = ss.getSheets()[0].getRange('A1:E1');
      range.setValues([["'007", "'1/2", "'10:30", "'=Dupont", "'VRAI"]]);
      const texts = ['007', '1/2', '10:30', '=Dupont', 'VRAI'];
      t.equal(range.getValues(), [texts], 'getValues');
      t.equal(range.getDisplayValues(), [texts], 'getDisplayValues');
      t.equal(range.getFormulas(), [['', '', '', '', '']], 'getFormulas');
    },
  },
  {
    id: 'typing.fr.datetime',
    title:
      'En fr_FR, « 03/10/2026 10:30 » devient le 3 octobre 2026 à 10 h 30 dans le fuseau du classeur',
    refs: TYPED,
    point: 3,
    run(t) {
      const cell = typed(
        t.spreadsheet('date-heure', PARIS),
        '03/10/2026 10:30',
      );
      // 10:30 in Paris (UTC+2 in October) is 08:30 UTC.
      t.equal(
        cell.getValue(),
        new Date(Date.UTC(2026, 9, 3, 8, 30)),
        'instant',
      );
    },
  },
  {
    id: 'typing.en.boolean-and-decimal',
    title:
      'En en_US, « TRUE » devient un booléen et « 12.5 » un nombre, mais « VRAI » et « 12,5 » restent du texte',
    refs: [...TYPED, `${REF.spreadsheet}#setSpreadsheetLocale(String)`],
    point: 3,
    run(t) {
      const ss = t.spreadsheet('en_US', {
        locale: 'en_US',
        timeZone: 'America/New_York',
      });
      const range = ss.getSheets()[0].getRange('A1:D1');
      range.setValues([['TRUE', '12.5', 'VRAI', '12,5']]);
      t.equal(range.getValues(), [[true, 12.5, 'VRAI', '12,5']], 'getValues');
    },
  },
  {
    id: 'typing.plain-text-apostrophe',
    title:
      'Au format texte brut « @ », une apostrophe écrite en tête reste dans la valeur',
    refs: [`${REF.range}#setNumberFormat(String)`, ...TYPED],
    point: 3,
    unverified:
      "La documentation ne dit pas si l'apostrophe est retirée dans une cellule au format texte brut ; l'émulateur la garde (le plus strict : le module n'écrit jamais d'apostrophe dans ces colonnes).",
    run(t) {
      const ss = t.spreadsheet('texte brut apostrophe', PARIS);
      const cell = ss.getSheets()[0].getRange('A1');
      cell.setNumberFormat('@');
      cell.setValue("'007");
      t.equal(cell.getValue(), "'007", 'getValue');
    },
  },
];
