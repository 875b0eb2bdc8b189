import { describe, expect, it } from 'vitest';
import { adapterFor, SITE_ADAPTERS } from '../../../lib/extract/sites/index';
import { html } from '../helpers';

/** URL → [adapter id or null, product id from the URL or undefined]. */
const CASES: Array<[string, string | null, string | undefined]> = [
  // Amazon, every layout of product URL and a few marketplaces.
  ['https://www.amazon.com/SainSmart-101-70-101-4-Channel-Relay-Module/dp/B0057OC5O8', 'amazon', 'B0057OC5O8'],
  ['https://www.amazon.co.uk/dp/1849757097?ref_=x', 'amazon', '1849757097'],
  ['https://www.amazon.de/gp/product/B01MUGXRT9/ref=ppx_yo', 'amazon', 'B01MUGXRT9'],
  ['https://www.amazon.co.jp/gp/aw/d/B07JKLMNOP', 'amazon', 'B07JKLMNOP'],
  ['https://www.amazon.com/Fujifilm-FinePix-S1800/dp/tech-data/B0035JD0DW', 'amazon', 'B0035JD0DW'],
  ['https://www.amazon.com.br/-/pt/dp/b0cxyz7777', 'amazon', 'B0CXYZ7777'],
  ['https://www.amazon.com.tr/Urun/dp/B0C1234567/', 'amazon', 'B0C1234567'],
  ['https://www.amazon.sa/-/en/dp/B0C1234567', 'amazon', 'B0C1234567'],
  // A reviews page names the product but is not its page: claimed, with no product id from the URL.
  ['https://www.amazon.com/product-reviews/B0057OC5O8?reviewerType=all_reviews', 'amazon', undefined],
  ['https://www.amazon.com/s?k=usb+c+hub', 'amazon', undefined],
  ['https://www.amazon.com/gp/help/customer/display.html', null, undefined],
  ['https://www.amazon.xyz/dp/B0057OC5O8', null, undefined],
  ['https://aws.amazon.com/dp/B0057OC5O8', 'amazon', 'B0057OC5O8'],
  ['https://www.amazon.co.za/dp/B0C1234567', 'amazon', 'B0C1234567'],
  ['https://www.amazon.ie/Some-Kettle/dp/B0C1234567', 'amazon', 'B0C1234567'],
  // eBay.
  ['https://www.ebay.com/itm/302474151804', 'ebay', '302474151804'],
  ['https://www.ebay.co.uk/itm/Pony-Cart-Harness/143863282131?hash=item1', 'ebay', '143863282131'],
  ['https://www.ebay.de/sch/i.html?_nkw=akku', 'ebay', undefined],
  ['https://www.ebay.com/usr/someseller', null, undefined],
  // AliExpress.
  ['https://www.aliexpress.com/item/1005003456789012.html', 'aliexpress', '1005003456789012'],
  ['https://de.aliexpress.com/item/1005003456789012.html?gatewayAdapt=glo2deu', 'aliexpress', '1005003456789012'],
  ['https://aliexpress.ru/item/1005003456789012.html', 'aliexpress', '1005003456789012'],
  ['https://www.aliexpress.us/w/wholesale-speaker.html', 'aliexpress', undefined],
  // Shopee.
  ['https://shopee.sg/Xiaomi-Band-i.345678901.23456789012', 'shopee', '345678901.23456789012'],
  ['https://shopee.co.id/product/345678901/23456789012', 'shopee', '345678901.23456789012'],
  ['https://shopee.com.my/search?keyword=tumbler', 'shopee', undefined],
  // Taobao / Tmall: the same `id=` parameter, told apart by host.
  ['https://item.taobao.com/item.htm?id=712345678901', 'taobao', '712345678901'],
  ['https://world.taobao.com/item/712345678901.htm', 'taobao', '712345678901'],
  ['https://s.taobao.com/search?q=abc', 'taobao', undefined],
  ['https://detail.tmall.com/item.htm?id=601234567890&skuId=1', 'tmall', '601234567890'],
  ['https://detail.tmall.hk/hk/item.htm?id=601234567890', 'tmall', '601234567890'],
  ['https://chaoshi.detail.tmall.com/item.htm?id=601234567890', 'tmall', '601234567890'],
  ['https://list.tmall.com/search_product.htm?q=abc', 'tmall', undefined],
  ['https://www.taobao.com/', null, undefined],
  // JD.
  ['https://item.jd.com/100012043978.html', 'jd', '100012043978'],
  ['https://item.m.jd.com/product/100012043978.html', 'jd', '100012043978'],
  ['https://npcitem.jd.hk/100012043978.html', 'jd', '100012043978'],
  ['https://search.jd.com/Search?keyword=abc', 'jd', undefined],
  ['https://www.jd.com/', null, undefined],
  // Pinduoduo.
  ['https://mobile.yangkeduo.com/goods.html?goods_id=325678901234', 'pinduoduo', '325678901234'],
  ['https://mobile.yangkeduo.com/goods2.html?goods_id=325678901234', 'pinduoduo', '325678901234'],
  ['https://mobile.yangkeduo.com/search_result.html?search_key=abc', 'pinduoduo', undefined],
  // Douyin shop, never live rooms.
  [
    'https://haohuo.jinritemai.com/ecommerce/trade/detail/index.html?id=3612345678901234567',
    'douyin',
    '3612345678901234567',
  ],
  ['https://haohuo.jinritemai.com/views/product/item2?id=3598765432109876543', 'douyin', '3598765432109876543'],
  ['https://www.douyin.com/shop/product?product_id=3612345678901234567', 'douyin', '3612345678901234567'],
  ['https://live.douyin.com/123456789', null, undefined],
  ['https://www.douyin.com/video/7212345678901234567', null, undefined],
  // Kuaishou shop, never live rooms.
  ['https://app.kwaixiaodian.com/merchant/shop/detail?id=20123456789', 'kuaishou', '20123456789'],
  ['https://www.kwaixiaodian.com/item/detail?itemId=20987654321', 'kuaishou', '20987654321'],
  ['https://live.kuaishou.com/u/3xabc', null, undefined],
  // Stores with no adapter.
  ['https://www.ikea.com/gb/en/p/fjantig-hook-black-60347102/', null, undefined],
];

