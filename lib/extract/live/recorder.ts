import type { Money } from '../../model/money';
import type { LiveSession, Sighting, Source } from '../../model/schema';
import { roomFromUrl } from './dom';
import type { LiveDomReading, LivePayload, LivePlatform, LiveProduct } from './types';

/**
 * Turns a stream of live-room readings (payloads the bridge saw, DOM readings)
 * into what is worth storing: the session (room, host, start, last seen, end),
 * product sightings only when something changed, and presentation (讲解中)
 * intervals. Pure: no timers, no globals; `now` (epoch ms) comes with each call.
 */
export interface LiveRecorderOptions {
  /** The room page's URL. */
  url: string;
  platform?: LivePlatform;
  /** A session with no reading for this long has ended (default 10 minutes). */
  idleMs?: number;
}

/** One stretch of time a product was presented (讲解中). */
export interface Presentation {
  sessionId: string;
  productKey: string;
  productId: string;
  title?: string;
  /** Live price when the presentation started, if known. */
  price?: Money;
  startedAt: number;
  endedAt?: number;
}

export interface LiveUpdate {
  /** The current session (after this call), absent once ended and before the first reading. */
  session?: LiveSession;
  /** True when this call started `session`. */
  sessionStarted: boolean;
  /** A session this call ended (idle gap, room change, end()). */
  ended?: LiveSession;
  /** New or changed product observations, ready for the database (SightingSchema). */
  sightings: Sighting[];
  presentationsStarted: Presentation[];
  presentationsEnded: Presentation[];
}

type Reading = Pick<LivePayload, 'platform' | 'roomId' | 'host' | 'products' | 'currentProductId' | 'currentKnown'> &
  Partial<Pick<LiveDomReading, 'title' | 'explainingTitle'>>;

interface ProductState {
  sig: string;
  product: LiveProduct;
}

const DEFAULT_IDLE_MS = 10 * 60_000;
const MAX_PRODUCTS = 2000;

export class LiveRecorder {
  private url: string;
  private platform: LivePlatform | undefined;
  private roomId: string | undefined;
  private readonly idleMs: number;
  private current: LiveSession | undefined;
  private states = new Map<string, ProductState>();
  private open: Presentation | undefined;
  private done: Presentation[] = [];

  constructor(opts: LiveRecorderOptions) {
    this.url = opts.url;
    this.idleMs = opts.idleMs ?? DEFAULT_IDLE_MS;
    const fromUrl = safeRoom(opts.url);
    this.platform = opts.platform ?? fromUrl.platform;
    this.roomId = fromUrl.roomId;
  }

  /** The session in progress, if any. */
  get session(): LiveSession | undefined {
    return this.current ? { ...this.current } : undefined;
  }

  /** Every presentation of this recorder's sessions so far (the open one last, without endedAt). */
  presentations(): Presentation[] {
    return this.open ? [...this.done, { ...this.open }] : [...this.done];
  }

  /** Feed one reading: a parsed payload or a DOM reading. */
  observe(reading: Reading, now: number): LiveUpdate {
    const update = emptyUpdate();
    this.expireIfIdle(now, update);
    if (!this.current) this.start(reading, now, update);
    const s = this.current as LiveSession;
    s.lastSeenAt = Math.max(s.lastSeenAt, now);
    if (reading.host?.name && !s.hostName) s.hostName = reading.host.name.slice(0, 300);
    if (reading.host?.id && !s.hostId) s.hostId = reading.host.id.slice(0, 200);
    if (reading.title && !s.title) s.title = reading.title.slice(0, 1000);

    // Presentation changes first, so a product whose presentation starts is emitted as explaining.
    const target = this.targetKey(reading);
    if (target !== undefined && target !== (this.open?.productKey ?? null)) {
      this.closeOpen(now, update);
      if (target !== null) {
        const p = reading.products.find((x) => x.productKey === target) ?? this.states.get(target)?.product;
        const pres: Presentation = {
          sessionId: s.id,
          productKey: target,
          productId: p?.productId ?? target.slice(target.indexOf(':') + 1),
          startedAt: now,
        };
        if (p?.title) pres.title = p.title;
        if (p?.price) pres.price = p.price;
        this.open = pres;
        update.presentationsStarted.push({ ...pres });
        if (p && !reading.products.some((x) => x.productKey === target)) {
          // Presented product known from an earlier list: emit it as explaining now.
          update.sightings.push(this.sighting(p, true, now));
        }
      }
    }
    const presenting = this.open?.productKey;
    for (const p of reading.products) {
      const explaining = p.productKey === presenting;
      const sig = signature(p);
      const prev = this.states.get(p.productKey);
      const startsNow = explaining && update.presentationsStarted.some((x) => x.productKey === p.productKey);
      if (!prev || prev.sig !== sig || startsNow) update.sightings.push(this.sighting(p, explaining, now));
      if (prev || this.states.size < MAX_PRODUCTS) this.states.set(p.productKey, { sig, product: p });
    }
    update.session = { ...s };
    return update;
  }

  /** Call now and then (e.g. on a timer in the content script): ends the session after an idle gap. */
  tick(now: number): LiveUpdate {
    const update = emptyUpdate();
    this.expireIfIdle(now, update);
    if (this.current) update.session = { ...this.current };
    return update;
  }

