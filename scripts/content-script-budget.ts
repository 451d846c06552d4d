/**
 * The content scripts run on every page of every supported site, so they stay small: 20 KB each, minified
 * (20,480 bytes, the KB `npm run bench` reports in; the composer script is about 13 KB). wxt.config.ts checks
 * every production build with this and fails it when a script is over. What keeps them small: docs/platforms.md, "What runs on
 * the page".
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const CONTENT_SCRIPT_BUDGET = 20 * 1024;

export interface ContentScriptSize {
  readonly file: string;
  readonly bytes: number;
}

/** The size of each built content script (`content-scripts/*.js` in a browser's build directory). */
export function contentScriptSizes(buildDir: string): ContentScriptSize[] {
  const dir = join(buildDir, 'content-scripts');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => ({ file: `content-scripts/${name}`, bytes: statSync(join(dir, name)).size }));
}

/** Throws, naming each script and its size, when any is over the budget. */
export function checkContentScriptBudget(buildDir: string, budget = CONTENT_SCRIPT_BUDGET): ContentScriptSize[] {
  const sizes = contentScriptSizes(buildDir);
  if (sizes.length === 0) throw new Error(`no content script in ${buildDir}/content-scripts`);
  const over = sizes.filter((s) => s.bytes > budget);
  if (over.length > 0) {
    const list = over.map((s) => `${s.file} is ${s.bytes} bytes`).join(', ');
    throw new Error(`content script over its budget of ${budget} bytes: ${list} (docs/platforms.md, "What runs on the page")`);
  }
  return sizes;
}
