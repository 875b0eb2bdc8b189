import type { z } from 'zod/mini';
import { compareElsewhere, listingSummary, MATCH_CANDIDATES, valueSummary } from '../analysis/summary';
import { trustSummary } from '../analysis/trust-view';
import type { MatchDecision } from '../analysis/value';
import type { ZhideDB } from '../db/db';
import { productHistory } from '../db/queries';
import { recordReviews, recordSeller, recordSighting, reviewId, stripUndefined } from '../db/record';
import { isParseFailure, parseLivePayload } from '../extract/live/parse';
import type { Product, Sighting, Source } from '../model/schema';
import { DEFAULT_SETTINGS, type Settings, SettingsSchema } from '../model/schema';
import { resolveUiLocale } from '../ui/language';
import type { Handlers } from './dispatch';
import type { PageReviewSchema, PageSellerSchema, PricePoint, ProductView } from './protocol';
import type { ListingView } from './view';

/** Points sent to the overlay for its chart; older ones are thinned beyond this. */
const MAX_POINTS = 1500;

/** What extraction made of a page (lib/pipeline/read-page.ts), or what a content script sent. */
export interface PageRecord {
  sightings: Sighting[];
  main?: number;
  reviews?: z.infer<typeof PageReviewSchema>[];
  seller?: z.infer<typeof PageSellerSchema>;
  /** A reviews page: the product its reviews belong to (there is no sighting). */
  reviewsOf?: string;
  /** Which extractor read the reviews (a sighting's provenance says it on product pages). */
  reviewsSource?: Source;
  fingerprint?: string;
}

export interface HandlerDeps {
  /** Extract a serialised page (offscreen document in Chrome, DOMParser where the background has one). */
  extractHtml?: (html: string, url: string, now: number) => Promise<PageRecord>;
  db: ZhideDB;
  now: () => number;
  /** Reads a bundled `_locales/<locale>/messages.json` (the background fetches it). */
  loadMessages?: (locale: 'en' | 'zh_CN') => Promise<Record<string, string>>;
  /** Remembers which product each tab shows (survives a service-worker restart where storage allows). */
  tabs?: { set(tabId: number, productKey: string): Promise<void>; get(tabId: number): Promise<string | undefined> };
  /** Called after a watch was set or removed (refresh alarms). */
  afterWatchChange?: () => Promise<void>;
  /** Called after observations were stored (alerts, watches). */
  afterRecord?: (productKeys: string[]) => Promise<void>;
}

