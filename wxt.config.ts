import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import { CONTENT_SCRIPT_MATCHES } from './lib/platforms/hosts';
import { checkContentScriptBudget } from './scripts/content-script-budget';
import { extensionPagesCsp } from './lib/security/csp';

/**
 * core-js 2 (under twitter-text) finds the global object with `Function('return this')()` where there is no
 * window or self. Homeward's pages always have both, so that branch never runs; `globalThis` says the same
 * without the Function constructor, which Firefox's add-on linter reports as eval.
 */
function noFunctionConstructor(): Plugin {
  const found = "Function('return this')()";
  return {
    name: 'homeward:no-function-constructor',
    transform(code, id) {
      if (!/[\\/]core-js[\\/](?:library[\\/])?modules[\\/]_global\.js$/.test(id) || !code.includes(found)) return null;
      return { code: code.replace(found, 'globalThis'), map: null };
    },
  };
}

/**
 * React DOM's `dangerouslySetInnerHTML` sets `element.innerHTML` from a prop. Homeward never uses that prop
 * (scripts/lint-firefox.ts checks the source), so the branch is dead code; it is replaced by a throw, so no
 * HTML string can ever reach the DOM through React, and Firefox's add-on linter has no unsafe assignment to
 * report. The build fails if React DOM's code no longer has exactly the two assignments this expects.
 */
function noReactInnerHtml(): Plugin {
  const assignment = '(domElement.innerHTML = key)';
  const refusal = "(() => { throw new Error('Homeward never sets innerHTML (dangerouslySetInnerHTML is not used)'); })()";
  return {
    name: 'homeward:no-react-inner-html',
    transform(code, id) {
      if (!/[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/.test(id)) return null;
      const count = code.split(assignment).length - 1;
      if (count !== 2) throw new Error(`react-dom: expected 2 dangerouslySetInnerHTML assignments, found ${count}; update wxt.config.ts`);
      return { code: code.split(assignment).join(refusal), map: null };
    },
  };
}

/**
 * Readability and DOMPurify (the panel's "Use text from this page") set `innerHTML` in three places, all on
 * documents made by DOMParser, which run no script and load nothing; Firefox's add-on linter cannot know that
 * and warns. Each assignment becomes the same parse through DOMParser, whose nodes are then moved in, so the
 * linter has nothing to report and nothing changes: Readability restores a page between its attempts and
 * unwraps `<noscript>` images that way; DOMPurify's branch runs only where DOMParser itself failed (never in
 * the panel), and is left with an empty document (so nothing passes). The build fails if the libraries'
 * code no longer has exactly these assignments.
 */
function inertInnerHtml(): Plugin {
  const parse = (target: string, html: string) =>
    `${target}.replaceChildren(...Array.from(new DOMParser().parseFromString(${html}, 'text/html').body.childNodes))`;
  const edits: { file: RegExp; from: string; to: string }[] = [
    {
      file: /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/,
      from: 'page.innerHTML = pageCacheHtml;',
      to: `${parse('page', 'pageCacheHtml')};`,
    },
    {
      file: /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/,
      from: 'tmp.innerHTML = noscript.innerHTML;',
      to: `${parse('tmp', 'noscript.innerHTML')};`,
    },
    {
      file: /[\\/]dompurify[\\/]dist[\\/]purify\.es\.mjs$/,
      from: 'doc.documentElement.innerHTML = IS_EMPTY_INPUT ? emptyHTML : dirtyPayload;',
      to: 'void (IS_EMPTY_INPUT ? emptyHTML : dirtyPayload);',
    },
  ];
  return {
    name: 'homeward:inert-inner-html',
    transform(code, id) {
      const mine = edits.filter((e) => e.file.test(id));
      if (mine.length === 0) return null;
      let out = code;
      for (const edit of mine) {
        const count = out.split(edit.from).length - 1;
        if (count !== 1) throw new Error(`${id}: expected one \`${edit.from}\`, found ${count}; update wxt.config.ts`);
        out = out.replace(edit.from, edit.to);
      }
      return { code: out, map: null };
    },
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({ plugins: [noFunctionConstructor(), noReactInnerHtml(), inertInnerHtml()] }),
  // A second build directory lets two builds (and their e2e runs) happen side by side.
  outDir: process.env.HOMEWARD_OUT_DIR ?? '.output',
  // Explicit imports only: every file says where its names come from.
  imports: false,
  manifest: ({ browser, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the stories; sidePanel: Chrome's side panel. Nothing else until a feature needs it.
    // scripting: to run the content script on a Mastodon server the person allows at run time.
    // unlimitedStorage: a family's stories and photos must never hit storage.local's 10 MB cap, nor be
    // evicted from IndexedDB when the disk runs low (README, "Permissions").
    // activeTab: clicking Homeward's toolbar button lets it see which page is open beside it, so "Use text from
    // this page" can ask for that one site (no warning at install; nothing is read until the person asks).
    permissions:
      browser === 'firefox'
        ? ['storage', 'unlimitedStorage', 'scripting', 'activeTab']
        : ['storage', 'unlimitedStorage', 'sidePanel', 'scripting', 'activeTab'],
    // The supported sites only: to know which site the tab is on and to fill its compose box.
    host_permissions: [...CONTENT_SCRIPT_MATCHES],
    // Any other site is asked for, one at a time, when the person needs it: a Mastodon server they pick, or the
    // page they ask to take text from ("Use text from this page"; some appeals are on plain http sites).
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    action: { default_title: '__MSG_extActionTitle__' },
    // Nothing remote in the extension's own pages: no script, image, style, font, frame or connection
    // (lib/security/csp.ts). Written in MV3's form; WXT makes it the string MV2 (Firefox) takes.
    content_security_policy: { extension_pages: extensionPagesCsp(command) },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'homeward@homeward.invalid',
              // 140 (an ESR): the first with data_collection_permissions; the page-world paste script
              // (content_scripts world MAIN) needs 128.
              strict_min_version: '140.0',
              // Homeward collects nothing: Firefox's own declaration of that.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
  }),
  hooks: {
    // The page-world paste script is Firefox's alone (Chromium reads the content script's own paste). Left out
    // here rather than with the entrypoint's `include`, which makes WXT warn about a skipped entrypoint.
    'entrypoints:found': (wxt, infos) => {
      if (wxt.config.browser === 'firefox') return;
      const at = infos.findIndex((info) => info.name === 'paste-bridge');
      if (at >= 0) infos.splice(at, 1);
    },
    // Firefox's sidebar takes its title from the page's <title>; give it the localised name instead.
    'build:manifestGenerated': (_wxt, manifest) => {
      const sidebar = (manifest as { sidebar_action?: { default_title?: string } }).sidebar_action;
      if (sidebar) sidebar.default_title = '__MSG_extName__';
    },
    // Every production build: each content script within its budget (20 KB), or the build fails.
    'build:done': (wxt) => {
      if (wxt.config.command === 'build') checkContentScriptBudget(wxt.config.outDir);
    },
  },
});
