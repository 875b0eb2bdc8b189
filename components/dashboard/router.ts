import { useEffect, useState } from 'preact/hooks';

/** The dashboard's pages, addressed by the URL hash so the back button and links work. */
export type Route =
  | { view: 'products' }
  | { view: 'product'; key: string }
  | { view: 'watch' }
  | { view: 'audit'; group?: string }
  | { view: 'data' }
  | { view: 'settings' };

export function parseRoute(hash: string): Route {
  const h = hash.replace(/^#\/?/, '');
  const [head = '', ...rest] = h.split('/');
  const tail = rest.join('/');
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  switch (head) {
    case 'product':
      return tail ? { view: 'product', key: decode(tail) } : { view: 'products' };
    case 'watch':
      return { view: 'watch' };
    case 'audit':
      return tail ? { view: 'audit', group: decode(tail) } : { view: 'audit' };
    case 'data':
      return { view: 'data' };
    case 'settings':
      return { view: 'settings' };
    default:
      return { view: 'products' };
  }
}

export function routeHref(r: Route): string {
  switch (r.view) {
    case 'product':
      return `#/product/${encodeURIComponent(r.key)}`;
    case 'audit':
      return r.group !== undefined ? `#/audit/${encodeURIComponent(r.group)}` : '#/audit';
    case 'products':
      return '#/';
    default:
      return `#/${r.view}`;
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}
