// biome-ignore-all lint/a11y/useSemanticElements: a virtualised list positions rows absolutely, so it is built from divs with ARIA table roles
// biome-ignore-all lint/a11y/useFocusableInteractive: table cells and headers are not interactive
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { MatchDecision } from '../../lib/db/db';
import { productHistory } from '../../lib/db/queries';
import { stripUndefined } from '../../lib/db/record';
import type { ProductView } from '../../lib/messaging/protocol';
import type { Money } from '../../lib/model/money';
import type { LiveSession, Observation, Product } from '../../lib/model/schema';
import { formatDate, formatMoney, formatNumber } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { safeLink } from '../shared/links';
import { useLiveQuery } from '../shared/useLiveQuery';
import { listVerdict } from './analysis';
import { useEnv } from './env';
import { type ChartSeries, PriceChart } from './PriceChart';
import { routeHref } from './router';
import { VirtualList } from './VirtualList';

/** Step series of one product's observations in one currency, one per variant. */
export function seriesOf(
  observations: readonly Observation[],
  currency: string,
  label: (variant: string) => string,
  idPrefix = '',
): ChartSeries[] {
  const byVariant = new Map<string, ChartSeries>();
  for (const o of observations) {
    if (!o.price || o.price.currency !== currency) continue;
    let s = byVariant.get(o.variantKey);
    if (!s) {
      s = { id: `${idPrefix}${o.variantKey}`, label: label(o.variantKey), points: [] };
      byVariant.set(o.variantKey, s);
    }
    s.points.push({ t: o.observedAt, p: o.price.amount });
    s.until = Math.max(s.until ?? 0, o.lastSeenAt);
  }
  for (const s of byVariant.values()) s.points.sort((a, b) => a.t - b.t);
  return [...byVariant.values()];
}

/** A proposed same-product-elsewhere, from the background's matching or a shared GTIN. */
interface Candidate {
  key: string;
  site: string;
  title?: string;
  url: string;
  price?: Money;
  score?: number;
  by: string;
}

const pair = (x: string, y: string) => (x < y ? { a: x, b: y } : { a: y, b: x });

