import type { Money } from '../../model/money';
import {
  DAY_MS,
  firstAtLeast,
  HOUR_MS,
  type Piece,
  type PricePoint,
  pricePieces,
  type RowSource,
  rowsOf,
} from './history';

/**
 * The lowest price seen around each shopping festival, by name and year.
 *
 * Windows are whole local days in the festival's home time zone (a fixed UTC
 * offset, overridable):
 * - `618`: 1–20 June, China (UTC+8).
 * - `double-11` (双11): 1–11 November, China.
 * - `black-friday` (Black Friday to Cyber Monday): the day after the 4th
 *   Thursday of November through the following Monday, US Eastern (UTC−5).
 * - `prime-day`: 8–20 July, US Pacific (UTC−7). Prime Day's dates vary; every
 *   July edition since 2015 fell in this window (2020 was in October and 2021
 *   in June: those are not named).
 * - `double-12` (双12): 1–12 December, China.
 * - `new-year-goods` (年货节): from 30 days to 3 days before Chinese New Year
 *   (from a table of dates; years outside it are not named), China; the year
 *   is the year of the New Year.
 *
 * A price counts for a festival when it was in force during the window
 * (capped in-force pieces, as in the statistics). Each currency is reported
 * on its own.
 */

export type Festival = '618' | 'double-11' | 'black-friday' | 'prime-day' | 'double-12' | 'new-year-goods';

export const FESTIVAL_NAMES: Record<Festival, { en: string; zh: string }> = {
  '618': { en: '618', zh: '618' },
  'double-11': { en: 'Singles’ Day (11.11)', zh: '双11' },
  'black-friday': { en: 'Black Friday / Cyber Monday', zh: '黑色星期五' },
  'prime-day': { en: 'Prime Day', zh: 'Prime Day' },
  'double-12': { en: 'Double 12 (12.12)', zh: '双12' },
  'new-year-goods': { en: 'Chinese New Year sale', zh: '年货节' },
};

/** Home UTC offset of each festival, minutes. */
export const FESTIVAL_UTC_OFFSET_MIN: Record<Festival, number> = {
  '618': 480,
  'double-11': 480,
  'black-friday': -300,
  'prime-day': -420,
  'double-12': 480,
  'new-year-goods': 480,
};

/** Chinese New Year (month, day) by year. */
const CNY: Record<number, [number, number]> = {
  2015: [2, 19],
  2016: [2, 8],
  2017: [1, 28],
  2018: [2, 16],
  2019: [2, 5],
  2020: [1, 25],
  2021: [2, 12],
  2022: [2, 1],
  2023: [1, 22],
  2024: [2, 10],
  2025: [1, 29],
  2026: [2, 17],
  2027: [2, 6],
  2028: [1, 26],
  2029: [2, 13],
  2030: [2, 3],
  2031: [1, 23],
  2032: [2, 11],
  2033: [1, 31],
  2034: [2, 19],
  2035: [2, 8],
};

export interface FestivalLow {
  festival: Festival;
  year: number;
  lowest: Money;
  /** When that price was last seen or in force in the window. */
  at: number;
  /** The window, [from, to) epoch ms. */
  from: number;
  to: number;
}

/** [from, to) of a festival in a year: local days first..last inclusive, in the festival's offset. */
export function festivalWindow(
  festival: Festival,
  year: number,
  offsetMin = FESTIVAL_UTC_OFFSET_MIN[festival],
): { from: number; to: number } | undefined {
  // Local midnight of (y, m, d) at the offset, as epoch ms.
  const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) - offsetMin * 60_000;
  switch (festival) {
    case '618':
      return { from: day(year, 6, 1), to: day(year, 6, 21) };
    case 'double-11':
      return { from: day(year, 11, 1), to: day(year, 11, 12) };
    case 'double-12':
      return { from: day(year, 12, 1), to: day(year, 12, 13) };
    case 'prime-day':
      return { from: day(year, 7, 8), to: day(year, 7, 21) };
    case 'black-friday': {
      const firstDow = new Date(Date.UTC(year, 10, 1)).getUTCDay();
      const thanksgiving = 1 + ((4 - firstDow + 7) % 7) + 21;
      return { from: day(year, 11, thanksgiving + 1), to: day(year, 11, thanksgiving + 5) };
    }
    case 'new-year-goods': {
      const d = CNY[year];
      if (!d) return undefined;
      const ny = day(year, d[0], d[1]);
      return { from: ny - 30 * DAY_MS, to: ny - 2 * DAY_MS };
    }
  }
}

const FESTIVALS = Object.keys(FESTIVAL_NAMES) as Festival[];

/** Lowest price per festival and year, oldest first, for every currency in the history. */
export function festivalLows(
  observations: readonly PricePoint[],
  opts: { variantKey?: string; now?: number; offsets?: Partial<Record<Festival, number>>; rows?: RowSource } = {},
): FestivalLow[] {
  const currencies = new Set<string>();
  let maxAt = Number.NEGATIVE_INFINITY;
  for (const o of observations) {
    if (o?.price?.currency) currencies.add(o.price.currency);
    if (o && Number.isFinite(o.lastSeenAt ?? o.observedAt)) maxAt = Math.max(maxAt, o.lastSeenAt ?? o.observedAt);
  }
  const now = opts.now ?? maxAt;
  const out: FestivalLow[] = [];
  for (const currency of currencies) {
    const sel = { currency, variantKey: opts.variantKey, until: now };
    const rows = rowsOf(observations, sel, opts.rows);
    const pieces = pricePieces(rows, now);
    if (!pieces.length) continue;
    const first = (pieces[0] as { from: number }).from;
    const last = pieces[pieces.length - 1]?.to ?? first;
    const y0 = new Date(first - 12 * HOUR_MS).getUTCFullYear();
    const y1 = Math.min(new Date(last + 12 * HOUR_MS).getUTCFullYear() + 1, y0 + 100);
    for (let year = y0; year <= y1; year++) {
      for (const festival of FESTIVALS) {
        const w = festivalWindow(festival, year, opts.offsets?.[festival]);
        if (!w || w.to <= first || w.from > last) continue;
        let best: { amount: number; at: number } | undefined;
        for (let i = firstAtLeast(pieces, w.from, (p) => p.to); i < pieces.length; i++) {
          const p = pieces[i] as Piece;
          if (p.from >= w.to) break;
          // In force during the window, or seen inside it (a sighting at the very end of the history).
          if (!(p.to > w.from || p.from >= w.from)) continue;
          const at = Math.min(w.to - 1, Math.max(p.lastSeen, w.from, p.from));
          if (!best || p.amount < best.amount || (p.amount === best.amount && at > best.at)) {
            best = { amount: p.amount, at };
          }
        }
        if (best) out.push({ festival, year, lowest: { amount: best.amount, currency }, at: best.at, ...w });
      }
    }
  }
  return out.sort((a, b) => a.from - b.from || a.lowest.currency.localeCompare(b.lowest.currency));
}
