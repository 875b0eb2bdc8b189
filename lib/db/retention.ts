import type { Observation } from '../model/schema';
import type { ZhideDB } from './db';

/**
 * Optional thinning of old history: observations older than 90 days are
 * reduced to one per product, variant and day (the day's last row, which
 * holds the price in force at the end of that day). The kept row's
 * `seenCount` absorbs the removed rows' counts, so "seen N times" stays true.
 *
 * The selection is pure; `applyRetention` walks the database one day at a
 * time so memory stays bounded by one day's rows.
 */

export const DAY_MS = 86_400_000;
export const THIN_AFTER_MS = 90 * DAY_MS;

export type ThinRow = Pick<Observation, 'productKey' | 'variantKey' | 'observedAt' | 'seenCount'> & { id?: number };

export interface ThinPlan {
  /** Rows that stay, with their new seen count. */
  keep: { id: number; seenCount: number }[];
  remove: number[];
}

/** The day a time falls on, in a time zone `offsetMs` ahead of UTC. */
export function dayOf(t: number, offsetMs = 0): number {
  return Math.floor((t + offsetMs) / DAY_MS);
}

/**
 * Which rows to remove among `rows` (any order): those observed before
 * `cutoff`, grouped by product, variant and day, all but the latest of each
 * group. Rows without an id are ignored.
 */
export function planThinning(rows: readonly ThinRow[], cutoff: number, offsetMs = 0): ThinPlan {
  const groups = new Map<string, ThinRow[]>();
  for (const r of rows) {
    if (r.id === undefined || r.observedAt >= cutoff) continue;
    const k = `${r.productKey}\u0000${r.variantKey}\u0000${dayOf(r.observedAt, offsetMs)}`;
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  const plan: ThinPlan = { keep: [], remove: [] };
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    // Latest wins; equal times fall back to the higher id (the later insert).
    g.sort((a, b) => a.observedAt - b.observedAt || (a.id as number) - (b.id as number));
    const kept = g[g.length - 1] as ThinRow;
    let seen = 0;
    for (const r of g) seen += r.seenCount;
    plan.keep.push({ id: kept.id as number, seenCount: seen });
    for (let i = 0; i < g.length - 1; i++) plan.remove.push((g[i] as ThinRow).id as number);
  }
  return plan;
}

export interface RetentionResult {
  removed: number;
  days: number;
}

/** Thin the database's observations older than `now - olderThanMs`. Safe to run repeatedly. */
export async function applyRetention(
  db: ZhideDB,
  now: number,
  opts: { olderThanMs?: number; offsetMs?: number; signal?: AbortSignal } = {},
): Promise<RetentionResult> {
  const offsetMs = opts.offsetMs ?? 0;
  const cutoff = now - (opts.olderThanMs ?? THIN_AFTER_MS);
  let removed = 0;
  let days = 0;
  let next = await db.observations.where('observedAt').below(cutoff).first();
  while (next && !opts.signal?.aborted) {
    const day = dayOf(next.observedAt, offsetMs);
    const start = day * DAY_MS - offsetMs;
    const end = Math.min(start + DAY_MS, cutoff);
    await db.transaction('rw', db.observations, async () => {
      const rows = await db.observations.where('observedAt').between(start, end, true, false).toArray();
      const plan = planThinning(rows, cutoff, offsetMs);
      if (plan.remove.length) await db.observations.bulkDelete(plan.remove);
      for (const k of plan.keep) await db.observations.update(k.id, { seenCount: k.seenCount });
      removed += plan.remove.length;
    });
    days++;
    if (end >= cutoff) break;
    next = await db.observations.where('observedAt').between(end, cutoff, true, false).first();
  }
  return { removed, days };
}