export async function getSettings(db: ZhideDB): Promise<Settings> {
  const row = await db.kv.get('settings');
  const parsed = SettingsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function buildView(
  db: ZhideDB,
  productKey: string,
  now: number,
  variantKey?: string,
): Promise<ProductView | null> {
  const product = await db.products.get(productKey);
  if (!product) return null;
  const history = await productHistory(db, productKey, variantKey ? { variantKey } : {});
  const currency = product.lastPrice?.currency;
  let points: PricePoint[] = [];
  let seenCount = 0;
  for (const o of history) {
    seenCount += o.seenCount;
    if (!o.price || o.price.currency !== currency) continue;
    const base = { p: o.price.amount, ...(o.listPrice?.currency === currency ? { l: o.listPrice.amount } : {}) };
    const v = o.variantKey ? { v: o.variantKey } : {};
    points.push({ t: o.observedAt, ...base, ...v });
    if (o.lastSeenAt > o.observedAt) points.push({ t: o.lastSeenAt, ...base, ...v });
  }
  if (points.length > MAX_POINTS) {
    const step = points.length / MAX_POINTS;
    points = Array.from({ length: MAX_POINTS }, (_, i) => points[Math.floor(i * step)] as PricePoint);
  }
  const watch = await db.watches.get(productKey);
  const value = valueSummary(history, now);
  const { offers: elsewhere, cheaperPerUnit } = await findElsewhere(db, product);
  if (value && cheaperPerUnit) value.cheaperPerUnit = cheaperPerUnit;
  const [reviews, seller] = await Promise.all([
    db.reviews.where('productKey').equals(productKey).limit(2000).toArray(),
    product.sellerKey ? db.sellers.get(product.sellerKey) : undefined,
  ]);
  const trust =
    reviews.length || seller
      ? trustSummary(reviews, {
          now,
          ...(product.title ? { title: product.title } : {}),
          ...(product.brand ? { brand: product.brand } : {}),
          ...(seller ? { seller } : {}),
        })
      : undefined;
  const grade = trust?.grade ?? undefined;
  if (grade !== product.grade) await keepGrade(db, product, grade);
  return {
    product,
    points,
    seenCount,
    ...(watch ? { watch } : {}),
    ...(value ? { value } : {}),
    ...(trust ? { trust } : {}),
    ...(elsewhere.length ? { elsewhere } : {}),
  };
}

/**
 * Keep the latest grade on the product row, for the dashboard's list and filter. Only a change is
 * written; a failed write (a full disk) leaves the old grade and never costs the person the view.
 */
async function keepGrade(db: ZhideDB, product: Product, grade: Product['grade']): Promise<void> {
  try {
    await db.products.update(product.key, { grade });
    if (grade) product.grade = grade;
    else delete product.grade;
  } catch {
    // The view is still right; the list shows the old grade until the next view.
  }
}

/** The listing cards read at most, for the overlay's word on a listing page. */
const MAX_LISTING_CARDS = 200;
/** A card's latest observations read to tell its price before. */
const LISTING_HISTORY_ROWS = 50;

/** What the overlay says of a listing page: each card's product and latest observations, read concurrently. */
export async function listingView(db: ZhideDB, keys: Iterable<string>, seenAt: number): Promise<ListingView> {
  const read = await Promise.all(
    [...keys].slice(0, MAX_LISTING_CARDS).map(async (key) => {
      const [product, history] = await Promise.all([
        db.products.get(key),
        productHistory(db, key, { limit: LISTING_HISTORY_ROWS }),
      ]);
      return product ? [{ product, history }] : [];
    }),
  );
  return listingSummary(read.flat(), seenAt);
}

/** Candidates: products sharing the GTIN, and the most recently seen ones. */
async function findElsewhere(db: ZhideDB, product: Product): Promise<ReturnType<typeof compareElsewhere>> {
  const [sameGtin, recent, decided] = await Promise.all([
    product.gtin ? db.products.where('gtin').equals(product.gtin).limit(100).toArray() : [],
    db.products.orderBy('lastSeenAt').reverse().limit(MATCH_CANDIDATES).toArray(),
    Promise.all([
      db.matches.where('a').equals(product.key).toArray(),
      db.matches.where('b').equals(product.key).toArray(),
    ]),
  ]);
  const decisions = new Map<string, MatchDecision>();
  for (const d of decided.flat()) {
    decisions.set(d.a === product.key ? d.b : d.a, d.decision === 'confirmed' ? 'confirm' : 'reject');
  }
  const candidates = [...new Map([...sameGtin, ...recent].map((p) => [p.key, p])).values()];
  const found = compareElsewhere(product, candidates, decisions, () => 'shelf');
  const offers = found.offers.slice(0, 10);
  // The context (shelf, listing, live) of each offer is its latest observation's.
  for (const o of offers) {
    const last = await db.observations
      .where('[productKey+observedAt]')
      .between([o.key, -Infinity], [o.key, Infinity])
      .last();
    if (last) o.context = last.context;
  }
  return { ...found, offers };
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { db, now } = deps;
  const lastFingerprint = new Map<number, string>();
  /** What the overlay said of each tab's listing page, said again when the same page is read again. */
  const lastListing = new Map<number, ListingView>();

  async function record({ sightings, main, reviews, seller, reviewsOf, reviewsSource }: PageRecord, tabId?: number) {
    let saved = 0;
    // A card may be recorded under the product its link was seen to open: the keys written, for the watches.
    const written = new Set<string>();
    for (const s of sightings) {
      const r = await recordSighting(db, stripUndefined(s));
      if (r.added) saved++;
      written.add(r.productKey);
    }
    const mainSighting = main !== undefined ? sightings[main] : undefined;
    // A listing page (no product of its own): what its cards say, for the overlay.
    const listing =
      !mainSighting && sightings.some((s) => s.context === 'listing')
        ? await listingView(db, written, sightings[0]?.observedAt ?? now())
        : undefined;
    if (mainSighting && seller) await recordSeller(db, mainSighting.site, seller, now());
    // Reviews go with the page's product, or, on a reviews page, with a product already seen on its own page.
    const reviewed =
      mainSighting?.productKey ?? (reviewsOf && (await db.products.get(reviewsOf)) ? reviewsOf : undefined);
    if (reviewed && reviews?.length) {
      const at = now();
      await recordReviews(
        db,
        reviews.map((r) =>
          stripUndefined({
            ...r,
            id: reviewId(reviewed, r),
            productKey: reviewed,
            firstSeenAt: at,
            source: mainSighting?.provenance.reviews ?? reviewsSource ?? 'jsonld',
          }),
        ),
      );
    }
    await deps.afterRecord?.([...written]);
    if (reviewed && tabId !== undefined) await deps.tabs?.set(tabId, reviewed);
    const view = reviewed ? await buildView(db, reviewed, now()) : null;
    return { saved, ...(view ? { view } : {}), ...(listing ? { listing } : {}) };
  }

  return {
    recordPage: (page, sender) => record(page, sender.tab?.id),
    async recordHtml({ url, html }, sender) {
      if (!deps.extractHtml) throw new Error('this browser cannot read pages in the background');
      const page = await deps.extractHtml(html, url, now());
      const tabId = sender.tab?.id;
      const main = page.main !== undefined ? page.sightings[page.main] : undefined;
      // The same page read again (a late render, a carousel) is not a new sighting.
      if (tabId !== undefined && page.fingerprint && lastFingerprint.get(tabId) === page.fingerprint) {
        const key = main?.productKey ?? page.reviewsOf;
        const view = key ? await buildView(db, key, now()) : null;
        const listing = view ? undefined : lastListing.get(tabId);
        return {
          saved: 0,
          unchanged: true,
          ...(view ? { productKey: view.product.key, view } : {}),
          ...(listing ? { listing } : {}),
        };
      }
      if (tabId !== undefined && page.fingerprint) lastFingerprint.set(tabId, page.fingerprint);
      const res = await record(page, tabId);
      if (tabId !== undefined) {
        if (res.listing) lastListing.set(tabId, res.listing);
        else lastListing.delete(tabId);
      }
      // The overlay shows the page's product; on a reviews page, the reviewed product when it is known.
      const key = main?.productKey ?? res.view?.product.key;
      return { ...res, ...(key ? { productKey: key } : {}) };
    },
    productView: ({ productKey, variantKey }) => buildView(db, productKey, now(), variantKey),
    async tabView({ tabId }) {
      const key = await deps.tabs?.get(tabId);
      return key ? buildView(db, key, now()) : null;
    },
    recentProducts: ({ limit }) => db.products.orderBy('lastSeenAt').reverse().limit(limit).toArray(),
    getSettings: () => getSettings(db),
    async overlayStart({ uiLanguage }) {
      const settings = await getSettings(db);
      // The content script's language is the one the page shows (the service worker's can differ).
      const locale = resolveUiLocale(settings.locale, uiLanguage);
      const messages = deps.loadMessages ? await deps.loadMessages(locale).catch(() => null) : null;
      return { settings, locale, messages };
    },
    async setSettings({ settings }) {
      await db.kv.put({ key: 'settings', value: settings });
      return settings;
    },
    async setWatch({ watch }) {
      await db.watches.put(stripUndefined(watch));
      await deps.afterWatchChange?.();
      return watch;
    },
    async removeWatch({ productKey }) {
      const had = await db.watches.get(productKey);
      await db.watches.delete(productKey);
      await deps.afterWatchChange?.();
      return { removed: !!had };
    },
    async recordLive({ session, sightings }) {
      await db.liveSessions.put(stripUndefined(session));
      let saved = 0;
      for (const s of sightings) if ((await recordSighting(db, stripUndefined(s))).added) saved++;
      await deps.afterRecord?.([...new Set(sightings.map((s) => s.productKey))]);
      const views: Record<string, ProductView> = {};
      for (const key of new Set(sightings.map((s) => s.productKey))) {
        const v = await buildView(db, key, now());
        if (v) views[key] = v;
      }
      return { saved, session, views };
    },
    parseLive({ url, payload }) {
      const parsed = parseLivePayload(payload, { url, now: now() });
      return isParseFailure(parsed) ? { error: parsed.error } : parsed;
    },
    async getMessages({ locale }) {
      if (!deps.loadMessages) throw new Error('messages are not available here');
      return deps.loadMessages(locale);
    },
  };
}
