import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS } from '../../lib/extract/sites/index';
import { findFixtures } from './fixture-lib';

/** The registry keeps its promises: unique ids, fixtures for every adapter, no URL claimed twice. */
const fixtures = findFixtures();

describe('site adapter registry', () => {
  it('has unique, well-formed adapter ids', () => {
    const ids = SITE_ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it.each(SITE_ADAPTERS.map((a) => [a.id]))('%s has at least one fixture folder', (id) => {
    expect(fixtures.filter((f) => f.name.split(/[\\/]/)[0] === id).length).toBeGreaterThan(0);
  });

  it('never lets two adapters claim the same fixture URL', () => {
    const clashes: string[] = [];
    for (const f of fixtures) {
      if (!f.meta.url) continue;
      const url = new URL(f.meta.url);
      const claim = SITE_ADAPTERS.filter((a) => a.matches(url)).map((a) => a.id);
      if (claim.length > 1) clashes.push(`${f.name}: ${claim.join(', ')}`);
    }
    expect(clashes).toEqual([]);
  });

  it('lets each site folder’s pages be claimed by that site’s adapter', () => {
    const wrong: string[] = [];
    for (const a of SITE_ADAPTERS) {
      for (const f of fixtures.filter((x) => x.name.split(/[\\/]/)[0] === a.id)) {
        if (f.meta.url && !a.matches(new URL(f.meta.url)))
          wrong.push(`${f.name} (${f.meta.url}) is not claimed by ${a.id}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
