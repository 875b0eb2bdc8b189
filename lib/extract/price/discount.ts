/**
 * Threshold discounts and coupons as shops announce them (满300减50,
 * 每满100减10, 满199减20券, 立减20, 8折, "15% off", "Save $5") in the
 * `Discount` shape value analysis applies. Amounts are minor units of the
 * currency the caller names (the price's own).
 */
import { decimalToMinor, type Money } from '../../model/money';
import type { Discount } from '../../model/offer';
import { normalizeText } from './normalize';

const NUM = String.raw`(\d+(?:\.\d+)?)`;
const CUR = String.raw`(?:¥|元|块|€|£|\$|US\$|R\$|₹|₩|円|zł|Kč|kr|CHF|EUR|USD)?`;

function minor(decimal: string | undefined, currency: string): number | undefined {
  if (decimal === undefined) return undefined;
  const v = decimalToMinor(decimal.replace(/,/g, ''), currency);
  return v !== undefined && v > 0 ? v : undefined;
}

interface Hit {
  at: number;
  end: number;
  d: Discount;
}

/** Every discount the text announces, in the order written; [] when none. */
export function parseDiscounts(text: string, currency = 'CNY'): Discount[] {
  const t = normalizeText(text).replace(/(\d),(\d{3})(?!\d)/g, '$1$2');
  const hits: Hit[] = [];
  const taken = (a: number, b: number) => hits.some((h) => a < h.end && b > h.at);
  const add = (m: RegExpExecArray, d: Discount | undefined) => {
    if (!d || taken(m.index, m.index + m[0].length)) return;
    hits.push({ at: m.index, end: m.index + m[0].length, d });
  };
  const each = (re: RegExp, f: (m: RegExpExecArray) => Discount | undefined) => {
    let m: RegExpExecArray | null = re.exec(t);
    let n = 0;
    while (m !== null && n++ < 32) {
      add(m, f(m));
      m = re.exec(t);
    }
  };

  // 每满100减10 (上不封顶 | 最高减50 | 封顶50)
  each(
    new RegExp(
      `每满${CUR}\\s?${NUM}\\s?${CUR}\\s?[减減]${CUR}\\s?${NUM}\\s?${CUR}(?:[，,\\s]*(?:(上不封顶)|(?:最高|最多|封顶)[减減]?${CUR}\\s?${NUM}))?`,
      'g',
    ),
    (m) => {
      const threshold = minor(m[1], currency);
      const off = minor(m[2], currency);
      if (!threshold || !off || off >= threshold) return undefined;
      const cap = minor(m[4], currency);
      return cap
        ? { kind: 'threshold', threshold, off, every: true, cap }
        : { kind: 'threshold', threshold, off, every: true };
    },
  );
  // 满199减20券 / 满199元减20元优惠券: a coupon with a minimum spend.
  each(new RegExp(`满${CUR}\\s?${NUM}\\s?${CUR}\\s?[减減]${CUR}\\s?${NUM}\\s?${CUR}\\s?(?:优惠)?券`, 'g'), (m) => {
    const threshold = minor(m[1], currency);
    const off = minor(m[2], currency);
    return threshold && off && off < threshold ? { kind: 'coupon', off, threshold } : undefined;
  });
  // 满300减50
  each(new RegExp(`满${CUR}\\s?${NUM}\\s?${CUR}\\s?[减減]${CUR}\\s?${NUM}`, 'g'), (m) => {
    const threshold = minor(m[1], currency);
    const off = minor(m[2], currency);
    return threshold && off && off < threshold ? { kind: 'threshold', threshold, off, every: false } : undefined;
  });
  // 20元券 满199可用 / 满199可用20元券
  each(new RegExp(`${NUM}\\s?元(?:优惠)?券[，,\\s]*满${NUM}元?(?:可用|使用)`, 'g'), (m) => {
    const off = minor(m[1], currency);
    const threshold = minor(m[2], currency);
    return off && threshold && off < threshold ? { kind: 'coupon', off, threshold } : undefined;
  });
  each(new RegExp(`满${NUM}元?(?:可用|使用)[，,\\s]*${NUM}\\s?元(?:优惠)?券`, 'g'), (m) => {
    const threshold = minor(m[1], currency);
    const off = minor(m[2], currency);
    return off && threshold && off < threshold ? { kind: 'coupon', off, threshold } : undefined;
  });
  // 满2件8折 / 8折 / 8.5折 / 95折
  each(/(?:满(\d+)件)?\s?(?:打)?(\d{1,2}(?:\.\d)?)\s?折/g, (m) => {
    const raw = Number(m[2]);
    // "95折" means 9.5折; "8.5折" and "8折" are tenths.
    const tenths = m[2]?.includes('.') || raw < 10 ? raw : raw / 10;
    if (!(tenths > 0 && tenths < 10)) return undefined;
    const percent = Math.round((10 - tenths) * 10 * 100) / 100;
    return { kind: 'percent', percent };
  });
  // 立减20 / 直降20 / 领券减20 / 20元券 / 优惠券20元
  each(new RegExp(`(?:立减|立減|直降|领券减|領券減|券减|下单减|下單減|省)${CUR}\\s?${NUM}\\s?${CUR}`, 'g'), (m) => {
    const off = minor(m[1], currency);
    return off ? { kind: 'coupon', off } : undefined;
  });
  each(new RegExp(`${NUM}\\s?元(?:优惠|無門檻|无门槛)?券|(?:优惠券|優惠券)\\s?${NUM}\\s?元`, 'g'), (m) => {
    const off = minor(m[1] ?? m[2], currency);
    return off ? { kind: 'coupon', off } : undefined;
  });
  // "$10 off orders over $50", "€5 Rabatt ab 50 €"
  each(
    /(?:[$€£¥₹]|US\$|R\$)\s?(\d+(?:\.\d+)?)\s?(?:off|rabatt|de réduction|de descuento|di sconto)[^.\d]{0,30}?(?:over|above|of|ab|dès|à partir de|a partir de|desde|sopra|on orders of)\s?(?:[$€£¥₹]|US\$|R\$)?\s?(\d+(?:\.\d+)?)/gi,
    (m) => {
      const off = minor(m[1], currency);
      const threshold = minor(m[2], currency);
      return off && threshold && off < threshold ? { kind: 'threshold', threshold, off, every: false } : undefined;
    },
  );
  // "15% off", "-15%", "15 % Rabatt", "Save 15%", "скидка 15%"
  each(
    /(?:(?:save|spare|économisez|ahorra|risparmia|скидка|rabatt|extra)\s?(\d{1,2}(?:[.,]\d+)?)\s?%|(\d{1,2}(?:[.,]\d+)?)\s?%\s?(?:off|rabatt|de réduction|de descuento|di sconto|скидк|discount|korting|zniżki)|(?:^|\s|\()-\s?(\d{1,2}(?:[.,]\d+)?)\s?%)/gi,
    (m) => {
      const p = Number((m[1] ?? m[2] ?? m[3] ?? '').replace(',', '.'));
      return p > 0 && p < 100 ? { kind: 'percent', percent: p } : undefined;
    },
  );
  // "Save $5", "$5 off", "5 € Rabatt", "Spare 5 €"
  each(
    /(?:save|spare|économisez|ahorra|risparmia)\s?(?:[$€£¥₹]|US\$|R\$)\s?(\d+(?:[.,]\d{1,2})?)|(?:[$€£¥₹]|US\$|R\$)\s?(\d+(?:[.,]\d{1,2})?)\s?(?:off|rabatt)|(\d+(?:[.,]\d{1,2})?)\s?(?:€|\$|£)\s?(?:off|rabatt|de réduction|de descuento|di sconto)/gi,
    (m) => {
      const off = minor((m[1] ?? m[2] ?? m[3] ?? '').replace(',', '.'), currency);
      return off ? { kind: 'coupon', off } : undefined;
    },
  );
  return hits.sort((a, b) => a.at - b.at).map((h) => h.d);
}

/** Integer fen (分, 1/100 of the unit) from platform data to Money; undefined for anything else. */
export function fenToMoney(fen: unknown, currency = 'CNY'): Money | undefined {
  const n = typeof fen === 'string' && /^\d{1,15}$/.test(fen.trim()) ? Number(fen.trim()) : fen;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) return undefined;
  const units = `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;
  const amount = decimalToMinor(units, currency);
  return amount === undefined ? undefined : { amount, currency };
}
