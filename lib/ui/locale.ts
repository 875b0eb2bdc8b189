import { browser } from 'wxt/browser';
import type { I18n } from '../../components/shared/i18n';
import { messageName, translator } from '../../components/shared/i18n';
import { send, type Transport } from '../messaging/client';
import type { Settings } from '../model/schema';

import { intlLocale, resolveUiLocale } from './language';

/**
 * Strings for the chosen language, as a table fetched once from the
 * background (content scripts cannot read other locales' files themselves).
 * Also for "auto": each `browser.i18n.getMessage` call goes through the
 * extension bindings, and the first one in a page loads the message catalog
 * synchronously, time a shop page pays for (~2 ms per first draw, measured).
 * `browser.i18n` remains the fallback when the background does not answer.
 */
type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];
const fromBrowser = (key: string, ...subs: (string | number)[]) =>
  browser.i18n.getMessage(messageName(key) as MessageKey, subs.map(String)) || key;

export async function loadI18n(choice: Settings['locale'], transport: Transport): Promise<I18n> {
  const ui = resolveUiLocale(choice, browser.i18n.getUILanguage());
  const messages = await send(transport, 'getMessages', { locale: ui }).catch(() => null);
  if (!messages) return { locale: intlLocale(ui), t: fromBrowser };
  return { locale: intlLocale(ui), t: translator(messages) };
}

/**
 * What a content script's overlay needs before it reads the page, in one round trip (each message
 * costs the shop page's main thread): the settings (null when the background does not answer, so
 * the caller uses its defaults) and the strings in the UI language.
 */
export async function startOverlay(transport: Transport): Promise<{ settings: Settings | null; i18n: I18n }> {
  const uiLanguage = browser.i18n.getUILanguage();
  const start = await send(transport, 'overlayStart', { uiLanguage }).catch(() => null);
  if (!start) {
    const ui = resolveUiLocale('auto', uiLanguage);
    return { settings: null, i18n: { locale: intlLocale(ui), t: fromBrowser } };
  }
  const t = start.messages ? translator(start.messages) : fromBrowser;
  return { settings: start.settings, i18n: { locale: intlLocale(start.locale), t } };
}
