import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { inlineStylesheets } from './scripts/build/inline-stylesheets';
import { bundledBuildProblems } from './utils/sources/bundled';

/**
 * Refuses to build with bundled outlets that fail the full check or are not in canonical form, so
 * the extension can use them unchecked (utils/sources/bundled.ts): checking them in every cold
 * worker cost tens of milliseconds before its first answer.
 */
function checkBundledOutlets(): Plugin {
  return {
    name: 'parallax:check-bundled-outlets',
    buildStart() {
      const problems = bundledBuildProblems();
      if (problems.length) this.error(`bundled outlets:\n${problems.slice(0, 20).join('\n')}`);
    },
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // MV3 for Firefox too (WXT defaults Firefox to MV2).
  manifestVersion: 3,
  // The Firefox sources zip holds what builds the extension, and nothing else (no tests, no demo key).
  zip: {
    includeSources: [
      'entrypoints/**',
      'components/**',
      'utils/**',
      'public/**',
      // The build step wxt.config.ts imports (stylesheets inline).
      'scripts/build/**',
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'README.md',
      'PRIVACY.md',
      'SECURITY.md',
      'DEVELOPERS.md',
      'LICENSE',
    ],
  },
  hooks: {
    // The popup is built on its own, into one script with no chunk shared with the options page:
    // Chromium shows the popup only after its load event, which waits for every script file, and
    // each chrome-extension:// request is a round trip through the browser process.
    'entrypoints:grouped': (_wxt, groups) => {
      for (const group of groups) {
        const popup = Array.isArray(group) ? group.findIndex((entry) => entry.name === 'popup') : -1;
        if (Array.isArray(group) && popup >= 0 && group.length > 1) groups.push(group.splice(popup, 1));
      }
    },
  },
  vite: () => ({
    plugins: [preact(), checkBundledOutlets(), inlineStylesheets()],
    define: { __PARALLAX_BUNDLED_CHECKED__: 'true' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    // tabs: the toolbar badge shows each tab's outlet before the reader clicks.
    // alarms: the coverage refresh runs every 30 minutes. storage: settings and ratings.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'tabs'],
    // Feeds live on hundreds of outlets' hosts, and readers add their own: the background fetches them.
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    content_security_policy: {
      extension_pages:
        "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'parallax@parallax-news.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
