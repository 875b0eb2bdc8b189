/** Where the overlay sits: distance from the viewport's right and bottom edges, px. */
export interface Position {
  right: number;
  bottom: number;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const MARGIN = 16;
/** Room the open panel needs: it must not cover a buy button either. */
export const PANEL_BOX = { width: 330, height: 520 };

const intersects = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The box the overlay occupies at a position in a viewport. */
export function boxAt(pos: Position, vw: number, vh: number, size = PANEL_BOX): Rect {
  const right = vw - pos.right;
  const bottom = vh - pos.bottom;
  return { left: right - size.width, top: bottom - size.height, right, bottom };
}

/**
 * The first corner (bottom-right, bottom-left, top-right, top-left) where the
 * open overlay would cover none of the page's buy buttons; bottom-right if
 * every corner covers one.
 */
export function chooseCorner(avoid: Rect[], vw: number, vh: number): Position {
  const corners: Position[] = [
    { right: MARGIN, bottom: MARGIN },
    { right: Math.max(MARGIN, vw - PANEL_BOX.width - MARGIN), bottom: MARGIN },
    { right: MARGIN, bottom: Math.max(MARGIN, vh - PANEL_BOX.height - MARGIN) },
    {
      right: Math.max(MARGIN, vw - PANEL_BOX.width - MARGIN),
      bottom: Math.max(MARGIN, vh - PANEL_BOX.height - MARGIN),
    },
  ];
  return corners.find((c) => !avoid.some((r) => intersects(boxAt(c, vw, vh), r))) ?? (corners[0] as Position);
}

/** Keep a dragged position inside the viewport. */
export function clamp(pos: Position, vw: number, vh: number, size: { width: number; height: number }): Position {
  return {
    right: Math.min(Math.max(0, pos.right), Math.max(0, vw - size.width)),
    bottom: Math.min(Math.max(0, pos.bottom), Math.max(0, vh - size.height)),
  };
}

/** Words on buy / add-to-cart controls across the shops Zhide serves. */
const BUY_WORDS =
  /(add to (cart|basket|bag)|buy now|buy it now|checkout|in den warenkorb|jetzt kaufen|ajouter au panier|acheter|aggiungi al carrello|añadir a la cesta|comprar|加入购物车|立即购买|马上抢|领券购买|去购买|立即抢购|カートに入れる|今すぐ買う)/i;

/** Visible buy buttons' rectangles in the document (bounded scan). */
export function buyButtonRects(doc: Document): Rect[] {
  const out: Rect[] = [];
  const candidates = doc.querySelectorAll('button, a, input[type=submit], input[type=button], [role=button]');
  const n = Math.min(candidates.length, 400);
  for (let i = 0; i < n; i++) {
    const el = candidates[i] as HTMLElement;
    const label = `${el.textContent ?? ''} ${el.getAttribute('value') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
    if (label.length > 80 || !BUY_WORDS.test(label)) continue;
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) out.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  }
  return out;
}
