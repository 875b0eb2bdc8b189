// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { mountOverlay } from '../../components/overlay/mount';
import { Overlay, type OverlayActions, type OverlayState } from '../../components/overlay/Overlay';
import { chooseCorner, clamp } from '../../components/overlay/placement';
import { flattenMessages, I18nContext, translator } from '../../components/shared/i18n';
import type { ProductView } from '../../lib/messaging/protocol';
import type { Grade, ValueSummary } from '../../lib/messaging/view';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';

const EN = { t: translator(flattenMessages(en)), locale: 'en' };
const ZH = { t: translator(flattenMessages(zh)), locale: 'zh-CN' };
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 9, 1);
const NOW = T0 + 40 * DAY;
const CNY = (amount: number) => ({ amount, currency: 'CNY' });

function view(prices: number[], extra: Partial<ProductView> = {}): ProductView {
  return {
    product: {
      key: 'tmall:1',
      site: 'tmall',
      url: 'https://detail.tmall.com/item.htm?id=1',
      title: '<img src=x onerror=alert(1)> 西湖龙井',
      firstSeenAt: T0,
      lastSeenAt: T0 + prices.length * DAY,
      lastPrice: CNY(prices.at(-1)!),
      lowest: CNY(Math.min(...prices)),
      highest: CNY(Math.max(...prices)),
      seenCount: prices.length,
    },
    points: prices.map((p, i) => ({ t: T0 + i * DAY, p })),
    seenCount: prices.length,
    ...extra,
  };
}

const value = (over: Partial<ValueSummary> = {}): ValueSummary => ({
  verdict: 'typical',
  confidence: 0.62,
  windows: [{ days: 30, lowest: CNY(3500), lowestAt: T0 + 3 * DAY }],
  typical: { low: CNY(3600), high: CNY(4000) },
  checks: [],
  festivals: [],
  ...over,
});

