import { describe, expect, it } from 'vitest';
import { jd } from '../../../lib/extract/sites/jd';
import { html } from '../helpers';

describe('JD search cards', () => {
  it("names a card by its <em>, not the link that also holds the shop's slogan, and finds a lazy picture", () => {
    const doc = html(`<html><body><ul class="gl-warp"><li class="gl-item" data-sku="10578021063">
      <div class="p-img"><a href="//item.jd.com/10578021063.html"><img width="220" source-data-lazy-img="//img13.360buyimg.com/n7/jfs/t16153/a.jpg" data-lazy-img="done"></a></div>
      <div class="p-price"><strong><em>￥</em><i>39.90</i></strong></div>
      <div class="p-name p-name-type-2"><a href="//item.jd.com/10578021063.html"><em>依泊姿海藻面膜 50片</em><i class="promo-words">店内给力活动：买3免1</i></a></div></li></ul></body></html>`);
    const [card] = jd.extract(doc, new URL('https://search.jd.com/Search?keyword=dddd'))?.products ?? [];
    expect(card).toMatchObject({
      productId: '10578021063',
      title: '依泊姿海藻面膜 50片',
      price: { amount: 3990, currency: 'CNY' },
      image: 'https://img13.360buyimg.com/n7/jfs/t16153/a.jpg',
    });
  });
});
