import { LIVE_GRAPHQL_HINT, LIVE_MAX_PAYLOAD_CHARS, matchLiveEndpoint } from './endpoints';

/**
 * The main-world half of live-room capture: wraps the page's `fetch` and
 * `XMLHttpRequest` so that responses from the product-list / current-product
 * endpoints (see endpoints.ts) are copied, as text, to the isolated content
 * script with `window.postMessage({source: 'zhide-live', version: 1, url, payload})`.
 *
 * Transparent by construction: the page gets the very promise / XHR it would
 * have had (same values, errors and timing); our reading happens on a clone,
 * after the fact, and every step of ours is wrapped so it can never throw into
 * the page. No zod here: validation happens on the isolated side.
 */
export interface BridgeWindow {
  fetch?: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  XMLHttpRequest?: { prototype: XMLHttpRequest };
  postMessage(message: unknown, targetOrigin: string): void;
  location: { href: string; origin: string };
  setTimeout(handler: () => void, timeout?: number): unknown;
}

export interface LiveBridgeOutMessage {
  source: 'zhide-live';
  version: 1;
  url: string;
  payload: string;
}

const INSTALLED = '__zhideLiveBridge';

/** Install once per window; returns false when already installed. */
export function installLiveBridge(win: BridgeWindow): boolean {
  const flagged = win as unknown as Record<string, unknown>;
  if (flagged[INSTALLED]) return false;
  flagged[INSTALLED] = true;

  const post = (url: string, text: string): void => {
    try {
      if (typeof text !== 'string' || text.length === 0 || text.length > LIVE_MAX_PAYLOAD_CHARS) return;
      if (/graphql/i.test(url) && !LIVE_GRAPHQL_HINT.test(text.slice(0, 200_000))) return;
      const msg: LiveBridgeOutMessage = { source: 'zhide-live', version: 1, url: url.slice(0, 8192), payload: text };
      const origin = win.location.origin;
      win.postMessage(msg, origin && origin !== 'null' ? origin : '*');
    } catch {
      // Never surface our failures to the page.
    }
  };
  const wanted = (url: string | undefined): url is string => {
    try {
      return !!url && matchLiveEndpoint(url, win.location.href) !== undefined;
    } catch {
      return false;
    }
  };
  const jsonish = (ct: string | null): boolean => !ct || /json|text\/plain|javascript/i.test(ct);

  const origFetch = win.fetch;
  if (typeof origFetch === 'function') {
    const wrapped = function fetch(this: unknown, ...args: [RequestInfo | URL, RequestInit?]): Promise<Response> {
      const result = origFetch.apply(this, args);
      try {
        const url = requestUrl(args[0], win.location.href);
        if (wanted(url) && result && typeof result.then === 'function') {
          // Registered before the page's own handlers, so the body is still unread when we clone it.
          result.then(
            (res) => {
              try {
                if (!res?.ok || !jsonish(res.headers.get('content-type'))) return;
                const len = Number(res.headers.get('content-length') ?? 0);
                if (len > LIVE_MAX_PAYLOAD_CHARS * 4) return;
                res
                  .clone()
                  .text()
                  .then((text) => post(res.url || url, text))
                  .catch(() => {});
              } catch {
                // body already used, opaque response …
              }
            },
            () => {},
          );
        }
      } catch {
        // ignore
      }
      return result;
    };
    win.fetch = wrapped as typeof origFetch;
  }

  const proto = win.XMLHttpRequest?.prototype;
  if (proto && typeof proto.open === 'function' && typeof proto.send === 'function') {
    const urls = new WeakMap<XMLHttpRequest, string>();
    const origOpen = proto.open as (this: XMLHttpRequest, ...a: unknown[]) => void;
    const origSend = proto.send as (this: XMLHttpRequest, ...a: unknown[]) => void;
    proto.open = function open(this: XMLHttpRequest, ...args: unknown[]) {
      try {
        urls.set(this, String(args[1]));
      } catch {
        // ignore
      }
      return origOpen.apply(this, args);
    } as typeof proto.open;
    proto.send = function send(this: XMLHttpRequest, ...args: unknown[]) {
      try {
        const url = requestUrl(urls.get(this) ?? '', win.location.href);
        if (wanted(url)) {
          this.addEventListener('load', () => {
            // Off the page's load handlers: read once they have run.
            win.setTimeout(() => {
              try {
                if (this.status < 200 || this.status >= 300 || !jsonish(this.getResponseHeader('content-type'))) return;
                const t = this.responseType;
                if (t === '' || t === 'text') post(this.responseURL || url, this.responseText);
                else if (t === 'json' && this.response != null)
                  post(this.responseURL || url, JSON.stringify(this.response));
              } catch {
                // ignore
              }
            }, 0);
          });
        }
      } catch {
        // ignore
      }
      return origSend.apply(this, args);
    } as typeof proto.send;
  }
  return true;
}

function requestUrl(input: unknown, base: string): string | undefined {
  try {
    const raw =
      typeof input === 'string'
        ? input
        : input instanceof URL
          ? input.href
          : typeof (input as { url?: unknown })?.url === 'string'
            ? (input as { url: string }).url
            : undefined;
    return raw === undefined ? undefined : new URL(raw, base).href;
  } catch {
    return undefined;
  }
}
