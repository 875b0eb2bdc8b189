import type { CDPSession, Page } from 'playwright-core';

/**
 * The overlay lives in a *closed* shadow root, so page scripts — and
 * Playwright's locators — cannot reach in. Tests read and click it through
 * the DevTools protocol, which sees closed roots (`pierce: true`).
 */
export class OverlayProbe {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async attach(page: Page): Promise<OverlayProbe> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    return new OverlayProbe(page, cdp);
  }

  /** nodeId of the overlay's shadow root, or undefined when no overlay is mounted. */
  private async root(): Promise<number | undefined> {
    const { root } = await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const stack = [root];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.nodeName === 'ZHIDE-OVERLAY' && n.shadowRoots?.[0]) return n.shadowRoots[0].nodeId;
      stack.push(...(n.children ?? []), ...(n.shadowRoots ?? []));
    }
    return undefined;
  }

  private async node(selector: string): Promise<number | undefined> {
    const root = await this.root();
    if (root === undefined) return undefined;
    const { nodeId } = await this.cdp.send('DOM.querySelector', { nodeId: root, selector });
    return nodeId || undefined;
  }

  async exists(selector: string): Promise<boolean> {
    return (await this.node(selector)) !== undefined;
  }

  /** Text content of the first match (tags stripped), or undefined. */
  async text(selector: string): Promise<string | undefined> {
    const id = await this.node(selector);
    if (id === undefined) return undefined;
    const { outerHTML } = await this.cdp.send('DOM.getOuterHTML', { nodeId: id });
    return decodeEntities(outerHTML.replace(/<[^>]*>/g, '')).trim();
  }

  /** Outer HTML of the whole overlay (for asserting what is and isn't in it). */
  async html(): Promise<string> {
    const root = await this.root();
    if (root === undefined) return '';
    const { outerHTML } = await this.cdp.send('DOM.getOuterHTML', { nodeId: root });
    return outerHTML;
  }

  async box(selector: string): Promise<{ x: number; y: number; width: number; height: number } | undefined> {
    const id = await this.node(selector);
    if (id === undefined) return undefined;
    const { model } = await this.cdp.send('DOM.getBoxModel', { nodeId: id });
    const [x1, y1, x2, , , y3] = model.border;
    return { x: x1!, y: y1!, width: x2! - x1!, height: y3! - y1! };
  }

  /** A computed style property of the first match (e.g. to check dark mode). */
  async style(selector: string, property: string): Promise<string | undefined> {
    const id = await this.node(selector);
    if (id === undefined) return undefined;
    await this.cdp.send('CSS.enable');
    const { computedStyle } = await this.cdp.send('CSS.getComputedStyleForNode', { nodeId: id });
    return computedStyle.find((p) => p.name === property)?.value;
  }

  async click(selector: string): Promise<void> {
    const b = await this.box(selector);
    if (!b) throw new Error(`overlay has no ${selector}`);
    await this.page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  }

  /** Poll until `check` passes or the timeout ends; returns the last value. */
  async waitFor<T>(read: () => Promise<T>, check: (v: T) => boolean, timeoutMs = 10000): Promise<T> {
    const end = Date.now() + timeoutMs;
    let v = await read();
    while (!check(v) && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 100));
      v = await read();
    }
    return v;
  }
}

function decodeEntities(s: string): string {
  return s
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
