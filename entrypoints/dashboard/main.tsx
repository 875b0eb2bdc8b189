import { render } from 'preact';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { DASHBOARD_CSS } from '../../components/dashboard/dashboard.css';
import { type DashboardEnv, DashboardEnvContext } from '../../components/dashboard/env';
import { readSettings } from '../../components/dashboard/SettingsView';
import { type I18n, I18nContext } from '../../components/shared/i18n';
import { PAGE_CSS } from '../../components/shared/page.css';
import { getDb } from '../../lib/db/db';
import { send } from '../../lib/messaging/client';
import type { Settings } from '../../lib/model/schema';
import { loadI18n } from '../../lib/ui/locale';
import { runtimeTransport } from '../../lib/ui/page-env';

async function start() {
  performance.mark('zhide:dashboard:start');
  const style = document.createElement('style');
  style.textContent = PAGE_CSS + DASHBOARD_CSS;
  document.head.append(style);
  const db = getDb();
  // Settings straight from the database: no round trip through the background before the first paint.
  const settings = await readSettings(db);
  const root = document.getElementById('app') as HTMLElement;
  let locale: Settings['locale'] = settings.locale;

  const env: DashboardEnv = {
    db,
    now: () => Date.now(),
    loadView: (productKey) => send(runtimeTransport, 'productView', { productKey }),
    onSettingsSaved: (s) => {
      if (s.locale !== locale) {
        locale = s.locale;
        void loadI18n(s.locale, runtimeTransport).then(mount);
      }
    },
  };

  const mount = (i18n: I18n) => {
    document.documentElement.lang = i18n.locale;
    document.title = i18n.t('dashTitle');
    render(
      <DashboardEnvContext.Provider value={env}>
        <I18nContext.Provider value={i18n}>
          <Dashboard />
        </I18nContext.Provider>
      </DashboardEnvContext.Provider>,
      root,
    );
  };
  mount(await loadI18n(settings.locale, runtimeTransport));
  performance.mark('zhide:dashboard:rendered');
}

void start();
