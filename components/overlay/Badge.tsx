import type { Ref } from 'preact';
import type { ProductView } from '../../lib/messaging/protocol';
import type { ListingView } from '../../lib/messaging/view';
import type { Money } from '../../lib/model/money';
import { formatMoney } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { Sparkline } from '../shared/Sparkline';

export function Badge({
  view,
  price,
  listing,
  loading,
  onOpen,
  onPointerDown,
  buttonRef,
}: {
  view: ProductView | null;
  price?: Money;
  /** A listing page: the badge counts its products and its cheaper ones instead of a price. */
  listing?: ListingView;
  loading: boolean;
  onOpen: () => void;
  onPointerDown: (e: PointerEvent) => void;
  buttonRef: Ref<HTMLButtonElement>;
}) {
  const { t, locale } = useI18n();
  const verdict = view?.value?.verdict;
  const grade = view?.trust ? (view.trust.grade ?? '?') : undefined;
  const counted = listing
    ? ` · ${t('badgeListing', listing.recorded)}${listing.dropCount ? ` · ${t('badgeDrops', listing.dropCount)}` : ''}`
    : '';
  return (
    <button
      ref={buttonRef}
      type="button"
      class="badge"
      aria-expanded="false"
      aria-label={`${t('overlayOpen')}${verdict ? ` · ${t(`verdict_${verdict}`)}` : ''}${grade ? ` · ${t('gradeLabel', grade)}` : ''}${counted}`}
      onClick={onOpen}
      onPointerDown={onPointerDown}
    >
      <span class="brand">{t('overlayTitle')}</span>
      {listing ? (
        <span class="badge-price" data-testid="badge-listing">
          {t('badgeListing', listing.recorded)}
        </span>
      ) : (
        <span class="badge-price" data-testid="badge-price">
          {price ? formatMoney(price, locale) : loading ? '…' : '—'}
        </span>
      )}
      {listing?.dropCount ? (
        <span class="chip v-low" data-testid="badge-drops">
          {t('badgeDrops', listing.dropCount)}
        </span>
      ) : null}
      {verdict ? (
        <span class={`chip v-${verdict}`} data-testid="badge-verdict">
          {t(`verdict_${verdict}`)}
        </span>
      ) : null}
      {grade ? (
        <span class={`chip g-${grade}`} data-testid="badge-grade">
          {grade}
        </span>
      ) : null}
      {view && view.points.length > 1 ? <Sparkline points={view.points} label={t('chartSpark')} /> : null}
    </button>
  );
}
