'use strict';
/**
 * Jest reporter: prints the reliability suites' summary line (fuzz cases,
 * injection paths, interleavings, interruptions) after the run.
 */
const fs = require('node:fs');
const path = require('node:path');

const DIR = path.resolve(__dirname, '../test-artifacts/reliability');

class ReliabilityReporter {
  onRunStart() {
    fs.rmSync(DIR, {recursive: true, force: true});
  }

  onRunComplete() {
    if (!fs.existsSync(DIR)) return;
    const totals = {
      fuzzCases: 0,
      injectionPaths: 0,
      interleavings: 0,
      interruptions: 0,
    };
    for (const file of fs.readdirSync(DIR)) {
      const counts = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8'));
      for (const key of Object.keys(totals)) totals[key] += counts[key] || 0;
    }
    console.log(
      `\nFiabilité : ${totals.fuzzCases} cas de fuzzing, ${totals.injectionPaths} chemins d'injection couverts, ` +
        `${totals.interleavings} entrelacements essayés, ${totals.interruptions} interruptions reprises\n`,
    );
  }
}

module.exports = ReliabilityReporter;
