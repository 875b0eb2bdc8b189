// biome-ignore-all lint/a11y/useSemanticElements: a virtualised list positions rows absolutely, so it is built from divs with ARIA table roles
// biome-ignore-all lint/a11y/useFocusableInteractive: table cells and headers are not interactive
import { useEffect, useMemo, useState } from 'preact/hooks';
import { csvChunks } from '../../lib/db/csv';
import { recentProducts } from '../../lib/db/queries';
import { minorToDecimal } from '../../lib/model/money';
import type { Product } from '../../lib/model/schema';
import { formatDate, formatMoney, formatNumber } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { useLiveQuery } from '../shared/useLiveQuery';
import { GRADES, listGrade, listVerdict, VERDICTS } from './analysis';
import { downloadBlob, isoDay, useEnv } from './env';
import { routeHref } from './router';
import { DEFAULT_QUERY, isDefaultQuery, type ProductQuery, queryProducts, type SortKey } from './search';
import { VirtualList } from './VirtualList';

/** Rows of the first paint: one indexed query on `lastSeenAt`. */
export const FIRST_PAGE = 60;
export const ROW_HEIGHT = 36;

const SORTS: SortKey[] = ['lastSeen', 'price', 'lowest', 'title', 'seen'];
const SEEN_WITHIN = [0, 1, 7, 30, 90, 365];

