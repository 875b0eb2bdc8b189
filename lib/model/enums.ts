/**
 * Closed vocabularies shared by the schemas (schema.ts, zod) and by code that
 * must stay free of zod (extractors in content scripts).
 */

/** schema.org ItemAvailability names. */
export const AVAILABILITY = [
  'InStock',
  'OutOfStock',
  'PreOrder',
  'BackOrder',
  'Discontinued',
  'LimitedAvailability',
  'SoldOut',
  'InStoreOnly',
  'OnlineOnly',
  'PreSale',
] as const;
export type Availability = (typeof AVAILABILITY)[number];

const AVAILABILITY_SET: ReadonlySet<string> = new Set(AVAILABILITY);

export function isAvailability(v: unknown): v is Availability {
  return typeof v === 'string' && AVAILABILITY_SET.has(v);
}
