'use strict';
/**
 * Jest reporter: under CI=true, a run with a test that did not run fails.
 * A skipped test or suite (`.skip`, `xit`, a describe skipped for want of a
 * browser), a `.todo`, or the tests left out by a `.only` / `fit` elsewhere in
 * their file all show up as results that are not passed or failed: each is
 * named, and the run exits non-zero (getLastError). Outside CI they are only
 * listed, so that a developer without Chromium can still run the rest.
 */

/** Statuses of a test that ran. */
const RAN = new Set(['passed', 'failed']);

/** The tests of an aggregated jest result that did not run, as "file › name (status)". */
function notRun(results, rootDir) {
  const out = [];
  for (const file of results.testResults || []) {
    const rel = rootDir
      ? file.testFilePath.replace(rootDir + '/', '')
      : file.testFilePath;
    if (file.skipped) out.push(`${rel} (suite skipped)`);
    for (const a of file.testResults || []) {
      if (!RAN.has(a.status)) out.push(`${rel} › ${a.fullName} (${a.status})`);
    }
  }
  return out;
}

class CiGuardReporter {
  constructor(globalConfig) {
    this.rootDir = (globalConfig && globalConfig.rootDir) || '';
    this.error = undefined;
  }

  onRunComplete(_contexts, results) {
    const skipped = notRun(results, this.rootDir);
    if (skipped.length === 0) return;
    const list = skipped.map(s => `  - ${s}`).join('\n');
    if (process.env.CI === 'true') {
      this.error = new Error(
        `CI=true : ${skipped.length} test(s) non exécuté(s) (ignoré, .skip, .todo ou écarté par un .only) :\n${list}`,
      );
      console.error(`\n${this.error.message}\n`);
    } else {
      console.warn(
        `\n${skipped.length} test(s) non exécuté(s) (échec sous CI=true) :\n${list}\n`,
      );
    }
  }

  getLastError() {
    return this.error;
  }
}

module.exports = CiGuardReporter;
module.exports.notRun = notRun;
