import { useState } from 'preact/hooks';
import { BACKUP_TABLES } from '../../lib/db/backup';
import type { ZhideDB } from '../../lib/db/db';
import { applyRetention } from '../../lib/db/retention';
import { DEFAULT_SETTINGS, type Settings, SettingsSchema } from '../../lib/model/schema';
import { formatNumber } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { useLiveQuery } from '../shared/useLiveQuery';
import { useEnv } from './env';

export async function readSettings(db: ZhideDB): Promise<Settings> {
  const row = await db.kv.get('settings');
  const parsed = SettingsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/**
 * Change settings from their stored value (not from what the view last
 * rendered), so two quick changes never undo each other.
 */
export async function updateSettings(db: ZhideDB, change: (s: Settings) => Settings): Promise<Settings> {
  return db.transaction('rw', db.kv, async () => {
    const next = SettingsSchema.parse(change(await readSettings(db)));
    await db.kv.put({ key: 'settings', value: next });
    return next;
  });
}

/** Every table but the settings row: what "delete all data" removes. */
export async function deleteAllData(db: ZhideDB): Promise<void> {
  const tables = BACKUP_TABLES.map((t) => db.table(t));
  await db.transaction('rw', tables, async () => {
    for (const name of BACKUP_TABLES) {
      if (name === 'kv') await db.kv.where('key').notEqual('settings').delete();
      else await db.table(name).clear();
    }
  });
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
};

export function SettingsView() {
  const { t, locale } = useI18n();
  const env = useEnv();
  const { db, now } = env;
  const settings = useLiveQuery(() => readSettings(db), [db]);
  // Hosts seen recently, to offer per-site switches without typing.
  const seenHosts = useLiveQuery(async () => {
    const recent = await db.products.orderBy('lastSeenAt').reverse().limit(2000).toArray();
    return [...new Set(recent.map((p) => hostOf(p.url)).filter((h): h is string => !!h))];
  }, [db]);
  const [newHost, setNewHost] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  if (!settings) return <p class="muted">{t('dashLoading')}</p>;

  const save = async (change: (s: Settings) => Settings) => {
    const saved = await updateSettings(db, change);
    setStatus(t('dashSaved'));
    env.onSettingsSaved?.(saved);
  };
  const setSite = (host: string, patch: { enabled?: boolean; hideOverlay?: boolean }) =>
    save((s) => {
      const cur = { ...s.sites[host], ...patch };
      // Defaults (enabled, overlay shown) are stored as absence.
      if (cur.enabled !== false) delete cur.enabled;
      if (!cur.hideOverlay) delete cur.hideOverlay;
      const sites = { ...s.sites };
      if (Object.keys(cur).length) sites[host] = cur;
      else delete sites[host];
      return { ...s, sites };
    });
  const hosts = [...new Set([...Object.keys(settings.sites), ...(seenHosts ?? [])])].sort();

  const thinNow = async () => {
    setBusy(true);
    try {
      const r = await applyRetention(db, now(), { offsetMs: -new Date().getTimezoneOffset() * 60_000 });
      setStatus(t('dashThinned', formatNumber(r.removed, locale)));
    } finally {
      setBusy(false);
    }
  };
  const wipe = async () => {
    setBusy(true);
    try {
      await deleteAllData(db);
      setConfirming(false);
      setStatus(t('dashDeleted'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="settings-h" class="settings" data-testid="settings">
      <h2 id="settings-h">{t('dashSettings')}</h2>
      {status ? (
        <p role="status" class="muted" data-testid="settings-status">
          {status}
        </p>
      ) : null}

      <fieldset>
        <legend>{t('dashLanguage')}</legend>
        <select
          value={settings.locale}
          aria-label={t('dashLanguage')}
          data-testid="setting-locale"
          onChange={(e) => {
            const locale = (e.currentTarget as HTMLSelectElement).value as Settings['locale'];
            void save((s) => ({ ...s, locale }));
          }}
        >
          <option value="auto">{t('dashLangAuto')}</option>
          <option value="en">English</option>
          <option value="zh_CN">简体中文</option>
        </select>
      </fieldset>

      <fieldset>
        <legend>{t('dashOverlay')}</legend>
        <label>
          <input
            type="checkbox"
            checked={settings.overlay.enabled}
            data-testid="setting-overlay"
            onChange={(e) => {
              const enabled = (e.currentTarget as HTMLInputElement).checked;
              void save((s) => ({ ...s, overlay: { ...s.overlay, enabled } }));
            }}
          />{' '}
          {t('dashOverlayEnabled')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={settings.overlay.collapsed}
            data-testid="setting-collapsed"
            onChange={(e) => {
              const collapsed = (e.currentTarget as HTMLInputElement).checked;
              void save((s) => ({ ...s, overlay: { ...s.overlay, collapsed } }));
            }}
          />{' '}
          {t('dashOverlayCollapsed')}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('dashSites')}</legend>
        {hosts.length ? (
          <table class="grid" data-testid="site-table">
            <thead>
              <tr>
                <th>{t('dashHost')}</th>
                <th>{t('dashSiteEnabled')}</th>
                <th>{t('dashSiteHideOverlay')}</th>
              </tr>
            </thead>
            <tbody>
              {hosts.map((h) => (
                <tr key={h} data-host={h}>
                  <td>{h}</td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${t('dashSiteEnabled')} ${h}`}
                      checked={settings.sites[h]?.enabled !== false}
                      onChange={(e) => setSite(h, { enabled: (e.currentTarget as HTMLInputElement).checked })}
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${t('dashSiteHideOverlay')} ${h}`}
                      checked={!!settings.sites[h]?.hideOverlay}
                      onChange={(e) => setSite(h, { hideOverlay: (e.currentTarget as HTMLInputElement).checked })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p class="muted">{t('dashNoSites')}</p>
        )}
        <form
          class="toolbar"
          onSubmit={(e) => {
            e.preventDefault();
            const h = hostOf(newHost.includes('://') ? newHost : `https://${newHost.trim()}`);
            if (h) void setSite(h, { enabled: false });
            setNewHost('');
          }}
        >
          <input
            value={newHost}
            placeholder="shop.example.com"
            aria-label={t('dashHost')}
            onInput={(e) => setNewHost((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit">{t('dashDisableHost')}</button>
        </form>
      </fieldset>

      <fieldset>
        <legend>{t('dashRetention')}</legend>
        <label>
          <input
            type="radio"
            name="retention"
            checked={settings.retention === 'all'}
            onChange={() => save((s) => ({ ...s, retention: 'all' }))}
          />{' '}
          {t('dashRetentionAll')}
        </label>
        <label>
          <input
            type="radio"
            name="retention"
            data-testid="setting-retention-thin"
            checked={settings.retention === 'daily-after-90d'}
            onChange={() => save((s) => ({ ...s, retention: 'daily-after-90d' }))}
          />{' '}
          {t('dashRetentionDaily')}
        </label>
        {settings.retention === 'daily-after-90d' ? (
          <button type="button" onClick={thinNow} disabled={busy}>
            {t('dashThinNow')}
          </button>
        ) : null}
      </fieldset>

      <fieldset class="danger">
        <legend>{t('dashDeleteAll')}</legend>
        <p class="muted">{t('dashDeleteAllHelp')}</p>
        {confirming ? (
          <div class="toolbar" role="alertdialog" aria-label={t('dashDeleteAll')}>
            <strong>{t('dashDeleteConfirm')}</strong>
            <button type="button" class="danger" onClick={wipe} disabled={busy} data-testid="delete-confirm">
              {t('dashDeleteYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('dashCancel')}
            </button>
          </div>
        ) : (
          <button type="button" class="danger" onClick={() => setConfirming(true)} data-testid="delete-all">
            {t('dashDeleteAll')}
          </button>
        )}
      </fieldset>
    </section>
  );
}
