/**
 * Strings written to cells are typed as a person types them, by the
 * spreadsheet's locale and time zone (emulator/spreadsheet/typing.ts), and
 * the bundle's JavaScript dates run in the manifest's time zone whatever the
 * host's (emulator/core/zoned-date.ts). Expected instants are computed by
 * hand from the zones' offsets.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {Workspace} from '../workspace/workspace';
import {bundleDir} from './fixture';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const NOW = new Date('2026-09-01T08:00:00+02:00');

function sheetIn(
  locale: 'fr' | 'en',
  timeZone = locale === 'fr' ? 'Europe/Paris' : 'America/New_York',
): Sheet {
  const ws = new Workspace({now: NOW, locale, timeZone});
  const ss = ws.createSpreadsheet('Saisie');
  ss.setSpreadsheetTimeZone(timeZone);
  return ss.getSheets()[0] as unknown as Sheet;
}

/** What one string written with setValue reads back as. */
function typed(sheet: Sheet, text: string): unknown {
  const cell = sheet.getRange('A1');
  cell.clear();
  cell.setValue(text);
  return cell.getValue();
}

describe('a string written in a French spreadsheet is typed', () => {
  const sheet = sheetIn('fr');

  test('numbers: decimal comma, leading zeros lost, spaces between thousands, percent', () => {
    expect(typed(sheet, '12,5')).toBe(12.5);
    expect(typed(sheet, '00123')).toBe(123);
    expect(typed(sheet, '38000')).toBe(38000);
    expect(typed(sheet, '007')).toBe(7);
    expect(typed(sheet, '-4')).toBe(-4);
    expect(typed(sheet, '1 234,5')).toBe(1234.5);
    expect(typed(sheet, '12 %')).toBe(0.12);
    // A dot is not the French decimal mark: "12.5" is read as a day, 12 May
    // (stricter than Google's pages, which are silent): 00:00 Paris = 22:00 UTC.
    expect(typed(sheet, '12.5')).toEqual(new Date(Date.UTC(2026, 4, 11, 22)));
    // Phone numbers grouped by two stay text.
    expect(typed(sheet, '06 12 34 56 78')).toBe('06 12 34 56 78');
  });

  test('booleans: VRAI / FAUX in any case', () => {
    expect(typed(sheet, 'VRAI')).toBe(true);
    expect(typed(sheet, 'faux')).toBe(false);
    expect(typed(sheet, 'Vraiment')).toBe('Vraiment');
  });

  test('days: day first, midnight in the spreadsheet zone; impossible days stay text', () => {
    // 3 October 2026 00:00 in Paris (UTC+2) = 2 October 22:00 UTC.
    expect(typed(sheet, '03/10/2026')).toEqual(
      new Date(Date.UTC(2026, 9, 2, 22)),
    );
    // 15 January 2026 00:00 in Paris (UTC+1) = 14 January 23:00 UTC.
    expect(typed(sheet, '2026-01-15')).toEqual(
      new Date(Date.UTC(2026, 0, 14, 23)),
    );
    // A fraction typed as an answer is a day of the current year (1 February).
    expect(typed(sheet, '1/2')).toEqual(new Date(Date.UTC(2026, 0, 31, 23)));
    expect(typed(sheet, '31/02/2026')).toBe('31/02/2026');
    expect(typed(sheet, '3/14')).toBe('3/14');
    // Day and time: 10:30 in Paris on 3 October (UTC+2) = 08:30 UTC.
    expect(typed(sheet, '03/10/2026 10:30')).toEqual(
      new Date(Date.UTC(2026, 9, 3, 8, 30)),
    );
  });

  test('a time is a moment of 30 December 1899 in the spreadsheet zone, shown as typed', () => {
    const v = typed(sheet, '10:30');
    expect(v).toBeInstanceOf(Date);
    // Paris in 1899 kept Paris Mean Time, UTC+0:09:21: 10:30 PMT = 10:20:39 UTC.
    expect((v as Date).toISOString()).toBe('1899-12-30T10:20:39.000Z');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('10:30:00');
    expect(typed(sheet, '25:00')).toBe('25:00');
  });

  test('"=" starts a formula; an apostrophe keeps the text and is not shown', () => {
    const cell = sheet.getRange('B1');
    cell.setValue('=1+1');
    expect(cell.getFormula()).toBe('=1+1');
    expect(typed(sheet, "'007")).toBe('007');
    expect(typed(sheet, "'=Dupont")).toBe('=Dupont');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('=Dupont');
    expect(typed(sheet, "'10:30")).toBe('10:30');
  });

  test('a cell formatted as plain text "@" keeps every string as written', () => {
    const range = sheet.getRange('C1:H1');
    range.setNumberFormat('@');
    range.setValues([['007', '38000', '10:30', '1/2', 'VRAI', '=A1']]);
    expect(range.getValues()).toEqual([
      ['007', '38000', '10:30', '1/2', 'VRAI', '=A1'],
    ]);
    expect(range.getFormulas()).toEqual([['', '', '', '', '', '']]);
  });

  test('getValues: numbers, Dates, booleans and "" for empty cells', () => {
    const range = sheet.getRange('A3:E3');
    range.setValues([['12,5', '03/10/2026', 'FAUX', '', 'texte']]);
    const [row] = range.getValues();
    expect(row[0]).toBe(12.5);
    expect(row[1]).toBeInstanceOf(Date);
    expect(row[2]).toBe(false);
    expect(row[3]).toBe('');
    expect(row[4]).toBe('texte');
  });

  test('appendRow types its strings too', () => {
    sheet.appendRow(['00123', "'00123"]);
    const last = sheet.getLastRow();
    expect(sheet.getRange(last, 1, 1, 2).getValues()).toEqual([[123, '00123']]);
  });
});

