import { describe, expect, it } from 'vitest';
import { extractFile } from '../../lib/cli/commands/extract';
import { findFixtures, mismatches } from './fixture-lib';

/**
 * One case per fixture folder under test/fixtures/pages/ (generic, zyte and
 * every site folder): extract the page and check each key its expected.json
 * lists. A failure prints the actual values ready to paste.
 */
const fixtures = findFixtures();

describe('page fixtures', () => {
  it('finds the fixture folders', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    expect(f.meta.url, `${f.name}: page.json needs a url`).toMatch(/^https?:\/\//);
    expect(['real', 'constructed']).toContain(f.meta.source);
    expect(f.expected, `${f.name}: no expected.json (run test/tools/generate-expected.ts)`).toBeDefined();
    const actual = extractFile(f.page) as unknown as Record<string, unknown>;
    const bad = mismatches(f.expected ?? {}, actual);
    expect(bad, `${f.name}:\n${bad.join('\n')}`).toEqual([]);
  });
});
