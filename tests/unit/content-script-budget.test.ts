import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_BUDGET, checkContentScriptBudget } from '../../scripts/content-script-budget';

const dirs: string[] = [];
/** A build directory holding content scripts of these sizes. */
function build(scripts: Record<string, number>): string {
  const dir = mkdtempSync(join(tmpdir(), 'homeward-budget-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'content-scripts'));
  for (const [name, bytes] of Object.entries(scripts)) writeFileSync(join(dir, 'content-scripts', name), 'x'.repeat(bytes));
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the content scripts’ size budget (checked by every production build, wxt.config.ts)', () => {
  it('is 20 KB per script', () => {
    expect(CONTENT_SCRIPT_BUDGET).toBe(20_480);
  });

  it('passes scripts up to the budget and says their sizes', () => {
    expect(checkContentScriptBudget(build({ 'composer.js': 13_326, 'paste-bridge.js': 20_480 }))).toEqual([
      { file: 'content-scripts/composer.js', bytes: 13_326 },
      { file: 'content-scripts/paste-bridge.js', bytes: 20_480 },
    ]);
  });

  it('fails when one script is a byte over, naming it and its size', () => {
    expect(() => checkContentScriptBudget(build({ 'composer.js': 20_481, 'paste-bridge.js': 900 }))).toThrow(
      /content-scripts\/composer\.js is 20481 bytes/,
    );
  });

  it('fails when there is no content script to measure (a build that moved them must not pass unchecked)', () => {
    expect(() => checkContentScriptBudget(build({}))).toThrow(/no content script/);
  });
});
