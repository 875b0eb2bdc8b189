import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Translate a message key with `$1`…`$9` substitutions, as `browser.i18n.getMessage` does. */
export type Translate = (key: string, ...subs: (string | number)[]) => string;

export interface I18n {
  t: Translate;
  /** BCP 47 locale for Intl formatting: `en`, `zh-CN`. */
  locale: string;
}

/** Chrome message names allow only [A-Za-z0-9_]: `trust.signal.burst` is stored as `trust_signal_burst`. */
export const messageName = (key: string) => key.replace(/[^A-Za-z0-9_]/g, '_');

/** A translator over a `messages.json`-like map, falling back to the key itself. */
export function translator(messages: Record<string, string>): Translate {
  return (key, ...subs) => {
    const msg = messages[messageName(key)];
    if (msg === undefined) return key;
    return msg.replace(/\$(\d)/g, (m, d) => {
      const v = subs[Number(d) - 1];
      return v === undefined ? m : String(v);
    });
  };
}

/** Flatten a `_locales/<l>/messages.json` file into key → message. */
export function flattenMessages(file: Record<string, { message: string }>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(file)) if (v && typeof v.message === 'string') out[k] = v.message;
  return out;
}

export const I18nContext = createContext<I18n>({ t: (k) => k, locale: 'en' });

export const useI18n = () => useContext(I18nContext);
