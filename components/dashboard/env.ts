import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ZhideDB } from '../../lib/db/db';
import type { ProductView } from '../../lib/messaging/protocol';
import type { Settings } from '../../lib/model/schema';

/**
 * What the dashboard needs from its surroundings, injected so the views run
 * the same in the extension page and in component tests.
 */
export interface DashboardEnv {
  db: ZhideDB;
  now: () => number;
  /** The background's analysed view of a product (value, trust, same product elsewhere). */
  loadView?: (productKey: string) => Promise<ProductView | null>;
  /** Called after settings were saved (the page reloads its strings when the language changed). */
  onSettingsSaved?: (s: Settings) => void;
  /** Hands a file to the person (an <a download> click by default). */
  download?: (blob: Blob, filename: string) => void;
}

export const DashboardEnvContext = createContext<DashboardEnv | null>(null);

export function useEnv(): DashboardEnv {
  const env = useContext(DashboardEnvContext);
  if (!env) throw new Error('DashboardEnvContext is missing');
  return env;
}

export function downloadBlob(env: DashboardEnv, blob: Blob, filename: string): void {
  if (env.download) {
    env.download(blob, filename);
    return;
  }
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `2026-07-01` in local time, for file names and date inputs. */
export function isoDay(t: number): string {
  const d = new Date(t);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