describe('site adapter URLs', () => {
  it.each(CASES)('%s → %s', (href, id, productId) => {
    const url = new URL(href);
    const a = adapterFor(url);
    expect(a?.id ?? null).toBe(id);
    if (a) expect(a.productIdFromUrl?.(url)).toBe(productId);
  });

  it('no two adapters claim the same URL', () => {
    for (const [href] of CASES) {
      const url = new URL(href);
      const claimants = SITE_ADAPTERS.filter((a) => a.matches(url)).map((a) => a.id);
      expect(claimants.length, `${href}: ${claimants.join(', ')}`).toBeLessThanOrEqual(1);
    }
  });

  it('every adapter has a unique lowercase id and serves only its own hosts', () => {
    const ids = SITE_ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of SITE_ADAPTERS) {
      expect(a.id).toMatch(/^[a-z0-9-]+$/);
      for (const [href, id] of CASES) {
        if (id !== a.id) continue;
        const h = new URL(href).hostname;
        expect(
          a.hosts.some((d) => h === d || h.endsWith(`.${d}`)),
          `${a.id} claims ${h}`,
        ).toBe(true);
      }
    }
  });
});

describe('Amazon marketplaces opened after 2023', () => {
  it.each([
    ['https://www.amazon.co.za/dp/B0C1234567', 'R 1,299.00', { amount: 129900, currency: 'ZAR' }],
    ['https://www.amazon.ie/dp/B0C1234567', '€12.99', { amount: 1299, currency: 'EUR' }],
  ])('%s reads %s in its own currency', (href, shown, want) => {
    const doc = html(
      `<html><body><div id="ppd"><span id="productTitle">Kettle</span><div id="corePrice_feature_div"><span class="a-price"><span class="a-offscreen">${shown}</span></span></div></div></body></html>`,
    );
    const out = adapterFor(new URL(href))?.extract(doc, new URL(href));
    expect(out?.price).toEqual(want);
  });
});
