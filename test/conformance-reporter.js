'use strict';
/**
 * Jest reporter: prints the conformance suite's line after the run,
 * « Conformité : N cas, M écarts connus », from the results file that
 * test/conformance/conformance.test.ts writes (nothing when that suite did
 * not run).
 */
const fs = require('node:fs');
const path = require('node:path');

const FILE = path.resolve(
  __dirname,
  '../test-artifacts/conformance/emulator.json',
);

class ConformanceReporter {
  onRunStart() {
    fs.rmSync(FILE, {force: true});
  }

  onRunComplete() {
    if (!fs.existsSync(FILE)) return;
    const {counts} = JSON.parse(fs.readFileSync(FILE, 'utf8'));
    const lines = [
      `Conformité : ${counts.cases} cas, ${counts.knownGaps} écarts connus`,
    ];
    lines.push(
      `  (${counts.offline} ne tournent que sur l'émulateur — second compte, attente, page ouverte, quota réel — ` +
        `et ${counts.needsPreparation} demandent un Google Doc fait à la main pour l'exécution réelle ; ` +
        'écarts et raisons : conformance/known-gaps.ts)',
    );
    if (counts.resolvedGaps) {
      lines.push(
        `  ${counts.resolvedGaps} écart(s) connu(s) résolu(s) : retirer leur ligne de conformance/known-gaps.ts`,
      );
    }
    if (counts.unexpected) {
      lines.push(
        `  ${counts.unexpected} cas en écart non répertorié (voir les échecs ci-dessus)`,
      );
    }
    console.log(`\n${lines.join('\n')}\n`);
  }
}

module.exports = ConformanceReporter;
