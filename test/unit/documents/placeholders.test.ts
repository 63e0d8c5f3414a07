import {
  analyseTemplate,
  closestName,
  levenshtein,
  scanPart,
} from '../../../src/documents/placeholders';
import {
  fieldSource,
  formatValue,
  globalValues,
  knownNames,
  tableValues,
} from '../../../src/documents/fields';
import {issueMessage, javaLiteral} from '../../../src/documents/template';
import {NNBSP} from '../../../src/documents/format';
import {normalizeKey} from '../../../src/gas/table';
import {fdsBilan, fdsTracker, TODAY} from '../../fixtures/documents/data';

describe('Levenshtein distance and closest name', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('date de debut', 'date de dbut')).toBe(1);
  });
  it('finds the closest known name ignoring case and accents', () => {
    const known = knownNames().fields;
    expect(closestName('Date de dbut', known)).toBe('Date de début');
    expect(closestName('LIEU PRINCIPALE', known)).toBe('Lieu principal');
    expect(closestName('zzzzzzzzzzzzzzzzzzzzzz', known)).toBeNull();
  });
});

describe('scanning a template', () => {
  const known = knownNames();
  it('finds fields with formatters, case and accents ignored', () => {
    const r = scanPart(
      'Du {{Date de début|date}} au {{ date de fin | date courte }} : {{Sessions|nombre}} sessions.',
      'body',
      known,
    );
    expect(r.issues).toEqual([]);
    expect(r.uses.map(u => [u.raw, u.name, u.formatter])).toEqual([
      ['{{Date de début|date}}', 'Date de début', 'date'],
      ['{{ date de fin | date courte }}', 'Date de fin', 'date courte'],
      ['{{Sessions|nombre}}', 'Sessions', 'nombre'],
    ]);
  });

  it('reports unknown fields with the closest known name, unknown formatters and tables', () => {
    const r = analyseTemplate(
      [
        {
          part: 'body',
          text: 'Le {{Date de dbut}} et {{Sessions|nombr}} {{#programe}}{{Titre}}{{/programe}}',
        },
        {part: 'footer', text: '{{Lieu principale}}'},
      ],
      known,
    );
    // The block's name is unknown, so "Titre" is read as a document-wide field
    // (and "Titre" is too far from every field name for a suggestion).
    expect(r.issues.map(i => [i.kind, i.part, i.text, i.suggestion])).toEqual([
      ['unknownField', 'body', 'Date de dbut', 'Date de début'],
      ['unknownFormatter', 'body', 'nombr', 'nombre'],
      ['unknownTable', 'body', 'programe', 'programme'],
      ['unknownField', 'body', 'Titre', null],
      ['unknownField', 'footer', 'Lieu principale', 'Lieu principal'],
    ]);
    expect(issueMessage(r.issues[3])).toBe(
      'Champ inconnu « Titre » (corps du document).',
    );
    expect(issueMessage(r.issues[0])).toBe(
      'Champ inconnu « Date de dbut » (corps du document) : vouliez-vous dire « Date de début » ?',
    );
    expect(issueMessage(r.issues[r.issues.length - 1])).toBe(
      'Champ inconnu « Lieu principale » (pied de page) : vouliez-vous dire « Lieu principal » ?',
    );
  });

  it('reports unclosed placeholders and unclosed blocks', () => {
    const r = scanPart(
      'Bonjour {{Nom de l’événement et {{Édition}} {{#programme}} {{Titre}}',
      'header',
      known,
    );
    expect(r.uses.map(u => u.name)).toEqual(['Édition', 'Titre']);
    expect(r.uses[1].block).toBe('programme');
    expect(r.issues.map(i => [i.kind, i.text])).toEqual([
      ['unclosed', '{{Nom de l’événement et '],
      ['unclosedBlock', '{{#programme}}'],
    ]);
    expect(issueMessage(r.issues[0])).toBe(
      'Champ non fermé « {{Nom de l’événement et  » (en-tête) : il manque les accolades fermantes.',
    );
    const tail = scanPart('Fin {{Sessions', 'body', known);
    expect(tail.issues.map(i => i.kind)).toEqual(['unclosed']);
  });

  it('scopes a block’s placeholders to the table’s columns', () => {
    const r = scanPart(
      '{{#programme}}{{Titre}}\t{{Date|date}}\t{{Structure organisatrice}}\t{{Nom de l’événement}}{{/programme}} {{Titre}}',
      'body',
      known,
    );
    expect(r.blocks).toEqual(['programme']);
    expect(r.uses.map(u => [u.name, u.block])).toEqual([
      ['Titre', 'programme'],
      ['Date', 'programme'],
      ['Structure organisatrice', 'programme'],
      ["Nom de l'événement", 'programme'],
    ]);
    // Outside the block "Titre" is not a document-wide field.
    expect(r.issues.map(i => [i.kind, i.text])).toEqual([
      ['unknownField', 'Titre'],
    ]);
  });
});

