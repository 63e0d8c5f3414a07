import {workspaceWith} from './fixture';

const CODE = `
function installHourly() {
  return ScriptApp.newTrigger('tick').timeBased().everyMinutes(5).create().getUniqueId();
}
function installWeekly() {
  return ScriptApp.newTrigger('weekly').timeBased().everyWeeks(1).onWeekDay(ScriptApp.WeekDay.MONDAY)
    .atHour(8).nearMinute(0).inTimezone('Europe/Paris').create().getUniqueId();
}
function installMany(n) {
  const ids = [];
  for (let i = 0; i < n; i++) ids.push(ScriptApp.newTrigger('tick').timeBased().everyHours(1).create().getUniqueId());
  return ids.length;
}
function installEveryHour() {
  return ScriptApp.newTrigger('tick').timeBased().everyHours(1).create().getUniqueId();
}
function installSoon() { ScriptApp.newTrigger('tick').timeBased().after(10 * 60000).create(); }
function installOnce() { ScriptApp.newTrigger('tick').timeBased().after(90 * 60000).create(); }
function installSubmit() {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return ScriptApp.newTrigger('onSubmit').forSpreadsheet(ss).onFormSubmit().create().getTriggerSourceId();
}
function listMine() {
  return ScriptApp.getProjectTriggers().map(t => [t.getHandlerFunction(), String(t.getEventType()), String(t.getTriggerSource())]);
}
function deleteAll() { ScriptApp.getProjectTriggers().forEach(t => ScriptApp.deleteTrigger(t)); }
function tick(e) {
  const p = PropertiesService.getScriptProperties();
  p.setProperty('ticks', String(Number(p.getProperty('ticks') || 0) + 1));
  return e;
}
function weekly(e) { return e; }
`;

