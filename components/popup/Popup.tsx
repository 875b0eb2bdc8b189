import type { ProductView } from '../../lib/messaging/protocol';
import type { Product } from '../../lib/model/schema';
import { formatDate, formatMoney } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { safeLink } from '../shared/links';
import { Sparkline } from '../shared/Sparkline';

export interface SiteSwitches {
  host: string;
  enabled: boolean;
  overlay: boolean;
  onEnabled: (on: boolean) => void;
  onOverlay: (on: boolean) => void;
}

export interface PopupProps {
  current: ProductView | null;
  recent: Product[];
  /** Switches for this tab's site, when it is a web page. */
  site?: SiteSwitches;
  /** Shown when this tab's site is not one Zhide runs on by default. */
  onEnableSite?: () => void;
  onOpenDashboard: () => void;
}

export function Popup({ current, recent, site, onEnableSite, onOpenDashboard }: PopupProps) {
  const { t, locale } = useI18n();
  const p = current?.product;
  const verdict = current?.value?.verdict;
  const grade = current?.trust ? (current.trust.grade ?? '?') : undefined;
  return (
    <main class="popup">
      <section aria-labelledby="this-tab">
        <h1 id="this-tab">{t('popupThisTab')}</h1>
        {p ? (
          <div class="current" data-testid="popup-current">
            <div class="title">{p.title ?? p.key}</div>
            <div class="row">
              {p.lastPrice ? <strong>{formatMoney(p.lastPrice, locale)}</strong> : null}
              {verdict ? (
                <span class={`chip v-${verdict}`} data-testid="popup-verdict">
                  {t(`verdict_${verdict}`)}
                </span>
              ) : null}
              {grade ? (
                <span class={`chip g-${grade}`} title={t('gradeLabel', grade)}>
                  {grade}
                </span>
              ) : null}
            </div>
            <div class="row">
              {p.lowest ? (
                <span class="muted">
                  {t('priceLowest')} {formatMoney(p.lowest, locale)}
                </span>
              ) : null}
              {current && current.points.length > 1 ? (
                <Sparkline points={current.points} label={t('chartSpark')} />
              ) : null}
            </div>
          </div>
        ) : (
          <p class="muted">{t('popupNothingHere')}</p>
        )}
        {onEnableSite ? (
          <button type="button" onClick={onEnableSite}>
            {t('popupEnableHere')}
          </button>
        ) : null}
        {site ? (
          <fieldset class="switches">
            <legend class="muted">{site.host}</legend>
            <label>
              <input
                type="checkbox"
                checked={site.enabled}
                onChange={(e) => site.onEnabled((e.target as HTMLInputElement).checked)}
                data-testid="switch-enabled"
              />{' '}
              {t('popupSiteEnabled')}
            </label>
            <label>
              <input
                type="checkbox"
                checked={site.overlay}
                disabled={!site.enabled}
                onChange={(e) => site.onOverlay((e.target as HTMLInputElement).checked)}
                data-testid="switch-overlay"
              />{' '}
              {t('popupSiteOverlay')}
            </label>
          </fieldset>
        ) : null}
      </section>
      <section aria-labelledby="recent">
        <h2 id="recent">{t('popupRecent')}</h2>
        <ul class="recent" data-testid="popup-recent">
          {recent.map((r) => (
            <li key={r.key}>
              <a href={safeLink(r.url)} target="_blank" rel="noreferrer noopener">
                {r.title ?? r.key}
              </a>
              <span class="muted">
                {r.lastPrice ? formatMoney(r.lastPrice, locale) : '—'} · {formatDate(r.lastSeenAt, locale)}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <button type="button" class="primary" onClick={onOpenDashboard}>
        {t('popupOpenDashboard')}
      </button>
    </main>
  );
}
