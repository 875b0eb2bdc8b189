import { minorToDecimal } from '../../model/money';
import type { Change, ChangeValue, Snapshot } from './changelog';
import type { ChecklistItem } from './checklist';

/**
 * Column ids (the UI translates them) and rows for the audit's CSV and JSON exports: plain strings and numbers,
 * money as a decimal with its currency code, so a spreadsheet sorts them.
 */

export interface AuditListing {
  key: string;
  site: string;
  title?: string;
  url: string;
  changes: Change[];
  snapshot: Snapshot;
  checklist: ChecklistItem[];
}

export function formatValue(v: ChangeValue | undefined): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.join(' | ');
  if ('amount' in v) return `${minorToDecimal(v.amount, v.currency)} ${v.currency}`;
  return `${v.value}/${v.best}`;
}

export const CHANGE_HEADER = ['listing', 'site', 'title', 'time', 'field', 'variant', 'from', 'to', 'url'];

export function changeRows(
  listings: readonly AuditListing[],
  fieldName: (field: Change['field']) => string = (f) => f,
): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (const l of listings)
    for (const c of l.changes)
      rows.push([
        l.key,
        l.site,
        l.title ?? '',
        new Date(c.at).toISOString(),
        fieldName(c.field),
        c.variantKey ?? '',
        formatValue(c.from),
        formatValue(c.to),
        l.url,
      ]);
  return rows;
}

export const SNAPSHOT_HEADER = [
  'listing',
  'site',
  'title',
  'asOf',
  'price',
  'listPrice',
  'effectivePrice',
  'coupons',
  'availability',
  'rating',
  'reviewCount',
  'velocity',
  'stock',
  'sales',
  'variants',
  'url',
];

export function snapshotRows(listings: readonly AuditListing[]): (string | number)[][] {
  return listings.map((l) => {
    const s = l.snapshot;
    return [
      l.key,
      l.site,
      s.title ?? l.title ?? '',
      s.observedAt !== undefined ? new Date(s.observedAt).toISOString() : '',
      formatValue(s.price),
      formatValue(s.listPrice),
      formatValue(s.effectivePrice),
      formatValue(s.coupons),
      s.availability ?? '',
      formatValue(s.rating),
      s.reviewCount ?? '',
      s.velocity ? Math.round(s.velocity.perWeek * 10) / 10 : '',
      s.stock ?? '',
      s.sales ?? '',
      s.variants,
      l.url,
    ];
  });
}
