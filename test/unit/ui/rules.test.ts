/**
 * The field rules (src/ui/kit/rules.ts) and their mirror in the page kit
 * (validate in src/ui/kit/client.html): values computed by hand, then both
 * interpreters run on the same random inputs and must agree exactly.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import fc from 'fast-check';
import {
  FieldRule,
  pageRules,
  PageRule,
  validateFields,
} from '../../../src/ui/kit/rules';
import {useLanguage} from '../../../src/i18n';
import {SETTINGS_RULES} from '../../../src/settings/validate';

type ClientValidate = (
  rules: Record<string, PageRule>,
  values: unknown,
) => {ok: boolean; values?: unknown; errors?: Record<string, string>};

/** The kit's client script, run without a page (its rule code needs none). */
function clientValidate(): ClientValidate {
  const html = fs.readFileSync(
    path.resolve(__dirname, '../../../src/ui/kit/client.html'),
    'utf8',
  );
  const script = /<script>([\s\S]*)<\/script>/.exec(html)![1];
  const context = vm.createContext({});
  vm.runInContext(script, context);
  const kit = (context as {Kit: {validate: ClientValidate}}).Kit;
  return kit.validate;
}

const RULES: Record<string, FieldRule> = {
  name: {kind: 'text', required: true, maxLength: 40, plain: true},
  note: {kind: 'text', maxLength: 50},
  count: {kind: 'integer', min: 3, max: 100},
  day: {kind: 'choice', options: ['MONDAY', 'FRIDAY']},
  flag: {kind: 'boolean'},
  mails: {kind: 'list', item: 'email', maxItems: 2, maxLength: 200},
  codes: {
    kind: 'list',
    item: 'code',
    allowed: ['01', '38', '2A'],
    minItems: 1,
    maxItems: 3,
    maxLength: 100,
  },
};

const GOOD = {
  name: '  Territoire  ',
  note: '',
  count: '5',
  day: 'FRIDAY',
  flag: true,
  mails: 'a@b.fr, A@B.fr;\nc.d@e-f.org',
  codes: '38 2a 1',
};

const cases: [string, unknown, string][] = [
  ['name', '', 'Ce champ est obligatoire.'],
  ['name', 'x'.repeat(41), 'Ce texte est trop long : 40 caractères au plus.'],
  [
    'name',
    '<img src=x onerror=alert(1)>',
    'Les caractères < et > ne sont pas acceptés.',
  ],
  [
    'name',
    '=IMPORTXML("http://x","//a")',
    'Le texte ne peut pas commencer par =, +, - ou @.',
  ],
  ['name', '+33', 'Le texte ne peut pas commencer par =, +, - ou @.'],
  ['name', {a: 1}, 'Cette valeur n’est pas valide.'],
  ['name', ['x'], 'Cette valeur n’est pas valide.'],
  ['count', '2', 'La valeur doit être au moins 3.'],
  ['count', '101', 'La valeur doit être au plus 100.'],
  ['count', '4.5', 'Indiquez un nombre entier.'],
  ['count', 'cinq', 'Indiquez un nombre entier.'],
  ['count', '', 'Ce champ est obligatoire.'],
  [
    'count',
    '9'.repeat(10000),
    'Ce texte est trop long : 15 caractères au plus.',
  ],
  ['count', true, 'Cette valeur n’est pas valide.'],
  ['day', 'SUNDAY', 'Choisissez une des valeurs proposées.'],
  ['day', 1, 'Choisissez une des valeurs proposées.'],
  ['flag', 'on', 'Cette valeur n’est pas valide.'],
  ['mails', 'a@b.fr x', '« x » n’est pas une adresse e-mail valide.'],
  ['mails', '=cmd@x.fr', '« =cmd@x.fr » n’est pas une adresse e-mail valide.'],
  ['mails', 'a@b.fr, c@d.fr, e@f.fr', '2 éléments au plus.'],
  [
    'mails',
    '<img src=x onerror=window.__pwned=1>',
    '« <img » n’est pas une adresse e-mail valide.',
  ],
  ['codes', '999', '« 999 » n’est pas une valeur connue.'],
  ['codes', ' , ', 'Ce champ est obligatoire.'],
  [
    'codes',
    'x'.repeat(101),
    'Ce texte est trop long : 100 caractères au plus.',
  ],
  [
    'codes',
    'a'.repeat(60),
    `« ${'a'.repeat(39)}… » n’est pas une valeur connue.`,
  ],
];

