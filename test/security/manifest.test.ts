import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHOP_MATCHES } from '../../lib/model/hosts';
import { reportCounts } from './counts';

/**
 * Promise 3 (page scripts cannot talk to the background) and the fewest
 * permissions, on the built manifest: no externally_connectable, a strict
 * CSP, exactly the permissions we need, the named shops by default and every
 * other site only on request, and no remote code in extension pages.
 * Builds once into ZHIDE_SEC_OUT_DIR (default /tmp/sec-out).
 */
reportCounts(import.meta.filename);

const ROOT = join(import.meta.dirname, '../..');
const OUT = process.env.ZHIDE_SEC_OUT_DIR ?? '/tmp/sec-out';
const EXT = join(OUT, 'chrome-mv3');
let manifest: Record<string, unknown>;

beforeAll(() => {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, ZHIDE_OUT_DIR: OUT }, stdio: 'pipe' });
  manifest = JSON.parse(readFileSync(join(EXT, 'manifest.json'), 'utf8'));
}, 120_000);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const full = join(dir, f);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

describe('built Chrome manifest', () => {
  it('has no externally_connectable: no web page can message the extension', () => {
    expect(manifest).not.toHaveProperty('externally_connectable');
  });

  it('has a strict CSP for extension pages', () => {
    const csp = (manifest.content_security_policy as { extension_pages?: string }).extension_pages ?? '';
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
  });

  it('asks for exactly the permissions it uses', () => {
    expect([...(manifest.permissions as string[])].sort()).toEqual(
      ['activeTab', 'alarms', 'notifications', 'offscreen', 'scripting', 'storage'].sort(),
    );
  });

  it('runs on the named shops by default and on other sites only on request', () => {
    const hosts = manifest.host_permissions as string[];
    expect([...hosts].sort()).toEqual([...SHOP_MATCHES].sort());
    for (const h of hosts) expect(h).toMatch(/^\*:\/\/\*\.[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
    expect(hosts).not.toContain('<all_urls>');
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
    // Content scripts run only where a host permission (or the person's click) allows.
    const patterns = (manifest.content_scripts as { matches: string[] }[]).flatMap((c) => c.matches);
    for (const p of patterns) expect(p).not.toMatch(/^<all_urls>$|^\*:\/\/\*\/\*$/);
  });

  it('exposes no resources to web pages', () => {
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('ships no remote code: extension pages load only their own scripts, bundles import nothing remote', () => {
    const all = files(EXT);
    for (const f of all.filter((x) => x.endsWith('.html'))) {
      const html = readFileSync(f, 'utf8');
      for (const m of html.matchAll(/<script\b[^>]*>/gi)) expect(m[0]).not.toMatch(/src=["']?(?:https?:)?\/\//i);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/i); // no inline script
    }
    for (const f of all.filter((x) => x.endsWith('.js'))) {
      const js = readFileSync(f, 'utf8');
      expect(js, f).not.toMatch(/\bimportScripts\s*\(\s*['"`]https?:/);
      expect(js, f).not.toMatch(/\bimport\s*\(\s*['"`]https?:/);
    }
    expect(existsSync(join(EXT, 'manifest.json'))).toBe(true);
  });
});
