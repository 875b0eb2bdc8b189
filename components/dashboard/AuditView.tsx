import { useMemo, useState } from 'preact/hooks';
import {
  type AuditListing,
  CHANGE_HEADER,
  type ChangeValue,
  changeLog,
  changeRows,
  listingChecklist,
  SNAPSHOT_HEADER,
  snapshotAt,
  snapshotRows,
} from '../../lib/analysis/audit';
import { csvChunks } from '../../lib/db/csv';
import { productHistory } from '../../lib/db/queries';
import { formatDate, formatMoney, formatNumber } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { safeLink } from '../shared/links';
import { useLiveQuery } from '../shared/useLiveQuery';
import { downloadBlob, isoDay, useEnv } from './env';
import { routeHref } from './router';

/** The group name stored for watches without one (shown translated). */
export const UNGROUPED = '';

export function AuditView({ group: routeGroup }: { group?: string }) {
  const { t, locale } = useI18n();
  const env = useEnv();
  const { db, now } = env;
  const watches = useLiveQuery(() => db.watches.toArray(), [db]);
  const groups = useMemo(() => [...new Set((watches ?? []).map((w) => w.group ?? UNGROUPED))].sort(), [watches]);
  const group = routeGroup !== undefined && groups.includes(routeGroup) ? routeGroup : groups[0];
  const keys = useMemo(
    () =>
      (watches ?? [])
        .filter((w) => (w.group ?? UNGROUPED) === group)
        .map((w) => w.productKey)
        .sort(),
    [watches, group],
  );
  const [day, setDay] = useState(() => isoDay(now()));
  const at = useMemo(() => {
    const [y, m, d] = day.split('-').map(Number);
    const end = new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 23, 59, 59, 999).getTime();
    return Number.isFinite(end) ? Math.min(end, now()) : now();
  }, [day]);

  const raw = useLiveQuery(
    () =>
      Promise.all(
        keys.map(async (key) => ({
          key,
          product: await db.products.get(key),
          observations: await productHistory(db, key),
          reviews: await db.reviews.where('productKey').equals(key).limit(2000).toArray(),
        })),
      ),
    [db, keys.join('\u0000')],
  );
  const listings: AuditListing[] = useMemo(
    () =>
      (raw ?? []).map(({ key, product, observations, reviews }) => ({
        key,
        site: product?.site ?? '',
        ...(product?.title ? { title: product.title } : {}),
        url: product?.url ?? '',
        changes: changeLog(observations),
        snapshot: snapshotAt(observations, at),
        checklist: listingChecklist({ observations, reviews, now: at }),
      })),
    [raw, at],
  );

  const fieldName = (f: string) => t(`dashField_${f}`);
  const value = (v: ChangeValue | undefined): string => {
    if (v === undefined) return '—';
    if (typeof v === 'string') return v || '—';
    if (typeof v === 'number') return formatNumber(v, locale);
    if (Array.isArray(v)) return v.join(' · ') || '—';
    if ('amount' in v) return formatMoney(v, locale);
    return `${v.value}/${v.best}`;
  };
  const slug = `${group || 'watchlist'}-${isoDay(at)}`.replace(/[^\p{L}\p{N}_-]+/gu, '_');
  const exportChanges = () =>
    downloadBlob(
      env,
      new Blob(
        [
          ...csvChunks(
            CHANGE_HEADER.map((h) => t(`dashCsv_${h}`)),
            changeRows(listings, fieldName),
          ),
        ],
        { type: 'text/csv;charset=utf-8' },
      ),
      `zhide-audit-changes-${slug}.csv`,
    );
  const exportSnapshot = () =>
    downloadBlob(
      env,
      new Blob(
        [
          ...csvChunks(
            SNAPSHOT_HEADER.map((h) => t(`dashCsv_${h}`)),
            snapshotRows(listings),
          ),
        ],
        { type: 'text/csv;charset=utf-8' },
      ),
      `zhide-audit-side-by-side-${slug}.csv`,
    );
  const exportJson = () =>
    downloadBlob(
      env,
      new Blob([JSON.stringify({ format: 'zhide-audit', version: 1, group, at, listings }, null, 2)], {
        type: 'application/json',
      }),
      `zhide-audit-${slug}.json`,
    );

  if (!watches) return <p class="muted">{t('dashLoading')}</p>;
  if (!groups.length)
    return (
      <section>
        <h2>{t('dashAudit')}</h2>
        <p class="muted">{t('dashAuditEmpty')}</p>
      </section>
    );

  return (
    <section aria-labelledby="audit-h" data-testid="audit">
      <h2 id="audit-h">{t('dashAudit')}</h2>
      <div class="toolbar">
        <label>
          {t('dashGroup')}{' '}
          <select
            value={group}
            onChange={(e) => {
              location.hash = routeHref({ view: 'audit', group: (e.currentTarget as HTMLSelectElement).value });
            }}
            data-testid="audit-group"
          >
            {groups.map((g) => (
              <option key={g} value={g}>
                {g === UNGROUPED ? t('dashUngrouped') : g}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dashAsOf')}{' '}
          <input
            type="date"
            value={day}
            max={isoDay(now())}
            onChange={(e) => setDay((e.currentTarget as HTMLInputElement).value || isoDay(now()))}
            data-testid="audit-date"
          />
        </label>
        <button type="button" onClick={exportChanges} data-testid="audit-csv">
          {t('dashExportChangesCsv')}
        </button>
        <button type="button" onClick={exportSnapshot} data-testid="audit-snapshot-csv">
          {t('dashExportSideBySideCsv')}
        </button>
        <button type="button" onClick={exportJson} data-testid="audit-json">
          {t('dashExportJson')}
        </button>
      </div>

      <h3>{t('dashSideBySide', formatDate(at, locale))}</h3>
      <div class="scroll-x">
        <table class="grid side" data-testid="side-by-side">
          <thead>
            <tr>
              <th>{t('colProduct')}</th>
              <th class="num">{t('dashField_price')}</th>
              <th class="num">{t('dashField_listPrice')}</th>
              <th class="num">{t('dashField_effectivePrice')}</th>
              <th>{t('dashField_coupons')}</th>
              <th class="num">{t('dashField_rating')}</th>
              <th class="num">{t('dashField_reviewCount')}</th>
              <th class="num">{t('dashVelocity')}</th>
              <th class="num">{t('dashField_stock')}</th>
              <th class="num">{t('dashField_sales')}</th>
              <th class="num">{t('dashVariants')}</th>
            </tr>
          </thead>
          <tbody>
            {listings.map((l) => {
              const s = l.snapshot;
              return (
                <tr key={l.key}>
                  <td class="clip">
                    <a href={routeHref({ view: 'product', key: l.key })}>{s.title ?? l.title ?? l.key}</a>{' '}
                    <span class="muted">{l.site}</span>
                  </td>
                  <td class="num">{value(s.price)}</td>
                  <td class="num">{value(s.listPrice)}</td>
                  <td class="num">{value(s.effectivePrice)}</td>
                  <td>{value(s.coupons)}</td>
                  <td class="num">{value(s.rating)}</td>
                  <td class="num">{value(s.reviewCount)}</td>
                  <td class="num">
                    {s.velocity ? formatNumber(Math.round(s.velocity.perWeek * 10) / 10, locale) : '—'}
                  </td>
                  <td class="num">{value(s.stock)}</td>
                  <td class="num">{value(s.sales)}</td>
                  <td class="num">{s.variants}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {listings.map((l) => {
        const href = safeLink(l.url);
        return (
          <article key={l.key} class="listing" data-key={l.key}>
            <h3>
              {l.title ?? l.key}{' '}
              {href ? (
                <a href={href} target="_blank" rel="noreferrer noopener" class="muted">
                  ↗
                </a>
              ) : null}
            </h3>
            <ul class="checklist plain" aria-label={t('dashChecklist')}>
              {l.checklist.map((c) => (
                <li key={c.id} class={`check-${c.state}`}>
                  <span class={`chip state-${c.state}`}>{t(`dashState_${c.state}`)}</span> {t(`dashCheckItem_${c.id}`)}
                  {c.value !== undefined
                    ? ` · ${
                        c.id === 'detailedReviews'
                          ? `${Math.round(c.value * 100)}%`
                          : c.id === 'comparisonPrice'
                            ? t(
                                'dashHighestCharged',
                                formatMoney(
                                  {
                                    amount: c.value,
                                    currency: l.snapshot.listPrice?.currency ?? l.snapshot.price?.currency ?? 'CNY',
                                  },
                                  locale,
                                ),
                              )
                            : formatNumber(c.value, locale)
                      }`
                    : ''}
                </li>
              ))}
            </ul>
            <details open={l.changes.length <= 12}>
              <summary>{t('dashChangeLog', l.changes.length)}</summary>
              {l.changes.length ? (
                <table class="grid changes">
                  <thead>
                    <tr>
                      <th>{t('dashColWhen')}</th>
                      <th>{t('dashColField')}</th>
                      <th>{t('dashColVariant')}</th>
                      <th>{t('dashColFrom')}</th>
                      <th>{t('dashColTo')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...l.changes]
                      .reverse()
                      .slice(0, 500)
                      .map((c, i) => (
                        <tr key={`${c.at}-${c.field}-${i}`}>
                          <td>{formatDate(c.at, locale, true)}</td>
                          <td>{fieldName(c.field)}</td>
                          <td>{c.variantKey || '—'}</td>
                          <td>{c.field === 'variant' ? '' : value(c.from)}</td>
                          <td>{value(c.to)}</td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              ) : (
                <p class="muted">{t('dashNoChanges')}</p>
              )}
            </details>
          </article>
        );
      })}
    </section>
  );
}
