import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import mine from './dash-messages.json';

const dir = resolve(import.meta.dirname, '../../components/dashboard');
const sources = readdirSync(dir)
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => readFileSync(resolve(dir, f), 'utf8'))
  .join('\n');

describe('dashboard strings', () => {
  it('every key the views use literally exists in English and Chinese', () => {
    const used = new Set([...sources.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1] as string));
    for (const m of sources.matchAll(/key: '(dash[A-Za-z0-9_]+)'/g)) used.add(m[1] as string);
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((k) => !(k in en) || !(k in zh));
    expect(missing).toEqual([]);
  });

  it('every dash string (including the ones built from ids) is merged into both locale files, translated', () => {
    for (const [k, [e, z]] of Object.entries(mine as unknown as Record<string, [string, string]>)) {
      expect((en as Record<string, { message: string }>)[k]?.message, k).toBe(e);
      expect((zh as Record<string, { message: string }>)[k]?.message, k).toBe(z);
      expect(z, k).not.toBe('');
    }
  });

  it('keys built from ids have a string for each id', () => {
    const prefixes = [...sources.matchAll(/t\(`(dash[A-Za-z]+_)\$\{/g)].map((m) => m[1] as string);
    for (const p of new Set(prefixes))
      expect(
        Object.keys(mine).some((k) => k.startsWith(p)),
        p,
      ).toBe(true);
  });
});
