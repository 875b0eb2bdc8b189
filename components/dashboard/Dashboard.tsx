import { useI18n } from '../shared/i18n';
import { useLiveQuery } from '../shared/useLiveQuery';
import { AuditView } from './AuditView';
import { BackupView } from './BackupView';
import { useEnv } from './env';
import { ProductPage } from './ProductPage';
import { ProductsView } from './ProductsView';
import { type Route, routeHref, useRoute } from './router';
import { SettingsView } from './SettingsView';
import { WatchView } from './WatchView';

const NAV: { view: Route['view']; key: string }[] = [
  { view: 'products', key: 'dashProducts' },
  { view: 'watch', key: 'dashWatchlist' },
  { view: 'audit', key: 'dashAudit' },
  { view: 'data', key: 'dashData' },
  { view: 'settings', key: 'dashSettings' },
];

export function Dashboard() {
  const { t } = useI18n();
  const { db } = useEnv();
  const route = useRoute();
  const unseen = useLiveQuery(() => db.alerts.filter((a) => !a.seen).count(), [db]);
  const current = route.view === 'product' ? 'products' : route.view;
  return (
    <div class="dash">
      <header class="dash-head">
        <h1>{t('dashTitle')}</h1>
        <nav aria-label={t('dashNav')}>
          {NAV.map((n) => (
            <a
              key={n.view}
              href={routeHref(n.view === 'audit' ? { view: 'audit' } : ({ view: n.view } as Route))}
              aria-current={current === n.view ? 'page' : undefined}
              data-testid={`nav-${n.view}`}
            >
              {t(n.key)}
              {n.view === 'watch' && unseen ? <span class="badge-count">{unseen}</span> : null}
            </a>
          ))}
        </nav>
      </header>
      <main>
        {route.view === 'product' ? (
          <ProductPage key={route.key} productKey={route.key} />
        ) : route.view === 'watch' ? (
          <WatchView />
        ) : route.view === 'audit' ? (
          <AuditView {...(route.group !== undefined ? { group: route.group } : {})} />
        ) : route.view === 'data' ? (
          <BackupView />
        ) : route.view === 'settings' ? (
          <SettingsView />
        ) : (
          <ProductsView />
        )}
      </main>
    </div>
  );
}
