import { browser } from 'wxt/browser';
import type { I18n } from '../../components/shared/i18n';
import { messageName, translator } from '../../components/shared/i18n';
import { send, type Transport } from '../messaging/client';
import type { Settings } from '../model/schema';

/** The BCP 47 tag Intl should format with, for a UI locale. */
export function intlLocale(ui: 'en' | 'zh_CN'): string {
  return ui === 'zh_CN' ? 'zh-CN' : 'en';
}

/** The UI language: the person's choice, else the browser's. */
export function resolveUiLocale(choice: Settings['locale'], browserLang: string): 'en' | 'zh_CN' {
  if (choice !== 'auto') return choice;
  return /^zh/i.test(browserLang) ? 'zh_CN' : 'en';
}

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
