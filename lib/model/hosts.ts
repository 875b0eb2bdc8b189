/**
 * The shops Zhide runs on by default. Anything else needs the person's say-so
 * (toolbar click with activeTab, or an optional host permission).
 * Match patterns: https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns
 */
/** Amazon's marketplaces: top-level domain → local currency (the site adapter reads bare signs with it). */
export const AMAZON_MARKETPLACES: Readonly<Record<string, string>> = {
  com: 'USD',
  'co.uk': 'GBP',
  de: 'EUR',
  fr: 'EUR',
  it: 'EUR',
  es: 'EUR',
  nl: 'EUR',
  'com.be': 'EUR',
  se: 'SEK',
  pl: 'PLN',
  'com.tr': 'TRY',
  ae: 'AED',
  sa: 'SAR',
  eg: 'EGP',
  'co.jp': 'JPY',
  cn: 'CNY',
  in: 'INR',
  sg: 'SGD',
  'com.au': 'AUD',
  ca: 'CAD',
  'com.mx': 'MXN',
  'com.br': 'BRL',
  'co.za': 'ZAR', // opened 2024
  ie: 'EUR', // opened 2025
};
const AMAZON_TLDS = Object.keys(AMAZON_MARKETPLACES);
export const EBAY_TLDS: readonly string[] = [
  'com',
  'co.uk',
  'de',
  'fr',
  'it',
  'es',
  'com.au',
  'ca',
  'at',
  'ch',
  'ie',
  'nl',
  'pl',
  'be',
  'com.hk',
  'com.sg',
  'com.my',
  'ph',
];
const SHOPEE_TLDS = ['sg', 'com.my', 'co.th', 'tw', 'vn', 'ph', 'co.id', 'com.br', 'com.mx', 'com.co', 'cl'];
const ALIEXPRESS_TLDS = ['com', 'us', 'ru'];

const CHINA_SHOPS = [
  'taobao.com', // 淘宝: item.taobao.com, s.taobao.com, main.m.taobao.com
  'tmall.com', // 天猫: detail.tmall.com, list.tmall.com
  'tmall.hk', // 天猫国际
  'jd.com', // 京东: item.jd.com, item.m.jd.com, search.jd.com
  'jd.hk', // 京东国际
  'yangkeduo.com', // 拼多多 mobile web: mobile.yangkeduo.com/goods.html
  'pinduoduo.com', // 拼多多
  'jinritemai.com', // 抖音商城 product pages: haohuo.jinritemai.com
  'douyin.com', // 抖音: www.douyin.com, live.douyin.com
  'kuaishou.com', // 快手: live.kuaishou.com, www.kuaishou.com
  'kwaixiaodian.com', // 快手小店
];

export const SHOP_DOMAINS: readonly string[] = [
  ...CHINA_SHOPS,
  ...AMAZON_TLDS.map((t) => `amazon.${t}`),
  ...EBAY_TLDS.map((t) => `ebay.${t}`),
  ...ALIEXPRESS_TLDS.map((t) => `aliexpress.${t}`),
  ...SHOPEE_TLDS.map((t) => `shopee.${t}`),
];

// `*.example.com` also matches example.com itself.
export const SHOP_MATCHES: string[] = SHOP_DOMAINS.map((d) => `*://*.${d}/*`);

/** True when the host is one of the named shops (or a subdomain of one). */
export function isShopHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return SHOP_DOMAINS.some((d) => h === d || h.endsWith(`.${d}`));
}
