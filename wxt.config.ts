import { defineConfig } from 'wxt';
import { SHOP_MATCHES } from './lib/model/hosts';

// https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports only: a reader sees from the top of a file what it uses.
  imports: false,
  // Parallel builds (benchmarks, several worktrees) can each take their own output folder.
  outDir: process.env.ZHIDE_OUT_DIR ?? '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // offscreen: Chrome's service worker has no DOMParser; pages are read in an offscreen document.
    permissions: [
      'storage',
      'activeTab',
      'scripting',
      'alarms',
      'notifications',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    host_permissions: SHOP_MATCHES,
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_extName__' },
    // No remote code, no inline script, no plugins, no <base> tricks in extension pages.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'none'; base-uri 'none'"
        : { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'" },
    // The dashboard is the options page, opened in a tab of its own.
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'zhide@zhide.dev',
              strict_min_version: '128.0',
              // Nothing leaves the machine.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
