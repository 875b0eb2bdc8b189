import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup';
import { I18nContext } from '../../components/shared/i18n';
import { PAGE_CSS } from '../../components/shared/page.css';
import { getDb } from '../../lib/db/db';
import { recentProducts } from '../../lib/db/queries';
import { send } from '../../lib/messaging/client';
import { isShopHost } from '../../lib/model/hosts';
import { loadI18n } from '../../lib/ui/locale';
import { enableSite, runOnTab, runtimeTransport } from '../../lib/ui/page-env';

async function start() {
  const style = document.createElement('style');
  style.textContent = PAGE_CSS;
  document.head.append(style);
  const settings = await send(runtimeTransport, 'getSettings', {});
  const i18n = await loadI18n(settings.locale, runtimeTransport);
  document.documentElement.lang = i18n.locale;

  // ?tab=<id> lets tests (and the dashboard) open the popup for a given tab.
  const forced = Number(new URLSearchParams(location.search).get('tab'));
  const [tab] = forced
    ? [await browser.tabs.get(forced)]
    : await browser.tabs.query({ active: true, currentWindow: true });
  const current = tab?.id !== undefined ? await send(runtimeTransport, 'tabView', { tabId: tab.id }) : null;
  const recent = await recentProducts(getDb(), 8);
  const url = tab?.url ? new URL(tab.url) : undefined;
  const canEnable = !!url && /^https?:$/.test(url.protocol) && !isShopHost(url.hostname) && !current;

  const host = url && /^https?:$/.test(url.protocol) ? url.hostname : undefined;
  const siteSettings = host ? settings.sites[host] : undefined;
  const setSite = async (change: { enabled?: boolean; hideOverlay?: boolean }) => {
    if (!host) return;
    const cur = await send(runtimeTransport, 'getSettings', {});
    await send(runtimeTransport, 'setSettings', {
      settings: { ...cur, sites: { ...cur.sites, [host]: { ...cur.sites[host], ...change } } },
    });
    if (tab?.id !== undefined) await browser.tabs.reload(tab.id);
  };
  render(
    <I18nContext.Provider value={i18n}>
      <Popup
        current={current}
        recent={recent}
        {...(host
          ? {
              site: {
                host,
                enabled: siteSettings?.enabled !== false,
                overlay: !siteSettings?.hideOverlay,
                onEnabled: (on: boolean) => void setSite({ enabled: on }),
                onOverlay: (on: boolean) => void setSite({ hideOverlay: !on }),
              },
            }
          : {})}
        onOpenDashboard={() => void browser.runtime.openOptionsPage()}
        {...(canEnable && tab?.id !== undefined && url
          ? {
              onEnableSite: async () => {
                if (await enableSite(url.origin)) await runOnTab(tab.id as number);
                window.close();
              },
            }
          : {})}
      />
    </I18nContext.Provider>,
    document.getElementById('app') as HTMLElement,
  );
}

void start();
