import { describe, expect, it } from 'vitest';
import { douyin } from '../../../lib/extract/sites/douyin';
import { kuaishou } from '../../../lib/extract/sites/kuaishou';
import { html } from '../helpers';

describe('Douyin and Kuaishou shop pages rendered without readable state', () => {
  const page = (status: string) =>
    html(`<html><body><h1 class="goods-title">加绒卫衣</h1><div class="price-num">¥89.00</div>${status}</body></html>`);

  it('names the item by the id in its address, as its sku too', () => {
    const dy = douyin.extract(
      page(''),
      new URL('https://haohuo.jinritemai.com/views/product/item2?id=3598765432109876543'),
    );
    expect(dy?.productId).toBe('3598765432109876543');
    expect(dy?.sku).toBe('3598765432109876543');
    const ks = kuaishou.extract(
      page(''),
      new URL('https://app.kwaixiaodian.com/merchant/shop/detail?id=2019774410523'),
    );
    expect(ks?.sku).toBe(ks?.productId);
  });

  it("reads Kuaishou's price from the product's own box, its cents a span of their own, not a rail's card above", () => {
    const doc =
      html(`<html><body><section class="gd-recent"><div class="goods-card"><p class="goods-card__price">¥167.90</p>
      </div></section><h1 class="goods-title">加绒卫衣</h1><div class="gd-price"><span class="gd-price__int">69</span>
      <span class="gd-price__dec">.9</span></div></body></html>`);
    const ks = kuaishou.extract(doc, new URL('https://app.kwaixiaodian.com/merchant/shop/detail?id=2019774410523'));
    expect(ks?.price).toEqual({ amount: 6990, currency: 'CNY' });
  });

  it("reads Kuaishou's price object in its state", () => {
    const doc =
      html(`<html><body><script>window.__INITIAL_STATE__={"item":{"itemId":"2019774410523","itemTitle":"加绒卫衣",
      "itemPrice":{"price":3990,"originalPrice":7900}}}</script><h1>加绒卫衣</h1></body></html>`);
    const ks = kuaishou.extract(doc, new URL('https://app.kwaixiaodian.com/merchant/shop/detail?id=2019774410523'));
    expect(ks?.price).toEqual({ amount: 3990, currency: 'CNY' });
    expect(ks?.listPrice).toEqual({ amount: 7900, currency: 'CNY' });
  });

  it('reads a gone-from-sale notice or button as out of stock, and says nothing without one', () => {
    const at = new URL('https://haohuo.jinritemai.com/views/product/item2?id=3598765432109876543');
    expect(douyin.extract(page('<div class="ks-offline">商品已下架</div>'), at)?.availability).toBe('OutOfStock');
    expect(douyin.extract(page('<button disabled>已抢光</button>'), at)?.availability).toBe('OutOfStock');
    expect(douyin.extract(page('<button>立即购买</button>'), at)?.availability).toBeUndefined();
    // Words in a description are no status.
    expect(
      douyin.extract(page('<p class="desc">上次直播已抢光的款式，本次补货，数量有限先到先得</p>'), at)?.availability,
    ).toBeUndefined();
  });
});
