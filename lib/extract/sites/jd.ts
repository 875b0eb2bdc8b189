import type { Money } from '../../model/money';
import type { Score, SellerRef } from '../../model/schema';
import type { ExtractedProduct, ExtractedReview, ListingCard, SiteAdapter } from '../types';
import {
  absUrl,
  attr,
  availabilityFromText,
  cleanCards,
  countOf,
  dateOf,
  decimalOf,
  embeddedObject,
  firstText,
  get,
  hostIs,
  isObj,
  moneyOf,
  q,
  qa,
  safely,
  score,
  scriptTexts,
  str,
  text,
} from './util';

/**
 * JD (京东, 京东国际). PC item pages declare `var pageConfig = {product: {skuid,
 * name, venderId, shopId, cat, brand, colorSize, src}}` (a JS object literal,
 * read with the loose parser); the price arrives by XHR and is written into
 * `.p-price .price.J-p-<sku>`, so it is read from the DOM. Mobile item pages
 * (item.m.jd.com) embed `window._itemOnly` / `window._itemInfo` JSON.
 */

const yuan = (t: string | undefined): Money | undefined => {
  if (!t) return undefined;
  const m = /(\d+(?:\.\d+)?)/.exec(t.replace(/[,，\s]/g, ''));
  return m?.[1] ? moneyOf(m[1], 'CNY') : undefined;
};

export function jdSkuFromUrl(url: URL): string | undefined {
  // item.jd.com/100012043978.html, item.jd.hk/…, npcitem.jd.hk/…, item.m.jd.com/product/100012043978.html, item.m.jd.com/ware/view.action?wareId=
  const m = /^\/(?:product\/)?(\d{4,20})\.html/.exec(url.pathname);
  if (m?.[1]) return m[1];
  const w = url.searchParams.get('wareId') ?? url.searchParams.get('sku');
  return w && /^\d{4,20}$/.test(w) ? w : undefined;
}

function storeScores(doc: Document): Score[] {
  const out: Score[] = [];
  // Store score box beside the title (.score-parts .score-part: 商品评价 / 物流履约 / 售后服务, 0–10 since 2021).
  for (const part of qa(doc, '.score-parts .score-part, .pop-score-summary .score-item', 6)) {
    const name = text(q(part, '.score-desc, .score-name'), 20) || text(part, 20).replace(/[\d.\s高中低]+$/, '');
    const value = decimalOf(text(q(part, '.score-detail em, .score-value, em'), 20));
    if (!name || value === undefined) continue;
    const s = score(name, value, value > 5 ? 10 : 5);
    if (s) out.push(s);
  }
  return out;
}

function reviews(doc: Document): ExtractedReview[] {
  const out: ExtractedReview[] = [];
  // Review list under 商品评价 (#comment .comment-item), filled by XHR on the PC item page.
  for (const it of qa(doc, '#comment .comment-item, .comment-item', 30)) {
    const body = text(q(it, '.comment-con'), 20000);
    if (!body) continue;
    const r: ExtractedReview = { text: body };
    // Stars as a class: .comment-star.star4.
    const star = /\bstar(\d)\b/.exec(attr(q(it, '.comment-star'), 'class') ?? '')?.[1];
    if (star) {
      r.rating = Number(star);
      r.best = 5;
    }
    const author = text(q(it, '.user-info'), 300);
    if (author) r.author = author;
    // Order info ends with the date: "4L 2024-03-05 12:30".
    const date = dateOf(text(q(it, '.order-info'), 200));
    if (date !== undefined) r.date = date;
    const media = qa(it, '.pic-list a, .J-video-view-wrap', 20).length;
    if (media) r.media = media;
    const variant = text(q(it, '.order-info span'), 300);
    if (variant && !/^\d{4}-/.test(variant)) r.variant = variant;
    out.push(r);
  }
  return out;
}

