import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { installEventGuard } from '../../components/overlay/guard';
import { mountOverlay, type OverlayHandle } from '../../components/overlay/mount';
import type { OverlayActions, OverlayState } from '../../components/overlay/Overlay';
import { buyButtonRects, chooseCorner } from '../../components/overlay/placement';
import { send, type Transport } from '../../lib/messaging/client';
import { MAX_PAGE_HTML } from '../../lib/messaging/limits';
import { SHOP_MATCHES } from '../../lib/model/hosts';
import type { Settings } from '../../lib/model/schema';
import { startOverlay } from '../../lib/ui/locale';

const transport: Transport = (m) => browser.runtime.sendMessage(m);

/** Wait this long after the page stops changing before reading it again. */
const SETTLE_MS = 700;
/** After a navigation, late renders are followed this long; after a click or a change (a variant switch), this long. */
const FOLLOW_AFTER_NAVIGATION_MS = 15_000;
const FOLLOW_AFTER_INTERACTION_MS = 4_000;
/** A page that could not be recorded is tried again this much later (× the attempt), this many times. */
const RETRY_LATER_MS = 5_000;
const MAX_LATER_RETRIES = 3;

/**
 * The storefront content script is deliberately thin: it serialises the page
 * and sends it; the background reads it with the extractors in an offscreen
 * document and answers with the product's record, which the overlay shows.
 * So the shop page pays for serialising, never for the extractors' code.
 */
export default defineContentScript({
  matches: SHOP_MATCHES,
  // Live rooms have their own script (live.content): their pages change many times a second.
  excludeMatches: ['*://live.douyin.com/*', '*://live.kuaishou.com/*', '*://www.douyin.com/root/live/*'],
  // document_start only to install the keystroke guard before page scripts; the work waits for the page.
  runAt: 'document_start',
  // WXT's start-up window.postMessage is only for old WXT versions: it costs the page ~2 ms and tells its
  // message listeners that an extension runs here. The document event WXT also sends is enough.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    installEventGuard(window);
    await pageLoaded();
    performance.mark('zhide:start');
    // Injected twice (manifest + toolbar click)? The first one wins.
    if (document.documentElement.hasAttribute('data-zhide-running')) return;
    document.documentElement.setAttribute('data-zhide-running', '');
    await run(ctx);
  },
});

