/**
 * Stock wording shared by the site adapters and the DOM heuristic.
 */

// Orderable now, shipped later: "Order now and we'll deliver when available.", a restock date ("In stock on June 17,
// 2020. Order it now.", "Auf Lager ab dem 3. Mai", "En stock le 12 juin"). (Not Joshin's "お取り寄せできません", which
// says it cannot be ordered.)
const BACK_ORDER =
  /order (?:it )?now and we(?:'ll| will) deliver|back[- ]?order|bestellen sie jetzt und wir liefern|commandez(?:-le)? (?:dès )?maintenant et nous vous (?:le )?livrerons|ordina ora e ti invieremo|haz (?:tu|el) pedido (?:ya )?y te lo enviaremos|bestel nu en we leveren|beställ nu så levererar vi|zamów teraz,? a dostarczymy|şimdi sipariş verin|faça (?:o )?seu pedido agora e entregaremos|\b(?:back )?in stock on\b|auf lager ab\b|wieder (?:verfügbar|lieferbar|auf lager) ab\b|en stock le \d|en stock el \d|disponibile dal \d|op voorraad vanaf\b|na zamówienie|na objednávku|pēc pasūtījuma|užsakoma prekė|tilaustuote|beställningsvara|bestillingsvare|お取り寄せ(?!(?:が|は)?(?:でき(?:ません|ない)|不可))|під замовлення|под заказ|auf bestellung|sur commande|bajo pedido|su ordinazione|sob encomenda|op bestelling|nachbestellt|(?:you )?can still (?:order|be ordered)|deliver (?:it |them )?as soon as (?:it|they) arrives?|wird nachgeliefert|in nachlieferung/i;

/**
 * Written after a Japanese sold-out word (売り切れ, 在庫切れ, 品切れ): not when a sale's condition follows it, "売り切れの際は
 * ご容赦ください" (if it sells out), "売り切れ次第終了", "在庫切れとなる場合がございます" (it may). A lookahead, for
 * `new RegExp` sources here, in the heuristic's stock words and in the site adapters'.
 */
export const UNLESS_MAY_SELL_OUT = '(?!次第|の(?:際|場合)|た?場合|(?:と|に)なる場合)';

/**
 * Korean "품절", sold out: not in a policy heading's list ("교환/반품/품절 안내", returns and sold-out information), not
 * "품절 시" (if it sells out), nor soon to be, low stock ("곧 품절 (3개 남음)", "품절임박").
 */
export const SOLD_OUT_KO = String.raw`(?<!\/\s?|곧\s?)품절(?!\s?(?:시|안내|임박))`;

// Out of stock said in so many words, which an offer to order it all the same does not undo: a shopper reads Amazon's
// "Temporarily out of stock. Order now and we'll deliver when available." as out of stock, and so did the annotators
// of twelve of the fourteen such pages among our probe rounds (eight locales).
const STATED_OUT = new RegExp(
  `out of stock|currently unavailable|nicht auf lager|rupture de stock|sin stock|non disponibile|在庫切れ${UNLESS_MAY_SELL_OUT}|niet op voorraad|slut i lager|niedostępny|stokta yok|fora de estoque|sold out|ausverkauft|agotado|esaurito|esgotado|在庫なし|品切れ${UNLESS_MAY_SELL_OUT}|売り切れ${UNLESS_MAY_SELL_OUT}|${SOLD_OUT_KO}|缺貨|售完(?!為止|即止)`,
  'i',
);

/**
 * True when the text says the item can be ordered now and ships when restocked ("In stock on June 17, 2020. Order it
 * now.", "Temporarily on backorder", "Na zamówienie"), and does not say it is out of stock.
 */
export function saysBackOrder(text: string): boolean {
  return BACK_ORDER.test(text) && !STATED_OUT.test(text);
}

const BACK_ORDER_ALL = new RegExp(BACK_ORDER.source, 'gi');

/** The text less its words of ordering now for later delivery ("Order now and we'll deliver when available."). */
export function withoutBackOrder(text: string): string {
  return text.replace(BACK_ORDER_ALL, ' ');
}
