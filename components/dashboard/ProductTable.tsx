import type { Product } from '../../lib/model/schema';
import { formatDate, formatMoney, formatNumber } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { safeLink } from '../shared/links';

export function ProductTable({ products }: { products: Product[] }) {
  const { t, locale } = useI18n();
  if (!products.length) return <p class="muted">{t('dashEmpty')}</p>;
  return (
    <table data-testid="product-table">
      <thead>
        <tr>
          <th>{t('colProduct')}</th>
          <th>{t('colSite')}</th>
          <th class="num">{t('colPrice')}</th>
          <th class="num">{t('colLowest')}</th>
          <th class="num">{t('colSeen')}</th>
          <th>{t('colLastSeen')}</th>
        </tr>
      </thead>
      <tbody>
        {products.map((p) => (
          <tr key={p.key} data-key={p.key}>
            <td>
              <a href={safeLink(p.url)} target="_blank" rel="noreferrer noopener">
                {p.title ?? p.key}
              </a>
            </td>
            <td>{p.site}</td>
            <td class="num">{p.lastPrice ? formatMoney(p.lastPrice, locale) : '—'}</td>
            <td class="num">{p.lowest ? formatMoney(p.lowest, locale) : '—'}</td>
            <td class="num">{formatNumber(p.seenCount, locale)}</td>
            <td>{formatDate(p.lastSeenAt, locale, true)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
