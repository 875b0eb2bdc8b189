import { productUrlKey } from '../extract/product-key';
import type { Money } from '../model/money';
import type { Observation, Product, Review, Seller, Sighting } from '../model/schema';
import { stripUndefined } from '../model/strip';

export { stripUndefined };

import type { ZhideDB } from './db';

/**
 * How long the same product at the same price may go unseen and still count
 * as the same sighting run. Within it a repeat visit only moves `lastSeenAt`;
 * past it, or at any change of price, a new row is added, so the history
 * keeps when prices were confirmed without a row per page load.
 */
export const SAME_PRICE_WINDOW_MS = 60 * 60 * 1000;

const sameMoney = (a?: Money, b?: Money) => a?.amount === b?.amount && a?.currency === b?.currency;

/** The facts whose change makes a new history row. */
function sameFacts(a: Sighting | Observation, b: Sighting | Observation): boolean {
  return (
    sameMoney(a.price, b.price) &&
    sameMoney(a.listPrice, b.listPrice) &&
    sameMoney(a.effectivePrice, b.effectivePrice) &&
    a.availability === b.availability &&
    a.context === b.context &&
    a.sessionId === b.sessionId &&
    (a.explaining ?? false) === (b.explaining ?? false)
  );
}

export interface RecordResult {
  /** The row that now stands for this sighting. */
  id: number;
  /** True when a row was added, false when an existing one was extended (or the sighting was a repeat). */
  added: boolean;
  /** The product the row belongs to: the sighting's own key, or the product page a card's link was seen to open. */
  productKey: string;
}

/**
 * A card on a listing is keyed by its link (`url:<host><path>`), having nothing else; the product page it opens is
 * keyed by what the page names it by (an SKU, a GTIN). `alias:<url key>` in kv records which product page a link
 * opened, so the card's sightings join that product's history, before the visit (moved then) and after.
 */
const ALIAS = 'alias:';
/** Longest kv key a backup accepts (backup.ts): a longer link is not aliased, its cards stay on their own. */
export const KV_KEY_MAX = 400;

function aliasOf(urlKey: string): string | undefined {
  const k = ALIAS + urlKey;
  return k.length <= KV_KEY_MAX ? k : undefined;
}

/** Aliases this database was given since it was opened (a service worker's lifetime): checked once each. */
const adopted = new WeakMap<ZhideDB, Set<string>>();

/** The card key a product page's own URL would have, when the page is keyed by something else. */
function pageUrlKey(s: Sighting): string | undefined {
  if (s.context !== 'shelf' || s.productKey.startsWith('url:')) return undefined;
  try {
    const k = `url:${productUrlKey(new URL(s.url))}`;
    return k !== s.productKey ? k : undefined;
  } catch {
    return undefined;
  }
}

/** The product a card's link was seen to open, else the card's own key. */
async function cardTarget(db: ZhideDB, s: Sighting): Promise<string> {
  if (!s.productKey.startsWith('url:')) return s.productKey;
  const alias = aliasOf(s.productKey);
  const row = alias ? await db.kv.get(alias) : undefined;
  return typeof row?.value === 'string' && row.value ? row.value : s.productKey;
}

/** Two summaries of one product (cards seen before its page, and the page): counts add up, extremes widen. */
function joined(own: Product | undefined, cards: Product, key: string): Product {
  if (!own) return { ...cards, key };
  const widen = (a: Money | undefined, b: Money | undefined, lower: boolean) =>
    !a || !b || a.currency !== b.currency ? (a ?? b) : (lower ? b.amount < a.amount : b.amount > a.amount) ? b : a;
  return {
    ...cards,
    ...stripUndefined(own),
    firstSeenAt: Math.min(own.firstSeenAt, cards.firstSeenAt),
    lastSeenAt: Math.max(own.lastSeenAt, cards.lastSeenAt),
    seenCount: own.seenCount + cards.seenCount,
    lowest: widen(own.lowest, own.lastPrice?.currency === cards.lowest?.currency ? cards.lowest : undefined, true),
    highest: widen(own.highest, own.lastPrice?.currency === cards.highest?.currency ? cards.highest : undefined, false),
  };
}

