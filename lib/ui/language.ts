import type { Settings } from '../model/schema';

/** The UI languages Zhide ships (`public/_locales`). */
export type UiLocale = 'en' | 'zh_CN';

/** The BCP 47 tag Intl should format with, for a UI locale. */
export function intlLocale(ui: UiLocale): string {
  return ui === 'zh_CN' ? 'zh-CN' : 'en';
}

/** The UI language: the person's choice, else the browser's. */
export function resolveUiLocale(choice: Settings['locale'], browserLang: string): UiLocale {
  if (choice !== 'auto') return choice;
  return /^zh/i.test(browserLang) ? 'zh_CN' : 'en';
}