describe('validateFields', () => {
  beforeEach(() => useLanguage('fr'));

  it('normalises good values', () => {
    const r = validateFields(RULES, GOOD);
    expect(r).toEqual({
      ok: true,
      values: {
        name: 'Territoire',
        note: '',
        count: 5,
        day: 'FRIDAY',
        flag: true,
        mails: ['a@b.fr', 'c.d@e-f.org'],
        codes: ['38', '2A', '01'],
      },
    });
  });

  it.each(cases)('refuses %s = %p', (field, value, message) => {
    const r = validateFields(RULES, {...GOOD, [field]: value});
    expect(r).toEqual({ok: false, errors: {[field]: message}});
  });

  it('treats a missing field as empty and a non-object as no values', () => {
    const {name: _n, ...rest} = GOOD;
    void _n;
    expect(validateFields(RULES, rest)).toEqual({
      ok: false,
      errors: {name: 'Ce champ est obligatoire.'},
    });
    const r = validateFields(RULES, 'nonsense');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(Object.keys(r.errors).sort()).toEqual(
        ['codes', 'count', 'day', 'flag', 'name'].sort(),
      );
  });

  it('writes messages in English when the language is English', () => {
    useLanguage('en');
    const r = validateFields(RULES, {...GOOD, count: '1'});
    expect(r).toEqual({
      ok: false,
      errors: {count: 'The value must be at least 3.'},
    });
  });

  it('gives the page every message with its placeholders', () => {
    const rules = pageRules(RULES);
    expect(rules.count.messages.min).toBe(
      'La valeur doit être au moins {min}.',
    );
    expect(rules.count).toMatchObject({kind: 'integer', min: 3, max: 100});
    expect('messages' in SETTINGS_RULES.smallGroupK).toBe(true);
    expect(pageRules(SETTINGS_RULES).smallGroupK.messages.min).toBe(
      'Le seuil doit être d’au moins {min} : en dessous, des personnes pourraient être reconnues.',
    );
  });
});

describe('the page kit applies the same rules', () => {
  const validate = clientValidate();
  const json = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

  it('on the hand-made cases', () => {
    const rules = pageRules(RULES);
    expect(json(validate(rules, GOOD))).toEqual(
      json(validateFields(RULES, GOOD)),
    );
    for (const [field, value] of cases) {
      const values = {...GOOD, [field]: value};
      expect(json(validate(rules, values))).toEqual(
        json(validateFields(RULES, values)),
      );
    }
  });

  const piece = fc.constantFrom(
    '',
    ' ',
    ',',
    ';',
    '\n',
    '\t',
    '38',
    '2a',
    '1',
    '999',
    '0',
    '-4',
    '3',
    '07',
    'a@b.fr',
    'x.y+z@sub.example.org',
    '@',
    '=',
    '+',
    '<img src=x onerror=window.__pwned=1>',
    '=IMPORTXML("http://x","//a")',
    'MONDAY',
    'FRIDAY',
    'fr',
    'en',
    'true',
    'false',
    'Territoire de sciences',
    'é',
    '«»',
  );
  const text = fc
    .array(piece, {maxLength: 8})
    .map(parts => parts.join(''))
    .chain(s =>
      fc.oneof(fc.constant(s), fc.constant(s.repeat(30)), fc.string()),
    );
  const value = fc.oneof(
    text,
    text,
    text,
    fc.integer({min: -5, max: 200}),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(text, {maxLength: 3}),
    fc.constant({}),
  );

  it('on random values of every field (test rules and settings rules)', () => {
    for (const rules of [RULES, SETTINGS_RULES as Record<string, FieldRule>]) {
      const names = Object.keys(rules);
      const page = pageRules(rules);
      fc.assert(
        fc.property(fc.dictionary(fc.constantFrom(...names), value), values => {
          const server = json(validateFields(rules, values));
          const client = json(validate(page, values));
          expect(client).toEqual(server);
        }),
        {numRuns: 400},
      );
    }
  });
});
