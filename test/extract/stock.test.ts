import { describe, expect, it } from 'vitest';
import { saysBackOrder, withoutBackOrder } from '../../lib/extract/stock';

describe('saysBackOrder', () => {
  it.each([
    'Temporarily on backorder',
    'In stock on June 17, 2020. Order it now.',
    'Beställningsvara',
    'お取り寄せ（2〜3週間）',
  ])('reads %j as a back-order', (text) => {
    expect(saysBackOrder(text)).toBe(true);
  });

  it.each([
    // Out of stock said in words, whatever offer to order follows.
    "Temporarily out of stock. Order now and we'll deliver when available.",
    // The negated phrase says it cannot be ordered at all (Joshin).
    '只今お取り寄せできません（メーカー生産完了）',
    'お取り寄せ不可',
    // Japanese and Chinese sold-out words beside a back-order word.
    '在庫なし お取り寄せ',
    '缺貨 back-order',
  ])('does not read %j as a back-order', (text) => {
    expect(saysBackOrder(text)).toBe(false);
  });

  it('keeps a promotion that ends when stock runs out a back-order', () => {
    // "売り切れ次第終了" (while stocks last) says nothing of the product's stock.
    expect(saysBackOrder('お取り寄せ 売り切れ次第終了')).toBe(true);
  });

  it('strips the back-order words', () => {
    expect(withoutBackOrder('Temporarily on backorder').trim()).toBe('Temporarily on');
  });
});
