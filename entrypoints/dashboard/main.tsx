import { render } from 'preact';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { I18nContext } from '../../components/shared/i18n';
import { PAGE_CSS } from '../../components/shared/page.css';
import { send } from '../../lib/messaging/client';
import { loadI18n } from '../../lib/ui/locale';
import { runtimeTransport } from '../../lib/ui/page-env';

async function start() {
  const style = document.createElement('style');
  style.textContent = PAGE_CSS;
  document.head.append(style);
  const settings = await send(runtimeTransport, 'getSettings', {});
  const i18n = await loadI18n(settings.locale, runtimeTransport);
  document.documentElement.lang = i18n.locale;
  document.title = i18n.t('dashTitle');
  render(
    <I18nContext.Provider value={i18n}>
      <Dashboard />
    </I18nContext.Provider>,
    document.getElementById('app') as HTMLElement,
  );
}

void start();