describe('installable triggers', () => {
  test('at most 20 per user per script: the 21st throws', () => {
    const ws = workspaceWith(CODE);
    expect(ws.run(null, 'installMany', [20]).value).toBe(20);
    const r = ws.run(null, 'installMany', [1]);
    expect(r.error?.message).toBe(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    // Another user has their own 20.
    expect(
      ws.run(null, 'installMany', [3], {user: 'autre@example.org'}).value,
    ).toBe(3);
    expect(ws.triggers).toHaveLength(23);
  });

  test("getProjectTriggers lists the current user's triggers only; deleteTrigger removes them", () => {
    const ws = workspaceWith(CODE);
    ws.run(null, 'installHourly');
    ws.run(null, 'installMany', [2], {user: 'autre@example.org'});
    expect(ws.run(null, 'listMine').value).toEqual([
      ['tick', 'CLOCK', 'CLOCK'],
    ]);
    ws.run(null, 'deleteAll');
    expect(ws.triggers.map(t => t.owner)).toEqual([
      'autre@example.org',
      'autre@example.org',
    ]);
  });

  test('in a bound script everyMinutes(5) fires every 5 minutes (clock-trigger-builder#everyMinutes)', () => {
    const ws = workspaceWith(CODE);
    ws.run(null, 'installHourly');
    const runs = ws.advanceClock(30 * 60000);
    // Created at 08:00: 08:05, 08:10 … 08:30 — six runs, 5 minutes apart.
    expect(runs).toHaveLength(6);
    const minutes = runs.map(r => (r.value as {minute: number}).minute);
    expect(minutes).toEqual([5, 10, 15, 20, 25, 30]);
  });

  test("in an editor add-on a time-driven trigger runs at most once an hour, with Google's event object", () => {
    const ws = workspaceWith(CODE, {projectType: 'addon'});
    const uid = ws.run(null, 'installEveryHour').value as string;
    const runs = ws.advanceClock(3 * 3600000);
    expect(runs).toHaveLength(3);
    expect(runs.every(r => r.error === null && r.fn === 'tick')).toBe(true);
    expect(ws.properties.script().get('ticks')).toBe('3');
    // First run one hour after creation (2026-09-01 08:00 Paris = 06:00 UTC).
    expect(runs[0].value).toEqual({
      authMode: 'FULL',
      triggerUid: uid,
      year: 2026,
      month: 9,
      'day-of-month': 1,
      'day-of-week': 2,
      'week-of-year': 36,
      hour: 7,
      minute: 0,
      second: 0,
      timezone: 'UTC',
    });
  });

  describe('editor add-on restrictions (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions)', () => {
    const TOO_MANY_CLOCK =
      'This add-on has created too many time-based triggers in this document for this Google user account.';
    const TOO_OFTEN =
      'Add-ons can only create time-based triggers that run at most once per hour.';

    test('one time-driven trigger per user per document: the second throws', () => {
      const ws = workspaceWith(CODE, {projectType: 'addon'});
      const ss = ws.createSpreadsheet('Suivi');
      const other = ws.createSpreadsheet('Autre suivi');
      expect(ws.run(ss, 'installEveryHour').error).toBeNull();
      expect(ws.run(ss, 'installWeekly').error?.message).toBe(TOO_MANY_CLOCK);
      expect(ws.run(ss, 'installOnce').error?.message).toBe(TOO_MANY_CLOCK);
      // Another document, or another user on this one, has its own.
      expect(ws.run(other, 'installWeekly').error).toBeNull();
      expect(
        ws.run(ss, 'installWeekly', [], {user: 'autre@example.org'}).error,
      ).toBeNull();
      expect(ws.triggers).toHaveLength(3);
      // A form-submit trigger is another type: allowed once, not twice.
      expect(ws.run(ss, 'installSubmit').error).toBeNull();
      expect(ws.run(ss, 'installSubmit').error?.message).toBe(
        'This add-on has created too many form-submit triggers in this document for this Google user account.',
      );
      // Deleted, the slot is free again.
      ws.run(ss, 'deleteAll');
      expect(ws.run(ss, 'installWeekly').error).toBeNull();
    });

    test('more often than hourly throws: everyMinutes(n), a one-off trigger within the hour', () => {
      const ws = workspaceWith(CODE, {projectType: 'addon'});
      const ss = ws.createSpreadsheet('Suivi');
      expect(ws.run(ss, 'installHourly').error?.message).toBe(TOO_OFTEN);
      expect(ws.run(ss, 'installSoon').error?.message).toBe(TOO_OFTEN);
      expect(ws.triggers).toHaveLength(0);
      // 90 minutes ahead is allowed.
      expect(ws.run(ss, 'installOnce').error).toBeNull();
    });

    test('a bound script has none of these limits', () => {
      const ws = workspaceWith(CODE);
      const ss = ws.createSpreadsheet('Suivi');
      for (const fn of ['installHourly', 'installSoon', 'installWeekly'])
        expect(ws.run(ss, fn).error).toBeNull();
      expect(ws.run(ss, 'installSubmit').error).toBeNull();
      expect(ws.run(ss, 'installSubmit').error).toBeNull();
      expect(ws.triggers).toHaveLength(5);
    });

    test('the mode comes from the loaded project when the option is not given', () => {
      const ws = workspaceWith(`// projet — @projectType addon\n${CODE}`);
      const ss = ws.createSpreadsheet('Suivi');
      expect(ws.run(ss, 'installHourly').error?.message).toBe(TOO_OFTEN);
      const bound = workspaceWith(`// @projectType bound\n${CODE}`);
      const tracker = bound.createSpreadsheet('Suivi');
      expect(bound.run(tracker, 'installHourly').error).toBeNull();
    });
  });

  test('a weekly trigger fires on its day and hour in its time zone', () => {
    const ws = workspaceWith(CODE);
    ws.run(null, 'installWeekly');
    const runs = ws.advanceClock(14 * 24 * 3600000);
    expect(runs).toHaveLength(2);
    const fired = runs.map(r => r.value as Record<string, number>);
    // Monday 7 and 14 September 2026, 08:00 Paris = 06:00 UTC.
    expect(
      fired.map(e => [e['day-of-month'], e.hour, e['day-of-week']]),
    ).toEqual([
      [7, 6, 1],
      [14, 6, 1],
    ]);
  });

  test('a one-off trigger fires once and stays listed (it still counts toward the limit)', () => {
    const ws = workspaceWith(CODE);
    ws.run(null, 'installOnce');
    expect(ws.advanceClock(60 * 60000)).toHaveLength(0);
    expect(ws.advanceClock(60 * 60000)).toHaveLength(1);
    expect(ws.advanceClock(24 * 3600000)).toHaveLength(0);
    expect(ws.triggers[0].spent).toBe(true);
  });

  test('forSpreadsheet(ss).onFormSubmit() is tied to the spreadsheet', () => {
    const ws = workspaceWith(CODE);
    const ss = ws.createSpreadsheet('Réponses');
    expect(ws.run(ss, 'installSubmit').value).toBe(ss.getId());
    expect(ws.triggers[0]).toMatchObject({
      type: 'ON_FORM_SUBMIT',
      source: 'SPREADSHEETS',
      sourceId: ss.getId(),
      handler: 'onSubmit',
    });
  });

  test('creating triggers needs full authorization', () => {
    const ws = workspaceWith(CODE);
    const ss = ws.createSpreadsheet('S');
    const r = ws.run(ss, 'installHourly', [], {authMode: 'LIMITED'});
    expect(r.error?.message).toMatch(
      /^You do not have permission to call ScriptApp.newTrigger/,
    );
  });
});

describe('daily trigger runtime (quotas page: 90 min consumer, 6 h Workspace)', () => {
  // Each run: 1,500 property reads, 0.16 s each (pessimistic) + the store
  // itself = 240.16 s of predicted time.
  const BUSY = `
function installBusy() { ScriptApp.newTrigger('busy').timeBased().everyMinutes(5).create(); }
function busy() {
  const p = PropertiesService.getScriptProperties();
  for (let i = 0; i < 1500; i++) p.getProperty('k');
}
`;
  const start = new Date('2026-09-01T10:00:00+02:00'); // 01:00 in California

  test('consumer: past 90 minutes the next run is cut, then refused, with Google’s message; the next day it runs again', () => {
    const ws = workspaceWith(BUSY, {now: start});
    ws.run(null, 'installBusy');
    const runs = ws.advanceClock(30 * 5 * 60 * 1000);
    expect(runs).toHaveLength(30);
    // 5,400 s / 240.16 s: 22 whole runs, the 23rd cut when the budget runs out.
    const ok = runs.filter(r => r.error === null);
    expect(ok).toHaveLength(22);
    expect(runs[22].error?.message).toBe(
      'Service using too much computer time for one day',
    );
    expect(runs[22].counts.calls).toBeLessThan(1501);
    for (const r of runs.slice(23)) {
      expect(r.error?.message).toBe(
        'Service using too much computer time for one day',
      );
      expect(r.counts.calls).toBe(0);
    }
    const used = ws.triggerRuntime();
    expect(used.limitSeconds).toBe(5400);
    expect(used.usedSeconds).toBeGreaterThanOrEqual(5400);
    expect(used.usedSeconds).toBeLessThan(5400 + 1);
    // The next Pacific day (after 09:00 in Paris the next morning) the budget is back.
    ws.advanceTo(new Date('2026-09-02T08:58:00+02:00'));
    const next = ws.advanceTo(new Date('2026-09-02T09:08:00+02:00'));
    // 09:00 is the first run of the new Pacific day, 09:05 the second.
    expect(next.map(r => r.error)).toEqual([null, null]);
    expect(ws.triggerRuntime().usedSeconds).toBeCloseTo(2 * 240.16, 6);
  });

  test('Workspace: 6 hours, the same 30 runs all pass; runs by hand do not count', () => {
    const ws = workspaceWith(BUSY, {now: start, accountType: 'workspace'});
    ws.run(null, 'installBusy');
    ws.run(null, 'busy');
    expect(ws.triggerRuntime().usedSeconds).toBe(0);
    const runs = ws.advanceClock(30 * 5 * 60 * 1000);
    expect(runs.filter(r => r.error === null)).toHaveLength(30);
    expect(ws.triggerRuntime()).toEqual({
      usedSeconds: expect.closeTo(30 * 240.16, 6),
      limitSeconds: 21600,
    });
  });
});
