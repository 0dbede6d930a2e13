import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// End-to-end tests cannot click through a permission prompt in headless Chromium, so the
// test build (GIST_E2E=1) is given host access up front. The shipped manifest never is.
const grantHostAccessForTests = process.env.GIST_E2E === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The test build goes to its own folder so it is never mistaken for the shipped one.
  outDir: grantHostAccessForTests ? '.output/e2e' : '.output',
  vite: () => ({ plugins: [preact()] }),
  // Store packages (`npm run zip`): the extension for each store, and for AMO the sources it is
  // rebuilt from. WXT leaves node_modules, the output folder and dotfiles (.env, .git) out of the
  // sources; tests (not needed to build), measurements and logs go too. scripts/build/check-packages.ts
  // checks all three zips.
  zip: {
    exclude: ['**/*.map'],
    excludeSources: ['tests/**', 'eval/**', 'bench-results/**', 'test-results/**', 'stats.html', '**/*.log', '**/*.map'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    ...(grantHostAccessForTests ? { host_permissions: ['<all_urls>'] } : browser === 'firefox' ? {} : { optional_host_permissions: ['<all_urls>'] }),
    // Firefox MV2 keeps optional origins in optional_permissions.
    ...(browser === 'firefox' && !grantHostAccessForTests ? { optional_permissions: ['<all_urls>'] } : {}),
    // Opens the popup from the keyboard; people can change it in the browser's shortcut settings.
    commands: {
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_commandDescription__',
      },
    },
    content_security_policy:
      browser === 'firefox'
        ? ("script-src 'self'; object-src 'none'" as unknown as never)
        : { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'gist@gist-extension.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