async function run(ctx: ContentScriptContext) {
  const { settings, i18n } = await startOverlay(transport);
  const host = location.hostname;
  const site = settings?.sites[host];
  if (site?.enabled === false) return;
  const showOverlay = settings?.overlay.enabled !== false && !site?.hideOverlay;

  let overlay: OverlayHandle | undefined;
  let lastHtmlKey = '';
  let lastState: OverlayState = { kind: 'loading' };
  let currentKey: string | undefined;

  // A position the person chose wins; otherwise a corner that covers no buy button
  // (found once, when the overlay first shows: it reads layout).
  let position = settings?.overlay.position;

  const updateSettings = async (change: (s: Settings) => Settings) => {
    const cur = await send(transport, 'getSettings', {});
    await send(transport, 'setSettings', { settings: change(cur) });
  };

  const refresh = async () => {
    if (!currentKey || lastState.kind !== 'ready') return;
    const view = await send(transport, 'productView', { productKey: currentKey });
    show({ ...lastState, view });
  };

  const actions: OverlayActions = {
    onMove: (pos) => void updateSettings((s) => ({ ...s, overlay: { ...s.overlay, position: pos } })).catch(() => {}),
    onHideSite: () => {
      overlay?.remove();
      overlay = undefined;
      void updateSettings((s) => ({ ...s, sites: { ...s.sites, [host]: { ...s.sites[host], hideOverlay: true } } }));
    },
    onWatch: async (target) => {
      if (!currentKey) return;
      await send(transport, 'setWatch', {
        watch: { productKey: currentKey, targetPrice: target, createdAt: Date.now() },
      });
      await refresh();
    },
    onUnwatch: async () => {
      if (!currentKey) return;
      await send(transport, 'removeWatch', { productKey: currentKey });
      await refresh();
    },
  };

  const show = (state: OverlayState) => {
    lastState = state;
    if (!showOverlay) return;
    position ??= chooseCorner(buyButtonRects(document), window.innerWidth, window.innerHeight);
    const props = { state, position, actions };
    if (!overlay?.host.isConnected) {
      overlay?.remove();
      overlay = mountOverlay(document, i18n, { ...props, initiallyOpen: settings?.overlay.collapsed === false });
    } else overlay.update(props);
  };

  const readAndRecord = async () => {
    const t0 = performance.now();
    const html = document.documentElement.outerHTML;
    performance.measure('zhide:serialize', { start: t0 });
    if (html.length > MAX_PAGE_HTML) return;
    // Cheap change check before sending: the URL and the page's size and ends.
    const key = `${location.href}|${html.length}|${html.slice(-2000)}`;
    if (key === lastHtmlKey) return;
    lastHtmlKey = key;
    try {
      const t1 = performance.now();
      const res = await send(transport, 'recordHtml', { url: location.href, html });
      performance.measure('zhide:record', { start: t1 });
      if (!res.productKey) {
        currentKey = undefined;
        // A listing page: the overlay counts its cards and names the cheaper ones (read again unchanged, the
        // background answers with what it said the first time).
        if (res.listing?.recorded) {
          show({ kind: 'listing', listing: res.listing });
          return;
        }
        // Not a product page (or no longer one after in-page navigation).
        overlay?.remove();
        overlay = undefined;
        return;
      }
      // The same page read again and nothing new: the overlay already shows it.
      if (res.unchanged && res.productKey === currentKey && overlay?.host.isConnected) return;
      currentKey = res.productKey;
      const current = res.view?.product.lastPrice;
      show({ kind: 'ready', view: res.view ?? null, ...(current ? { current } : {}) });
      // For the benchmark: time from script start to the overlay drawn with its data.
      requestAnimationFrame(() => performance.measure('zhide:overlay-ready', 'zhide:start'));
      failures = 0;
    } catch (e) {
      // Not saved (the client already retried a stopped service worker): try again a little later,
      // a few times, and on the next change of the page.
      lastHtmlKey = '';
      if (currentKey) show({ kind: 'error', message: (e as Error).message });
      if (++failures <= MAX_LATER_RETRIES) ctx.setTimeout(() => void readAndRecord(), RETRY_LATER_MS * failures);
    }
  };
  let failures = 0;

  await readAndRecord();

  // Single-page shops: a new product after in-page navigation, a new price after a variant switch.
  // Mutations are followed only for a while after a navigation or an interaction, so a page that
  // animates forever (carousels, live counters) is not read again and again.
  let followUntil = Date.now() + FOLLOW_AFTER_NAVIGATION_MS;
  let timer: number | undefined;
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = ctx.setTimeout(() => void readAndRecord(), SETTLE_MS);
  };
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    followUntil = Date.now() + FOLLOW_AFTER_NAVIGATION_MS;
    schedule();
  });
  const interacted = () => {
    followUntil = Math.max(followUntil, Date.now() + FOLLOW_AFTER_INTERACTION_MS);
  };
  ctx.addEventListener(document, 'click', interacted, { capture: true, passive: true });
  ctx.addEventListener(document, 'change', interacted, { capture: true, passive: true });
  const observer = new MutationObserver((records) => {
    if (Date.now() > followUntil) return;
    // Our own overlay (mounting it, re-rendering it) is not a page change.
    const ours = (n: Node) => n.nodeName === 'ZHIDE-OVERLAY' || !!(n as Element).closest?.('zhide-overlay');
    const pageChanged = records.some(
      (r) => !ours(r.target) && (r.type !== 'childList' || ![...r.addedNodes, ...r.removedNodes].every(ours)),
    );
    if (pageChanged) schedule();
  });
  observer.observe(document.body ?? document.documentElement, { subtree: true, childList: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    overlay?.remove();
    document.documentElement.removeAttribute('data-zhide-running');
  });
}

/** Resolves once the page has loaded (and, where the browser can tell, the main thread is idle). */
function pageLoaded(): Promise<void> {
  return new Promise((resolve) => {
    const idle = () =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 1500 }) : resolve();
    if (document.readyState === 'complete') idle();
    else window.addEventListener('load', idle, { once: true });
  });
}
