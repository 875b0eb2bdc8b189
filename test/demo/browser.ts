import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

/** The unpacked Chrome build (ZHIDE_EXTENSION_DIR overrides, for builds made with ZHIDE_OUT_DIR). */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/**
 * Chromium flags for every browser the tests, the demo and the bench start: quiet (no sync, no
 * updates, no background traffic), every host mapped to the local servers, whose certificate is
 * the demo store's self-signed one (test/demo/cert).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * 127.0.0.1',
  '--ignore-certificate-errors',
];

export function chromePath(): string {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) throw new Error('No Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH');
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  userDataDir: string;
  close(): Promise<void>;
}

/**
 * Chromium with the unpacked extension loaded. Every host name resolves to
 * this machine, so demo pages served locally appear under shop host names.
 */
export async function launchWithExtension(
  opts: { headless?: boolean; userDataDir?: string; extensionDir?: string; extraArgs?: string[]; locale?: string } = {},
): Promise<ExtensionBrowser> {
  const ext = opts.extensionDir ?? process.env.ZHIDE_EXTENSION_DIR ?? EXTENSION_DIR;
  if (!existsSync(join(ext, 'manifest.json'))) throw new Error(`No build at ${ext}: run npm run build first`);
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'zhide-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: opts.headless ?? true,
    ...(opts.locale ? { locale: opts.locale } : {}),
    viewport: { width: 1280, height: 800 },
    ignoreHTTPSErrors: true,
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      ...CHROMIUM_ARGS,
      ...(opts.locale ? [`--lang=${opts.locale}`] : []),
      ...(opts.extraArgs ?? []),
    ],
  });
  const serviceWorker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, extensionId, serviceWorker, userDataDir, close: () => context.close() };
}