/**
 * A product page keyed by its SKU (or GTIN, or a site id) opened from a link: remember the link's key, and move
 * what its cards recorded before (rows, summary, a watch, alerts) to the page's product.
 */
async function adoptCards(db: ZhideDB, s: Sighting): Promise<void> {
  const urlKey = pageUrlKey(s);
  const alias = urlKey && aliasOf(urlKey);
  if (!urlKey || !alias) return;
  // Once the alias is written, cards land on the product: a page seen again has nothing to adopt.
  const done = adopted.get(db) ?? new Set<string>();
  adopted.set(db, done);
  const pair = `${alias}\u0000${s.productKey}`;
  if (done.has(pair)) return;
  if (done.size >= 10_000) done.clear();
  const had = await db.kv.get(alias);
  if (had?.value !== s.productKey) await db.kv.put({ key: alias, value: s.productKey });
  const cards = await db.products.get(urlKey);
  done.add(pair);
  if (!cards) return;
  await db.observations
    .where('[productKey+observedAt]')
    .between([urlKey, -Infinity], [urlKey, Infinity], true, true)
    .modify({ productKey: s.productKey });
  await db.alerts.where('productKey').equals(urlKey).modify({ productKey: s.productKey });
  const watch = await db.watches.get(urlKey);
  if (watch) {
    await db.watches.delete(urlKey);
    if (!(await db.watches.get(s.productKey))) await db.watches.put({ ...watch, productKey: s.productKey });
  }
  await db.products.delete(urlKey);
  await db.products.put(stripUndefined(joined(await db.products.get(s.productKey), cards, s.productKey)));
}

/**
 * Record one sighting idempotently. Sending the same sighting twice (a retry
 * after a lost acknowledgement) changes nothing the second time.
 */
export async function recordSighting(db: ZhideDB, sighting: Sighting): Promise<RecordResult> {
  return db.transaction('rw', [db.observations, db.products, db.kv, db.watches, db.alerts], async () => {
    const productKey = await cardTarget(db, sighting);
    const s = productKey === sighting.productKey ? sighting : { ...sighting, productKey };
    await adoptCards(db, s);
    const result = await recordRow(db, s);
    return { ...result, productKey };
  });
}

/** The row for a sighting under its final key: the last one extended, or a new one. */
async function recordRow(db: ZhideDB, s: Sighting): Promise<Omit<RecordResult, 'productKey'>> {
  const last = await db.observations
    .where('[productKey+variantKey+observedAt]')
    .between([s.productKey, s.variantKey, -Infinity], [s.productKey, s.variantKey, Infinity], true, true)
    .last();
  if (last?.id !== undefined && sameFacts(last, s)) {
    if (s.observedAt <= last.lastSeenAt) return { id: last.id, added: false }; // a repeat: already counted
    if (s.observedAt - last.lastSeenAt <= SAME_PRICE_WINDOW_MS) {
      await db.observations.update(last.id, {
        lastSeenAt: s.observedAt,
        seenCount: last.seenCount + 1,
        // Fields the page may fill in later (rating, reviews) follow the latest sighting.
        ...(s.rating ? { rating: s.rating } : {}),
        ...(s.reviewCount !== undefined ? { reviewCount: s.reviewCount } : {}),
        ...(s.stock !== undefined ? { stock: s.stock } : {}),
        ...(s.sales !== undefined ? { sales: s.sales } : {}),
      });
      await touchProduct(db, s);
      return { id: last.id, added: false };
    }
  }
  if (last && s.observedAt <= last.observedAt) {
    // A moment that may already have a row, with other facts: a retry of an older message racing a newer one
    // (a live room's batch resent after the service worker stopped). The row first written stands.
    const same =
      s.observedAt === last.observedAt
        ? last
        : await db.observations
            .where('[productKey+variantKey+observedAt]')
            .equals([s.productKey, s.variantKey, s.observedAt])
            .first();
    if (same?.id !== undefined) return { id: same.id, added: false };
  }
  const id = (await db.observations.add({ ...s, lastSeenAt: s.observedAt, seenCount: 1 })) as number;
  await touchProduct(db, s);
  return { id, added: true };
}

