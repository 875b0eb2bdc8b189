import { evaluateWatch } from '../analysis/value';
import type { ZhideDB } from '../db/db';
import { stripUndefined } from '../db/record';
import type { Alert, Watch } from '../model/schema';

/**
 * After observations of some products were stored: evaluate their watches
 * and store (and announce) new alerts. An alert is not repeated until its
 * condition has reset (see evaluateWatch).
 */
export async function checkWatches(
  db: ZhideDB,
  productKeys: readonly string[],
  announce?: (alert: Alert, watch: Watch, title?: string) => Promise<void>,
): Promise<Alert[]> {
  const raised: Alert[] = [];
  const watches = (await db.watches.bulkGet([...productKeys])).filter((w): w is Watch => !!w);
  for (const watch of watches) {
    const [latest, previous] = await db.observations
      .where('[productKey+observedAt]')
      .between([watch.productKey, -Infinity], [watch.productKey, Infinity])
      .reverse()
      .limit(2)
      .toArray();
    if (!latest) continue;
    const lastAlerts = await db.alerts.where('productKey').equals(watch.productKey).toArray();
    const alerts = evaluateWatch(
      watch,
      { ...latest, observedAt: latest.lastSeenAt },
      previous ? { ...previous, observedAt: previous.lastSeenAt } : undefined,
      lastAlerts,
    );
    for (const a of alerts) {
      a.id = (await db.alerts.add(stripUndefined(a))) as number;
      raised.push(a);
      await announce?.(a, watch, latest.title).catch(() => {});
    }
  }
  return raised;
}

export const REFRESH_ALARM_PREFIX = 'zhide-refresh:';

/** The alarms background refresh needs: one per watch that opted in, none for the rest. */
export function refreshAlarms(watches: readonly Watch[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of watches) if (w.refreshMinutes) out.set(`${REFRESH_ALARM_PREFIX}${w.productKey}`, w.refreshMinutes);
  return out;
}
