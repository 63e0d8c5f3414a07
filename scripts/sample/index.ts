/**
 * The deterministic sample. As a command, writes its export files:
 *   npx tsx scripts/sample/index.ts [--seed N] [--scale N] [--out DIR]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {generateSample} from './generate';
import {sampleFiles} from './formats';

export * from './generate';
export * from './formats';
export * from './types';
export {Rng, mulberry32} from './prng';
export {isereCommunes} from './communes';

if (require.main === module) {
  const args = process.argv.slice(2);
  const value = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const sample = generateSample({
    seed: value('--seed') ? Number(value('--seed')) : undefined,
    scale: value('--scale') ? Number(value('--scale')) : undefined,
  });
  const out = value('--out') ?? 'preview/sample';
  fs.mkdirSync(out, {recursive: true});
  for (const [name, text] of Object.entries(sampleFiles(sample))) {
    fs.writeFileSync(path.join(out, name), text);
    console.log(path.join(out, name));
  }
}
