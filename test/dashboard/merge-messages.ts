/**
 * Adds the dashboard's `dash*` strings (test/dashboard/dash-messages.json,
 * [English, Chinese] per key) to public/_locales/{en,zh_CN}/messages.json:
 * a read-modify-write that keeps every other key and the file's two-space
 * JSON layout. Run with `npx tsx test/dashboard/merge-messages.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const mine = JSON.parse(readFileSync(resolve(import.meta.dirname, 'dash-messages.json'), 'utf8')) as Record<
  string,
  [string, string]
>;

for (const [locale, i] of [['en', 0] as const, ['zh_CN', 1] as const]) {
  const file = resolve(root, 'public/_locales', locale, 'messages.json');
  const current = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string; description?: string }>;
  for (const [k, v] of Object.entries(mine)) {
    if (!k.startsWith('dash')) throw new Error(`${k}: the dashboard only adds dash* keys`);
    current[k] = { ...current[k], message: v[i] };
  }
  writeFileSync(file, `${JSON.stringify(current, null, 2)}\n`);
}
