// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '../../components/popup/Popup';
import { flattenMessages, I18nContext, translator } from '../../components/shared/i18n';
import type { Product } from '../../lib/model/schema';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';

const T = Date.UTC(2026, 10, 1);
const product = (key: string, title: string, url = `https://item.jd.com/${key}.html`): Product => ({
  key,
  site: 'jd',
  url,
  title,
  firstSeenAt: T,
  lastSeenAt: T,
  seenCount: 3,
  lastPrice: { amount: 12990, currency: 'CNY' },
  lowest: { amount: 9990, currency: 'CNY' },
});

let el: HTMLElement;
function show(node: preact.ComponentChild, zhUi = false) {
  el = document.createElement('div');
  document.body.append(el);
  const i18n = zhUi
    ? { t: translator(flattenMessages(zh)), locale: 'zh-CN' }
    : { t: translator(flattenMessages(en)), locale: 'en' };
  act(() => render(<I18nContext.Provider value={i18n}>{node}</I18nContext.Provider>, el));
}
afterEach(() => {
  document.body.innerHTML = '';
});

describe('Popup', () => {
  it('shows this tab’s product with its verdict, and the recent products', () => {
    const p = product('1', 'Kettle 1.7 L');
    show(
      <Popup
        current={{
          product: p,
          points: [],
          seenCount: 3,
          value: { verdict: 'low', confidence: 0.8, windows: [], checks: [], festivals: [] },
        }}
        recent={[p, product('2', '<b>Tea</b>')]}
        onOpenDashboard={() => {}}
      />,
    );
    expect(el.querySelector('[data-testid=popup-current]')?.textContent).toContain('Kettle 1.7 L');
    expect(el.querySelector('[data-testid=popup-verdict]')?.textContent).toBe('Low price');
    const items = el.querySelectorAll('[data-testid=popup-recent] li');
    expect(items).toHaveLength(2);
    expect(items[1]?.textContent).toContain('<b>Tea</b>');
    expect(el.querySelector('b')).toBeNull();
  });

  it('never turns a stored javascript: URL into a link', () => {
    show(<Popup current={null} recent={[product('3', 'x', 'javascript:alert(1)')]} onOpenDashboard={() => {}} />);
    expect(el.querySelector('a')?.getAttribute('href')).toBeNull();
    expect(el.textContent).toContain('No product recognised');
  });

  it('site switches report changes; the overlay switch follows the enable switch', () => {
    const calls: string[] = [];
    show(
      <Popup
        current={null}
        recent={[]}
        site={{
          host: 'shop.example',
          enabled: false,
          overlay: true,
          onEnabled: (on) => calls.push(`enabled:${on}`),
          onOverlay: (on) => calls.push(`overlay:${on}`),
        }}
        onOpenDashboard={() => {}}
      />,
      true,
    );
    const enabled = el.querySelector('[data-testid=switch-enabled]') as HTMLInputElement;
    const overlay = el.querySelector('[data-testid=switch-overlay]') as HTMLInputElement;
    expect(overlay.disabled).toBe(true);
    expect(el.textContent).toContain('在此网站启用值得');
    act(() => enabled.click());
    expect(calls).toEqual(['enabled:true']);
  });
});
