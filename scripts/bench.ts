/**
 * `npm run bench`: prints figures, asserts nothing. Times are medians over repeated runs on this machine.
 * - formatting every variant of a full story for every site, in each language;
 * - the content script's size, minified and gzipped (it must stay under 20 KB minified);
 * - image cards in headless Chromium: redraw and PNG export of a poster, against html-to-image
 *   (scripts/bench-cards.ts);
 * - a 24 MP photo added through the built panel: import time and the longest main-thread block, in the
 *   worker and on the main thread (scripts/bench-photos.ts);
 * - how far behind the durable copy is while a parent types, on a quiet and a busy machine
 *   (scripts/bench-saving.ts);
 * - the browser's memory with a story of 20 photos, before, while and after showing them (Linux only:
 *   scripts/bench-memory.ts).
 */
import { performance } from 'node:perf_hooks';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { composePosts, type Translate } from '../lib/compose/posts';
import { PLATFORMS } from '../lib/platforms';
import { createI18n } from '../lib/i18n/i18n';
import { APP_LANGUAGES } from '../lib/i18n/languages';
import { createStory, withAnswerPart, type Story } from '../lib/story/story';
import { questionsFor } from '../lib/kinds';
import { NEW_STORY_KIND } from '../lib/story/kinds';
import { benchCards } from './bench-cards';
import { benchPhotos } from './bench-photos';
import { benchSaving } from './bench-saving';
import { benchMemory } from './bench-memory';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** A long, complete story: every question answered with a paragraph of mixed Chinese, emoji and a link. */
function fullStory(language: Story['language']): Story {
  const paragraph =
    '那天下午我们在菜市场门口，他说要看小鸭子😋。我转身付钱，回头他就不见了！我们喊遍了整条街，一直到天黑。' +
    '后来我们去了派出所，也去了四个省。More: https://example.com/find/mingming ';
  let s = createStory({ id: 'bench', now: '2026-11-29T00:00:00.000Z', language, kind: NEW_STORY_KIND });
  for (const q of questionsFor(NEW_STORY_KIND)) {
    for (const part of q.parts) {
      const value =
        part.input === 'date' ? '2019-06-05' : part.input === 'choice' ? (part.options?.[0] ?? '') : part.input === 'longtext' ? paragraph.repeat(2) : '李小明';
      s = withAnswerPart(s, q.id, part.id, value, s.updatedAt);
    }
  }
  return s;
}

async function main() {
  console.log('Homeward bench (medians; this machine)\n');
  console.log('Formatting every variant (story, alert, thread, update) for one site:');
  const rows: string[][] = [];
  for (const language of APP_LANGUAGES) {
    const i18n = await createI18n(language);
    const t = i18n.getFixedT(language) as unknown as Translate;
    const story = fullStory(language);
    for (const profile of Object.values(PLATFORMS)) {
      composePosts({ story, profile, t, today: '2026-11-29' }); // warm up
      const times: number[] = [];
      let parts = 0;
      for (let i = 0; i < 15; i++) {
        const start = performance.now();
        const posts = composePosts({ story, profile, t, today: '2026-11-29' });
        times.push(performance.now() - start);
        parts = posts.thread.parts.length;
      }
      rows.push([language, profile.id, `${median(times).toFixed(1)} ms`, `${parts} thread part(s)`]);
    }
  }
  const all = rows.reduce((sum, r) => sum + Number.parseFloat(r[2] ?? '0'), 0);
  for (const r of rows) console.log(`  ${r[0]!.padEnd(6)} ${r[1]!.padEnd(12)} ${r[2]!.padStart(9)}   ${r[3]}`);
  console.log(`  every site, every language: ${all.toFixed(1)} ms in all`);

  const script = '.output/chrome-mv3/content-scripts/composer.js';
  // `npm run bench` builds first; run directly, it needs a build.
  if (!existsSync(script)) throw new Error('No build: run `npm run bench`, which builds first.');
  const bytes = readFileSync(script);
  console.log(`\nContent script (${script}): ${(bytes.length / 1024).toFixed(2)} KB minified, ${(gzipSync(bytes).length / 1024).toFixed(2)} KB gzipped (limit 20 KB minified)`);

  console.log('');
  await benchCards();
  console.log('');
  await benchPhotos();
  console.log('');
  await benchSaving();
  console.log('');
  // It reads /proc for the browser's memory, which only Linux has.
  if (process.platform === 'linux') await benchMemory();
  else console.log('Browser memory: skipped (reads /proc, Linux only).');
}

void main();
