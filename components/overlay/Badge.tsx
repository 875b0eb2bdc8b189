import type { Ref } from 'preact';
import type { ProductView } from '../../lib/messaging/protocol';
import type { Money } from '../../lib/model/money';
import { formatMoney } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { Sparkline } from '../shared/Sparkline';

export function Badge({
  view,
  price,
  loading,
  onOpen,
  onPointerDown,
  buttonRef,
}: {
  view: ProductView | null;
  price?: Money;
  loading: boolean;
  onOpen: () => void;
  onPointerDown: (e: PointerEvent) => void;
  buttonRef: Ref<HTMLButtonElement>;
}) {
  const { t, locale } = useI18n();
  const verdict = view?.value?.verdict;
  const grade = view?.trust ? (view.trust.grade ?? '?') : undefined;
  return (
    <button
      ref={buttonRef}
      type="button"
      class="badge"
      aria-expanded="false"
      aria-label={`${t('overlayOpen')}${verdict ? ` · ${t(`verdict_${verdict}`)}` : ''}${grade ? ` · ${t('gradeLabel', grade)}` : ''}`}
      onClick={onOpen}
      onPointerDown={onPointerDown}
    >
      <span class="brand">{t('overlayTitle')}</span>
      <span class="badge-price" data-testid="badge-price">
        {price ? formatMoney(price, locale) : loading ? '…' : '—'}
      </span>
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
