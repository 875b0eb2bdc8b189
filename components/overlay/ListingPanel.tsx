import type { ListingView } from '../../lib/messaging/view';
import { formatDate, formatMoney } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { safeLink } from '../shared/links';

/** The open panel on a listing page: what was recorded, and the cards now cheaper than before. */
export function ListingBody({ listing }: { listing: ListingView }) {
  const { t, locale } = useI18n();
  const m = (x: Parameters<typeof formatMoney>[0]) => formatMoney(x, locale);
  return (
    <>
      <p data-testid="listing-recorded">
        {t('listingRecorded', listing.recorded)}
        {listing.seenBefore ? <span class="muted"> · {t('listingSeenBefore', listing.seenBefore)}</span> : null}
      </p>
      {listing.drops.length ? (
        <section aria-labelledby="z-drops">
          <h3 id="z-drops">{t('listingDrops')}</h3>
          <ul class="list" data-testid="listing-drops">
            {listing.drops.map((d) => (
              <li key={d.key}>
                <a href={safeLink(d.url)} target="_blank" rel="noreferrer noopener">
                  {d.title ?? d.url}
                </a>{' '}
                <strong>{m(d.price)}</strong>{' '}
                <span class="muted">{t('listingWas', m(d.before), formatDate(d.since, locale))}</span>
                {d.lowest90 ? (
                  <>
                    {' '}
                    <span class="chip v-low">{t('listingLow90')}</span>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          {listing.dropCount > listing.drops.length ? (
            <p class="muted">{t('listingMore', listing.dropCount - listing.drops.length)}</p>
          ) : null}
        </section>
      ) : (
        <p class="muted" data-testid="listing-no-drops">
          {t('listingNoDrops')}
        </p>
      )}
    </>
  );
}
