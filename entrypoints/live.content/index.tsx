import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { installEventGuard } from '../../components/overlay/guard';
import type { LiveItem, LiveTimelineProps } from '../../components/overlay/LiveTimeline';
import { LiveTimeline } from '../../components/overlay/LiveTimeline';
import { mountInShadow, type ShadowHandle } from '../../components/overlay/mount';
import { readLiveRoomDom } from '../../lib/extract/live/dom';
import { LIVE_BRIDGE_MATCHES, LIVE_MAX_PAYLOAD_CHARS } from '../../lib/extract/live/endpoints';
import { LiveRecorder, type LiveUpdate } from '../../lib/extract/live/recorder';
import { send, type Transport } from '../../lib/messaging/client';
import type { ProductView } from '../../lib/messaging/protocol';
import type { LiveSession, Sighting } from '../../lib/model/schema';
import { startOverlay } from '../../lib/ui/locale';

const transport: Transport = (m) => browser.runtime.sendMessage(m);

/** Batching: live rooms are busy; send what changed at most this often. */
const FLUSH_MS = 1500;
/** Read the DOM only when the bridge has been silent this long (fallback). */
const DOM_FALLBACK_AFTER_MS = 15_000;
const DOM_POLL_MS = 5000;

/**
 * Live rooms: the main-world bridge hands over the room's own product-list
 * and current-product responses; the recorder turns them into a session,
 * product sightings (only on change) and presentations; the background
 * stores them; the timeline overlay shows the room's products.
 */
export default defineContentScript({
  matches: LIVE_BRIDGE_MATCHES,
  runAt: 'document_start',
  // WXT's start-up window.postMessage is only for old WXT versions: it costs the page ~2 ms and tells its
  // message listeners that an extension runs here. The document event WXT also sends is enough.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    installEventGuard(window);
    const recorder = new LiveRecorder({ url: location.href });
    const { settings, i18n } = await startOverlay(transport);
    if (settings?.sites[location.hostname]?.enabled === false) return;
    const showOverlay = settings?.overlay.enabled !== false && !settings?.sites[location.hostname]?.hideOverlay;

    const items = new Map<string, LiveItem>();
    const views: Record<string, ProductView> = {};
    let pending: Sighting[] = [];
    let session: LiveSession | undefined;
    let lastBridgeAt = 0;
    let overlay: ShadowHandle<LiveTimelineProps> | undefined;
    let flushing = false;

    const draw = () => {
      if (!showOverlay || !items.size || !document.body) return;
      const props: LiveTimelineProps = {
        items: [...items.values()],
        views,
        ...(session?.hostName ? { host: session.hostName } : {}),
      };
      if (!overlay?.host.isConnected) overlay = mountInShadow(document, i18n, props, LiveTimeline);
      else overlay.update(props);
    };

    const apply = (u: LiveUpdate) => {
      if (u.ended) void send(transport, 'recordLive', { session: u.ended, sightings: [] }).catch(() => {});
      if (u.session) session = u.session;
      for (const s of u.sightings) {
        pending.push(s);
        if (!s.price) continue;
        const prev = items.get(s.productKey);
        items.set(s.productKey, {
          productKey: s.productKey,
          ...((s.title ?? prev?.title) ? { title: s.title ?? prev?.title } : {}),
          price: s.price,
          ...(s.listPrice ? { listPrice: s.listPrice } : {}),
          presentedAt: prev?.presentedAt ?? [],
          explaining: prev?.explaining ?? false,
        });
      }
      for (const p of u.presentationsStarted) {
        const it = items.get(p.productKey);
        if (it) {
          it.presentedAt.push(p.startedAt);
          it.explaining = true;
        }
      }
      for (const p of u.presentationsEnded) {
        const it = items.get(p.productKey);
        if (it) it.explaining = false;
      }
      draw();
    };

    // Send in batches; a batch stays queued until the background acknowledges it.
    const flush = async () => {
      if (flushing || !session || !pending.length) return;
      flushing = true;
      const batch = pending;
      pending = [];
      try {
        const res = await send(transport, 'recordLive', { session, sightings: batch.slice(0, 500) });
        if (batch.length > 500) pending.unshift(...batch.slice(500));
        Object.assign(views, res.views);
        draw();
      } catch {
        pending.unshift(...batch);
      } finally {
        flushing = false;
      }
    };

    ctx.addEventListener(window, 'message', (event: MessageEvent) => {
      // Only our bridge, in this very window. The page could post the same shape, so what it
      // says is only data: size-limited here, parsed and validated with zod in the background.
      if (event.source !== window || !isBridgeMessage(event.data)) return;
      lastBridgeAt = Date.now();
      void send(transport, 'parseLive', { url: location.href, payload: event.data.payload })
        .then((parsed) => {
          if (!('error' in parsed)) apply(recorder.observe(parsed, Date.now()));
        })
        .catch(() => {});
    });

    ctx.setInterval(() => {
      const now = Date.now();
      if (now - lastBridgeAt > DOM_FALLBACK_AFTER_MS && document.body) {
        const reading = readLiveRoomDom(document, new URL(location.href), now);
        if (reading.products.length) apply(recorder.observe(reading, now));
      }
      apply(recorder.tick(now));
    }, DOM_POLL_MS);
    ctx.setInterval(() => void flush(), FLUSH_MS);
    ctx.addEventListener(window, 'wxt:locationchange', () => apply(recorder.navigate(location.href, Date.now())));
    ctx.addEventListener(window, 'pagehide', () => {
      apply(recorder.end(Date.now()));
      void flush();
    });
    ctx.onInvalidated(() => overlay?.remove());
  },
});

/** The bridge's envelope (entrypoints/live-bridge.content.ts), checked without zod to keep this script small. */
function isBridgeMessage(d: unknown): d is { source: 'zhide-live'; version: 1; url: string; payload: string } {
  const m = d as Record<string, unknown> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.source === 'zhide-live' &&
    m.version === 1 &&
    typeof m.url === 'string' &&
    typeof m.payload === 'string' &&
    m.payload.length <= LIVE_MAX_PAYLOAD_CHARS
  );
}
