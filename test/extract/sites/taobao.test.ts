import { describe, expect, it } from 'vitest';
import { alibabaExtract } from '../../../lib/extract/sites/taobao';
import { html } from '../helpers';

const url = new URL('https://item.taobao.com/item.htm?id=640000000999');
const page = (body: string, skuMap: object) =>
  html(`<html><body><h3 class="tb-main-title" data-title="樱桃轴 机械键盘">樱桃轴 机械键盘</h3>${body}
    <script>Hub.config.set('sku', { valItemInfo: { skuMap: ${JSON.stringify(skuMap)} } });</script></body></html>`);

describe('Taobao item page of before 2023 (Hub.config skuMap)', () => {
  it('reads the item as sold out when every variant has no stock, in stock when one has', () => {
    const sold = {
      ';1:1;': { price: '99.00', stock: '0', skuId: '1' },
      ';1:2;': { price: '109.00', stock: '0', skuId: '2' },
    };
    expect(alibabaExtract(page('', sold), url).availability).toBe('OutOfStock');
    const one = { ...sold, ';1:3;': { price: '119.00', stock: '3', skuId: '3' } };
    expect(alibabaExtract(page('', one), url).availability).toBe('InStock');
    // The variant the URL names decides alone.
    const chosen = new URL(`${url.href}&skuId=2`);
    expect(alibabaExtract(page('', one), chosen).availability).toBe('OutOfStock');
  });

  it('keeps the top of a range with the price it was read beside', () => {
    const map = {
      ';1:1;': { price: '99.00', stock: '5', skuId: '1' },
      ';1:2;': { price: '129.00', stock: '5', skuId: '2' },
    };
    const fromData = alibabaExtract(page('', map), url);
    expect(fromData.price).toEqual({ amount: 9900, currency: 'CNY' });
    expect(fromData.priceHigh).toEqual({ amount: 12900, currency: 'CNY' });
    // A promotion price rendered on the page is the price; the data's pre-promotion range is not its range.
    const promo = alibabaExtract(page('<em id="J_PromoPriceNum">79.00</em>', map), url);
    expect(promo.price).toEqual({ amount: 7900, currency: 'CNY' });
    expect(promo.priceHigh).toBeUndefined();
  });
});

describe('Taobao pre-sale block', () => {
  it('reads the pre-sale price by its label, the price line above it as the list price, not the deposit', () => {
    const doc = html(`<html><body><h3 class="tb-main-title" data-title="扫地机器人">扫地机器人</h3><ul class="tb-meta">
      <li><span class="tb-property-type">价格</span><strong class="tb-price"><em>¥</em><em class="tb-rmb-num">1299.00</em></strong></li>
      <li><span class="tb-property-type">预售价</span><strong class="tb-promo-price"><em>¥</em><em class="tb-rmb-num">599.00</em></strong></li>
      <li><span class="tb-property-type">定金</span><em>¥</em><em>50.00</em></li></ul></body></html>`);
    const got = alibabaExtract(doc, new URL('https://item.taobao.com/item.htm?id=640000000777'));
    expect(got.price).toEqual({ amount: 59900, currency: 'CNY' });
    expect(got.listPrice).toEqual({ amount: 129900, currency: 'CNY' });
  });
});
