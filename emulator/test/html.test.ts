/** HtmlService emulation: templates (escaped vs raw output, variables, include()), files, outputs. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {IdGenerator, type EmuEnv, type ExecutionContext} from '../core/env';
import {Clock, Meter} from '../core/meter';
import {FakeHtmlOutput} from '../html/html-output';
import {createHtmlService} from '../html/html-service';

type TestEnv = EmuEnv & {ctx: ExecutionContext | null};

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-html-'));
fs.mkdirSync(path.join(dist, 'ui', 'kit'), {recursive: true});
fs.writeFileSync(
  path.join(dist, 'ui', 'kit', 'styles.html'),
  '<style>body{margin:0}</style>',
);
fs.writeFileSync(
  path.join(dist, 'ui', 'page.html'),
  '<!DOCTYPE html><html><head><?!= include("ui/kit/styles") ?></head><body><h1><?= title ?></h1>' +
    '<ul><? for (var i = 0; i < items.length; i++) { ?><li><?= items[i] ?></li><? } ?></ul>' +
    '<script>var data = JSON.parse(<?= json ?>); var n = <?= count ?>;</script></body></html>',
);

function makeEnv(): TestEnv {
  const env: TestEnv = {
    clock: new Clock(Date.parse('2026-10-10T08:00:00Z')),
    meter: new Meter(),
    ids: new IdGenerator(),
    locale: 'fr',
    timeZone: 'Europe/Paris',
    scriptTimeZone: () => 'Europe/Paris',
    accountType: 'consumer',
    distDir: dist,
    ctx: null,
    context() {
      return env.ctx;
    },
    spreadsheets: new Map(),
    forms: new Map(),
    documents: new Map(),
    files: new Map(),
    mails: [],
    // The bundle's include(file) is HtmlService.createHtmlOutputFromFile(file).getContent().
    callTopLevel(fn: string, args: unknown[]) {
      if (fn !== 'include') throw new Error(`Script function not found: ${fn}`);
      return HtmlService.createHtmlOutputFromFile(String(args[0])).getContent();
    },
  };
  const HtmlService = createHtmlService(env);
  return env;
}

afterAll(() => fs.rmSync(dist, {recursive: true, force: true}));

describe('HtmlService', () => {
  test('<?= ?> escapes & < > " \' while <?!= ?> prints raw', () => {
    const HtmlService = createHtmlService(makeEnv());
    const t = HtmlService.createTemplate(
      '<p title="<?= v ?>"><?= v ?></p><div><?!= v ?></div>',
    );
    t.v = '<script>alert("x") & \'y\'</script>';
    expect(t.evaluate().getContent()).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;">' +
        '&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;</p>' +
        '<div><script>alert("x") & \'y\'</script></div>',
    );
  });

  test('a template file: include() through the bundle, loops with locals, JS-literal output in <script>', () => {
    const env = makeEnv();
    const HtmlService = createHtmlService(env);
    const t = HtmlService.createTemplateFromFile('ui/page');
    Object.assign(t, {
      title: 'Réglages & co',
      items: ['a<b', 'c'],
      json: JSON.stringify({nom: '</script><script>x()</script>'}),
      count: 3,
    });
    const html = t.evaluate().getContent();
    expect(html).toContain('<head><style>body{margin:0}</style></head>');
    expect(html).toContain('<h1>Réglages &amp; co</h1>');
    expect(html).toContain('<ul><li>a&lt;b</li><li>c</li></ul>');
    // Inside <script>, the value is a JS string literal that cannot close the script element.
    expect(html).toContain(
      'var data = JSON.parse("{\\"nom\\":\\"\\u003c/script\\u003e\\u003cscript\\u003ex()\\u003c/script\\u003e\\"}"); var n = 3;',
    );
    expect(html).not.toContain('</script><script>x()');
    // The template's variables are its own properties, not its source.
    expect(Object.keys(t)).toEqual(['title', 'items', 'json', 'count']);
  });

  test('a name that is not a variable throws ReferenceError, as in Apps Script', () => {
    const HtmlService = createHtmlService(makeEnv());
    const t = HtmlService.createTemplate('<p><?= missing ?></p>');
    expect(() => t.evaluate()).toThrow(ReferenceError);
  });

  test('with vm globals, free names resolve against them (top-level functions, services)', () => {
    const env = makeEnv();
    // Like a vm context's sandbox: top-level functions listed, JS builtins (JSON) not.
    const globals = {greet: (n: string) => `Bonjour ${n}`};
    const HtmlService = createHtmlService(env, () => globals);
    const t = HtmlService.createTemplate(
      '<?= greet(who) ?> <?!= JSON.stringify([1]) ?>',
    );
    t.who = '<Ana>';
    expect(t.evaluate().getContent()).toBe('Bonjour &lt;Ana&gt; [1]');
    expect(() =>
      HtmlService.createTemplate('<?= nothere() ?>').evaluate(),
    ).toThrow('"nothere" is not defined.');
  });

  test('createHtmlOutputFromFile reads dist/<name>.html raw; a missing file throws Google’s message', () => {
    const HtmlService = createHtmlService(makeEnv());
    const out = HtmlService.createHtmlOutputFromFile('ui/page');
    expect(out.getContent()).toContain('<?!= include("ui/kit/styles") ?>');
    expect(() => HtmlService.createHtmlOutputFromFile('ui/absent')).toThrow(
      'No HTML file named ui/absent was found.',
    );
  });

  test('HtmlOutput: title, size, append/appendUntrusted, peek without metering', () => {
    const env = makeEnv();
    const HtmlService = createHtmlService(env);
    const out = HtmlService.createHtmlOutput('<b>a</b>')
      .setTitle('Paramètres')
      .setWidth(480)
      .setHeight(420)
      .append('<i>b</i>')
      .appendUntrusted('<i>c</i>')
      .setSandboxMode(HtmlService.SandboxMode.IFRAME);
    expect([out.getTitle(), out.getWidth(), out.getHeight()]).toEqual([
      'Paramètres',
      480,
      420,
    ]);
    expect(out.getContent()).toBe('<b>a</b><i>b</i>&lt;i&gt;c&lt;/i&gt;');
    const before = env.meter.total.calls;
    expect((out as unknown as FakeHtmlOutput).peek()).toEqual({
      title: 'Paramètres',
      width: 480,
      height: 420,
      content: '<b>a</b><i>b</i>&lt;i&gt;c&lt;/i&gt;',
    });
    expect(env.meter.total.calls).toBe(before);
    expect(out.asTemplate().evaluate().getContent()).toBe(out.getContent());
    expect(env.meter.total.byMethod['HtmlOutput.setTitle']).toBe(1);
  });
});
