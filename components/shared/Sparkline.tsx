import type { PricePoint } from '../../lib/messaging/protocol';

/**
 * A step line of prices over time: a price holds until the next one is seen.
 * Hand-made SVG: a chart library would cost more than the whole overlay.
 */
export function Sparkline({
  points,
  width = 96,
  height = 24,
  label,
}: {
  points: PricePoint[];
  width?: number;
  height?: number;
  label: string;
}) {
  if (points.length < 2) return null;
  const t0 = points[0]!.t;
  const t1 = points[points.length - 1]!.t;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const p of points) {
    lo = Math.min(lo, p.p);
    hi = Math.max(hi, p.p);
  }
  const pad = 2;
  const x = (t: number) => pad + (t1 === t0 ? 0 : ((t - t0) / (t1 - t0)) * (width - 2 * pad));
  const y = (p: number) => (hi === lo ? height / 2 : pad + (1 - (p - lo) / (hi - lo)) * (height - 2 * pad));
  let d = '';
  points.forEach((p, i) => {
    d += i === 0 ? `M${x(p.t).toFixed(1)},${y(p.p).toFixed(1)}` : `H${x(p.t).toFixed(1)}V${y(p.p).toFixed(1)}`;
  });
  return (
    <svg class="spark" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <path d={d} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
    </svg>
  );
}
