/**
 * Fuzzing the staff templates (placeholders, repeated tables, formatters,
 * the replacement text handed to Docs) and the settings page's values: any
 * input gives a result or field messages in French, never an exception.
 */
import fc from 'fast-check';
import {
  analyseTemplate,
  escapeRegex,
  scanPart,
} from '../../src/documents/placeholders';
import {formatValue, knownNames} from '../../src/documents/fields';
import {javaLiteral} from '../../src/documents/template';
import {issueMessage} from '../../src/documents/template';
import {DEPARTEMENTS} from '../../src/generated/communes';
import {DEFAULT_SETTINGS} from '../../src/settings/types';
import {
  MAX_TEAM_EMAILS,
  MIN_SMALL_GROUP_K,
  SETTINGS_RULES,
  validateSettings,
} from '../../src/settings/validate';
import {
  HUGE,
  hostileString,
  runProperty,
  shortHostile,
  expectFilledMessage,
} from './fuzz';

const SUITE = 'fuzz-templates-settings';
const known = knownNames();
const someField = known.fields.slice(0, 8);
const someTable = Object.keys(known.tables)[0];
const someColumn = known.tables[someTable].slice(0, 4);

/** Template text: known and unknown names, broken braces, blocks, formatters. */
const templatePiece = fc.oneof(
  fc.constantFrom(
    '{{',
    '}}',
    '{',
    '}',
    '|',
    '#',
    '/',
    '\n',
    ' ',
    `{{#${someTable}}}`,
    `{{/${someTable}}}`,
    '{{#Inconnue}}',
    '{{/Inconnue}}',
    ...someField.map(f => `{{${f}}}`),
    ...someField.map(f => `{{ ${f.toUpperCase()} | date }}`),
    ...someColumn.map(c => `{{${c}}}`),
    '{{Nom de l’évènement}}',
    '{{Date|inconnu}}',
  ),
  shortHostile,
);