describe('a string written in an American spreadsheet is typed by en_US', () => {
  const sheet = sheetIn('en');

  test('month first, decimal point, TRUE/FALSE, VRAI stays text', () => {
    // 10 March 2026 00:00 in New York (EDT since 8 March, UTC-4) = 04:00 UTC.
    expect(typed(sheet, '03/10/2026')).toEqual(
      new Date(Date.UTC(2026, 2, 10, 4)),
    );
    expect(typed(sheet, '12.5')).toBe(12.5);
    expect(typed(sheet, '1,234.5')).toBe(1234.5);
    expect(typed(sheet, '12,5')).toBe('12,5');
    expect(typed(sheet, 'TRUE')).toBe(true);
    expect(typed(sheet, 'VRAI')).toBe('VRAI');
    // 1/2 is 2 January of the current year (00:00 EST, UTC-5).
    expect(typed(sheet, '1/2')).toEqual(new Date(Date.UTC(2026, 0, 2, 5)));
    expect(typed(sheet, '13/10/2026')).toBe('13/10/2026');
  });
});

describe("the bundle's Date runs in the manifest's time zone", () => {
  const CODE = `
function local() {
  const d = new Date(2026, 0, 15, 10, 0, 0);
  const m = new Date(Date.UTC(2026, 6, 1, 0, 0, 0));
  const s = new Date(Date.UTC(2026, 2, 28, 23, 30));
  s.setHours(s.getHours() + 3);
  return [d.getTime(), d.getTimezoneOffset(), m.getHours(), m.getDate(),
    new Date('2026-01-15T10:00:00').getTime(), Date.parse('2026-01-15'),
    String(new Date(Date.UTC(2026, 0, 15, 1))), s.toISOString(),
    Session.getScriptTimeZone(),
    new Intl.DateTimeFormat('en-GB', {hour: '2-digit', minute: '2-digit'}).format(d),
    d.toLocaleTimeString('en-GB')];
}
function fromCell() {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  sheet.getRange('A1').setValue('03/10/2026 10:30');
  const v = sheet.getRange('A1').getValue();
  return [v.getHours(), v.getMinutes(), v.getDate()];
}
`;
  function project(zone: string | null): string {
    const dir = bundleDir(CODE);
    if (zone) {
      fs.writeFileSync(
        path.join(dir, 'appsscript.json'),
        JSON.stringify({timeZone: zone, runtimeVersion: 'V8'}),
      );
    }
    return dir;
  }

  test('Asia/Tokyo (UTC+9): constructor, getters, setters, parse, toString', () => {
    const ws = new Workspace({now: NOW, distDir: project('Asia/Tokyo')});
    const r = ws.run(null, 'local');
    expect(r.error).toBeNull();
    expect(r.value).toEqual([
      Date.UTC(2026, 0, 15, 1), // 10:00 in Tokyo = 01:00 UTC
      -540,
      9, // midnight UTC is 09:00 in Tokyo
      1,
      Date.UTC(2026, 0, 15, 1), // an ISO text without offset is local time
      Date.UTC(2026, 0, 15), // an ISO day alone is UTC (ECMA-262)
      'Thu Jan 15 2026 10:00:00 GMT+0900 (Japan Standard Time)',
      // 28 March 23:30 UTC is 29 March 08:30 in Tokyo; + 3 h = 11:30 = 02:30 UTC.
      '2026-03-29T02:30:00.000Z',
      'Asia/Tokyo',
      '10:00',
      '10:00:00',
    ]);
  });

  test('New York (summer time) while the spreadsheet is in Paris: a typed day-time keeps its Paris instant', () => {
    const ws = new Workspace({
      now: NOW,
      distDir: project('America/New_York'),
      timeZone: 'Europe/Paris',
    });
    const ss = ws.createSpreadsheet('Paris');
    const r = ws.run(ss, 'fromCell');
    expect(r.error).toBeNull();
    // 10:30 in Paris on 3 October (UTC+2) = 08:30 UTC = 04:30 in New York (UTC-4).
    expect(r.value).toEqual([4, 30, 3]);
  });

  test('without a manifest the zone is the Workspace option; outside runs the host Date is untouched', () => {
    const ws = new Workspace({
      now: NOW,
      distDir: project(null),
      timeZone: 'UTC',
    });
    const r = ws.run(null, 'local');
    expect((r.value as unknown[])[0]).toBe(Date.UTC(2026, 0, 15, 10));
    expect((r.value as unknown[])[8]).toBe('UTC');
    const hostOffset = new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset();
    const sameHost = new Date(2026, 0, 15).getTime();
    expect(sameHost).toBe(Date.UTC(2026, 0, 15) + hostOffset * 60000);
  });
});
