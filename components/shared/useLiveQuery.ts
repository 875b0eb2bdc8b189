import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * Subscribe to a Dexie query and re-render when its result changes (also
 * when another context — the background — writes). Returns `undefined`
 * until the first result.
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const sub = liveQuery(query).subscribe({ next: setValue, error: (e) => console.error('zhide: query failed', e) });
    return () => sub.unsubscribe();
  }, deps);
  return value;
}
