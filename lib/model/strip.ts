/** A copy of a record without its undefined fields (IndexedDB stores them; schemas and exports should not see them). */
export function stripUndefined<T extends object>(o: T): T {
  const out = {} as T;
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] !== undefined) out[k] = o[k];
  return out;
}
