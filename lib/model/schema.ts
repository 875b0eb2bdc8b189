import { z } from 'zod/mini';
import { AVAILABILITY } from './enums';
import type { Money } from './money';

/**
 * The records Zhide keeps. zod schemas are the source of truth; the types
 * are inferred from them. Validate at every boundary: messages arriving in
 * the background, imported files, data read from pages.
 *
 * Built with `zod/mini` because these schemas also ship in content scripts.
 */

/** See money.ts: integer minor units + ISO 4217 code (`satisfies` keeps the two in step). */
export const MoneySchema = z.object({
  amount: z.int(),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
}) satisfies z.ZodMiniType<Money>;

const Str = (max: number) => z.string().check(z.maxLength(max));
const Url = Str(4096);
const Epoch = z.int().check(z.gte(0));

/** Where a field came from: jsonld, microdata, rdfa, opengraph, heuristic, site:<id>, live:<platform>, user. */
export const SourceSchema = z
  .string()
  .check(z.regex(/^(jsonld|microdata|rdfa|opengraph|heuristic|user|(site|live):[a-z0-9-]+)$/));
export type Source = z.infer<typeof SourceSchema>;

export const ContextSchema = z.enum(['shelf', 'listing', 'live']);
export type Context = z.infer<typeof ContextSchema>;

/** schema.org ItemAvailability names. */
export const AvailabilitySchema = z.enum(AVAILABILITY);
export type Availability = z.infer<typeof AvailabilitySchema>;

export const RatingSchema = z.object({
  value: z.number().check(z.gte(0)),
  /** The scale's top: 5 for stars, 100 for some platform scores. */
  best: z.number().check(z.gt(0)),
  count: z.optional(z.int().check(z.gte(0))),
});
export type Rating = z.infer<typeof RatingSchema>;

/** A platform score as the page shows it, on its own scale (Douyin 商家体验分 4.8/5, Kuaishou 带货口碑分 …). */
export const ScoreSchema = z.object({
  name: Str(80),
  value: z.number(),
  best: z.number().check(z.gt(0)),
});
export type Score = z.infer<typeof ScoreSchema>;

export const SellerRefSchema = z.object({
  name: z.optional(Str(300)),
  id: z.optional(Str(200)),
  url: z.optional(Url),
  scores: z.optional(z.array(ScoreSchema).check(z.maxLength(20))),
});
export type SellerRef = z.infer<typeof SellerRefSchema>;

export const ObservationSchema = z.object({
  /** Auto-increment key in the database; absent before it is stored. */
  id: z.optional(z.int()),
  /** Stable identity: `<site>:<product id>` where the site has ids, else `url:<host><path>`. */
  productKey: Str(300),
  /** Selected variant (SKU id, or options joined); '' when the page has none. */
  variantKey: Str(300),
  url: Url,
  /** Site id (`jd`, `amazon`, …) or the host name for stores without an adapter. */
  site: Str(100),
  context: ContextSchema,
  title: z.optional(Str(1000)),
  price: z.optional(MoneySchema),
  listPrice: z.optional(MoneySchema),
  /** Price after the coupons / threshold discounts the page shows (到手价, 券后价). */
  effectivePrice: z.optional(MoneySchema),
  coupons: z.optional(z.array(Str(300)).check(z.maxLength(20))),
  availability: z.optional(AvailabilitySchema),
  rating: z.optional(RatingSchema),
  reviewCount: z.optional(z.int().check(z.gte(0))),
  seller: z.optional(SellerRefSchema),
  brand: z.optional(Str(300)),
  image: z.optional(Url),
  gtin: z.optional(Str(20)),
  mpn: z.optional(Str(100)),
  sku: z.optional(Str(200)),
  /** Stock and sales counts where shown (live rooms, some shops). */
  stock: z.optional(z.int()),
  sales: z.optional(z.int()),
  /** Live-room observations: the session they belong to. */
  sessionId: z.optional(Str(300)),
  /** Live-room observations: the product was being presented (讲解中). */
  explaining: z.optional(z.boolean()),
  observedAt: Epoch,
  /** Last time the same product at the same price was seen (idempotent recording). */
  lastSeenAt: Epoch,
  /** How many sightings this row stands for. */
  seenCount: z.int().check(z.gte(1)),
  /** Field name → where it came from. */
  provenance: z.record(z.string(), SourceSchema),
});
export type Observation = z.infer<typeof ObservationSchema>;

/** What a page sends: an observation before the database has given it id, lastSeenAt and seenCount. */
export const SightingSchema = z.omit(ObservationSchema, { id: true, lastSeenAt: true, seenCount: true });
export type Sighting = z.infer<typeof SightingSchema>;

