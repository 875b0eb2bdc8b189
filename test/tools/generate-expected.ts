/**
 * `npx tsx test/tools/generate-expected.ts <folder>`: write expected.json
 * for every fixture folder under <folder> from the current `zhide extract`
 * output, for a person to review and trim before committing. Existing
 * expected.json files are overwritten only with --force.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractFile } from '../../lib/cli/commands/extract';
import { expectedFrom, findFixtures } from '../extract/fixture-lib';

const args = process.argv.slice(2);
const force = args.includes('--force');
const folder = args.find((a) => !a.startsWith('--'));
if (!folder) {
  process.stderr.write('usage: generate-expected.ts <folder> [--force]\n');
  process.exit(2);
}
const root = resolve(folder);
let written = 0;
for (const f of findFixtures(root)) {
  const target = join(f.dir, 'expected.json');
  if (existsSync(target) && !force) continue;
  try {
    const out = extractFile(f.page) as unknown as Record<string, unknown>;
    writeFileSync(target, `${JSON.stringify(expectedFrom(out), null, 2)}\n`);
    written++;
    process.stdout.write(`wrote ${target}\n`);
  } catch (e) {
    process.stderr.write(`${f.dir}: ${(e as Error).message}\n`);
  }
}
process.stdout.write(`${written} expected.json written\n`);
