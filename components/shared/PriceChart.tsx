import { useMemo, useState } from 'preact/hooks';
import type { PricePoint } from '../../lib/messaging/protocol';
import { formatDate, formatMoney } from './format';
import { useI18n } from './i18n';

export const RANGES = [30, 90, 365, 0] as const; // 0 = all
const DAY = 86_400_000;

export interface PriceChartProps {
  points: PricePoint[];
  currency: string;
  now: number;
  width?: number;
  height?: number;
  /** Shaded band: the typical range, minor units. */
  band?: { low: number; high: number };
}

/**
 * A step chart of one product's prices (a price holds until the next is
 * seen), with its comparison price dashed, range buttons and a variant
 * picker. Hand-made SVG: small enough for a content script.
 */
export function PriceChart({ points, currency, now, width = 292, height = 120, band }: PriceChartProps) {
  const { t, locale } = useI18n();
  const [range, setRange] = useState<(typeof RANGES)[number]>(90);
  const variants = useMemo(() => [...new Set(points.map((p) => p.v ?? ''))].filter(Boolean), [points]);
  const [variant, setVariant] = useState('');
  const shown = useMemo(() => {
    const from = range ? now - range * DAY : Number.NEGATIVE_INFINITY;
    const inVariant = variant ? points.filter((p) => (p.v ?? '') === variant) : points;
    const inRange = inVariant.filter((p) => p.t >= from);
    // Carry the price in force at the window start into the window.
    const before = inVariant.filter((p) => p.t < from).at(-1);
    return before ? [{ ...before, t: from }, ...inRange] : inRange;
  }, [points, range, variant, now]);

  const pad = { l: 4, r: 4, t: 8, b: 16 };
  const w = width - pad.l - pad.r;
  const h = height - pad.t - pad.b;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const p of shown) {
    lo = Math.min(lo, p.p, p.l ?? p.p);
    hi = Math.max(hi, p.p, p.l ?? p.p);
  }
  const t0 = shown[0]?.t ?? now;
  const t1 = Math.max(now, shown.at(-1)?.t ?? now);
  const x = (t: number) => pad.l + (t1 === t0 ? w : ((t - t0) / (t1 - t0)) * w);
  const y = (v: number) => pad.t + (hi === lo ? h / 2 : (1 - (v - lo) / (hi - lo)) * h);
  const step = (get: (p: PricePoint) => number | undefined) => {
    let d = '';
    let prev: number | undefined;
    for (const p of shown) {
      const v = get(p);
      if (v === undefined) {
        prev = undefined;
        continue;
      }
      d += prev === undefined ? `M${x(p.t).toFixed(1)},${y(v).toFixed(1)}` : `H${x(p.t).toFixed(1)}V${y(v).toFixed(1)}`;
      prev = v;
    }
    return prev === undefined ? d : `${d}H${x(t1).toFixed(1)}`;
  };
  const money = (amount: number) => formatMoney({ amount, currency }, locale);

  return (
    <figure class="chart">
      <fieldset class="chart-controls" aria-label={t('chartRange')}>
        {RANGES.map((r) => (
          <button
            key={r}
            type="button"
            class={r === range ? 'seg on' : 'seg'}
            aria-pressed={r === range}
            onClick={() => setRange(r)}
          >
            {r ? t('rangeDays', r) : t('rangeAll')}
          </button>
        ))}
        {variants.length > 1 ? (
          <select
            aria-label={t('chartVariant')}
            value={variant}
            onChange={(e) => setVariant((e.target as HTMLSelectElement).value)}
          >
            <option value="">{t('variantAll')}</option>
            {variants.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        ) : null}
      </fieldset>
      {shown.length ? (
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={t('chartLabel', money(lo), money(hi))}
        >
          {band && hi > lo ? (
            <rect
              class="band"
              x={pad.l}
              width={w}
              y={y(Math.min(hi, band.high))}
              height={Math.max(0, y(Math.max(lo, band.low)) - y(Math.min(hi, band.high)))}
            />
          ) : null}
          {shown.some((p) => p.l !== undefined) ? <path class="list-line" d={step((p) => p.l)} fill="none" /> : null}
          <path class="price-line" d={step((p) => p.p)} fill="none" />
          <text class="axis" x={pad.l} y={pad.t - 1}>
            {money(hi)}
          </text>
          <text class="axis" x={pad.l} y={height - 3}>
            {formatDate(t0, locale)}
          </text>
          <text class="axis" x={width - pad.r} y={height - 3} text-anchor="end">
            {money(lo)} · {formatDate(t1, locale)}
          </text>
        </svg>
      ) : (
        <p class="muted">{t('chartEmpty')}</p>
      )}
    </figure>
  );
}