function listingCards(doc: Document, url: URL): ListingCard[] {
  const cards: ListingCard[] = [];
  // Search and list pages: li.gl-item[data-sku] with .p-name em (title), .p-price i (price, filled by XHR).
  for (const li of qa(doc, 'li.gl-item[data-sku], .gl-item[data-sku], li[data-sku].gl-item', 300)) {
    const sku = attr(li, 'data-sku');
    if (!sku || !/^\d+$/.test(sku)) continue;
    const c: ListingCard = { productId: sku };
    // The name's <em>, not its link, which also holds the shop's slogan (<i class="promo-words">).
    const title = text(q(li, '.p-name em') ?? q(li, '.p-name a'), 500);
    if (title) c.title = title;
    const href = absUrl(attr(q(li, '.p-name a, .p-img a'), 'href'), url);
    if (href) c.url = href;
    const price = yuan(text(q(li, '.p-price i, .p-price strong')));
    if (price) c.price = price;
    // Lazy pictures keep their address in data-lazy-img (or source-data-lazy-img) until loaded, then say "done".
    const img = q(li, '.p-img img');
    const lazy = ['data-lazy-img', 'source-data-lazy-img', 'src'].map((n) => attr(img, n));
    const src = absUrl(
      lazy.find((v) => v && /^(?:https?:)?\/\//.test(v)),
      url,
    );
    if (src) c.image = src;
    cards.push(c);
  }
  return cleanCards(cards);
}

function extract(doc: Document, url: URL): Partial<ExtractedProduct> & { products?: ListingCard[] } {
  return safely(() => {
    const products = listingCards(doc, url);
    const scripts = scriptTexts(doc);
    const cfg = embeddedObject(doc, ['var pageConfig =', 'pageConfig ='], scripts);
    const product = get(cfg, 'product');
    const mobile = embeddedObject(
      doc,
      ['window._itemOnly =', 'window._itemOnly=', 'window._itemInfo =', 'window._itemInfo='],
      scripts,
    );
    const mItem = isObj(get(mobile, 'item')) ? (get(mobile, 'item') as Record<string, unknown>) : undefined;

    const sku = str(get(product, 'skuid'), 40) ?? str(mItem?.skuId, 40) ?? jdSkuFromUrl(url);
    // Title: PC .sku-name, mobile #itemName; pageConfig.product.name is the fallback.
    const title =
      firstText(doc, ['.sku-name', '#itemName', '.itemInfo-wrap .sku-name']) ??
      str(get(product, 'name'), 1000) ??
      str(mItem?.skuName, 1000);
    if (!title && !sku) return { products };

    // Price: PC .p-price .price (class J-p-<sku>), the red 到手价 line, mobile #jdPrice / .price-wrap.
    const priceText = firstText(doc, [
      sku ? `.p-price .J-p-${sku}` : '.p-price .price',
      '.summary-price .p-price .price',
      '.p-price .price',
      '#jdPrice',
      '#specJdPrice',
      '.price-wrap .price',
    ]);
    const price = yuan(priceText) ?? yuan(str(get(mobile, 'price.p')));
    // 划线价 / 京东价 struck price: #page_origin_price, .p-price-origin del, mobile price.op.
    const listPrice =
      yuan(firstText(doc, ['#page_origin_price', '#page_opprice', '.summary-price .pricing del', '.p-price-origin'])) ??
      yuan(str(get(mobile, 'price.op')));
    // 到手价 / 券后价 box: .J-finalprice / #J_FinalPrice with its label.
    const finalEl = q(doc, '#J_FinalPrice, .J-finalprice, .summary-price .final-price');
    const finalText = text(finalEl);
    const fm = /(到手价|券后价|预估到手价|优惠后)\s*[¥￥]?\s*(\d+(?:\.\d+)?)/.exec(finalText);
    // Coupons (#summary-quan) and promotions (.J-prom-item / .prom-item).
    const coupons = qa(
      doc,
      '#summary-quan .quan-item, .J-summary-quan .quan-item, #prom-one .prom-item, .J-prom .prom-item, #summary-promotion .hl_red',
      20,
    )
      .map((e) => text(e, 300))
      .filter(Boolean);

    // Shop: pop shop name (.J-hove-wrap .name a), the popbox header, or the JD self-run label (京东自营).
    const shopEl = q(
      doc,
      '.J-hove-wrap .item .name a, .popbox-inner .mt h3 a, .shopName a, #popbox .mt h3 a, .top-pop-shopname',
    );
    const seller: SellerRef = {};
    // pageConfig.product.isPop false: sold by JD itself, which the page labels 京东自营.
    const shopName =
      text(shopEl, 300) || str(mItem?.shopName, 300) || (get(product, 'isPop') === false ? '京东自营' : undefined);
    if (shopName) seller.name = shopName;
    const shopId = str(get(product, 'shopId'), 40) ?? str(mItem?.shopId, 40);
    if (shopId) seller.id = shopId;
    const href = absUrl(attr(shopEl, 'href'), url);
    if (href) seller.url = href;
    const scores = storeScores(doc);
    if (scores.length) seller.scores = scores;

    // Rating: JD shows 好评度 as a percentage (.percent-con), the count as "20万+" (#comment-count .count).
    const pct = decimalOf(firstText(doc, ['#comment .percent-con', '.comment-percent strong']));
    const count = countOf(
      firstText(doc, ['#comment-count .count', '#detail .comment-count a', `.J-comm-${sku ?? 'x'}`]),
    );
    const rating =
      pct !== undefined && pct <= 100
        ? count !== undefined
          ? { value: pct, best: 100, count }
          : { value: pct, best: 100 }
        : undefined;

    // Variant: selected colour/size buttons (#choose-attrs .item.selected).
    const options: Record<string, string> = {};
    for (const row of qa(doc, '#choose-attrs .p-choose, #choose-attr-1, #choose-attr-2, #choose-attr-3', 6)) {
      const label = text(q(row, '.dt'), 20).replace(/[:：\s]/g, '');
      const sel = attr(q(row, '.item.selected'), 'data-value') ?? text(q(row, '.item.selected'), 100);
      if (label && sel) options[label] = sel;
    }

    // Brand: parameter list "品牌：X" (#parameter-brand li a).
    const brand =
      firstText(doc, ['#parameter-brand li a']) ??
      qa(doc, '.p-parameter-list li, .parameter2 li', 40)
        .map((li) => /^品牌[:：]\s*(.+)$/.exec(text(li, 200))?.[1])
        .find(Boolean);

    // Stock state: #store-prompt "有货" / "无货"; mobile stock text.
    const stock = firstText(doc, ['#store-prompt', '#stockStatus', '.store-prompt']);

    // The main image, or pageConfig.product.src ("jfs/t3613/…jpg"), a path on JD's image host.
    const src = str(get(product, 'src'), 500);
    const image =
      absUrl(attr(q(doc, '#spec-img'), 'data-origin') ?? attr(q(doc, '#spec-img'), 'src'), url) ??
      (src && /^jfs\/[\w./-]+\.(?:jpe?g|png|webp|avif)$/i.test(src)
        ? `https://img14.360buyimg.com/n1/${src}`
        : undefined);
    return {
      productId: sku,
      sku,
      title: title?.slice(0, 1000),
      price,
      listPrice: listPrice && price && listPrice.amount > price.amount ? listPrice : undefined,
      effectivePrice: fm?.[2] ? moneyOf(fm[2], 'CNY') : undefined,
      effectiveLabel: fm?.[1],
      coupons,
      availability: availabilityFromText(stock),
      brand,
      image,
      rating,
      seller: Object.keys(seller).length ? seller : undefined,
      variant: Object.keys(options).length ? { ...(sku ? { id: sku } : {}), options } : undefined,
      // Breadcrumbs (#crumb-wrap .crumb .item a).
      category: qa(doc, '#crumb-wrap .crumb .item a, .crumb .item a', 8)
        .map((a) => text(a, 100))
        .filter(Boolean),
      reviews: reviews(doc),
      products,
    };
  });
}

// item.jd.com, item.jd.hk, npcitem.jd.hk, item.m.jd.com; search.jd.com / list.jd.com for listings.
export const jd: SiteAdapter = {
  id: 'jd',
  hosts: ['jd.com', 'jd.hk'],
  matches(url) {
    if (!hostIs(url, 'jd.com') && !hostIs(url, 'jd.hk')) return false;
    const h = url.hostname;
    if (/^(search|list|so\.m|search\.m)\.jd\.(com|hk)$/.test(h)) return true;
    return /^(item|npcitem|item\.m|item\.yiyaojd)\./.test(h) && jdSkuFromUrl(url) !== undefined;
  },
  productIdFromUrl: jdSkuFromUrl,
  extract,
};
