/** The reliability summary adds up the suites' evidence and names every injection path. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const {summarize} = require('../../reliability-reporter.js') as {
  summarize: (e: unknown[]) => string[];
};

test('totals, covered and not covered paths by name', () => {
  const lines = summarize([
    {
      fuzz: {results: 30, errors: 10},
      injection: [],
      interleavings: 0,
      interruptions: 0,
    },
    {
      fuzz: {results: 5, errors: 0},
      injection: [
        {name: 'A', covered: true, evidence: '3 charges relues'},
        {name: 'B', covered: false, evidence: 'refusé à la saisie'},
      ],
      interleavings: 7,
      interruptions: 2,
    },
    // A path covered by another suite stays covered.
    {injection: [{name: 'B', covered: true, evidence: '1 charge relue'}]},
  ]);
  expect(lines[0]).toBe(
    "Fiabilité : 45 cas de fuzzing (35 avec un résultat, 10 refusés par un message en français), 2 chemins d'injection couverts sur 2, 7 entrelacements essayés, 2 interruptions reprises",
  );
  expect(lines.slice(1)).toEqual([
    '  Chemins couverts (charges relues telles quelles, ni formule ni balise actives) :',
    '    ✓ A — 3 charges relues',
    '    ✓ B — 1 charge relue',
  ]);
  const missing = summarize([
    {injection: [{name: 'C', covered: false, evidence: 'pourquoi'}]},
  ]);
  expect(missing).toContain('    ✗ C — pourquoi');
  expect(missing[0]).toContain("0 chemins d'injection couverts sur 1");
});
