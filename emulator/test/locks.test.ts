import {workspaceWith} from './fixture';

const CODE = `
function record(label) {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30000)) return label + ': busy';
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  sheet.appendRow([label, 'start']);
  sheet.appendRow([label, 'end']);
  lock.releaseLock();
  return label + ': ok';
}
function recordWait(label) {
  const lock = LockService.getDocumentLock();
  lock.waitLock(30000);
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  sheet.appendRow([label, 'start']);
  sheet.appendRow([label, 'end']);
  lock.releaseLock();
  return label + ': ok';
}
function scriptLocked(label) {
  const lock = LockService.getScriptLock();
  const got = lock.tryLock(0);
  Session.getScriptTimeZone();
  return got ? label + ': got it' : label + ': busy';
}
`;

function rows(ws: ReturnType<typeof workspaceWith>, id: string): unknown[][] {
  const sheet = ws.spreadsheet(id)!.getSheets()[0];
  return sheet.getLastRow()
    ? sheet.getRange(1, 1, sheet.getLastRow(), 2).getValues()
    : [];
}

describe('LockService under interleaved executions', () => {
  test("'fail': the second execution's tryLock returns false after its timeout", () => {
    const ws = workspaceWith(CODE);
    const ss = ws.createSpreadsheet('S');
    const before = ws.clock.nowMillis();
    const [a, b] = ws.interleave(
      {target: ss, fn: 'record', args: ['A']},
      {target: ss, fn: 'record', args: ['B']},
      {atCall: 5, contention: 'fail'},
    );
    expect(a.value).toBe('A: ok');
    expect(b.value).toBe('B: busy');
    expect(rows(ws, ss.getId())).toEqual([
      ['A', 'start'],
      ['A', 'end'],
    ]);
    expect(ws.clock.nowMillis() - before).toBe(30000);
  });

  test("'fail': waitLock throws Google's lock timeout", () => {
    const ws = workspaceWith(CODE);
    const ss = ws.createSpreadsheet('S');
    const [a, b] = ws.interleave(
      {target: ss, fn: 'recordWait', args: ['A']},
      {target: ss, fn: 'recordWait', args: ['B']},
      {atCall: 4, contention: 'fail'},
    );
    expect(a.value).toBe('A: ok');
    expect(b.error?.message).toBe(
      'Lock timeout: another process was holding the lock for too long.',
    );
  });

  test("'wait': the second execution runs after the first releases the lock; writes never mix", () => {
    const ws = workspaceWith(CODE);
    const ss = ws.createSpreadsheet('S');
    const [a, b] = ws.interleave(
      {target: ss, fn: 'record', args: ['A']},
      {target: ss, fn: 'record', args: ['B']},
      {atCall: 5, contention: 'wait'},
    );
    expect([a.value, b.value]).toEqual(['A: ok', 'B: ok']);
    expect(rows(ws, ss.getId())).toEqual([
      ['A', 'start'],
      ['A', 'end'],
      ['B', 'start'],
      ['B', 'end'],
    ]);
  });

  test('before the first takes the lock, the second runs freely', () => {
    const ws = workspaceWith(CODE);
    const ss = ws.createSpreadsheet('S');
    const [a, b] = ws.interleave(
      {target: ss, fn: 'record', args: ['A']},
      {target: ss, fn: 'record', args: ['B']},
      {atCall: 1, contention: 'fail'},
    );
    expect([a.value, b.value]).toEqual(['A: ok', 'B: ok']);
    expect(rows(ws, ss.getId()).map(r => r[0])).toEqual(['B', 'B', 'A', 'A']);
  });

  test('document locks are per document; the script lock is shared', () => {
    const ws = workspaceWith(CODE);
    const s1 = ws.createSpreadsheet('S1');
    const s2 = ws.createSpreadsheet('S2');
    const [, b] = ws.interleave(
      {target: s1, fn: 'record', args: ['A']},
      {target: s2, fn: 'record', args: ['B']},
      {atCall: 5, contention: 'fail'},
    );
    expect(b.value).toBe('B: ok');
    const [, d] = ws.interleave(
      {target: s1, fn: 'scriptLocked', args: ['A']},
      {target: s2, fn: 'scriptLocked', args: ['B']},
      {atCall: 3, contention: 'fail'},
    );
    expect(d.value).toBe('B: busy');
  });
});
