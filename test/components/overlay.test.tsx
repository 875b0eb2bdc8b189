// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { mountOverlay } from '../../components/overlay/mount';
import { Overlay, type OverlayState } from '../../components/overlay/Overlay';
import { flattenMessages, I18nContext, translator } from '../../components/shared/i18n';
import type { ProductView } from '../../lib/messaging/protocol';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';

const EN = { t: translator(flattenMessages(en)), locale: 'en' };
const ZH = { t: translator(flattenMessages(zh)), locale: 'zh-CN' };
const DAY = 86_400_000;

function view(prices: number[]): ProductView {
  const t0 = Date.UTC(2026, 9, 1);
  return {
    product: {
      key: 'tmall:1',
      site: 'tmall',
      url: 'https://detail.tmall.com/item.htm?id=1',
      title: '<img src=x onerror=alert(1)> 西湖龙井',
      firstSeenAt: t0,
      lastSeenAt: t0 + prices.length * DAY,
      lastPrice: { amount: prices.at(-1)!, currency: 'CNY' },
      lowest: { amount: Math.min(...prices), currency: 'CNY' },
      highest: { amount: Math.max(...prices), currency: 'CNY' },
      seenCount: prices.length,
    },
    points: prices.map((p, i) => ({ t: t0 + i * DAY, p })),
    seenCount: prices.length,
  };
}

let container: HTMLElement;
function show(state: OverlayState, i18n = EN, open = true) {
  container = document.createElement('div');
  document.body.append(container);
  act(() =>
    render(
      <I18nContext.Provider value={i18n}>
        <Overlay state={state} initiallyOpen={open} />
      </I18nContext.Provider>,
      container,
    ),
  );
  return container;
}
const q = (sel: string) => container.querySelector(sel)?.textContent ?? null;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Overlay', () => {
  it('while loading says so', () => {
    show({ kind: 'loading' });
    expect(q('.panel')).toContain('Reading this page');
  });

  it('with one observation shows the price and "seen once", no chart', () => {
    show({ kind: 'ready', view: view([3990]), current: { amount: 3990, currency: 'CNY' } });
    expect(q('[data-testid=price-now]')).toBe('CN¥39.90');
    expect(q('[data-testid=seen-count]')).toMatch(/^Seen once/);
    expect(container.querySelector('svg')).toBeNull();
  });

  it('with a history shows lowest, highest, count and a chart', () => {
    show({ kind: 'ready', view: view([3990, 3500, 4200, 3800]), current: { amount: 3800, currency: 'CNY' } });
    expect(q('[data-testid=price-lowest]')).toBe('CN¥35.00');
    expect(q('[data-testid=price-highest]')).toBe('CN¥42.00');
    expect(q('[data-testid=seen-count]')).toMatch(/^Seen 4 times/);
    expect(container.querySelector('svg path')?.getAttribute('d')).toMatch(/^M/);
  });

  it('renders page text as text, never as markup', () => {
    show({ kind: 'ready', view: view([3990]) });
    expect(container.querySelector('img')).toBeNull();
    expect(q('.title')).toContain('<img src=x onerror=alert(1)>');
  });

  it('speaks Chinese with Chinese number formats', () => {
    show({ kind: 'ready', view: view([3990, 3500]), current: { amount: 3500, currency: 'CNY' } }, ZH);
    expect(q('[data-testid=price-now]')).toBe('¥35.00');
    expect(q('[data-testid=seen-count]')).toMatch(/^已见 2 次/);
  });

  it('shows a save error without losing the price', () => {
    show({ kind: 'error', message: 'disk full', current: { amount: 100, currency: 'USD' } });
    expect(q('[role=alert]')).toContain('disk full');
    expect(q('[data-testid=price-now]')).toBe('$1.00');
  });

  it('collapsed, it is a badge with the price; clicking opens the panel; Escape closes it', async () => {
    show({ kind: 'ready', view: view([3990, 3500]), current: { amount: 3500, currency: 'CNY' } }, EN, false);
    expect(q('[data-testid=badge-price]')).toBe('CN¥35.00');
    expect(container.querySelector('.panel')).toBeNull();
    act(() => (container.querySelector('.badge') as HTMLButtonElement).click());
    const panel = container.querySelector('.panel') as HTMLElement;
    expect(panel).not.toBeNull();
    act(() => {
      panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(container.querySelector('.panel')).toBeNull();
    expect(container.querySelector('.badge')).not.toBeNull();
  });
});

describe('mountOverlay', () => {
  it('lives in a closed shadow root the page cannot reach, and keeps keystrokes from the page', () => {
    const handle = mountOverlay(document, EN, { state: { kind: 'loading' } });
    expect(handle.host.isConnected).toBe(true);
    expect(handle.host.shadowRoot).toBeNull();
    let pageSaw = 0;
    document.addEventListener('keydown', () => pageSaw++);
    handle.host.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(pageSaw).toBe(0);
    handle.remove();
    expect(handle.host.isConnected).toBe(false);
  });
});
