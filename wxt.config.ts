import { defineConfig } from 'wxt';
import { CONTENT_SCRIPT_MATCHES } from './lib/platforms/hosts';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // A second build directory lets two builds (and their e2e runs) happen side by side.
  outDir: process.env.HOMEWARD_OUT_DIR ?? '.output',
  // Explicit imports only: every file says where its names come from.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the stories; sidePanel: Chrome's side panel. Nothing else until a feature needs it.
    // scripting: to run the content script on a Mastodon server the person allows at run time.
    // unlimitedStorage: a family's stories and photos must never hit storage.local's 10 MB cap, nor be
    // evicted from IndexedDB when the disk runs low (README, "Permissions").
    permissions:
      browser === 'firefox' ? ['storage', 'unlimitedStorage', 'scripting'] : ['storage', 'unlimitedStorage', 'sidePanel', 'scripting'],
    // The supported sites only: to know which site the tab is on and to fill its compose box.
    host_permissions: [...CONTENT_SCRIPT_MATCHES],
    // Any other Mastodon server is asked for, one at a time, when the person picks it.
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    action: { default_title: '__MSG_extActionTitle__' },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'homeward@homeward.invalid',
              strict_min_version: '128.0',
              // Homeward collects nothing: Firefox's own declaration of that.
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
  hooks: {
    // Firefox's sidebar takes its title from the page's <title>; give it the localised name instead.
    'build:manifestGenerated': (_wxt, manifest) => {
      const sidebar = (manifest as { sidebar_action?: { default_title?: string } }).sidebar_action;
      if (sidebar) sidebar.default_title = '__MSG_extName__';
    },
  },
});
