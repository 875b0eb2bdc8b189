import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Where the end-to-end tests write their screenshots. A test run writes to
 * `.output/screenshots/` (untracked), so `npm test` never rewrites the
 * README's pictures with this machine's fonts; `npm run screenshots` sets
 * ZHIDE_SHOTS=screenshots to refresh the committed ones on purpose.
 * Returns the folder for one view (`overlay`, `live`…), created.
 */
export function shotsDir(view: string): string {
  const root = process.env.ZHIDE_SHOTS || resolve(import.meta.dirname, '../../.output/screenshots');
  const dir = resolve(root, view);
  mkdirSync(dir, { recursive: true });
  return dir;
}
