import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS } from '../../lib/extract/sites/index';
import { isShopHost, SHOP_DOMAINS, SHOP_MATCHES } from '../../lib/model/hosts';

describe('named shop hosts', () => {
  it('cover every host a site adapter serves, so the manifest grants what the adapters read', () => {
    for (const a of SITE_ADAPTERS) for (const h of a.hosts) expect(isShopHost(h), `${a.id}: ${h}`).toBe(true);
  });

  it('match subdomains and the bare domain, and nothing else', () => {
    expect(isShopHost('item.jd.com')).toBe(true);
    expect(isShopHost('jd.com')).toBe(true);
    expect(isShopHost('www.amazon.co.jp')).toBe(true);
    expect(isShopHost('notjd.com')).toBe(false);
    expect(isShopHost('jd.com.evil.example')).toBe(false);
    expect(SHOP_MATCHES).toHaveLength(SHOP_DOMAINS.length);
    expect(SHOP_MATCHES.every((m) => /^\*:\/\/\*\.[a-z0-9.-]+\/\*$/.test(m))).toBe(true);
  });
});