  /** The page is going away, or the room ended: close the session and the open presentation at `now`. */
  end(now: number): LiveUpdate {
    const update = emptyUpdate();
    if (this.current) this.finish(Math.max(now, this.current.startedAt), update);
    return update;
  }

  /** In-page navigation: a different room ends the session; the next reading starts a new one. */
  navigate(url: string, now: number): LiveUpdate {
    const update = emptyUpdate();
    const next = safeRoom(url);
    const changed = next.roomId !== this.roomId || (next.platform && next.platform !== this.platform);
    this.url = url;
    if (changed) {
      if (this.current) this.finish(now, update);
      this.roomId = next.roomId;
      this.platform = next.platform ?? this.platform;
    }
    if (this.current) update.session = { ...this.current };
    return update;
  }

  // ------------------------------------------------------------------ private

  private start(reading: Reading, now: number, update: LiveUpdate): void {
    const platform = this.platform ?? reading.platform;
    this.platform = platform;
    // The URL's room id wins: Douyin's URL holds the web room id, payloads the internal one.
    const roomId = (this.roomId ?? reading.roomId ?? urlRoomKey(this.url)).slice(0, 200);
    this.roomId = roomId;
    this.current = {
      id: `${platform}:${roomId}:${now}`.slice(0, 300),
      platform,
      roomId,
      url: this.url.slice(0, 4096),
      startedAt: now,
      lastSeenAt: now,
    };
    this.states.clear();
    update.sessionStarted = true;
  }

  private expireIfIdle(now: number, update: LiveUpdate): void {
    if (this.current && now - this.current.lastSeenAt > this.idleMs) this.finish(this.current.lastSeenAt, update);
  }

  private finish(at: number, update: LiveUpdate): void {
    const s = this.current;
    if (!s) return;
    this.closeOpen(at, update);
    s.endedAt = Math.max(at, s.startedAt);
    s.lastSeenAt = Math.max(s.lastSeenAt, s.endedAt);
    update.ended = { ...s };
    this.current = undefined;
    this.states.clear();
  }

  private closeOpen(at: number, update: LiveUpdate): void {
    if (!this.open) return;
    const closed = { ...this.open, endedAt: Math.max(at, this.open.startedAt) };
    this.done.push(closed);
    if (this.done.length > 1000) this.done.shift();
    update.presentationsEnded.push({ ...closed });
    this.open = undefined;
  }

  /** The product key the reading says is presented: a key, null for "nobody", undefined for "not said". */
  private targetKey(reading: Reading): string | null | undefined {
    if (!reading.currentKnown) return undefined;
    const id = reading.currentProductId;
    if (id) {
      const hit = reading.products.find((p) => p.productId === id || p.promotionId === id);
      if (hit) return hit.productKey;
      for (const st of this.states.values()) {
        if (st.product.productId === id || st.product.promotionId === id) return st.product.productKey;
      }
      return `${reading.platform}:${id}`;
    }
    if (reading.explainingTitle) {
      // DOM reading whose 讲解中 card has no id: match by title against what is known.
      const t = reading.explainingTitle;
      const hit =
        reading.products.find((p) => p.title === t) ??
        Array.from(this.states.values()).find((st) => st.product.title === t)?.product;
      return hit ? hit.productKey : undefined;
    }
    return null;
  }

  private sighting(p: LiveProduct, explaining: boolean, now: number): Sighting {
    const site = this.current?.platform ?? p.productKey.slice(0, p.productKey.indexOf(':'));
    const src: Source = `live:${site}`;
    const provenance: Record<string, Source> = { price: src };
    const s: Sighting = {
      productKey: p.productKey.slice(0, 300),
      variantKey: '',
      url: (this.current?.url ?? this.url).slice(0, 4096),
      site,
      context: 'live',
      price: p.price,
      explaining,
      observedAt: now,
      provenance,
    };
    if (this.current) s.sessionId = this.current.id;
    if (p.title) s.title = p.title.slice(0, 1000);
    if (p.listPrice) {
      s.listPrice = p.listPrice;
      provenance.listPrice = src;
    }
    if (p.effectivePrice) s.effectivePrice = p.effectivePrice;
    if (p.coupons?.length) s.coupons = p.coupons.slice(0, 20).map((c) => c.slice(0, 300));
    if (p.inStock !== undefined) s.availability = p.inStock ? 'InStock' : 'OutOfStock';
    if (p.stock !== undefined) s.stock = p.stock;
    if (p.sales !== undefined) s.sales = p.sales;
    if (p.shopId) s.seller = { id: p.shopId.slice(0, 200) };
    if (p.cover) s.image = p.cover.slice(0, 4096);
    if (p.title) provenance.title = src;
    return s;
  }
}

function emptyUpdate(): LiveUpdate {
  return { sessionStarted: false, sightings: [], presentationsStarted: [], presentationsEnded: [] };
}

/** What makes a product observation worth a new row: price, comparison price, stock. */
function signature(p: LiveProduct): string {
  return [p.price.amount, p.price.currency, p.listPrice?.amount ?? '', p.stock ?? '', p.inStock ?? ''].join('|');
}

function safeRoom(url: string): { platform?: LivePlatform; roomId?: string } {
  try {
    return roomFromUrl(new URL(url));
  } catch {
    return {};
  }
}

/** A room key when neither URL nor payload names the room: the page's host and path. */
function urlRoomKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  } catch {
    return 'unknown';
  }
}
