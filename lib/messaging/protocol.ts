import { z } from 'zod/mini';
import {
  AvailabilitySchema,
  type LiveSession,
  LiveSessionSchema,
  MoneySchema,
  type Observation,
  type Product,
  RatingSchema,
  ScoreSchema,
  type Settings,
  SettingsSchema,
  SightingSchema,
  SourceSchema,
  type Watch,
  WatchSchema,
} from '../model/schema';
import type { ElsewhereOffer, ListingView, TrustSummary, ValueSummary } from './view';

/**
 * The one message protocol between content scripts / extension pages and the
 * background. Every request is validated with zod in the background before a
 * handler sees it; responses come from our own background and are typed only.
 */

import { LIVE_MAX_PAYLOAD_CHARS } from '../extract/live/endpoints';
import type { LivePayload } from '../extract/live/types';
import { MAX_PAGE_HTML } from './limits';

export { MAX_PAGE_HTML };

const Key = z.string().check(z.minLength(1), z.maxLength(300));

export const PageReviewSchema = z.object({
  text: z.string().check(z.maxLength(20000)),
  rating: z.optional(z.number()),
  best: z.optional(z.number()),
  date: z.optional(z.int()),
  author: z.optional(z.string().check(z.maxLength(300))),
  authorId: z.optional(z.string().check(z.maxLength(300))),
  verified: z.optional(z.boolean()),
  media: z.optional(z.int()),
  helpful: z.optional(z.int()),
  variant: z.optional(z.string().check(z.maxLength(300))),
});

export const PageSellerSchema = z.object({
  name: z.optional(z.string().check(z.maxLength(300))),
  id: z.optional(z.string().check(z.maxLength(200))),
  url: z.optional(z.string().check(z.maxLength(4096))),
  scores: z.optional(z.array(ScoreSchema).check(z.maxLength(20))),
});

/** Value and trust results the overlay renders (computed in the background). */
export interface PricePoint {
  t: number;
  /** Minor units. */
  p: number;
  /** Comparison price at the time, minor units. */
  l?: number;
  v?: string;
}

export interface ProductView {
  product: Product;
  /** Same-currency history points, oldest first (capped). */
  points: PricePoint[];
  /** Sightings in all (rows × their seen counts). */
  seenCount: number;
  /** Analysis blocks, each optional: the overlay shows what is there. */
  value?: ValueSummary;
  trust?: TrustSummary;
  elsewhere?: ElsewhereOffer[];
  watch?: Watch;
}

export const protocol = {
  /** A storefront page was read: record what it showed, answer with what we know. */
  recordPage: {
    req: z.object({
      sightings: z.array(SightingSchema).check(z.maxLength(300)),
      /** Which sighting is the page's main product (index into sightings), if any. */
      main: z.optional(z.int()),
      reviews: z.optional(z.array(PageReviewSchema).check(z.maxLength(200))),
      seller: z.optional(PageSellerSchema),
      /** A reviews page: the (already seen) product its reviews belong to. */
      reviewsOf: z.optional(z.string().check(z.minLength(1), z.maxLength(300))),
      reviewsSource: z.optional(SourceSchema),
    }),
    res: {} as { saved: number; view?: ProductView; listing?: ListingView },
  },
  /**
   * A storefront page, serialised: the background extracts it in an
   * offscreen document (so the extractors' weight stays out of every shop
   * page), records what it shows and answers with what we know.
   */
  recordHtml: {
    req: z.object({
      url: z.string().check(z.maxLength(4096)),
      html: z.string().check(z.maxLength(MAX_PAGE_HTML)),
    }),
    res: {} as {
      saved: number;
      productKey?: string;
      view?: ProductView;
      /** A listing page: its cards' word for the overlay. */
      listing?: ListingView;
      unchanged?: boolean;
    },
  },
  productView: {
    req: z.object({ productKey: Key, variantKey: z.optional(z.string()) }),
    res: {} as ProductView | null,
  },
  /** The product the content script in this tab last recorded (for the popup). */
  tabView: { req: z.object({ tabId: z.int() }), res: {} as ProductView | null },
  recentProducts: {
    req: z.object({ limit: z.int().check(z.gte(1), z.lte(100)) }),
    res: {} as Product[],
  },
  getSettings: { req: z.object({}), res: {} as Settings },
  /**
   * What an overlay needs before it reads the page, in one round trip: the settings, the UI language
   * (the person's choice, else the browser's) and its strings (null when they cannot be read).
   */
  overlayStart: {
    /** The page's UI language (`browser.i18n.getUILanguage()` in the content script), for "auto". */
    req: z.object({ uiLanguage: z.string().check(z.maxLength(40)) }),
    res: {} as { settings: Settings; locale: 'en' | 'zh_CN'; messages: Record<string, string> | null },
  },
  setSettings: { req: z.object({ settings: SettingsSchema }), res: {} as Settings },
  setWatch: { req: z.object({ watch: WatchSchema }), res: {} as Watch },
  removeWatch: { req: z.object({ productKey: Key }), res: {} as { removed: boolean } },
  /** A live-room response the main-world bridge saw: parsed and validated (zod) here, not in the busy room page. */
  parseLive: {
    req: z.object({
      url: z.string().check(z.maxLength(8192)),
      payload: z.string().check(z.maxLength(LIVE_MAX_PAYLOAD_CHARS)),
    }),
    res: {} as LivePayload | { error: string },
  },
  /** A live room's session and the products it shows. */
  recordLive: {
    req: z.object({ session: LiveSessionSchema, sightings: z.array(SightingSchema).check(z.maxLength(500)) }),
    res: {} as { saved: number; session: LiveSession; views: Record<string, ProductView> },
  },
  /** The strings of a UI language (when the person chose one other than the browser's). */
  getMessages: { req: z.object({ locale: z.enum(['en', 'zh_CN']) }), res: {} as Record<string, string> },
} as const;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type Req<T extends MessageType> = z.infer<Protocol[T]['req']>;
export type Res<T extends MessageType> = Protocol[T]['res'];

/** The envelope on the wire. */
export interface Envelope<T extends MessageType = MessageType> {
  zhide: 1;
  type: T;
  payload: Req<T>;
}

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

export type { Observation };
// Re-exported so callers need one import for what they send.
export { AvailabilitySchema, MoneySchema, RatingSchema, SourceSchema };
