import { useMemo, useState } from 'preact/hooks';
import { formatDate, formatMoney } from '../shared/format';
import { useI18n } from '../shared/i18n';

/** One line on the chart: a variant of this product, or the same product in another store. */
export interface ChartSeries {
  id: string;
  label: string;
  /** Price steps, oldest first: each price holds from `t` until the next point (`until` ends the last one). */
  points: { t: number; p: number }[];
  until?: number;
}

export const RANGES = [30, 90, 365, 0] as const;
export type RangeDays = (typeof RANGES)[number];

const W = 760;
const H = 260;
const M = { left: 72, right: 16, top: 12, bottom: 28 };
const COLORS = ['#d4380d', '#0a66ff', '#389e0d', '#722ed1', '#d48806', '#08979c', '#c41d7f', '#595959'];
const DAY = 86_400_000;

/** The price in force at `t` on a step series (undefined before its first point). */
export function priceAt(s: ChartSeries, t: number): number | undefined {
  let lo = 0;
  let hi = s.points.length - 1;
  let found: number | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const pt = s.points[mid] as { t: number; p: number };
    if (pt.t <= t) {
      found = pt.p;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Round tick values for a price axis in minor units. */
export function niceTicks(lo: number, hi: number, n = 4): number[] {
  if (hi <= lo) return [lo];
  const raw = (hi - lo) / n;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) out.push(v);
  return out;
}

/**
 * A hand-made SVG step chart: prices hold until the next one is seen, with
 * axes, a range switch, and a tooltip that follows the pointer or the
 * arrow keys (the chart is focusable).
 */
export function PriceChart({ series, currency, now }: { series: ChartSeries[]; currency: string; now: number }) {
  const { t, locale } = useI18n();
  const [range, setRange] = useState<RangeDays>(0);
  const [cursor, setCursor] = useState<number | undefined>();

  const model = useMemo(() => {
    const from = range ? now - range * DAY : Math.min(...series.map((s) => s.points[0]?.t ?? now));
    const to = Math.max(now, ...series.map((s) => s.until ?? s.points.at(-1)?.t ?? 0));
    let lo = Infinity;
    let hi = -Infinity;
    const times = new Set<number>();
    for (const s of series) {
      const before = priceAt(s, from);
      if (before !== undefined) {
        lo = Math.min(lo, before);
        hi = Math.max(hi, before);
      }
      for (const pt of s.points) {
        if (pt.t < from) continue;
        lo = Math.min(lo, pt.p);
        hi = Math.max(hi, pt.p);
        times.add(pt.t);
      }
    }
    if (!Number.isFinite(lo)) return undefined;
    const pad = Math.max(1, Math.round((hi - lo) * 0.08));
    const ylo = Math.max(0, lo - pad);
    const yhi = hi + pad;
    const x = (v: number) => M.left + ((v - from) / Math.max(1, to - from)) * (W - M.left - M.right);
    const y = (v: number) => M.top + (1 - (v - ylo) / Math.max(1, yhi - ylo)) * (H - M.top - M.bottom);
    const paths = series.map((s) => {
      let d = '';
      const start = priceAt(s, from);
      if (start !== undefined) d = `M${x(from).toFixed(1)},${y(start).toFixed(1)}`;
      for (const pt of s.points) {
        if (pt.t < from) continue;
        d += d ? `H${x(pt.t).toFixed(1)}V${y(pt.p).toFixed(1)}` : `M${x(pt.t).toFixed(1)},${y(pt.p).toFixed(1)}`;
      }
      const end = s.until ?? s.points.at(-1)?.t;
      if (d && end !== undefined && end > from) d += `H${x(Math.min(end, to)).toFixed(1)}`;
      return d;
    });
    const xticks = Array.from({ length: 5 }, (_, i) => from + ((to - from) * i) / 4);
    return { from, to, x, y, paths, yticks: niceTicks(ylo, yhi), xticks, times: [...times].sort((a, b) => a - b) };
  }, [series, range, now]);

  const money = (p: number) => formatMoney({ amount: Math.round(p), currency }, locale);
  const label = t('dashChartLabel', series.length);

  const onMove = (e: MouseEvent) => {
    if (!model) return;
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const px = ((e.clientX - box.left) / (box.width || W)) * W;
    const tt = model.from + ((px - M.left) / (W - M.left - M.right)) * (model.to - model.from);
    setCursor(Math.min(model.to, Math.max(model.from, tt)));
  };
  const onKey = (e: KeyboardEvent) => {
    const times = model?.times ?? [];
    if (!times.length) return;
    const lastIdx = times.length - 1;
    let next: number | undefined;
    if (e.key === 'Home') next = times[0];
    else if (e.key === 'End') next = times[lastIdx];
    else if (e.key === 'ArrowLeft')
      next = cursor === undefined ? times[lastIdx] : ([...times].reverse().find((v) => v < cursor) ?? times[0]);
    else if (e.key === 'ArrowRight')
      next = cursor === undefined ? times[lastIdx] : (times.find((v) => v > cursor) ?? times[lastIdx]);
    else if (e.key === 'Escape') next = undefined;
    else return;
    e.preventDefault();
    setCursor(next);
  };
  const valueText =
    cursor === undefined
      ? label
      : [
          formatDate(cursor, locale, true),
          ...series.map((s) => {
            const p = priceAt(s, cursor);
            return p === undefined ? '' : `${s.label}: ${money(p)}`;
          }),
        ]
          .filter(Boolean)
          .join(', ');

  return (
    <figure class="chart" data-testid="price-chart">
      {/* biome-ignore lint/a11y/useSemanticElements: a button group, not a form fieldset */}
      <div class="ranges" role="group" aria-label={t('dashChartRange')}>
        {RANGES.map((r) => (
          <button key={r} type="button" aria-pressed={range === r} onClick={() => setRange(r)}>
            {r ? t('dashRangeDays', r) : t('dashRangeAll')}
          </button>
        ))}
      </div>
      {model ? (
        // A slider over time: arrow keys move the cursor, the value text reads the prices there.
        <div
          class="chart-box"
          role="slider"
          aria-label={label}
          aria-valuemin={model.from}
          aria-valuemax={model.to}
          aria-valuenow={cursor ?? model.to}
          aria-valuetext={valueText}
          tabIndex={0}
          onMouseMove={onMove}
          onMouseLeave={() => setCursor(undefined)}
          onKeyDown={onKey}
          onBlur={() => setCursor(undefined)}
        >
          <svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
            {model.yticks.map((v) => (
              <g key={`y${v}`} class="tick">
                <line x1={M.left} x2={W - M.right} y1={model.y(v)} y2={model.y(v)} />
                <text x={M.left - 6} y={model.y(v) + 4} text-anchor="end">
                  {money(v)}
                </text>
              </g>
            ))}
            {model.xticks.map((v, i) => (
              <text
                key={`x${v}`}
                class="tick"
                x={model.x(v)}
                y={H - 8}
                text-anchor={i === 0 ? 'start' : i === 4 ? 'end' : 'middle'}
              >
                {formatDate(v, locale, model.to - model.from < 2 * DAY)}
              </text>
            ))}
            <line class="axis" x1={M.left} x2={M.left} y1={M.top} y2={H - M.bottom} />
            <line class="axis" x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} />
            {model.paths.map((d, i) =>
              d ? (
                <path
                  key={series[i]?.id}
                  d={d}
                  fill="none"
                  stroke={COLORS[i % COLORS.length]}
                  stroke-width="2"
                  stroke-linejoin="round"
                />
              ) : null,
            )}
            {cursor !== undefined ? (
              <line class="cursor" x1={model.x(cursor)} x2={model.x(cursor)} y1={M.top} y2={H - M.bottom} />
            ) : null}
          </svg>
          {cursor !== undefined ? (
            <div
              class="tooltip"
              role="status"
              data-testid="chart-tooltip"
              style={{ left: `${(model.x(cursor) / W) * 100}%` }}
            >
              <strong>{formatDate(cursor, locale, true)}</strong>
              {series.map((s, i) => {
                const p = priceAt(s, cursor);
                return p === undefined ? null : (
                  <div key={s.id}>
                    <span class="swatch" style={{ background: COLORS[i % COLORS.length] }} /> {s.label}: {money(p)}
                  </div>
                );
              })}
            </div>
          ) : null}
        </div>
      ) : (
        <p class="muted">{t('dashChartEmpty')}</p>
      )}
      <figcaption class="legend">
        {series.map((s, i) => (
          <span key={s.id}>
            <span class="swatch" style={{ background: COLORS[i % COLORS.length] }} /> {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