/** Keep the product summary row in step with a new sighting. */
async function touchProduct(db: ZhideDB, s: Sighting): Promise<void> {
  const p = await db.products.get(s.productKey);
  const price = s.price;
  const sameCurrency = !!price && p?.lastPrice?.currency === price.currency;
  const lowest = price && (!sameCurrency || !p?.lowest || price.amount < p.lowest.amount) ? price : p?.lowest;
  const highest = price && (!sameCurrency || !p?.highest || price.amount > p.highest.amount) ? price : p?.highest;
  const next: Product = {
    key: s.productKey,
    site: s.site,
    url: s.context === 'shelf' || !p ? s.url : p.url,
    title: s.title ?? p?.title,
    image: s.image ?? p?.image,
    brand: s.brand ?? p?.brand,
    gtin: s.gtin ?? p?.gtin,
    mpn: s.mpn ?? p?.mpn,
    sku: s.sku ?? p?.sku,
    sellerKey: s.seller ? sellerKey(s.site, s.seller) : p?.sellerKey,
    firstSeenAt: Math.min(p?.firstSeenAt ?? s.observedAt, s.observedAt),
    lastSeenAt: Math.max(p?.lastSeenAt ?? s.observedAt, s.observedAt),
    lastPrice: price ?? p?.lastPrice,
    lastListPrice: price ? s.listPrice : p?.lastListPrice,
    lowest: price ? lowest : p?.lowest,
    highest: price ? highest : p?.highest,
    seenCount: (p?.seenCount ?? 0) + 1,
    rating: s.rating ?? p?.rating,
    reviewCount: s.reviewCount ?? p?.reviewCount,
    availability: s.availability ?? p?.availability,
    grade: p?.grade,
  };
  // Dexie rejects undefined-free checks poorly on some engines; drop undefined keys.
  await db.products.put(stripUndefined(next));
}

export function sellerKey(site: string, seller: { id?: string; name?: string }): string | undefined {
  const id = seller.id ?? seller.name;
  return id ? `${site}:${id}` : undefined;
}

export async function recordSeller(
  db: ZhideDB,
  site: string,
  seller: { id?: string; name?: string; url?: string; scores?: Seller['scores'] },
  now: number,
): Promise<void> {
  const key = sellerKey(site, seller);
  if (!key) return;
  await db.transaction('rw', db.sellers, async () => {
    const prev = await db.sellers.get(key);
    await db.sellers.put(
      stripUndefined({
        key,
        site,
        name: seller.name ?? prev?.name,
        id: seller.id ?? prev?.id,
        url: seller.url ?? prev?.url,
        scores: seller.scores?.length ? seller.scores : prev?.scores,
        firstSeenAt: prev?.firstSeenAt ?? now,
        lastSeenAt: now,
      }),
    );
  });
}

/** Reviews are keyed by content, so the same review seen on many visits is one row. */
export async function recordReviews(db: ZhideDB, reviews: Review[]): Promise<number> {
  if (!reviews.length) return 0;
  return db.transaction('rw', db.reviews, async () => {
    const existing = await db.reviews.bulkGet(reviews.map((r) => r.id));
    const fresh = reviews.filter((_, i) => !existing[i]);
    const unique = [...new Map(fresh.map((r) => [r.id, r])).values()];
    if (unique.length) await db.reviews.bulkAdd(unique.map(stripUndefined));
    return unique.length;
  });
}

/** A stable id for a review: product + FNV-1a of author, date and text. */
export function reviewId(
  productKey: string,
  r: { author?: string; authorId?: string; date?: number; text: string },
): string {
  const s = `${r.authorId ?? r.author ?? ''}\u0000${r.date ?? ''}\u0000${r.text}`;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return `${productKey}|${h1.toString(36)}${h2.toString(36)}`;
}
