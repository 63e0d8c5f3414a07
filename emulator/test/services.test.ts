import {parseCsv} from '../utilities/utilities';
import {Workspace} from '../workspace/workspace';
import {workspaceWith} from './fixture';

type Utils = GoogleAppsScript.Utilities.Utilities;

function utils(
  ws = new Workspace({now: new Date('2026-09-01T08:00:00+02:00')}),
): Utils {
  return ws.services.Utilities as Utils;
}

describe('Utilities', () => {
  const d = new Date('2026-09-07T06:05:09Z'); // Monday, 08:05:09 in Paris

  test("formatDate: Java patterns in a time zone, English names as Google's servers", () => {
    const u = utils();
    expect(u.formatDate(d, 'Europe/Paris', 'yyyy-MM-dd HH:mm:ss')).toBe(
      '2026-09-07 08:05:09',
    );
    expect(u.formatDate(d, 'UTC', "EEEE d MMMM yyyy 'à' H'h'mm")).toBe(
      'Monday 7 September 2026 à 6h05',
    );
    expect(u.formatDate(d, 'America/New_York', 'EEE, MMM d, h:mm a')).toBe(
      'Mon, Sep 7, 2:05 AM',
    );
    expect(u.formatDate(d, 'Europe/Paris', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe(
      '2026-09-07T08:05:09+02:00',
    );
    expect(
      u.formatDate(new Date('2026-12-07T06:05:09Z'), 'Europe/Paris', 'HH:mm Z'),
    ).toBe('07:05 +0100');
  });

  test('formatDate with French names when the workspace asks for them', () => {
    const u = utils(new Workspace({formatDateLocale: 'fr'}));
    expect(u.formatDate(d, 'Europe/Paris', 'EEEE d MMMM yyyy')).toBe(
      'lundi 7 septembre 2026',
    );
    expect(
      u.formatDate(new Date('2026-02-01T12:00:00Z'), 'Europe/Paris', 'd MMM'),
    ).toBe('1 févr.');
  });

  test('parseCsv: RFC 4180 quotes, escaped quotes, newlines in fields, other delimiters', () => {
    expect(parseCsv('a,b\r\n"c, d","e ""f"""\n"g\nh",\n')).toEqual([
      ['a', 'b'],
      ['c, d', 'e "f"'],
      ['g\nh', ''],
    ]);
    expect(utils().parseCsv('nom;commune\nAlice;Vienne', ';')).toEqual([
      ['nom', 'commune'],
      ['Alice', 'Vienne'],
    ]);
  });

  test('parseCsv (stricter than Google): a quote left open throws instead of swallowing the following lines', () => {
    expect(() =>
      utils().parseCsv('nom,commune\n"Alice,Vienne\nBruno,Voiron'),
    ).toThrow('Could not parse text.');
    // A quote inside an unquoted field is kept as text (RFC 4180 leaves it
    // undefined; nothing is lost either way).
    expect(utils().parseCsv('a,b"c\n1,2')).toEqual([
      ['a', 'b"c'],
      ['1', '2'],
    ]);
  });

  test('base64 (also web-safe), blobs, digests, uuids', () => {
    const u = utils();
    expect(u.base64Encode('Grenoble – Isère')).toBe(
      Buffer.from('Grenoble – Isère').toString('base64'),
    );
    expect(u.base64EncodeWebSafe([251, 255])).toBe('-_8=');
    expect(u.base64Decode('/w==')).toEqual([-1]);
    expect(u.base64DecodeWebSafe('-_8=')).toEqual([-5, -1]);
    const blob = u.newBlob('é', 'text/plain', 'a.txt');
    expect(blob.getBytes()).toEqual([-61, -87]);
    expect(blob.getDataAsString()).toBe('é');
    expect(blob.getName()).toBe('a.txt');
    // MD5("abc") = 900150983cd24fb0d6963f7d28e17f72
    const md5 = u
      .computeDigest(u.DigestAlgorithm.MD5, 'abc')
      .map(b => ((b + 256) % 256).toString(16).padStart(2, '0'));
    expect(md5.join('')).toBe('900150983cd24fb0d6963f7d28e17f72');
    const a = [utils().getUuid(), utils().getUuid()];
    const ws = new Workspace();
    expect([utils(ws).getUuid(), utils(ws).getUuid()]).not.toEqual([
      a[0],
      a[0],
    ]);
    expect(a[0]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(utils().getUuid()).toBe(a[0]);
  });

  test('formatString', () => {
    expect(
      utils().formatString('%s : %d (%.1f%%) %05d', 'Public', 12.7, 33.333, 42),
    ).toBe('Public : 12 (33.3%) 00042');
  });
});

const CODE = `
function props() {
  PropertiesService.getDocumentProperties().setProperty('k', 'doc');
  PropertiesService.getScriptProperties().setProperty('k', 'script');
  PropertiesService.getUserProperties().setProperty('k', 'user');
  return [PropertiesService.getDocumentProperties().getProperty('k'), PropertiesService.getDocumentProperties().getProperty('absent')];
}
function big() { PropertiesService.getScriptProperties().setProperty('big', 'x'.repeat(9 * 1024 + 1)); }
function noDoc() { return PropertiesService.getDocumentProperties(); }
function cache(action) {
  const c = CacheService.getScriptCache();
  if (action === 'put') c.put('k', 'v', 60);
  return c.get('k');
}
function who() { return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(), Session.getScriptTimeZone()]; }
function ask() {
  const ui = SpreadsheetApp.getUi();
  const a = ui.alert('Confirmer', 'Supprimer ?', ui.ButtonSet.YES_NO);
  const p = ui.prompt('Nom', 'Votre nom ?', ui.ButtonSet.OK_CANCEL);
  return [a === ui.Button.YES, p.getSelectedButton() === ui.Button.OK, p.getResponseText()];
}
function logs() { Logger.log('n=%s', 3); console.log('hello', {a: 1}); return Logger.getLog(); }
function readProps() { return PropertiesService.getDocumentProperties().getProperty('k'); }
`;

describe('Properties, cache, session, ui, logging', () => {
  test('document, script and user stores are separate; quotas as Google', () => {
    const ws = workspaceWith(CODE);
    const ss = ws.createSpreadsheet('S');
    expect(ws.run(ss, 'props').value).toEqual(['doc', null]);
    expect(ws.properties.document(ss.getId()).get('k')).toBe('doc');
    expect(ws.properties.script().get('k')).toBe('script');
    expect(ws.properties.user(ws.user).get('k')).toBe('user');
    expect(ws.run(ss, 'big').error?.message).toBe('Argument too large: value');
    expect(ws.run(null, 'noDoc').value).toBeNull();
  });

  test('in AuthMode.NONE, properties cannot be read', () => {
    const ws = workspaceWith(CODE);
    const ss = ws.createSpreadsheet('S');
    expect(
      ws.run(ss, 'readProps', [], {authMode: 'NONE'}).error?.message,
    ).toMatch(
      /^You do not have permission to call PropertiesService.getDocumentProperties/,
    );
    expect(ws.run(ss, 'readProps', [], {authMode: 'LIMITED'}).error).toBeNull();
  });

  test('cache entries expire on the virtual clock', () => {
    const ws = workspaceWith(CODE);
    expect(ws.run(null, 'cache', ['put']).value).toBe('v');
    ws.advanceClock(59000);
    expect(ws.run(null, 'cache', ['get']).value).toBe('v');
    ws.advanceClock(2000);
    expect(ws.run(null, 'cache', ['get']).value).toBeNull();
  });

  test('session user and time zone', () => {
    const ws = workspaceWith(CODE, {user: 'alice@example.org'});
    expect(ws.run(null, 'who').value).toEqual([
      'alice@example.org',
      'alice@example.org',
      'Europe/Paris',
    ]);
    expect(ws.run(null, 'who', [], {user: 'bob@example.org'}).value).toEqual([
      'bob@example.org',
      'bob@example.org',
      'Europe/Paris',
    ]);
  });

  test('alerts and prompts take the queued answers and are recorded', () => {
    const ws = workspaceWith(CODE);
    const ss = ws.createSpreadsheet('S');
    ws.ui.queueAlert('YES');
    ws.ui.queuePrompt('Camille', 'OK');
    expect(ws.run(ss, 'ask').value).toEqual([true, true, 'Camille']);
    expect(ws.run(ss, 'ask').value).toEqual([true, false, '']);
    expect(ws.ui.alerts[0]).toMatchObject({
      title: 'Confirmer',
      prompt: 'Supprimer ?',
      buttons: 'YES_NO',
      answer: 'YES',
    });
  });

  test('Logger and console are recorded, not printed', () => {
    const ws = workspaceWith(CODE);
    expect(ws.run(null, 'logs').value).toBe('n=3');
    expect(ws.logs.map(l => l.text)).toEqual(['n=3', 'hello {"a":1}']);
  });
});
