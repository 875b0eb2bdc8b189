import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { DOMParser } from 'linkedom';

/** Shared hostile inputs for the security suite (strings live in test/fixtures/hostile/payloads.json). */
export const FIXTURES = join(import.meta.dirname, '../fixtures/hostile');

export const PAYLOADS = JSON.parse(readFileSync(join(FIXTURES, 'payloads.json'), 'utf8')) as {
  markup: string[];
  urls: string[];
  keys: string[];
};

/** Page URLs that route to every site adapter, plus a store without one. */
export const SITE_URLS = [
  'https://item.jd.com/100012043978.html',
  'https://detail.tmall.com/item.htm?id=612345678901',
  'https://item.taobao.com/item.htm?id=612345678901',
  'https://mobile.yangkeduo.com/goods.html?goods_id=123456',
  'https://haohuo.jinritemai.com/views/product/item2?id=3456789',
  'https://www.kuaishou.com/shop/item?itemId=123',
  'https://www.amazon.com/dp/B0057OC5O8',
  'https://www.ebay.com/itm/302474151804',
  'https://www.aliexpress.com/item/1005003456789012.html',
  'https://shopee.sg/Xiaomi-Band-i.345678901.23456789012',
  'https://shop.example/products/widget',
];

export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

const SCHEMA_KEYS = [
  '@context',
  '@type',
  '@graph',
  '@id',
  'name',
  'offers',
  'price',
  'lowPrice',
  'highPrice',
  'priceCurrency',
  'availability',
  'brand',
  'review',
  'reviewBody',
  'reviewRating',
  'ratingValue',
  'aggregateRating',
  'reviewCount',
  'sku',
  'gtin13',
  'image',
  'url',
  'seller',
  'itemListElement',
  'item',
  'hasVariant',
  'isVariantOf',
  'priceSpecification',
  'polluted',
];

const LEAF = fc.oneof(
  fc.constantFrom('Product', 'Offer', 'AggregateOffer', 'ItemList', 'Review', 'ProductGroup', 'USD', 'CNY', 'EUR'),
  fc.constantFrom('19.99', '¥1,299.00', '1.299,00 €', '券后¥59', '-1', '1e308', 'NaN', '9999999999999999999999'),
  fc.constantFrom(...PAYLOADS.markup, ...PAYLOADS.urls),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);

/** Attempts to reach a prototype, as JSON text. */
export const POISON = [
  '{"__proto__":{"polluted":"yes","price":"1.00"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"}}',
  '{"__proto__":[{"polluted":"yes"}]}',
  '{"__proto__":null}',
  '{"toString":"x","valueOf":1,"hasOwnProperty":"y"}',
];

/**
 * JSON text (not a value: `__proto__` must stay a key on the wire) built from
 * schema.org keys, prototype keys, payload strings and numbers of every shape.
 */
export const hostileJsonText: fc.Arbitrary<string> = fc.letrec<{ node: string; obj: string; arr: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 5 },
    LEAF.map((v) => JSON.stringify(v) ?? 'null'),
    fc.constantFrom(...POISON),
    tie('obj'),
    tie('arr'),
  ),
  obj: fc
    .array(fc.tuple(fc.constantFrom(...SCHEMA_KEYS, ...PAYLOADS.keys), tie('node')), { maxLength: 7 })
    .map((es) => `{${es.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  arr: fc.array(tie('node'), { maxLength: 4 }).map((a) => `[${a.join(',')}]`),
})).obj;

/** A product-shaped JSON-LD block with hostile members mixed in. */
export const hostileProductJsonLd: fc.Arbitrary<string> = fc
  .tuple(hostileJsonText, fc.constantFrom(...POISON), fc.constantFrom(...PAYLOADS.markup))
  .map(
    ([extra, poison, name]) =>
      `{"@context":"https://schema.org","@type":"Product","name":${JSON.stringify(name)},"__proto__":${poison},` +
      `"constructor":{"prototype":{"polluted":"yes"}},"offers":{"@type":"Offer","price":"19.99","priceCurrency":"USD",` +
      `"__proto__":${poison}},"extra":${extra}}`,
  );

/** Escape text so it can sit inside a <script> element without ending it. */
export function scriptSafe(json: string): string {
  return json.replace(/<\/(script)/gi, '<\\/$1');
}

export interface PrototypeSnapshot {
  names: Map<object, string[]>;
}

const PROTOS: object[] = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype];

export function snapshotPrototypes(): PrototypeSnapshot {
  return { names: new Map(PROTOS.map((p) => [p, Reflect.ownKeys(p).map(String).sort()])) };
}

/** Empty when no built-in prototype changed since the snapshot; else what changed. */
export function prototypeChanges(s: PrototypeSnapshot): string[] {
  const out: string[] = [];
  for (const p of PROTOS) {
    const now = Reflect.ownKeys(p).map(String).sort();
    const was = s.names.get(p) ?? [];
    if (now.join('\u0000') !== was.join('\u0000')) out.push(`${p.constructor.name}.prototype keys changed`);
  }
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined) out.push('({}).polluted is set');
  if (([] as unknown as Record<string, unknown>).polluted !== undefined) out.push('[].polluted is set');
  if (Object.getPrototypeOf({}) !== Object.prototype) out.push('object literal prototype changed');
  return out;
}

/** Every object reachable from `v` has a plain prototype (Object.prototype, Array.prototype or null). */
export function strangePrototypes(v: unknown, path = '$', seen = new Set<unknown>(), out: string[] = []): string[] {
  if (!v || typeof v !== 'object' || seen.has(v) || out.length > 5) return out;
  seen.add(v);
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== Array.prototype && proto !== null && !(v instanceof URL))
    out.push(`${path} has prototype ${proto?.constructor?.name ?? String(proto)}`);
  for (const k of Object.keys(v)) strangePrototypes((v as Record<string, unknown>)[k], `${path}.${k}`, seen, out);
  return out;
}
