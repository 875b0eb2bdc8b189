import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { type DashboardEnv, DashboardEnvContext } from '../../components/dashboard/env';
import { flattenMessages, I18nContext, translator } from '../../components/shared/i18n';
import { ZhideDB } from '../../lib/db/db';
import type { Observation, Product } from '../../lib/model/schema';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';

export const EN = { t: translator(flattenMessages(en)), locale: 'en' };
export const ZH = { t: translator(flattenMessages(zh)), locale: 'zh-CN' };
export const NOW = Date.UTC(2026, 5, 15, 12);
export const DAY = 86_400_000;

let n = 0;
export function testDb(): ZhideDB {
  return new ZhideDB(`dash-${Date.now()}-${n++}`);
}

export function product(over: Partial<Product> & { key: string }): Product {
  return {
    site: 'jd',
    url: `https://item.jd.com/${encodeURIComponent(over.key)}.html`,
    firstSeenAt: NOW - 10 * DAY,
    lastSeenAt: NOW - DAY,
    seenCount: 1,
    ...over,
  };
}

export function observation(over: Partial<Observation> & { productKey: string; observedAt: number }): Observation {
  return {
    variantKey: '',
    url: `https://item.jd.com/${encodeURIComponent(over.productKey)}.html`,
    site: 'jd',
    context: 'shelf',
    lastSeenAt: over.observedAt,
    seenCount: 1,
    provenance: {},
    ...over,
  };
}

export interface Mounted {
  container: HTMLElement;
  downloads: { blob: Blob; name: string }[];
  env: DashboardEnv;
  unmount(): void;
}

/** Render the whole dashboard at a hash route, with an in-memory database. */
export function mount(
  db: ZhideDB,
  hash: string,
  opts: { i18n?: typeof EN; env?: Partial<DashboardEnv> } = {},
): Mounted {
  location.hash = hash;
  const container = document.createElement('div');
  document.body.append(container);
  const downloads: { blob: Blob; name: string }[] = [];
  const env: DashboardEnv = {
    db,
    now: () => NOW,
    download: (blob, name) => downloads.push({ blob, name }),
    ...opts.env,
  };
  act(() =>
    render(
      <DashboardEnvContext.Provider value={env}>
        <I18nContext.Provider value={opts.i18n ?? EN}>
          <Dashboard />
        </I18nContext.Provider>
      </DashboardEnvContext.Provider>,
      container,
    ),
  );
  return {
    container,
    downloads,
    env,
    unmount: () => {
      render(null, container);
      container.remove();
    },
  };
}

export const text = (el: Element | null | undefined) => el?.textContent ?? '';

export function setValue(el: Element | null, value: string, event = 'input') {
  if (!el) throw new Error('no element');
  (el as HTMLInputElement).value = value;
  el.dispatchEvent(new Event(event, { bubbles: true }));
}

export function click(el: Element | null | undefined) {
  if (!el) throw new Error('no element');
  (el as HTMLElement).click();
}

export function byText(root: ParentNode, selector: string, re: RegExp): HTMLElement | undefined {
  return [...root.querySelectorAll<HTMLElement>(selector)].find((e) => re.test(e.textContent ?? ''));
}
