import { useState } from 'preact/hooks';
import type { ProductView } from '../../lib/messaging/protocol';
import type { DiscountCheck, Reason } from '../../lib/messaging/view';
import { decimalToMinor, type Money, minorToDecimal } from '../../lib/model/money';
import { formatDate, formatMoney } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { safeLink } from '../shared/links';
import { PriceChart } from '../shared/PriceChart';
import type { OverlayActions } from './Overlay';

/** The open panel's sections, each shown only when there is something to say. */
export function PanelBody({
  view,
  price,
  now,
  actions,
}: {
  view: ProductView | null;
  price?: Money;
  now: number;
  actions?: OverlayActions;
}) {
  const { t, locale } = useI18n();
  const product = view?.product;
  const value = view?.value;
  const m = (x: Money) => formatMoney(x, locale);
  const lowest30 = value?.windows.find((w) => w.days === 30);
  return (
    <>
      {product?.title ? <h2 class="title">{product.title}</h2> : null}
      {price ? (
        <dl class="prices">
          <div>
            <dt>{t('priceNow')}</dt>
            <dd data-testid="price-now">{m(price)}</dd>
          </div>
          {product?.lowest ? (
            <div>
              <dt>{t('priceLowest')}</dt>
              <dd data-testid="price-lowest">{m(product.lowest)}</dd>
            </div>
          ) : null}
          {product?.highest ? (
            <div>
              <dt>{t('priceHighest')}</dt>
              <dd data-testid="price-highest">{m(product.highest)}</dd>
            </div>
          ) : null}
        </dl>
      ) : (
        <p class="muted">{t('noPrice')}</p>
      )}
      {value ? (
        <p class={`verdict v-${value.verdict}`} data-testid="verdict">
          <strong>{t(`verdict_${value.verdict}`)}</strong>
          {value.verdict !== 'insufficient' ? (
            <span class="muted"> · {t('confidence', Math.round(value.confidence * 100))}</span>
          ) : (
            <span class="muted"> · {t('verdictNeedMore')}</span>
          )}
          {value.typical ? (
            <span class="muted"> · {t('typicalRange', m(value.typical.low), m(value.typical.high))}</span>
          ) : null}
          {lowest30?.lowest ? <span class="muted"> · {t('lowestNDays', 30, m(lowest30.lowest))}</span> : null}
        </p>
      ) : null}
      {view ? (
        <p class="muted" data-testid="seen-count">
          {view.seenCount > 1 ? t('seenTimes', view.seenCount) : t('seenOnce')}
          {product ? ` · ${t('firstSeen', formatDate(product.firstSeenAt, locale))}` : ''}
        </p>
      ) : null}
      {view && view.points.length > 1 && product?.lastPrice ? (
        <PriceChart
          points={view.points}
          currency={product.lastPrice.currency}
          now={now}
          {...(value?.typical ? { band: { low: value.typical.low.amount, high: value.typical.high.amount } } : {})}
        />
      ) : null}
      {value?.festivals.length ? (
        <ul class="list festivals">
          {value.festivals.map((f) => (
            <li key={`${f.festival}${f.year}`}>{t('festivalLow', t(`festival_${f.festival}`), f.year, m(f.lowest))}</li>
          ))}
        </ul>
      ) : null}
      {value?.checks.length ? (
        <section aria-labelledby="z-checks">
          <h3 id="z-checks">{t('checksTitle')}</h3>
          <ul class="list" data-testid="checks">
            {value.checks.map((c) => (
              <CheckRow key={c.rule} check={c} />
            ))}
          </ul>
        </section>
      ) : null}
      {value?.effective || value?.unit ? (
        <dl class="facts">
          {value.effective ? (
            <div data-testid="effective">
              <dt>{t('effectiveTitle')}</dt>
              <dd>
                {m(value.effective.price)} <span class="muted">{value.effective.applied.join(' + ')}</span>
              </dd>
            </div>
          ) : null}
          {value.unit ? (
            <div data-testid="unit-price">
              <dt>{t('unitTitle')}</dt>
              <dd>{t('unitPer', m(value.unit.price), value.unit.per)}</dd>
              {value.cheaperPerUnit ? (
                <dd class="muted" data-testid="cheaper-per-unit">
                  {t('cheaperPerUnit', m(value.cheaperPerUnit.unitPrice), value.cheaperPerUnit.per)}{' '}
                  <a href={safeLink(value.cheaperPerUnit.url)} target="_blank" rel="noreferrer noopener">
                    {value.cheaperPerUnit.title ?? value.cheaperPerUnit.site}
                  </a>{' '}
                  ({m(value.cheaperPerUnit.price)})
                </dd>
              ) : null}
            </div>
          ) : null}
        </dl>
      ) : null}
      {view?.elsewhere?.length ? (
        <section aria-labelledby="z-else">
          <h3 id="z-else">{t('elsewhereTitle')}</h3>
          <ul class="list" data-testid="elsewhere">
            {view.elsewhere.slice(0, 5).map((o) => (
              <li key={o.key}>
                <a href={safeLink(o.url)} target="_blank" rel="noreferrer noopener">
                  {o.site}
                  {o.context === 'live' ? ` · ${t('liveContext')}` : ''}
                </a>{' '}
                <strong>{m(o.price)}</strong> <span class="muted">{formatDate(o.at, locale)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {view?.trust ? <TrustSection trust={view.trust} /> : null}
      {product && actions?.onWatch ? <WatchForm view={view} price={price} actions={actions} /> : null}
    </>
  );
}

function CheckRow({ check }: { check: DiscountCheck }) {
  const { t, locale } = useI18n();
  const m = (x: Money) => formatMoney(x, locale);
  return (
    <li class={`check s-${check.status}`} data-rule={check.rule}>
      <span class="chip">{t(`status_${check.status}`)}</span> {t(`check_${check.rule}`)}
      <div class="muted">
        {check.status === 'unknown' && !check.lowest
          ? t('checkUnknown', m(check.claimed), check.windowDays)
          : t(
              'checkEvidence',
              m(check.claimed),
              check.lowest ? m(check.lowest) : '—',
              check.lowestAt ? formatDate(check.lowestAt, locale) : '—',
            )}
        {check.raisedBefore ? ` · ${t('raisedBefore')}` : ''}
      </div>
    </li>
  );
}

function ReasonList({ reasons }: { reasons: Reason[] }) {
  const { t } = useI18n();
  return (
    <ul class="list reasons">
      {reasons.map((r) => (
        <li key={r.id} class={`r-${r.verdict}`}>
          {t(r.key, ...Object.values(r.params ?? {}))}
        </li>
      ))}
    </ul>
  );
}

function TrustSection({ trust }: { trust: NonNullable<ProductView['trust']> }) {
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="z-trust" data-testid="trust">
      <h3 id="z-trust">
        {t('trustTitle')}{' '}
        <span class={`chip g-${trust.grade ?? 'none'}`} data-testid="grade">
          {trust.grade ?? '?'}
        </span>
      </h3>
      <p class="muted">
        {trust.grade ? t('trustBasedOn', trust.basedOn) : t('trustNotEnough', trust.basedOn)}
        {trust.adjustedRating !== undefined
          ? ` · ${t('adjustedRating', new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(trust.adjustedRating))}`
          : ''}
      </p>
      <ReasonList reasons={trust.reasons} />
      {trust.seller ? (
        <>
          <h3>
            {t('sellerTitle')} {trust.seller.name ? <span class="muted">{trust.seller.name}</span> : null}
          </h3>
          {trust.seller.scores.length ? (
            <ul class="list">
              {trust.seller.scores.map((s) => (
                <li key={s.name}>
                  {s.name}: <strong>{s.value}</strong>/{s.best}
                </li>
              ))}
            </ul>
          ) : null}
          <ReasonList reasons={trust.seller.reasons} />
        </>
      ) : null}
    </section>
  );
}

function WatchForm({ view, price, actions }: { view: ProductView | null; price?: Money; actions: OverlayActions }) {
  const { t, locale } = useI18n();
  const watch = view?.watch;
  const currency = price?.currency ?? view?.product.lastPrice?.currency;
  const [editing, setEditing] = useState(false);
  const [target, setTarget] = useState(() =>
    price && currency ? minorToDecimal(Math.round(price.amount * 0.9), currency) : '',
  );
  const [error, setError] = useState('');
  if (!currency) return null;
  if (watch && !editing) {
    return (
      <div class="watch" data-testid="watching">
        <span>{watch.targetPrice ? t('watchingBelow', formatMoney(watch.targetPrice, locale)) : t('watchingAny')}</span>
        <button type="button" onClick={() => void actions.onUnwatch?.()}>
          {t('unwatch')}
        </button>
      </div>
    );
  }
  if (!editing) {
    return (
      <div class="watch">
        <button type="button" class="primary" onClick={() => setEditing(true)} data-testid="watch-button">
          {t('watchButton')}
        </button>
      </div>
    );
  }
  return (
    <form
      class="watch"
      onSubmit={async (e) => {
        e.preventDefault();
        const amount = decimalToMinor(target.replace(',', '.'), currency);
        if (amount === undefined || amount <= 0) {
          setError(t('watchInvalid'));
          return;
        }
        await actions.onWatch?.({ amount, currency });
        setEditing(false);
      }}
    >
      <label>
        {t('watchTarget')}{' '}
        <input
          inputMode="decimal"
          value={target}
          onInput={(e) => setTarget((e.target as HTMLInputElement).value)}
          aria-invalid={!!error}
          data-testid="watch-target"
        />
      </label>
      <button type="submit" class="primary">
        {t('watchSave')}
      </button>
      {error ? <span class="error">{error}</span> : null}
    </form>
  );
}
