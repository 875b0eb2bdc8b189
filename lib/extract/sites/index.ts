import type { SiteAdapter } from '../types';
import { aliexpress } from './aliexpress';
import { amazon } from './amazon';
import { douyin } from './douyin';
import { ebay } from './ebay';
import { jd } from './jd';
import { kuaishou } from './kuaishou';
import { pinduoduo } from './pinduoduo';
import { shopee } from './shopee';
import { taobao } from './taobao';
import { tmall } from './tmall';

/**
 * The ordered registry of site adapters. The first adapter whose `matches`
 * claims a URL runs; the generic extractors then fill what it left empty.
 * Adding a site: one file in this folder, one line here, its fixture folders.
 */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  amazon, // amazon.* product (/dp/, /gp/product/, /gp/aw/d/) and search/browse pages
  ebay, // ebay.* /itm/<id> items and /sch/ /b/ listings
  aliexpress, // aliexpress.* /item/<id>.html and wholesale search
  shopee, // shopee.* -i.<shop>.<item>, /product/<shop>/<item>, /search
  taobao, // item.taobao.com item.htm?id=, s.taobao.com search
  tmall, // detail.tmall.com / tmall.hk item.htm?id=, list.tmall.com search
  jd, // item.jd.com/<sku>.html, item.m.jd.com/product/<sku>.html, search.jd.com
  pinduoduo, // mobile.yangkeduo.com/goods.html?goods_id=, search_result.html
  douyin, // haohuo.jinritemai.com product pages, www.douyin.com product pages (not live rooms)
  kuaishou, // kwaixiaodian.com / kuaishou.com shop item pages (not live rooms)
];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((a) => a.matches(url));
}
