import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, newProfileDir, removeProfile, type ExtensionBrowser } from './browser';

/**
 * One browser with the built extension for the tests of a describe block, in a new profile removed
 * afterwards. `browser` may be replaced by a test (a relaunch after a kill); the new one is closed at the end.
 */
export function browserForSuite(
  locale = 'en-US',
  setUp?: (browser: ExtensionBrowser) => Promise<void>,
): { profile: string; browser: ExtensionBrowser } {
  const suite = {} as { profile: string; browser: ExtensionBrowser };
  beforeAll(async () => {
    suite.profile = newProfileDir();
    suite.browser = await launchWithExtension(suite.profile, locale);
    await setUp?.(suite.browser);
  });
  afterAll(async () => {
    await suite.browser?.close().catch(() => undefined);
    if (suite.profile) removeProfile(suite.profile);
  });
  return suite;
}
