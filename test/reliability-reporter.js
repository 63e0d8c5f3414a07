'use strict';
/**
 * Jest reporter: prints the reliability suites' evidence-backed summary after
 * the run (test/helpers/reliability.ts says what backs each figure): fuzz
 * cases with a result or a French error, injection paths covered and not
 * covered (by name), interleavings that really overlapped, interruptions
 * really cut then resumed.
 */
const fs = require('node:fs');
const path = require('node:path');

const DIR = path.resolve(__dirname, '../test-artifacts/reliability');

/** The summary's lines from the suites' evidence files (exported for its test). */
function summarize(evidences) {
  const fuzz = {results: 0, errors: 0};
  let interleavings = 0;
  let interruptions = 0;
  const paths = new Map();
  for (const e of evidences) {
    fuzz.results += (e.fuzz && e.fuzz.results) || 0;
    fuzz.errors += (e.fuzz && e.fuzz.errors) || 0;
    interleavings += e.interleavings || 0;
    interruptions += e.interruptions || 0;
    for (const p of e.injection || []) {
      const known = paths.get(p.name);
      // A path covered by one suite stays covered.
      if (!known || (!known.covered && p.covered)) paths.set(p.name, p);
    }
  }
  const all = [...paths.values()];
  const covered = all.filter(p => p.covered);
  const missing = all.filter(p => !p.covered);
  const lines = [
    `Fiabilité : ${fuzz.results + fuzz.errors} cas de fuzzing (${fuzz.results} avec un résultat, ${fuzz.errors} refusés par un message en français), ` +
      `${covered.length} chemins d'injection couverts sur ${all.length}, ` +
      `${interleavings} entrelacements essayés, ${interruptions} interruptions reprises`,
  ];
  if (covered.length)
    lines.push(
      '  Chemins couverts (charges relues telles quelles, ni formule ni balise actives) :',
      ...covered.map(p => `    ✓ ${p.name} — ${p.evidence}`),
    );
  if (missing.length)
    lines.push(
      '  Chemins non couverts :',
      ...missing.map(p => `    ✗ ${p.name} — ${p.evidence}`),
    );
  return lines;
}

class ReliabilityReporter {
  onRunStart() {
    fs.rmSync(DIR, {recursive: true, force: true});
  }

  onRunComplete() {
    if (!fs.existsSync(DIR)) return;
    const evidences = fs
      .readdirSync(DIR)
      .filter(f => f.endsWith('.json'))
      .map(f => JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')));
    console.log(`\n${summarize(evidences).join('\n')}\n`);
  }
}

module.exports = ReliabilityReporter;
module.exports.summarize = summarize;
