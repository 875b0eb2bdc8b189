import { useState } from 'preact/hooks';
import { stripUndefined } from '../../lib/db/record';
import { decimalToMinor, minorToDecimal } from '../../lib/model/money';
import { type Product, type Watch, WatchSchema } from '../../lib/model/schema';
import { formatDate, formatMoney } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { useLiveQuery } from '../shared/useLiveQuery';
import { useEnv } from './env';
import { routeHref } from './router';

/** Background refresh choices, minutes (0 = off; the schema's minimum is 30). */
export const REFRESH_CHOICES = [0, 30, 60, 180, 360, 720, 1440];

export function WatchView() {
  const { t, locale } = useI18n();
  const { db } = useEnv();
  const data = useLiveQuery(async () => {
    const watches = await db.watches.orderBy('createdAt').reverse().toArray();
    const products = await db.products.bulkGet(watches.map((w) => w.productKey));
    return watches.map((w, i) => ({ watch: w, product: products[i] }));
  }, [db]);
  const alerts = useLiveQuery(() => db.alerts.orderBy('at').reverse().limit(500).toArray(), [db]);
  const alertProducts = useLiveQuery(async () => {
    const keys = [...new Set((alerts ?? []).map((a) => a.productKey))];
    const ps = await db.products.bulkGet(keys);
    return new Map(ps.filter((p): p is Product => !!p).map((p) => [p.key, p]));
  }, [db, alerts]);

  return (
    <section aria-labelledby="watch-h">
      <h2 id="watch-h">{t('dashWatchlist')}</h2>
      {!data ? (
        <p class="muted">{t('dashLoading')}</p>
      ) : data.length === 0 ? (
        <p class="muted">{t('dashNoWatches')}</p>
      ) : (
        <ul class="plain watches" data-testid="watch-list">
          {data.map(({ watch, product }) => (
            <WatchItem key={watch.productKey} watch={watch} product={product} />
          ))}
        </ul>
      )}
      <h2 id="alerts-h">{t('dashAlerts')}</h2>
      {alerts?.length ? (
        <>
          <button
            type="button"
            onClick={() => db.alerts.where('at').aboveOrEqual(0).modify({ seen: true })}
            data-testid="alerts-seen"
          >
            {t('dashMarkAllSeen')}
          </button>
          <table class="grid" aria-labelledby="alerts-h" data-testid="alert-table">
            <thead>
              <tr>
                <th>{t('dashColWhen')}</th>
                <th>{t('colProduct')}</th>
                <th>{t('dashColAlert')}</th>
                <th class="num">{t('colPrice')}</th>
              </tr>
            </thead>
            <tbody>
              {alerts.map((a) => (
                <tr key={a.id} class={a.seen ? '' : 'unseen'}>
                  <td>{formatDate(a.at, locale, true)}</td>
                  <td>
                    <a href={routeHref({ view: 'product', key: a.productKey })}>
                      {alertProducts?.get(a.productKey)?.title ?? a.productKey}
                    </a>
                  </td>
                  <td>
                    {t(`dashAlert_${a.kind}`)}
                    {a.seen ? '' : ` · ${t('dashNew')}`}
                  </td>
                  <td class="num">{a.price ? formatMoney(a.price, locale) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p class="muted">{t('dashNoAlerts')}</p>
      )}
    </section>
  );
}

function WatchItem({ watch, product }: { watch: Watch; product: Product | undefined }) {
  const { t, locale } = useI18n();
  const { db } = useEnv();
  const currency = watch.targetPrice?.currency ?? watch.basePrice?.currency ?? product?.lastPrice?.currency ?? 'CNY';
  const [target, setTarget] = useState(
    watch.targetPrice ? minorToDecimal(watch.targetPrice.amount, watch.targetPrice.currency) : '',
  );
  const [drop, setDrop] = useState(watch.dropPercent !== undefined ? String(watch.dropPercent) : '');
  const [restock, setRestock] = useState(!!watch.restock);
  const [refresh, setRefresh] = useState(watch.refreshMinutes ?? 0);
  const [group, setGroup] = useState(watch.group ?? '');
  const [note, setNote] = useState(watch.note ?? '');
  const [error, setError] = useState('');
  const [saved, setSaved] = useState(false);

  const save = async (e: Event) => {
    e.preventDefault();
    setSaved(false);
    const amount = target.trim() ? decimalToMinor(target.trim(), currency) : undefined;
    if (target.trim() && amount === undefined) return setError(t('dashBadPrice'));
    const dropN = drop.trim() ? Number(drop) : undefined;
    const next = stripUndefined({
      productKey: watch.productKey,
      createdAt: watch.createdAt,
      basePrice: watch.basePrice ?? product?.lastPrice,
      targetPrice: amount !== undefined ? { amount, currency } : undefined,
      dropPercent: dropN,
      restock: restock || undefined,
      refreshMinutes: refresh || undefined,
      group: group.trim() || undefined,
      note: note.trim() || undefined,
    });
    const parsed = WatchSchema.safeParse(next);
    if (!parsed.success) return setError(t('dashBadWatch', parsed.error.issues[0]?.path?.join('.') ?? ''));
    setError('');
    await db.watches.put(parsed.data);
    setSaved(true);
  };

  return (
    <li class="watch" data-key={watch.productKey}>
      <div class="watch-head">
        <a href={routeHref({ view: 'product', key: watch.productKey })}>{product?.title ?? watch.productKey}</a>{' '}
        <span class="muted">
          {product?.site} · {product?.lastPrice ? formatMoney(product.lastPrice, locale) : '—'} ·{' '}
          {t('dashWatchedSince', formatDate(watch.createdAt, locale))}
        </span>
      </div>
      <form class="watch-form" onSubmit={save}>
        <label>
          {t('dashTargetPrice', currency)}
          <input
            inputMode="decimal"
            value={target}
            onInput={(e) => setTarget((e.currentTarget as HTMLInputElement).value)}
            name="target"
          />
        </label>
        <label>
          {t('dashDropPercent')}
          <input
            type="number"
            min="1"
            max="99"
            value={drop}
            onInput={(e) => setDrop((e.currentTarget as HTMLInputElement).value)}
            name="drop"
          />
        </label>
        <label class="inline">
          <input
            type="checkbox"
            checked={restock}
            onChange={(e) => setRestock((e.currentTarget as HTMLInputElement).checked)}
            name="restock"
          />{' '}
          {t('dashRestock')}
        </label>
        <label>
          {t('dashRefresh')}
          <select
            value={String(refresh)}
            onChange={(e) => setRefresh(Number((e.currentTarget as HTMLSelectElement).value))}
            name="refresh"
          >
            {REFRESH_CHOICES.map((m) => (
              <option key={m} value={m}>
                {m === 0 ? t('dashRefreshOff') : m < 60 ? t('dashEveryMinutes', m) : t('dashEveryHours', m / 60)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dashGroup')}
          <input
            value={group}
            onInput={(e) => setGroup((e.currentTarget as HTMLInputElement).value)}
            name="group"
            list="zhide-groups"
          />
        </label>
        <label class="grow">
          {t('dashNote')}
          <input value={note} onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)} name="note" />
        </label>
        <div class="actions">
          <button type="submit" class="primary">
            {t('dashSave')}
          </button>
          <button type="button" onClick={() => db.watches.delete(watch.productKey)}>
            {t('dashUnwatch')}
          </button>
          {saved ? <span class="muted">{t('dashSaved')}</span> : null}
          {error ? (
            <span class="error" role="alert">
              {error}
            </span>
          ) : null}
        </div>
      </form>
    </li>
  );
}