export function ProductsView() {
  const { t, locale } = useI18n();
  const env = useEnv();
  const { db, now } = env;
  const [q, setQ] = useState<ProductQuery>(DEFAULT_QUERY);
  const set = (patch: Partial<ProductQuery>) => setQ((prev) => ({ ...prev, ...patch }));

  // First paint: one page from the lastSeenAt index (and the table's count for the scroll height).
  const first = useLiveQuery(async () => {
    const [rows, count] = await Promise.all([recentProducts(db, FIRST_PAGE), db.products.count()]);
    return { rows, count };
  }, [db]);
  // For the benchmark: the first rows are on screen.
  useEffect(() => {
    if (first?.rows.length && !performance.getEntriesByName('zhide:dashboard:rows').length) {
      requestAnimationFrame(() => performance.mark('zhide:dashboard:rows'));
    }
  }, [first]);
  // Then everything, for search, filters and other sorts; started after the first page is on screen.
  const [wantAll, setWantAll] = useState(false);
  useEffect(() => {
    if (!first || wantAll) return;
    const id = setTimeout(() => setWantAll(true), 0);
    return () => clearTimeout(id);
  }, [first, wantAll]);
  const all = useLiveQuery(async () => (wantAll ? await db.products.toArray() : undefined), [db, wantAll]);
  const watchedKeys = useLiveQuery(() => db.watches.toCollection().primaryKeys(), [db]);
  const watched = useMemo(() => new Set<string>(watchedKeys as string[] | undefined), [watchedKeys]);

  const at = now();
  const shown = useMemo(() => (all ? queryProducts(all, q, watched, at) : undefined), [all, q, watched]);
  const sites = useMemo(() => [...new Set((all ?? first?.rows ?? []).map((p) => p.site))].sort(), [all, first]);
  const [height, setHeight] = useState(() => Math.max(320, (globalThis.innerHeight || 800) - 250));
  useEffect(() => {
    const on = () => setHeight(Math.max(320, window.innerHeight - 250));
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);

  if (!first) return <p class="muted">{t('dashLoading')}</p>;
  if (first.count === 0) return <p class="muted">{t('dashEmpty')}</p>;

  // Until everything is loaded, the default view shows the first page with placeholders below it.
  const items: readonly Product[] = shown ?? (isDefaultQuery(q) ? first.rows : []);
  const count = shown ? shown.length : isDefaultQuery(q) ? first.count : 0;

  const exportCsv = () => {
    const header = [
      t('colProduct'),
      t('colSite'),
      t('dashColKey'),
      t('colPrice'),
      t('dashColCurrency'),
      t('colLowest'),
      t('dashColVerdict'),
      t('colSeen'),
      t('colLastSeen'),
      'URL',
    ];
    const rows = items.map((p) => [
      p.title ?? '',
      p.site,
      p.key,
      p.lastPrice ? minorToDecimal(p.lastPrice.amount, p.lastPrice.currency) : '',
      p.lastPrice?.currency ?? '',
      p.lowest ? minorToDecimal(p.lowest.amount, p.lowest.currency) : '',
      t(`dashVerdict_${listVerdict(p)}`),
      p.seenCount,
      new Date(p.lastSeenAt).toISOString(),
      p.url,
    ]);
    downloadBlob(
      env,
      new Blob([...csvChunks(header, rows)], { type: 'text/csv;charset=utf-8' }),
      `zhide-products-${isoDay(at)}.csv`,
    );
  };

  return (
    <section class="products" aria-labelledby="products-h">
      <h2 id="products-h">{t('dashProducts')}</h2>
      <div class="toolbar" role="search">
        <input
          type="search"
          class="grow"
          placeholder={t('dashSearchPlaceholder')}
          aria-label={t('dashSearch')}
          value={q.text}
          onInput={(e) => set({ text: (e.currentTarget as HTMLInputElement).value })}
          data-testid="product-search"
        />
        <label>
          {t('dashSortBy')}{' '}
          <select
            value={q.sort}
            onChange={(e) => set({ sort: (e.currentTarget as HTMLSelectElement).value as SortKey })}
            data-testid="product-sort"
          >
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`dashSort_${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => set({ desc: !q.desc })}
          aria-label={q.desc ? t('dashSortDesc') : t('dashSortAsc')}
          title={q.desc ? t('dashSortDesc') : t('dashSortAsc')}
        >
          {q.desc ? '↓' : '↑'}
        </button>
        <select
          value={q.site}
          onChange={(e) => set({ site: (e.currentTarget as HTMLSelectElement).value })}
          aria-label={t('colSite')}
          data-testid="filter-site"
        >
          <option value="">{t('dashAllSites')}</option>
          {sites.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <select
          value={q.verdict}
          onChange={(e) => set({ verdict: (e.currentTarget as HTMLSelectElement).value as ProductQuery['verdict'] })}
          aria-label={t('dashColVerdict')}
          data-testid="filter-verdict"
        >
          <option value="">{t('dashAllVerdicts')}</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {t(`dashVerdict_${v}`)}
            </option>
          ))}
        </select>
        <select
          value={q.grade}
          onChange={(e) => set({ grade: (e.currentTarget as HTMLSelectElement).value })}
          aria-label={t('dashColGrade')}
          data-testid="filter-grade"
        >
          <option value="">{t('dashAllGrades')}</option>
          {GRADES.map((g) => (
            <option key={g} value={g}>
              {g === 'none' ? t('dashGradeNone') : g}
            </option>
          ))}
        </select>
        <select
          value={String(q.seenWithinDays)}
          onChange={(e) => set({ seenWithinDays: Number((e.currentTarget as HTMLSelectElement).value) })}
          aria-label={t('colLastSeen')}
          data-testid="filter-seen"
        >
          {SEEN_WITHIN.map((d) => (
            <option key={d} value={d}>
              {d === 0 ? t('dashSeenAnyTime') : t('dashSeenWithinDays', d)}
            </option>
          ))}
        </select>
        <label>
          <input
            type="checkbox"
            checked={q.watchedOnly}
            onChange={(e) => set({ watchedOnly: (e.currentTarget as HTMLInputElement).checked })}
            data-testid="filter-watched"
          />{' '}
          {t('dashWatchedOnly')}
        </label>
        <button type="button" onClick={exportCsv} data-testid="products-csv">
          {t('dashExportCsv')}
        </button>
      </div>
      <p class="muted" aria-live="polite" data-testid="product-count">
        {shown || !isDefaultQuery(q)
          ? t('dashShowingOf', formatNumber(count, locale), formatNumber(first.count, locale))
          : t('dashProductCount', formatNumber(first.count, locale))}
      </p>
      <VirtualList
        items={items}
        count={count}
        rowHeight={ROW_HEIGHT}
        height={height}
        testId="product-table"
        label={t('dashProducts')}
        header={
          <>
            <span role="columnheader">{t('colProduct')}</span>
            <span role="columnheader">{t('colSite')}</span>
            <span role="columnheader" class="num">
              {t('colPrice')}
            </span>
            <span role="columnheader" class="num">
              {t('colLowest')}
            </span>
            <span role="columnheader">{t('dashColVerdict')}</span>
            <span role="columnheader">{t('dashColGrade')}</span>
            <span role="columnheader" class="num">
              {t('colSeen')}
            </span>
            <span role="columnheader">{t('colLastSeen')}</span>
          </>
        }
        renderRow={(p) =>
          p ? (
            <>
              <span role="cell" class="title" data-key={p.key}>
                {watched.has(p.key) ? (
                  <span class="star" title={t('dashWatched')}>
                    ★<span class="visually-hidden">{t('dashWatched')}</span>{' '}
                  </span>
                ) : null}
                <a href={routeHref({ view: 'product', key: p.key })}>{p.title ?? p.key}</a>
              </span>
              <span role="cell">{p.site}</span>
              <span role="cell" class="num">
                {p.lastPrice ? formatMoney(p.lastPrice, locale) : '—'}
              </span>
              <span role="cell" class="num">
                {p.lowest ? formatMoney(p.lowest, locale) : '—'}
              </span>
              <span role="cell">
                <span class={`chip verdict-${listVerdict(p)}`}>{t(`dashVerdict_${listVerdict(p)}`)}</span>
              </span>
              <span role="cell">{listGrade(p) ?? '—'}</span>
              <span role="cell" class="num">
                {formatNumber(p.seenCount, locale)}
              </span>
              <span role="cell">{formatDate(p.lastSeenAt, locale, true)}</span>
            </>
          ) : (
            <span role="cell" class="muted">
              …
            </span>
          )
        }
      />
    </section>
  );
}
