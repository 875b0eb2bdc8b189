import type { SiteAdapter } from '../types';
import { alibabaExtract, itemIdFromUrl } from './taobao';
import { hostIs } from './util';

/**
 * Tmall (天猫, 天猫国际, 天猫超市). Same platform and page code as Taobao, so the
 * reading is shared (`alibabaExtract`); this file owns only the URLs.
 */

// detail.tmall.com/item.htm, chaoshi.detail.tmall.com/item.htm, detail.tmall.hk/hk/item.htm, detail.m.tmall.com/item.htm.
const ITEM_PATH = /^\/(?:hk\/)?item\.htm/;
// list.tmall.com/search_product.htm (search), list.tmall.hk.
const LIST_PATH = /^\/search_product\.htm/;

export const tmall: SiteAdapter = {
  id: 'tmall',
  hosts: ['tmall.com', 'tmall.hk'],
  matches(url) {
    if (!hostIs(url, 'tmall.com') && !hostIs(url, 'tmall.hk')) return false;
    if (LIST_PATH.test(url.pathname)) return true;
    return ITEM_PATH.test(url.pathname) && itemIdFromUrl(url) !== undefined;
  },
  productIdFromUrl: itemIdFromUrl,
  extract: alibabaExtract,
};