let container: HTMLElement;
function show(state: OverlayState, i18n = EN, open = true, actions?: OverlayActions) {
  container = document.createElement('div');
  document.body.append(container);
  act(() =>
    render(
      <I18nContext.Provider value={i18n}>
        <Overlay state={state} initiallyOpen={open} now={NOW} {...(actions ? { actions } : {})} />
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

describe('Overlay states', () => {
  it('no data yet: says it is reading the page', () => {
    show({ kind: 'loading' });
    expect(q('.panel')).toContain('Reading this page');
  });

  it('one observation: the price, "seen once", no chart, "New"', () => {
    show({
      kind: 'ready',
      view: view([3990], { value: value({ verdict: 'insufficient', confidence: 0.05 }) }),
      current: CNY(3990),
    });
    expect(q('[data-testid=price-now]')).toBe('CN¥39.90');
    expect(q('[data-testid=seen-count]')).toMatch(/^Seen once/);
    expect(q('[data-testid=verdict]')).toMatch(/New.*not enough history/);
    expect(container.querySelector('.chart')).toBeNull();
  });

  it('long history: lowest, highest, count, verdict with confidence, and a chart', () => {
    const prices = Array.from({ length: 40 }, (_, i) => 3500 + ((i * 37) % 700));
    show({ kind: 'ready', view: view(prices, { value: value({ verdict: 'low' }) }), current: CNY(3500) });
    expect(q('[data-testid=price-lowest]')).toBe('CN¥35.00');
    expect(q('[data-testid=seen-count]')).toMatch(/^Seen 40 times/);
    expect(q('[data-testid=verdict]')).toMatch(/Low price · confidence 62%/);
    expect(container.querySelector('.price-line')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+H/);
    expect(container.querySelector('.band')).not.toBeNull();
  });

  it('chart ranges change what is drawn', () => {
    const prices = Array.from({ length: 40 }, (_, i) => 3000 + i * 10);
    show({ kind: 'ready', view: view(prices), current: CNY(3390) });
    const d90 = container.querySelector('.price-line')?.getAttribute('d');
    const thirty = [...container.querySelectorAll('.seg')].find((b) => b.textContent === '30 d') as HTMLButtonElement;
    act(() => thirty.click());
    expect(thirty.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('.price-line')?.getAttribute('d')).not.toBe(d90);
  });

  it('a misleading comparison price shows the rule, the claim and the evidence', () => {
    const checks = [
      {
        rule: 'eu30' as const,
        status: 'misleading' as const,
        claimed: CNY(5900),
        lowest: CNY(3500),
        lowestAt: T0 + 3 * DAY,
        windowDays: 30,
      },
      {
        rule: 'cn7' as const,
        status: 'ok' as const,
        claimed: CNY(5900),
        lowest: CNY(5900),
        lowestAt: T0,
        windowDays: 7,
      },
    ];
    show({ kind: 'ready', view: view([5900, 3500], { value: value({ checks }) }), current: CNY(3500) });
    const eu = container.querySelector('[data-rule=eu30]')?.textContent ?? '';
    expect(eu).toContain('Misleading');
    expect(eu).toContain('Claimed CN¥59.00; lowest seen CN¥35.00 (Oct 4, 2026)');
    expect(container.querySelector('[data-rule=cn7]')?.textContent).toContain('Honest');
  });

  it('an undecidable check says unknown and why', () => {
    const checks = [{ rule: 'cn7' as const, status: 'unknown' as const, claimed: CNY(5900), windowDays: 7 }];
    show({ kind: 'ready', view: view([3500], { value: value({ checks }) }), current: CNY(3500) });
    expect(container.querySelector('[data-rule=cn7]')?.textContent).toMatch(/Unknown.*does not cover the 7 days/);
  });

  it.each(['A', 'B', 'C', 'D', 'F', null] as (Grade | null)[])('trust grade %s is shown with its reasons', (grade) => {
    const trust = {
      grade,
      basedOn: grade ? 48 : 2,
      ...(grade ? { adjustedRating: 4.21 } : {}),
      reasons: [{ id: 'dup', verdict: 'fail' as const, key: 'zzUntranslated.reason' }],
    };
    show({ kind: 'ready', view: view([3500], { trust }), current: CNY(3500) }, EN, false);
    expect(q('[data-testid=badge-grade]')).toBe(grade ?? '?');
    act(() => (container.querySelector('.badge') as HTMLButtonElement).click());
    expect(q('[data-testid=grade]')).toBe(grade ?? '?');
    expect(q('[data-testid=trust]')).toContain(
      grade ? 'Based on 48 reviews seen · adjusted rating 4.2' : 'Not enough reviews',
    );
    expect(container.querySelectorAll('.reasons li')).toHaveLength(1);
  });

  it('effective and unit prices', () => {
    const v = value({
      effective: { price: CNY(2990), applied: ['满300减50'] },
      unit: { price: CNY(1596), per: '100 g' },
    });
    show({ kind: 'ready', view: view([3990], { value: v }), current: CNY(3990) });
    expect(q('[data-testid=effective]')).toContain('CN¥29.90');
    expect(q('[data-testid=unit-price]')).toContain('CN¥15.96 per 100 g');
  });

  it('renders page text as text, never as markup', () => {
    show({ kind: 'ready', view: view([3990]) });
    expect(container.querySelector('img')).toBeNull();
    expect(q('.title')).toContain('<img src=x onerror=alert(1)>');
  });

  it('speaks Chinese with Chinese number formats', () => {
    show({ kind: 'ready', view: view([3990, 3500], { value: value({ verdict: 'high' }) }), current: CNY(3500) }, ZH);
    expect(q('[data-testid=price-now]')).toBe('¥35.00');
    expect(q('[data-testid=seen-count]')).toMatch(/^已见 2 次/);
    expect(q('[data-testid=verdict]')).toMatch(/^偏高/);
  });

  it('a listing page: the badge counts its products and its cheaper ones; the panel names them, as text', () => {
    const drop = {
      key: 'jd:1',
      title: '<b>龙井</b> 250g',
      url: 'javascript:alert(1)',
      price: CNY(3500),
      before: CNY(3990),
      since: NOW - DAY,
      lowest90: CNY(3500),
    };
    const listing = { recorded: 24, seenBefore: 9, drops: [drop], dropCount: 3 };
    show({ kind: 'listing', listing }, EN, false);
    expect(q('[data-testid=badge-listing]')).toBe('24 products');
    expect(q('[data-testid=badge-drops]')).toBe('3 cheaper');
    expect(container.querySelector('[data-testid=badge-price]')).toBeNull();
    expect(container.querySelector('.badge')?.getAttribute('aria-label')).toContain('24 products · 3 cheaper');
    show({ kind: 'listing', listing });
    expect(q('[data-testid=listing-recorded]')).toBe('24 products on this page recorded · 9 seen before');
    const row = container.querySelector('[data-testid=listing-drops] li');
    expect(row?.textContent).toContain('<b>龙井</b> 250g CN¥35.00 was CN¥39.90');
    expect(row?.textContent).toContain('lowest in 90 days');
    expect(row?.querySelector('b')).toBeNull();
    expect(row?.querySelector('a')?.getAttribute('href') ?? '').not.toMatch(/^javascript:/);
    expect(container.textContent).toContain('and 2 more');
    // No price box, no "no price on this page": a listing is not a product.
    expect(container.querySelector('[data-testid=price-now]')).toBeNull();
    expect(container.textContent).not.toContain('No price on this page');
  });

  it('a listing page with nothing cheaper says so, in Chinese too', () => {
    show({ kind: 'listing', listing: { recorded: 3, seenBefore: 0, drops: [], dropCount: 0 } }, ZH);
    expect(q('[data-testid=listing-recorded]')).toBe('已记录本页 3 件商品');
    expect(q('[data-testid=listing-no-drops]')).toBe('没有比上次看到时更便宜的商品。');
    show({ kind: 'listing', listing: { recorded: 3, seenBefore: 0, drops: [], dropCount: 0 } }, ZH, false);
    expect(container.querySelector('[data-testid=badge-drops]')).toBeNull();
  });

  it('shows a save error without losing the price', () => {
    show({ kind: 'error', message: 'disk full', current: { amount: 100, currency: 'USD' } });
    expect(q('[role=alert]')).toContain('disk full');
    expect(q('[data-testid=price-now]')).toBe('$1.00');
  });
});

describe('Overlay interaction', () => {
  it('badge → panel on click; Escape closes it and focus returns to the badge', async () => {
    show({ kind: 'ready', view: view([3990, 3500], { value: value() }), current: CNY(3500) }, EN, false);
    expect(q('[data-testid=badge-price]')).toBe('CN¥35.00');
    expect(q('[data-testid=badge-verdict]')).toBe('Typical price');
    act(() => (container.querySelector('.badge') as HTMLButtonElement).click());
    const panel = container.querySelector('.panel') as HTMLElement;
    expect(panel).not.toBeNull();
    act(() => {
      panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(container.querySelector('.panel')).toBeNull();
    await Promise.resolve();
    expect(document.activeElement).toBe(container.querySelector('.badge'));
  });

  it('Alt+arrow moves it and reports the new position', () => {
    const moves: { right: number; bottom: number }[] = [];
    show({ kind: 'ready', view: view([3990]) }, EN, false, { onMove: (p) => moves.push(p) });
    const badge = container.querySelector('.badge') as HTMLElement;
    act(() => {
      badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', altKey: true, bubbles: true }));
    });
    expect(moves).toHaveLength(1);
    expect(moves[0]!.bottom).toBeGreaterThan(16);
    expect((container.querySelector('.frame') as HTMLElement).style.bottom).toBe(`${moves[0]!.bottom}px`);
  });

  it('the watch form validates and sends a target in minor units', async () => {
    const targets: unknown[] = [];
    show({ kind: 'ready', view: view([3990]), current: CNY(3990) }, EN, true, {
      onWatch: async (m) => void targets.push(m),
    });
    act(() => (container.querySelector('[data-testid=watch-button]') as HTMLButtonElement).click());
    const input = container.querySelector('[data-testid=watch-target]') as HTMLInputElement;
    expect(input.value).toBe('35.91');
    act(() => {
      input.value = 'abc';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      container.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(q('.error')).toBe('Enter a price');
    act(() => {
      input.value = '33,50';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      container.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(targets).toEqual([CNY(3350)]);
  });
});

describe('placement', () => {
  it('avoids covering a buy button in the default corner', () => {
    const buy = { left: 1000, top: 600, right: 1200, bottom: 650 };
    expect(chooseCorner([], 1280, 800)).toEqual({ right: 16, bottom: 16 });
    const pos = chooseCorner([buy], 1280, 800);
    expect(pos.right).toBeGreaterThan(600);
  });

  it('keeps a dragged overlay on screen', () => {
    expect(clamp({ right: -50, bottom: 5000 }, 1280, 800, { width: 200, height: 40 })).toEqual({
      right: 0,
      bottom: 760,
    });
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