/** One row per product: the summary the dashboard lists and sorts. */
export const ProductSchema = z.object({
  key: Str(300),
  site: Str(100),
  url: Url,
  title: z.optional(Str(1000)),
  image: z.optional(Url),
  brand: z.optional(Str(300)),
  gtin: z.optional(Str(20)),
  mpn: z.optional(Str(100)),
  sku: z.optional(Str(200)),
  sellerKey: z.optional(Str(400)),
  firstSeenAt: Epoch,
  lastSeenAt: Epoch,
  lastPrice: z.optional(MoneySchema),
  lastListPrice: z.optional(MoneySchema),
  /** Lowest and highest price ever seen in lastPrice's currency. */
  lowest: z.optional(MoneySchema),
  highest: z.optional(MoneySchema),
  /** Sightings in all. */
  seenCount: z.int().check(z.gte(0)),
  rating: z.optional(RatingSchema),
  reviewCount: z.optional(z.int()),
  availability: z.optional(AvailabilitySchema),
  /** The trust grade last computed from the reviews and seller seen (kept for the dashboard's list). */
  grade: z.optional(z.enum(['A', 'B', 'C', 'D', 'F'])),
});
export type Product = z.infer<typeof ProductSchema>;

export const ReviewSchema = z.object({
  /** `${productKey}|${hash of author+date+text}`: the same review seen twice is one row. */
  id: Str(500),
  productKey: Str(300),
  text: Str(20000),
  rating: z.optional(z.number()),
  best: z.optional(z.number()),
  date: z.optional(Epoch),
  author: z.optional(Str(300)),
  authorId: z.optional(Str(300)),
  verified: z.optional(z.boolean()),
  media: z.optional(z.int().check(z.gte(0))),
  helpful: z.optional(z.int().check(z.gte(0))),
  variant: z.optional(Str(300)),
  firstSeenAt: Epoch,
  source: SourceSchema,
});
export type Review = z.infer<typeof ReviewSchema>;

export const SellerSchema = z.object({
  /** `${site}:${seller id or name}` */
  key: Str(400),
  site: Str(100),
  name: z.optional(Str(300)),
  id: z.optional(Str(200)),
  url: z.optional(Url),
  scores: z.optional(z.array(ScoreSchema)),
  firstSeenAt: Epoch,
  lastSeenAt: Epoch,
});
export type Seller = z.infer<typeof SellerSchema>;

export const LiveSessionSchema = z.object({
  /** `${platform}:${roomId}:${startedAt}` */
  id: Str(300),
  platform: z.enum(['douyin', 'kuaishou', 'tiktok', 'taobao']),
  roomId: Str(200),
  url: Url,
  hostName: z.optional(Str(300)),
  hostId: z.optional(Str(200)),
  title: z.optional(Str(1000)),
  startedAt: Epoch,
  endedAt: z.optional(Epoch),
  lastSeenAt: Epoch,
});
export type LiveSession = z.infer<typeof LiveSessionSchema>;

export const WatchSchema = z.object({
  productKey: Str(300),
  targetPrice: z.optional(MoneySchema),
  /** Alert when the price falls this many percent below the price at watch time. */
  dropPercent: z.optional(z.number().check(z.gt(0), z.lt(100))),
  basePrice: z.optional(MoneySchema),
  restock: z.optional(z.boolean()),
  /** Opt-in background refresh of the listing. */
  refreshMinutes: z.optional(z.int().check(z.gte(30))),
  group: z.optional(Str(200)),
  note: z.optional(Str(2000)),
  createdAt: Epoch,
});
export type Watch = z.infer<typeof WatchSchema>;

export const AlertSchema = z.object({
  id: z.optional(z.int()),
  productKey: Str(300),
  kind: z.enum(['target', 'drop', 'restock']),
  price: z.optional(MoneySchema),
  at: Epoch,
  seen: z.boolean(),
});
export type Alert = z.infer<typeof AlertSchema>;

export const SiteSettingsSchema = z.object({
  enabled: z.optional(z.boolean()),
  hideOverlay: z.optional(z.boolean()),
});

export const SettingsSchema = z.object({
  locale: z.enum(['auto', 'en', 'zh_CN']),
  overlay: z.object({
    enabled: z.boolean(),
    collapsed: z.boolean(),
    /** Distance of the badge from the viewport's right and bottom edges, px. */
    position: z.optional(z.object({ right: z.number(), bottom: z.number() })),
  }),
  sites: z.record(z.string(), SiteSettingsSchema),
  retention: z.enum(['all', 'daily-after-90d']),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  locale: 'auto',
  overlay: { enabled: true, collapsed: true },
  sites: {},
  retention: 'all',
};
