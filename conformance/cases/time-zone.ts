/**
 * Time zones. The script's JavaScript runs in the manifest's time zone (the
 * conformance manifest says Asia/Tokyo, UTC+9 without summer time, chosen
 * so that it differs from every host zone the tests run under); a
 * spreadsheet has its own zone, used for its date and time cells.
 * Issue 14, point 4.
 */
import manifest from '../appsscript.json';
import type {SingleCase} from '../framework/types';
import {REF} from './refs';

const SCRIPT_ZONE = manifest.timeZone;
/** The manifest zone's offset from UTC, in hours (Asia/Tokyo: +9 all year). */
const SCRIPT_OFFSET_HOURS = 9;

export const TIME_ZONE: SingleCase[] = [
  {
    id: 'timezone.script.session',
    title:
      'Session.getScriptTimeZone rend le fuseau du manifeste (appsscript.json, timeZone)',
    refs: [`${REF.session}#getScriptTimeZone()`, REF.manifest],
    point: 4,
    run(t) {
      t.equal(Session.getScriptTimeZone(), SCRIPT_ZONE, 'getScriptTimeZone');
    },
  },
  {
    id: 'timezone.script.javascript',
    title:
      'Le JavaScript du script compte les heures dans le fuseau du manifeste : new Date(2026, 0, 15, 10, 0) est 10 h à Tokyo',
    refs: [REF.manifest, `${REF.session}#getScriptTimeZone()`],
    point: 4,
    run(t) {
      const local = new Date(2026, 0, 15, 10, 0, 0);
      t.equal(
        local.getTime(),
        Date.UTC(2026, 0, 15, 10 - SCRIPT_OFFSET_HOURS, 0, 0),
        'instant de new Date(2026, 0, 15, 10, 0)',
      );
      t.equal(
        local.getTimezoneOffset(),
        -SCRIPT_OFFSET_HOURS * 60,
        'getTimezoneOffset',
      );
      t.equal(
        new Date(Date.UTC(2026, 6, 1, 0, 0, 0)).getHours(),
        SCRIPT_OFFSET_HOURS,
        'getHours de minuit UTC',
      );
    },
  },
  {
    id: 'timezone.spreadsheet.display',
    title:
      "Une Date écrite dans une cellule s'affiche dans le fuseau du classeur (Paris : 10:30 ; New York : 04:30 pour 08:30 UTC)",
    refs: [
      `${REF.spreadsheet}#setSpreadsheetTimeZone(String)`,
      `${REF.range}#getDisplayValue()`,
      `${REF.session}#getScriptTimeZone()`,
    ],
    point: 4,
    run(t) {
      const when = new Date(Date.UTC(2026, 9, 3, 8, 30, 0));
      for (const [zone, shown] of [
        ['Europe/Paris', '2026-10-03 10:30'],
        ['America/New_York', '2026-10-03 04:30'],
      ]) {
        const ss = t.spreadsheet(zone, {timeZone: zone});
        const cell = ss.getSheets()[0].getRange('A1');
        cell.setValue(when).setNumberFormat('yyyy-mm-dd hh:mm');
        t.equal(cell.getDisplayValue(), shown, `affichage à ${zone}`);
        t.equal(cell.getValue(), when, `relu à ${zone} : même instant`);
      }
    },
  },
  {
    id: 'timezone.spreadsheet.typed',
    title:
      'Un texte "03/10/2026 10:30" tapé dans un classeur de Paris désigne 10 h 30 à Paris, quel que soit le fuseau du script',
    refs: [
      `${REF.range}#setValue(Object)`,
      `${REF.spreadsheet}#setSpreadsheetTimeZone(String)`,
      REF.valueInputOption,
    ],
    point: 4,
    run(t) {
      const ss = t.spreadsheet('heure tapée', {
        locale: 'fr_FR',
        timeZone: 'Europe/Paris',
      });
      const cell = ss.getSheets()[0].getRange('A1');
      cell.setValue('03/10/2026 10:30');
      t.equal(
        cell.getValue(),
        new Date(Date.UTC(2026, 9, 3, 8, 30, 0)),
        'instant',
      );
    },
  },
  {
    id: 'timezone.spreadsheet.roundtrip',
    title:
      'setSpreadsheetTimeZone puis getSpreadsheetTimeZone rendent le fuseau donné, indépendant de celui du script',
    refs: [
      `${REF.spreadsheet}#setSpreadsheetTimeZone(String)`,
      `${REF.spreadsheet}#getSpreadsheetTimeZone()`,
    ],
    point: 4,
    run(t) {
      const ss = t.spreadsheet('fuseau', {timeZone: 'America/New_York'});
      t.equal(
        ss.getSpreadsheetTimeZone(),
        'America/New_York',
        'getSpreadsheetTimeZone',
      );
      t.ok(
        Session.getScriptTimeZone() !== 'America/New_York',
        'le fuseau du script est resté le sien',
      );
    },
  },
];
