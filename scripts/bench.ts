/**
 * `npm run bench`: prints figures, asserts nothing. Times are medians over repeated runs on this machine.
 * - formatting every variant of a full story for every site, in each language, and the thread split alone
 *   against the splitter before issue 11 (scripts/bench-posts.ts);
 * - the content script's size, minified and gzipped (it must stay under 20 KB minified);
 * - image cards in headless Chromium: redraw and PNG export of a poster, against html-to-image
 *   (scripts/bench-cards.ts);
 * - a 24 MP photo added through the built panel: import time and the longest main-thread block, in the
 *   worker and on the main thread (scripts/bench-photos.ts);
 * - a story file of about 20 MB opened through the built panel in a fresh profile: the time until the library
 *   holds it, and the longest main-thread block (scripts/bench-import.ts);
 * - how far behind the durable copy is while a parent types, on a quiet and a busy machine
 *   (scripts/bench-saving.ts);
 * - the browser's memory with a story of 20 photos, before, while and after showing them (Linux only:
 *   scripts/bench-memory.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { benchPosts } from './bench-posts';
import { benchCards } from './bench-cards';
import { benchPhotos } from './bench-photos';
import { benchImport } from './bench-import';
import { benchTranslate } from './bench-translate';
import { benchSaving } from './bench-saving';
import { benchMemory } from './bench-memory';

async function main() {
  console.log('Homeward bench (medians; this machine)\n');
  await benchPosts();

  const script = '.output/chrome-mv3/content-scripts/composer.js';
  // `npm run bench` builds first; run directly, it needs a build.
  if (!existsSync(script)) throw new Error('No build: run `npm run bench`, which builds first.');
  const bytes = readFileSync(script);
  console.log(
    `\nContent script (${script}): ${(bytes.length / 1024).toFixed(2)} KB minified, ${(gzipSync(bytes).length / 1024).toFixed(2)} KB gzipped (limit 20 KB minified)`,
  );

  console.log('');
  await benchCards();
  console.log('');
  await benchPhotos();
  console.log('');
  await benchImport();
  console.log('');
  await benchTranslate();
  console.log('');
  await benchSaving();
  console.log('');
  // It reads /proc for the browser's memory, which only Linux has.
  if (process.platform === 'linux') await benchMemory();
  else console.log('Browser memory: skipped (reads /proc, Linux only).');
}

void main();
