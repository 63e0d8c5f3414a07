import {predictSeconds} from '../core/meter';
import {workspaceWith} from './fixture';

const CODE = `
function probe() {
  return {
    require: typeof require, process: typeof process, Buffer: typeof Buffer,
    setTimeout: typeof setTimeout, URL: typeof URL, TextEncoder: typeof TextEncoder,
    fetch: typeof fetch, structuredClone: typeof structuredClone,
    SpreadsheetApp: typeof SpreadsheetApp, Utilities: typeof Utilities,
  };
}
function now() { return [new Date().toISOString(), Date.now()]; }
function datesFromSheet() {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  sheet.getRange('A1').setValue(new Date(2026, 8, 1));
  const v = sheet.getRange('A1').getValue();
  return [v instanceof Date, Array.isArray(sheet.getRange('A1:B2').getValues()), sheet.getRange('A1:B2').getValues() instanceof Array];
}
function serviceErrorIsAnError() {
  try { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(0, 1); }
  catch (e) { return [e instanceof Error, e.message]; }
}
var counter = 0;
function bump() { counter += 1; return counter; }
function work() {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  sheet.getRange(1, 1, 10, 3).setValues(Array.from({length: 10}, (_, i) => [i, 'x', true]));
  const values = sheet.getRange(1, 1, 10, 3).getValues();
  SpreadsheetApp.getActiveSpreadsheet().insertSheet('Nouvelle');
  return values.length;
}
function forever() {
  const range = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1');
  for (;;) range.getValue();
}
function sleepy() { for (let i = 0; i < 5; i++) Utilities.sleep(100000); return 'done'; }
function serverValue(kind) { return kind === 'date' ? {at: new Date()} : {n: 1, list: ['a'], nothing: undefined}; }
function withDocLock() {
  const lock = LockService.getDocumentLock();
  return lock.tryLock(1000);
}
`;

describe('the vm holds Apps Script globals and nothing of Node', () => {
  test('no require, process, Buffer, setTimeout, URL, TextEncoder, fetch, structuredClone', () => {
    const ws = workspaceWith(CODE);
    const r = ws.run(null, 'probe');
    expect(r.error).toBeNull();
    expect(r.value).toEqual({
      require: 'undefined',
      process: 'undefined',
      Buffer: 'undefined',
      setTimeout: 'undefined',
      URL: 'undefined',
      TextEncoder: 'undefined',
      fetch: 'undefined',
      structuredClone: 'undefined',
      SpreadsheetApp: 'object',
      Utilities: 'object',
    });
  });

  test('Date follows the virtual clock', () => {
    const ws = workspaceWith(CODE);
    expect(ws.run(null, 'now').value).toEqual([
      '2026-09-01T06:00:00.000Z',
      Date.parse('2026-09-01T06:00:00Z'),
    ]);
    ws.advanceClock(3600000);
    expect(ws.run(null, 'now').value).toEqual([
      '2026-09-01T07:00:00.000Z',
      Date.parse('2026-09-01T07:00:00Z'),
    ]);
  });

  test('instanceof Date / Array / Error work across the vm boundary', () => {
    const ws = workspaceWith(CODE);
    const ss = ws.createSpreadsheet('S');
    expect(ws.run(ss, 'datesFromSheet').value).toEqual([true, true, true]);
    expect(ws.run(ss, 'serviceErrorIsAnError').value).toEqual([
      true,
      'The starting row of the range is too small.',
    ]);
  });

  test('each run is a fresh global scope', () => {
    const ws = workspaceWith(CODE);
    expect(ws.run(null, 'bump').value).toBe(1);
    expect(ws.run(null, 'bump').value).toBe(1);
  });

  test('an unknown function fails as in Apps Script', () => {
    const ws = workspaceWith(CODE);
    expect(ws.run(null, 'nope').error?.message).toBe(
      'Script function not found: nope',
    );
  });
});