export function ProductPage({ productKey }: { productKey: string }) {
  const { t, locale } = useI18n();
  const env = useEnv();
  const { db, now } = env;
  const product = useLiveQuery(() => db.products.get(productKey).then((p) => p ?? null), [db, productKey]);
  const observations = useLiveQuery(() => productHistory(db, productKey), [db, productKey]);
  const reviews = useLiveQuery(
    () => db.reviews.where('productKey').equals(productKey).limit(500).toArray(),
    [db, productKey],
  );
  const reviewCount = useLiveQuery(() => db.reviews.where('productKey').equals(productKey).count(), [db, productKey]);
  const watch = useLiveQuery(() => db.watches.get(productKey).then((w) => w ?? null), [db, productKey]);
  const sellerKey = product?.sellerKey;
  const seller = useLiveQuery(
    () => (sellerKey ? db.sellers.get(sellerKey).then((s) => s ?? null) : null),
    [db, sellerKey],
  );
  const sessionIds = useMemo(
    () => [...new Set((observations ?? []).map((o) => o.sessionId).filter((s): s is string => !!s))],
    [observations],
  );
  const sessions = useLiveQuery(
    () => db.liveSessions.bulkGet(sessionIds).then((l) => l.filter((s): s is LiveSession => !!s)),
    [db, sessionIds.join('\u0000')],
  );
  const decisions = useLiveQuery(async () => {
    const [as, bs] = await Promise.all([
      db.matches.where('a').equals(productKey).toArray(),
      db.matches.where('b').equals(productKey).toArray(),
    ]);
    return [...as, ...bs];
  }, [db, productKey]);
  const gtin = product?.gtin;
  const sameGtin = useLiveQuery(
    () => (gtin ? db.products.where('gtin').equals(gtin).limit(50).toArray() : []),
    [db, gtin],
  );
  const [view, setView] = useState<ProductView | null | undefined>();
  useEffect(() => {
    let live = true;
    setView(undefined);
    env.loadView?.(productKey).then(
      (v) => live && setView(v),
      () => live && setView(null),
    );
    return () => {
      live = false;
    };
  }, [productKey, observations?.length]);

  const confirmedKeys = useMemo(
    () => (decisions ?? []).filter((d) => d.decision === 'confirmed').map((d) => (d.a === productKey ? d.b : d.a)),
    [decisions, productKey],
  );
  const others = useLiveQuery(
    () =>
      Promise.all(
        confirmedKeys.map(async (k) => ({ product: await db.products.get(k), history: await productHistory(db, k) })),
      ),
    [db, confirmedKeys.join('\u0000')],
  );

  const currency = product?.lastPrice?.currency;
  const series = useMemo(() => {
    if (!observations || !currency) return [];
    const mine = seriesOf(observations, currency, (v) => (v ? `${product?.site} · ${v}` : (product?.site ?? '')), 'v:');
    const theirs = (others ?? []).flatMap(({ product: p, history }) =>
      p ? seriesOf(history, currency, (v) => (v ? `${p.site} · ${v}` : p.site), `s:${p.key}:`) : [],
    );
    return [...mine, ...theirs];
  }, [observations, others, currency, product?.site]);

  const candidates = useMemo(() => {
    const out = new Map<string, Candidate>();
    for (const e of view?.elsewhere ?? [])
      out.set(e.key, {
        key: e.key,
        site: e.site,
        ...(e.title ? { title: e.title } : {}),
        url: e.url,
        price: e.price,
        score: e.score,
        by: e.by,
      });
    for (const p of sameGtin ?? [])
      if (p.key !== productKey && !out.has(p.key))
        out.set(p.key, {
          key: p.key,
          site: p.site,
          ...(p.title ? { title: p.title } : {}),
          url: p.url,
          ...(p.lastPrice ? { price: p.lastPrice } : {}),
          by: 'gtin',
        });
    return out;
  }, [view, sameGtin, productKey]);
  const decidedProducts = useLiveQuery(
    () =>
      db.products
        .bulkGet((decisions ?? []).map((d) => (d.a === productKey ? d.b : d.a)))
        .then((l) => l.filter((p): p is Product => !!p)),
    [db, decisions, productKey],
  );
  for (const p of decidedProducts ?? [])
    if (!candidates.has(p.key))
      candidates.set(p.key, {
        key: p.key,
        site: p.site,
        ...(p.title ? { title: p.title } : {}),
        url: p.url,
        ...(p.lastPrice ? { price: p.lastPrice } : {}),
        by: 'confirmed',
      });

  if (product === undefined) return <p class="muted">{t('dashLoading')}</p>;
  if (product === null)
    return (
      <section>
        <p>{t('dashProductMissing')}</p>
        <a href={routeHref({ view: 'products' })}>{t('dashBackToProducts')}</a>
      </section>
    );

  const decide = async (other: string, decision: MatchDecision['decision'] | null) => {
    const k = pair(productKey, other);
    if (decision) await db.matches.put({ ...k, decision, at: now() });
    else await db.matches.delete([k.a, k.b] as never);
  };
  const startWatch = async () => {
    await db.watches.put(stripUndefined({ productKey, createdAt: now(), basePrice: product.lastPrice }));
  };
  const decisionOf = (other: string) =>
    decisions?.find((d) => (d.a === other && d.b === productKey) || (d.b === other && d.a === productKey))?.decision;
  const rows = [...(observations ?? [])].reverse();
  const link = safeLink(product.url);

  return (
    <article class="product-page" data-testid="product-page">
      <p>
        <a href={routeHref({ view: 'products' })}>← {t('dashBackToProducts')}</a>
      </p>
      <header class="product-head">
        <div>
          <h2 class="product-title">{product.title ?? product.key}</h2>
          <p class="muted">
            {product.site} · {product.brand ? `${product.brand} · ` : ''}
            <code>{product.key}</code>
            {link ? (
              <>
                {' · '}
                <a href={link} target="_blank" rel="noreferrer noopener">
                  {t('dashOpenListing')}
                </a>
              </>
            ) : null}
          </p>
        </div>
        <div class="stats">
          <div>
            <span class="muted">{t('colPrice')}</span>
            <strong>{product.lastPrice ? formatMoney(product.lastPrice, locale) : '—'}</strong>
          </div>
          <div>
            <span class="muted">{t('colLowest')}</span>
            <strong>{product.lowest ? formatMoney(product.lowest, locale) : '—'}</strong>
          </div>
          <div>
            <span class="muted">{t('dashColVerdict')}</span>
            <strong data-testid="product-verdict">
              {t(`dashVerdict_${view?.value?.verdict ?? listVerdict(product)}`)}
            </strong>
          </div>
          <div>
            <span class="muted">{t('dashColGrade')}</span>
            <strong data-testid="product-grade">{view?.trust?.grade ?? '—'}</strong>
          </div>
          <div>
            {watch ? (
              <a href={routeHref({ view: 'watch' })} data-testid="watching">
                ★ {t('dashWatching')}
              </a>
            ) : (
              <button type="button" class="primary" onClick={startWatch} data-testid="watch-button">
                ☆ {t('dashWatch')}
              </button>
            )}
          </div>
        </div>
      </header>

      <section aria-labelledby="h-history">
        <h3 id="h-history">{t('dashPriceHistory')}</h3>
        {currency ? (
          <PriceChart series={series} currency={currency} now={now()} />
        ) : (
          <p class="muted">{t('dashChartEmpty')}</p>
        )}
      </section>

      {view?.value?.checks.length ? (
        <section aria-labelledby="h-checks">
          <h3 id="h-checks">{t('dashDiscountChecks')}</h3>
          <ul class="plain">
            {view.value.checks.map((c) => (
              <li key={c.rule}>
                <span class={`chip check-${c.status}`}>{t(`dashCheck_${c.status}`)}</span> {t(`dashRule_${c.rule}`)} ·{' '}
                {formatMoney(c.claimed, locale)}
                {c.lowest ? ` · ${t('dashLowestInDays', c.windowDays)} ${formatMoney(c.lowest, locale)}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="h-obs">
        <h3 id="h-obs">{t('dashObservations', formatNumber(rows.length, locale))}</h3>
        <VirtualList
          items={rows}
          rowHeight={32}
          height={Math.min(360, 32 * Math.max(1, rows.length))}
          testId="observation-table"
          label={t('dashObservations', rows.length)}
          header={
            <>
              <span role="columnheader">{t('dashColWhen')}</span>
              <span role="columnheader">{t('dashColVariant')}</span>
              <span role="columnheader" class="num">
                {t('colPrice')}
              </span>
              <span role="columnheader" class="num">
                {t('dashColListPrice')}
              </span>
              <span role="columnheader">{t('dashColOffer')}</span>
              <span role="columnheader" class="num">
                {t('colSeen')}
              </span>
              <span role="columnheader">{t('dashColSource')}</span>
            </>
          }
          renderRow={(o) =>
            o ? (
              <>
                <span role="cell">{formatDate(o.observedAt, locale, true)}</span>
                <span role="cell">{o.variantKey || '—'}</span>
                <span role="cell" class="num">
                  {o.price ? formatMoney(o.price, locale) : '—'}
                </span>
                <span role="cell" class="num">
                  {o.listPrice ? formatMoney(o.listPrice, locale) : '—'}
                </span>
                <span role="cell" class="clip">
                  {[
                    o.effectivePrice ? formatMoney(o.effectivePrice, locale) : '',
                    ...(o.coupons ?? []),
                    o.availability ?? '',
                  ]
                    .filter(Boolean)
                    .join(' · ') || '—'}
                </span>
                <span role="cell" class="num">
                  ×{o.seenCount}
                </span>
                <span role="cell" class="clip">
                  {safeLink(o.url) ? (
                    <a href={safeLink(o.url)} target="_blank" rel="noreferrer noopener" title={o.url}>
                      {t(`dashContext_${o.context}`)}
                    </a>
                  ) : (
                    o.url
                  )}
                </span>
              </>
            ) : null
          }
        />
      </section>

      <section aria-labelledby="h-elsewhere">
        <h3 id="h-elsewhere">{t('dashElsewhere')}</h3>
        {candidates.size ? (
          <ul class="plain matches" data-testid="matches">
            {[...candidates.values()].map((c) => {
              const d = decisionOf(c.key);
              const href = safeLink(c.url);
              return (
                <li key={c.key} data-key={c.key}>
                  <a href={routeHref({ view: 'product', key: c.key })}>{c.title ?? c.key}</a>{' '}
                  <span class="muted">{c.site}</span> {c.price ? <strong>{formatMoney(c.price, locale)}</strong> : null}{' '}
                  <span class="muted">
                    {t(`dashMatchBy_${c.by}`)}
                    {c.score !== undefined ? ` · ${Math.round(c.score * 100)}%` : ''}
                  </span>
                  {href ? (
                    <>
                      {' '}
                      <a href={href} target="_blank" rel="noreferrer noopener">
                        ↗
                      </a>
                    </>
                  ) : null}{' '}
                  {d ? (
                    <>
                      <span class={`chip decision-${d}`}>{t(`dashMatch_${d}`)}</span>{' '}
                      <button type="button" onClick={() => decide(c.key, null)}>
                        {t('dashUndo')}
                      </button>
                    </>
                  ) : (
                    <>
                      <button type="button" onClick={() => decide(c.key, 'confirmed')}>
                        {t('dashConfirmMatch')}
                      </button>{' '}
                      <button type="button" onClick={() => decide(c.key, 'rejected')}>
                        {t('dashRejectMatch')}
                      </button>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        ) : (
          <p class="muted">{t('dashNoMatches')}</p>
        )}
      </section>

      <section aria-labelledby="h-reviews">
        <h3 id="h-reviews">{t('dashReviews', formatNumber(reviewCount ?? 0, locale))}</h3>
        {view?.trust ? (
          <div class="trust" data-testid="trust">
            <p>
              {t('dashColGrade')}: <strong>{view.trust.grade ?? t('dashGradeNone')}</strong>{' '}
              {view.trust.adjustedRating !== undefined
                ? t('dashAdjustedRating', view.trust.adjustedRating.toFixed(1))
                : ''}
            </p>
            <ul class="plain">
              {view.trust.reasons.map((r) => (
                <li key={r.id}>
                  <span class={`chip reason-${r.verdict}`}>{t(`dashReason_${r.verdict}`)}</span>{' '}
                  {t(r.key, ...Object.values(r.params ?? {}))}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {reviews?.length ? (
          <ul class="plain reviews">
            {reviews.slice(0, 200).map((r) => (
              <li key={r.id}>
                <span class="muted">
                  {r.rating !== undefined ? `★ ${r.rating}${r.best ? `/${r.best}` : ''} · ` : ''}
                  {r.date ? `${formatDate(r.date, locale)} · ` : ''}
                  {r.author ?? ''}
                  {r.verified ? ` · ${t('dashVerified')}` : ''}
                  {r.media ? ` · ${t('dashMedia', r.media)}` : ''}
                </span>
                <div class="review-text">{r.text}</div>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('dashNoReviews')}</p>
        )}
      </section>

      <section aria-labelledby="h-seller">
        <h3 id="h-seller">{t('dashSellerAndHosts')}</h3>
        {seller ? (
          <p data-testid="seller">
            {safeLink(seller.url ?? '') ? (
              <a href={safeLink(seller.url ?? '')} target="_blank" rel="noreferrer noopener">
                {seller.name ?? seller.key}
              </a>
            ) : (
              (seller.name ?? seller.key)
            )}{' '}
            <span class="muted">
              {(seller.scores ?? []).map((s) => `${s.name} ${s.value}/${s.best}`).join(' · ')} ·{' '}
              {t('dashSeenBetween', formatDate(seller.firstSeenAt, locale), formatDate(seller.lastSeenAt, locale))}
            </span>
          </p>
        ) : (
          <p class="muted">{t('dashNoSeller')}</p>
        )}
        {sessions?.length ? (
          <ul class="plain">
            {sessions.map((s) => (
              <li key={s.id}>
                {s.platform} · {s.hostName ?? s.hostId ?? s.roomId} · {s.title ?? ''}{' '}
                <span class="muted">{formatDate(s.startedAt, locale, true)}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </article>
  );
}
