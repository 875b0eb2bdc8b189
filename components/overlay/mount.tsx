import { render } from 'preact';
import { type I18n, I18nContext } from '../shared/i18n';
import { installEventGuard, protect } from './guard';
import { Overlay, type OverlayProps } from './Overlay';
import { OVERLAY_CSS } from './styles';

export type OverlayHandle = ShadowHandle<OverlayProps>;

export interface ShadowHandle<P> {
  update(props: P): void;
  remove(): void;
  /** The host element in the page (for tests and for "is it still attached"). */
  host: HTMLElement;
}

/**
 * Mount the overlay in a closed shadow root on its own custom element, so
 * page scripts can't reach into it (`host.shadowRoot` is null) and page CSS
 * can't restyle it. Text from pages is rendered by Preact as text nodes.
 */
export function mountOverlay(doc: Document, i18n: I18n, props: OverlayProps): OverlayHandle {
  return mountInShadow(doc, i18n, props, Overlay);
}

/** Mount any overlay component the same way (the storefront overlay, the live-room timeline). */
export function mountInShadow<P extends object>(
  doc: Document,
  i18n: I18n,
  props: P,
  Component: (p: P) => preact.JSX.Element | null,
): ShadowHandle<P> {
  const host = doc.createElement('zhide-overlay');
  host.setAttribute('data-zhide', '');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  const root = doc.createElement('div');
  root.className = 'root';
  shadow.append(style, root);
  // What is typed inside must not reach the page's listeners (see guard.ts; installed at document_start).
  installEventGuard(doc.defaultView ?? window);
  const unprotect = protect(host, shadow);
  (doc.body ?? doc.documentElement).append(host);

  const draw = (p: P) =>
    render(
      <I18nContext.Provider value={i18n}>
        <Component {...p} />
      </I18nContext.Provider>,
      root,
    );
  draw(props);
  return {
    host,
    update: draw,
    remove() {
      render(null, root);
      unprotect();
      host.remove();
    },
  };
}