describe('templates and placeholders', () => {
  // Regression (found by the fuzzer, seed 1795887673576): an invalid Date
  // printed "Invalid Date" into a document.
  test('an unreadable date gives no text, whatever the formatter', () => {
    for (const f of [null, 'date', 'nombre', 'majuscules']) {
      expect(
        formatValue(
          {value: new Date(NaN) as never, kind: 'text' as never},
          f,
          'fr',
          'Europe/Paris',
        ),
      ).toBe('');
    }
  });

  test('any template text: uses found in the text, issues in French, never a throw', () => {
    runProperty(
      fc.tuple(
        fc.array(templatePiece, {maxLength: 30}),
        fc.array(templatePiece, {maxLength: 5}),
      ),
      ([body, header]) => {
        const bodyText = body.join('');
        const headerText = header.join('');
        const a = analyseTemplate(
          [
            {part: 'body', text: bodyText},
            {part: 'header', text: headerText},
          ],
          known,
        );
        for (const u of a.uses) {
          const text = u.part === 'body' ? bodyText : headerText;
          expect(text.includes(u.raw)).toBe(true);
          expect(u.raw.startsWith('{{') && u.raw.endsWith('}}')).toBe(true);
          // The raw text as a Docs regular expression finds exactly itself.
          const re = new RegExp(escapeRegex(u.raw));
          expect(re.exec(text)?.[0]).toBe(u.raw);
          const scope = u.block
            ? [...known.tables[u.block], ...known.fields]
            : known.fields;
          expect(scope).toContain(u.name);
        }
        for (const b of a.blocks) expect(known.tables[b]).toBeDefined();
        for (const issue of a.issues) {
          const message = issueMessage(issue);
          expect(message.length).toBeGreaterThan(0);
          expectFilledMessage(message);
        }
        // Blocks opened and never closed are reported.
        const opened = (bodyText.match(/\{\{#/g) ?? []).length;
        if (opened > 0 && !bodyText.includes('{{/')) {
          expect(a.issues.length).toBeGreaterThan(0);
        }
        return 'result';
      },
      {numRuns: 500, suite: SUITE},
    );
  });

  test('scanPart on long and odd text does not throw', () => {
    // A 60,000-character name costs ~0.3 s of edit distance per placeholder:
    // kept out of the many-case properties (one case below).
    runProperty(
      fc.tuple(shortHostile, fc.nat({max: 500})),
      ([s, repeat]) => {
        const text = `{{${s}}}`.repeat(1 + (repeat % 3)) + '{{'.repeat(repeat);
        const r = scanPart(text, 'body', known);
        expect(r.uses.length + r.issues.length).toBeGreaterThan(0);
        return 'result';
      },
      {numRuns: 30, suite: SUITE},
    );
    const huge = scanPart(`{{${HUGE}}}`, 'body', known);
    expect(huge.issues.map(i => i.kind)).toEqual(['unknownField']);
  });

  test('a value put into a document comes out literally ($ and \\ included)', () => {
    // Docs replaceText reads its replacement the Java way: `\x` is x and
    // `$n` a group. javaLiteral must make any value literal.
    const javaReplace = (replacement: string, groups: string[]) =>
      replacement.replace(/\\(.)|\$(\d)/gs, (_, esc: string, g: string) =>
        esc !== undefined ? esc : (groups[Number(g)] ?? ''),
      );
    runProperty(
      hostileString,
      value => {
        expect(javaReplace(javaLiteral(value), ['{{X}}'])).toBe(value);
        return 'result';
      },
      {numRuns: 300, suite: SUITE},
    );
  });

  test('formatValue turns any value and formatter into text', () => {
    const value = fc.oneof(
      hostileString,
      fc.double(),
      fc.date({
        min: new Date('1900-01-01'),
        max: new Date('2200-01-01'),
        noInvalidDate: false,
      }),
      fc.constant(null),
    );
    runProperty(
      fc.tuple(
        value,
        fc.constantFrom('text', 'date', 'number', 'euros', 'percent'),
        fc.oneof(fc.constantFrom(null, ...known.formatters), hostileString),
        fc.constantFrom<'fr' | 'en'>('fr', 'en'),
      ),
      ([v, kind, formatter, lang]) => {
        const out = formatValue(
          {value: v as never, kind: kind as never},
          formatter,
          lang,
          'Europe/Paris',
        );
        expect(typeof out).toBe('string');
        expect(out).not.toMatch(/undefined|Invalid Date/);
        return 'result';
      },
      {numRuns: 500, suite: SUITE},
    );
  });
});

const CODES = new Set(DEPARTEMENTS.map(d => d.code));

describe('settings page values', () => {
  const fieldValue = fc.oneof(
    hostileString,
    fc.integer({min: -10, max: 200}),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.oneof(hostileString, fc.constantFrom('38', '2A', '974')), {
      maxLength: 60,
    }),
    fc.constantFrom('38, 73', 'MONDAY', 'fr', 'en', 'a@b.fr\nc@d.fr', '3'),
    fc.jsonValue({maxDepth: 2}),
  );
  const form = fc.dictionary(
    fc.oneof(
      fc.constantFrom(
        ...Object.keys(SETTINGS_RULES),
        '__proto__',
        'constructor',
      ),
      fc.string({maxLength: 8}),
    ),
    fieldValue,
    {maxKeys: 12},
  );

  test('any values: valid settings or one French message per refused field', () => {
    // Whole random forms, random values alone, and the defaults with a few
    // fields changed (valid or not): most cases must reach valid settings.
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9][A-Za-zÀ-ÿ0-9'’ -]{0,40}$/);
    const email = fc
      .tuple(
        fc.stringMatching(/^[a-z][a-z0-9._-]{0,12}[a-z0-9]$/),
        fc.constantFrom('territoire-de-sciences.fr', 'univ-grenoble-alpes.fr'),
      )
      .map(([local, domain]) => `${local}@${domain}`);
    const plausible = fc.record({
      organisation: word,
      departements: fc.subarray([...CODES], {minLength: 1, maxLength: 5}),
      documentsFolder: word,
      teamEmails: fc.array(email, {maxLength: 5}),
      weeklyDay: fc.constantFrom('MONDAY', 'WEDNESDAY', 'SUNDAY'),
      weeklyHour: fc.integer({min: 0, max: 23}),
      smallGroupK: fc.integer({min: MIN_SMALL_GROUP_K, max: 100}),
      language: fc.constantFrom('fr', 'en'),
      retentionMonths: fc.integer({min: 1, max: 120}),
      weeklyEvenIfNothingChanged: fc.boolean(),
    });
    // A plausible form, a third of the time with one field replaced by anything at all.
    const nearlyDefault = fc
      .tuple(
        plausible,
        fc.oneof(
          {weight: 2, arbitrary: fc.constant({})},
          {
            weight: 1,
            arbitrary: fc.dictionary(
              fc.constantFrom(...Object.keys(SETTINGS_RULES)),
              fieldValue,
              {minKeys: 1, maxKeys: 1},
            ),
          },
        ),
      )
      .map(([form, changes]) => ({...form, ...changes}));
    runProperty(
      fc.oneof(
        {weight: 1, arbitrary: form},
        {weight: 1, arbitrary: fieldValue},
        {weight: 8, arbitrary: nearlyDefault},
      ),
      values => {
        const r = validateSettings(values, DEFAULT_SETTINGS);
        if (!r.ok) {
          const messages = Object.values(r.errors);
          expect(messages.length).toBeGreaterThan(0);
          for (const m of messages) {
            expect(typeof m).toBe('string');
            expect(m.length).toBeGreaterThan(0);
            expectFilledMessage(m);
          }
          return 'error';
        }
        const s = r.settings;
        expect(s.organisation.trim().length).toBeGreaterThan(0);
        expect(s.organisation).not.toMatch(/[<>]|^[=+\-@]/);
        expect(s.departements.length).toBeGreaterThan(0);
        for (const d of s.departements) expect(CODES.has(d)).toBe(true);
        expect(s.teamEmails.length).toBeLessThanOrEqual(MAX_TEAM_EMAILS);
        for (const e of s.teamEmails) expect(e).toMatch(/^[^\s<>]+@[^\s<>]+$/);
        expect(Number.isInteger(s.weeklyHour)).toBe(true);
        expect(s.weeklyHour).toBeGreaterThanOrEqual(0);
        expect(s.weeklyHour).toBeLessThanOrEqual(23);
        expect(s.smallGroupK).toBeGreaterThanOrEqual(MIN_SMALL_GROUP_K);
        expect(Number.isInteger(s.retentionMonths)).toBe(true);
        expect(s.retentionMonths).toBeGreaterThanOrEqual(1);
        expect(['fr', 'en']).toContain(s.language);
        expect(typeof s.weeklyEvenIfNothingChanged).toBe('boolean');
        return 'result';
      },
      {numRuns: 800, suite: SUITE},
    );
  });
});
