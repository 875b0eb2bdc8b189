import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountOverlay, type OverlayHandle } from '../../components/overlay/mount';
import type { OverlayState } from '../../components/overlay/Overlay';
import { send, type Transport } from '../../lib/messaging/client';
import { SHOP_MATCHES } from '../../lib/model/hosts';
import { loadI18n } from '../../lib/ui/locale';
import { type PageReading, readPage } from './read-page';

const transport: Transport = (m) => browser.runtime.sendMessage(m);

/** Wait this long after the page stops changing before reading it again (variant switches, SPA renders). */
const SETTLE_MS = 700;

export default defineContentScript({
  matches: SHOP_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    performance.mark('zhide:start');
    // Injected twice (manifest + toolbar click)? The first one wins.
    if (document.documentElement.hasAttribute('data-zhide-running')) return;
    document.documentElement.setAttribute('data-zhide-running', '');
    await run(ctx);
  },
});

async function run(ctx: ContentScriptContext) {
  const settings = await send(transport, 'getSettings', {}).catch(() => null);
  const host = location.hostname;
  const site = settings?.sites[host];
  if (site?.enabled === false) return;
  const showOverlay = settings?.overlay.enabled !== false && !site?.hideOverlay;
  const i18n = await loadI18n(settings?.locale ?? 'auto', transport);

  let overlay: OverlayHandle | undefined;
  let lastFingerprint = '';

  const show = (state: OverlayState) => {
    if (!showOverlay) return;
    if (!overlay?.host.isConnected) {
      overlay?.remove();
      overlay = mountOverlay(document, i18n, { state, initiallyOpen: settings?.overlay.collapsed === false });
    } else overlay.update({ state });
  };

  const readAndRecord = async () => {
    let reading: PageReading;
    try {
      reading = readPage(document, new URL(location.href), Date.now());
    } catch {
      return; // extraction never throws by contract; this is belt and braces
    }
    if (reading.fingerprint === lastFingerprint) return;
    lastFingerprint = reading.fingerprint;
    if (!reading.sightings.length) {
      overlay?.remove();
      overlay = undefined;
      return;
    }
    const main = reading.main !== undefined ? reading.sightings[reading.main] : undefined;
    if (main) show({ kind: 'loading' });
    try {
      const res = await send(transport, 'recordPage', {
        sightings: reading.sightings,
        ...(reading.main !== undefined ? { main: reading.main } : {}),
        ...(reading.reviews.length ? { reviews: reading.reviews } : {}),
        ...(reading.seller ? { seller: reading.seller } : {}),
      });
      if (main) {
        show({ kind: 'ready', view: res.view ?? null, ...(main.price ? { current: main.price } : {}) });
        // For the benchmark: time from script start to the overlay drawn with its data.
        requestAnimationFrame(() => performance.measure('zhide:overlay-ready', 'zhide:start'));
      }
    } catch (e) {
      lastFingerprint = ''; // not saved: try again on the next change
      if (main) show({ kind: 'error', message: (e as Error).message, ...(main.price ? { current: main.price } : {}) });
    }
  };

  await readAndRecord();

  // Single-page shops: a new product after in-page navigation, a new price after a variant switch.
  let timer: number | undefined;
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = ctx.setTimeout(() => void readAndRecord(), SETTLE_MS);
  };
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  const observer = new MutationObserver((records) => {
    // Our own overlay re-rendering is not a page change.
    if (records.every((r) => (r.target as Element).closest?.('zhide-overlay'))) return;
    schedule();
  });
  observer.observe(document.body ?? document.documentElement, { subtree: true, childList: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    overlay?.remove();
    document.documentElement.removeAttribute('data-zhide-running');
  });
}