describe('field values and formatters', () => {
  const src = fieldSource(
    fdsTracker(),
    fdsBilan(),
    TODAY,
    'Territoire de sciences',
  );
  const globals = globalValues(src);
  const get = (name: string, formatter: string | null = null): string =>
    formatValue(
      globals.get(normalizeKey(name))!,
      formatter,
      'fr',
      'Europe/Paris',
    );

  it('formats dates, numbers, euros and percentages the French way', () => {
    expect(get('Date de début', 'date')).toBe('vendredi 2 octobre 2026');
    expect(get('Date de début')).toBe('vendredi 2 octobre 2026');
    expect(get('Date de fin', 'date courte')).toBe('12/10/2026');
    expect(get('Date de fin', 'date sans jour')).toBe('12 octobre 2026');
    // 4 sessions not cancelled (S1, S2, S3, S5); 3 communes; 4 structures.
    expect(get('Sessions', 'nombre')).toBe('4');
    expect(get('Communes')).toBe('3');
    expect(get('Structures')).toBe('4');
    // Capacity 20 + 30 + 100 + 15 = 165; planned budget 5000 + 2000 + 1000.
    expect(get('Jauge totale')).toBe('165');
    expect(get('Budget prévu')).toBe(`8${NNBSP}000,00${NNBSP}€`);
    expect(get('Taux de réponse')).toBe(`33,3${NNBSP}%`);
    expect(get("Nom de l'événement", 'majuscules')).toBe('FÊTE DE LA SCIENCE');
    expect(get('Event name')).toBe('Fête de la science');
    expect(get('Événement')).toBe('Fête de la science 2026');
  });

  it('gives each row of a repeated table its values', () => {
    const rows = tableValues(src, 'Programme')!;
    // The cancelled session is left out; the rest in time order: S5, S1, S2, S3.
    const v = (i: number, name: string, f: string | null = null) =>
      formatValue(rows[i].get(normalizeKey(name))!, f, 'fr', 'Europe/Paris');
    expect(rows.map((_, i) => v(i, 'Titre'))).toEqual([
      'Visite de laboratoire',
      'Atelier robots',
      'Planétarium',
      'Conférence climat',
    ]);
    expect(v(1, 'Date', 'date')).toBe('samedi 10 octobre 2026');
    expect(v(1, 'Horaire')).toBe('10:00–12:00');
    expect(v(3, 'Structure organisatrice')).toBe('Université Grenoble Alpes');
    const budget = tableValues(src, 'budget')!;
    expect(
      formatValue(
        budget[1].get(normalizeKey('Écart'))!,
        null,
        'fr',
        'Europe/Paris',
      ),
    ).toBe(`1${NNBSP}000,00${NNBSP}€`);
    expect(tableValues(src, 'inconnu')).toBeNull();
  });

  it('escapes replacement text for Java rules', () => {
    expect(javaLiteral('5 $ et C:\\dossier')).toBe('5 \\$ et C:\\\\dossier');
  });
});
