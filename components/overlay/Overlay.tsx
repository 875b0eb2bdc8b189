import { useEffect, useRef, useState } from 'preact/hooks';
import type { ProductView } from '../../lib/messaging/protocol';
import type { Money } from '../../lib/model/money';
import { formatDate, formatMoney } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { Sparkline } from '../shared/Sparkline';

export type OverlayState =
  | { kind: 'loading' }
  | { kind: 'ready'; view: ProductView | null; current?: Money; title?: string }
  | { kind: 'error'; message: string; current?: Money };

export interface OverlayProps {
  state: OverlayState;
  /** Start open instead of as a badge. */
  initiallyOpen?: boolean;
}

export function Overlay({ state, initiallyOpen = false }: OverlayProps) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(initiallyOpen);
  const panelRef = useRef<HTMLElement>(null);
  const badgeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) panelRef.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    // Give focus back to the badge so keyboard users stay where they were.
    queueMicrotask(() => badgeRef.current?.focus());
  };

  const current = state.kind === 'loading' ? undefined : state.current;
  const view = state.kind === 'ready' ? state.view : null;
  const product = view?.product;
  const price = current ?? product?.lastPrice;

  if (!open) {
    return (
      <button
        ref={badgeRef}
        type="button"
        class="badge"
        aria-expanded="false"
        aria-label={t('overlayOpen')}
        onClick={() => setOpen(true)}
      >
        <span class="brand">{t('overlayTitle')}</span>
        <span class="badge-price" data-testid="badge-price">
          {price ? formatMoney(price, locale) : state.kind === 'loading' ? '…' : '—'}
        </span>
        {view && view.points.length > 1 ? <Sparkline points={view.points} label={t('priceLowest')} /> : null}
      </button>
    );
  }

  return (
    <section
      ref={panelRef}
      class="panel"
      role="dialog"
      aria-label={t('overlayTitle')}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          close();
        }
      }}
    >
      <header>
        <span class="brand">{t('overlayTitle')}</span>
        <button type="button" class="icon" aria-label={t('overlayCollapse')} onClick={close}>
          ×
        </button>
      </header>
      {state.kind === 'loading' ? <p class="muted">{t('loading')}</p> : null}
      {state.kind === 'error' ? (
        <p class="error" role="alert">
          {t('errorSaving', state.message)}
        </p>
      ) : null}
      {product?.title ? <h2 class="title">{product.title}</h2> : null}
      {state.kind === 'ready' && !price ? <p class="muted">{t('noPrice')}</p> : null}
      {price ? (
        <dl class="prices">
          <div>
            <dt>{t('priceNow')}</dt>
            <dd data-testid="price-now">{formatMoney(price, locale)}</dd>
          </div>
          {product?.lowest ? (
            <div>
              <dt>{t('priceLowest')}</dt>
              <dd data-testid="price-lowest">{formatMoney(product.lowest, locale)}</dd>
            </div>
          ) : null}
          {product?.highest ? (
            <div>
              <dt>{t('priceHighest')}</dt>
              <dd data-testid="price-highest">{formatMoney(product.highest, locale)}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {view ? (
        <p class="muted" data-testid="seen-count">
          {view.seenCount > 1 ? t('seenTimes', view.seenCount) : t('seenOnce')}
          {product ? ` · ${t('firstSeen', formatDate(product.firstSeenAt, locale))}` : ''}
        </p>
      ) : null}
      {view && view.points.length > 1 ? (
        <Sparkline points={view.points} width={260} height={60} label={t('priceLowest')} />
      ) : null}
    </section>
  );
}