describe('cost of a run', () => {
  test('calls, cells and creates are counted and priced', () => {
    const ws = workspaceWith(CODE);
    const ss = ws.createSpreadsheet('S');
    const r = ws.run(ss, 'work');
    expect(r.error).toBeNull();
    expect(r.value).toBe(10);
    expect(r.counts.byMethod['Range.setValues']).toBe(1);
    expect(r.counts.byMethod['Range.getValues']).toBe(1);
    expect(r.counts.byMethod['Sheet.getRange']).toBe(2);
    expect(r.counts.byMethod['Spreadsheet.insertSheet']).toBe(1);
    expect(r.counts.cellsWritten).toBe(30);
    expect(r.counts.cellsRead).toBe(30);
    expect(r.counts.creates).toBe(1);
    // getActiveSpreadsheet ×2, getSheets, getRange ×2, setValues, getValues, insertSheet
    expect(r.counts.calls).toBe(8);
    // By class: getActiveSpreadsheet ×2, getSheets and getValues are reads,
    // setValues a write, getRange ×2 local, insertSheet a creation.
    expect(r.counts.byClass).toEqual({
      local: 2,
      metadata: 0,
      read: 4,
      write: 1,
      flush: 0,
      create: 1,
      mail: 0,
    });
    // Pessimistic (docs/latency-model.md): 0.16 s a round trip, 0.001 s local,
    // 2 s a creation, 0.0001 s a cell read, 0.0002 s a cell written.
    expect(r.predictedSeconds).toBeCloseTo(
      5 * 0.16 + 2 * 0.001 + 2 + 30 * 0.0001 + 30 * 0.0002,
      10,
    );
    // Optimistic: 0.03 s a read, 0.002 s a write, 0.5 s a creation.
    expect(r.optimisticSeconds).toBeCloseTo(
      4 * 0.03 + 0.002 + 0.5 + 30 * 0.00001 + 30 * 0.0000125,
      10,
    );
    expect(r.predictedSeconds).toBe(predictSeconds(r.counts));
  });

  test('past 6 minutes of predicted time the next call throws "Exceeded maximum execution time"', () => {
    const ws = workspaceWith(CODE);
    const ss = ws.createSpreadsheet('S');
    const r = ws.run(ss, 'forever');
    expect(r.error?.message).toBe('Exceeded maximum execution time');
    // 0.1 s + 1 read cell per getValue: about 3,600 calls fit in 360 s.
    expect(r.predictedSeconds).toBeGreaterThan(360);
    expect(r.predictedSeconds).toBeLessThan(361);
  });

  test('Utilities.sleep advances the clock and counts toward the limit', () => {
    const ws = workspaceWith(CODE);
    const before = ws.clock.nowMillis();
    const r = ws.run(null, 'sleepy');
    // 3 sleeps of 100 s fit; the 4th call starts past 300 s + … and the 5th call is over 360 s.
    expect(r.error?.message).toBe('Exceeded maximum execution time');
    expect(ws.clock.nowMillis() - before).toBe(400000);
    ws.timeLimitMs = 30 * 60 * 1000;
    expect(ws.run(null, 'sleepy').value).toBe('done');
  });

  test('failAt makes the next matching run fail at that call, once', () => {
    const ws = workspaceWith(CODE);
    const ss = ws.createSpreadsheet('S');
    ws.failAt({fn: 'work', service: 'Range', method: 'getValues'});
    const r = ws.run(ss, 'work');
    expect(r.error?.message).toBe('Service error: Spreadsheets');
    expect(r.counts.byMethod['Spreadsheet.insertSheet']).toBeUndefined();
    expect(ws.run(ss, 'work').error).toBeNull();
    ws.failAt({callIndex: 2, error: new Error('Boom')});
    expect(ws.run(ss, 'work').error?.message).toBe('Boom');
  });
});

describe('google.script.run', () => {
  test('values cross as JSON; a Date in the returned value makes it null', () => {
    const ws = workspaceWith(CODE);
    expect(ws.callServer(null, 'serverValue', ['plain']).value).toEqual({
      n: 1,
      list: ['a'],
    });
    expect(ws.callServer(null, 'serverValue', ['date']).value).toBeNull();
  });
});
