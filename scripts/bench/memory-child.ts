/** Child of memory.ts: builds the answers, then computes the bilan once. */
import {benchTable} from './compute';
import {computeBilan} from '../../src/bilan';
import {COMMUNES} from '../../src/generated/communes';

const answers = Number(process.argv[2] ?? 50000);
const table = benchTable(answers);
const baselineKB = process.resourceUsage().maxRSS;
const result = computeBilan({
  sheets: [
    {
      name: 'Réponses au formulaire 1',
      formUrl: 'u',
      values: table,
      format: 'sheet',
    },
  ],
  params: [],
  tracker: null,
  k: 5,
  now: new Date(),
  communes: COMMUNES,
});
const peakKB = process.resourceUsage().maxRSS;
console.log(JSON.stringify({baselineKB, peakKB, responses: result.responses}));
