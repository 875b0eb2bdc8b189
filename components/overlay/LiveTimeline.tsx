import { useState } from 'preact/hooks';
import type { ProductView } from '../../lib/messaging/protocol';
import type { Money } from '../../lib/model/money';
import { formatMoney, formatTime } from '../shared/format';
import { useI18n } from '../shared/i18n';

/** One product of the room as the timeline shows it. */
export interface LiveItem {
  productKey: string;
  title?: string;
  price: Money;
  listPrice?: Money;
  /** Presentation (讲解中) starts, oldest first. */
  presentedAt: number[];
  explaining: boolean;
}

export interface LiveTimelineProps {
  host?: string;
  items: LiveItem[];
  views: Record<string, ProductView>;
  initiallyOpen?: boolean;
}

/**
 * The live-room overlay: every product the room showed, in the order they
 * were presented, with the live price, the verdict on its comparison price,
 * the shelf price where seen, and the host's record in this room.
 */
export function LiveTimeline({ host, items, views, initiallyOpen = false }: LiveTimelineProps) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(initiallyOpen);
  const m = (x: Money) => formatMoney(x, locale);
  const sorted = [...items].sort((a, b) => (a.presentedAt[0] ?? Infinity) - (b.presentedAt[0] ?? Infinity));
  const misleading = items.filter((i) =>
    views[i.productKey]?.value?.checks.some((c) => c.status === 'misleading'),
  ).length;
  const checked = items.filter((i) => views[i.productKey]?.value?.checks.some((c) => c.status !== 'unknown')).length;

  if (!open) {
    return (
      <div class="frame" style={{ right: '16px', bottom: '16px' }}>
        <button type="button" class="badge" aria-expanded="false" onClick={() => setOpen(true)}>
          <span class="brand">{t('overlayTitle')}</span>
          <span data-testid="live-count">{t('liveProducts', items.length)}</span>
          {misleading ? <span class="chip v-high">{t('liveMisleading', misleading)}</span> : null}
        </button>
      </div>
    );
  }
  return (
    <div class="frame" style={{ right: '16px', bottom: '16px' }}>
      <section
        class="panel"
        role="dialog"
        aria-label={t('liveTitle')}
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
        }}
      >
        <header>
          <span class="brand">{t('liveTitle')}</span>
          <span class="spacer" />
          <button type="button" class="icon" aria-label={t('overlayCollapse')} onClick={() => setOpen(false)}>
            ×
          </button>
        </header>
        {host ? (
          <p class="muted" data-testid="live-host">
            {t('liveHostRecord', host, misleading, checked)}
          </p>
        ) : null}
        <ol class="list timeline" data-testid="live-timeline">
          {sorted.map((it) => {
            const view = views[it.productKey];
            const check = view?.value?.checks.find((c) => c.rule === 'cn7') ?? view?.value?.checks[0];
            const shelf = view?.elsewhere?.find((o) => o.context === 'shelf');
            return (
              <li key={it.productKey} class={it.explaining ? 'now' : ''} data-key={it.productKey}>
                <div class="title">
                  {it.explaining ? <span class="chip v-low">{t('liveExplaining')}</span> : null}{' '}
                  {it.title ?? it.productKey}
                </div>
                <div>
                  <strong>{m(it.price)}</strong>
                  {it.listPrice ? <s class="muted">{m(it.listPrice)}</s> : null}
                  {check ? <span class={`chip s-${check.status}`}> {t(`status_${check.status}`)}</span> : null}
                  {shelf ? <span class="muted"> · {t('liveShelf', m(shelf.price))}</span> : null}
                </div>
                {it.presentedAt.length ? (
                  <div class="muted">
                    {t('livePresented', it.presentedAt.map((at) => formatTime(at, locale)).join(', '))}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
