/**
 * `npm run bench` (or `tsx scripts/bench-posts.ts` alone): formatting every variant of a long story for every
 * site, in each language; then the thread split alone, the splitter that counts each candidate part whole
 * (before issue 11, kept as tests/helpers/thread-oracle.ts) against the one that counts sentence by sentence,
 * in the same run. Prints medians, asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { composePosts, type Translate } from '../lib/compose/posts';
import { splitThread } from '../lib/compose/thread';
import { PLATFORMS } from '../lib/platforms';
import { createI18n } from '../lib/i18n/i18n';
import { APP_LANGUAGES } from '../lib/i18n/languages';
import { createStory, withAnswerPart, type Story } from '../lib/story/story';
import { questionsFor } from '../lib/kinds';
import { NEW_STORY_KIND, type StoryKind } from '../lib/story/kinds';
import { splitThreadWhole } from '../tests/helpers/thread-oracle';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function timed(run: () => unknown, times = 15): number {
  run(); // warm up
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    ms.push(performance.now() - start);
  }
  return median(ms);
}

/** A long, complete story: every question answered with a paragraph of mixed Chinese, emoji and a link. */
function fullStory(language: Story['language'], kind: StoryKind = NEW_STORY_KIND): Story {
  const paragraph =
    '那天下午我们在菜市场门口，他说要看小鸭子😋。我转身付钱，回头他就不见了！我们喊遍了整条街，一直到天黑。' +
    '后来我们去了派出所，也去了四个省。More: https://example.com/find/mingming ';
  let s = createStory({ id: 'bench', now: '2026-11-29T00:00:00.000Z', language, kind });
  for (const q of questionsFor(kind)) {
    for (const part of q.parts) {
      const value =
        part.input === 'date'
          ? '2019-06-05'
          : part.input === 'choice'
            ? (part.options?.[0] ?? '')
            : part.input === 'longtext'
              ? paragraph.repeat(2)
              : '李小明';
      s = withAnswerPart(s, q.id, part.id, value, s.updatedAt);
    }
  }
  return s;
}

export async function benchPosts(): Promise<void> {
  console.log('Formatting every variant (story, alert, thread, update) for one site:');
  const rows: [string, string, number, number][] = [];
  const texts: Partial<Record<Story['language'], string>> = {};
  for (const language of APP_LANGUAGES) {
    const i18n = await createI18n(language);
    const t = i18n.getFixedT(language) as unknown as Translate;
    const story = fullStory(language);
    for (const profile of Object.values(PLATFORMS)) {
      const compose = () => composePosts({ story, profile, t, today: '2026-11-29' });
      rows.push([language, profile.id, timed(compose), compose().thread.parts.length]);
    }
    // The whole story in one post (Weibo has no threads): the text a thread is cut from.
    texts[language] = composePosts({ story, profile: PLATFORMS.weibo, t, today: '2026-11-29' }).story.parts[0];
  }
  for (const [language, site, ms, parts] of rows)
    console.log(`  ${language.padEnd(6)} ${site.padEnd(12)} ${`${ms.toFixed(1)} ms`.padStart(9)}   ${parts} thread part(s)`);
  const total = rows.reduce((sum, r) => sum + r[2], 0);
  console.log(`  every site, every language: ${total.toFixed(1)} ms in all`);
  const perSite = Object.keys(PLATFORMS).map((site) => [site, median(rows.filter((r) => r[1] === site).map((r) => r[2]))] as const);
  console.log(`  per site (median of the languages): ${perSite.map(([site, ms]) => `${site} ${ms.toFixed(1)}`).join(', ')} ms`);

  // An adult looking for their birth family: the same composer, in their voice.
  const adult: number[] = [];
  for (const language of APP_LANGUAGES) {
    const t = (await createI18n(language)).getFixedT(language) as unknown as Translate;
    const story = fullStory(language, 'adult-seeking-family');
    for (const profile of Object.values(PLATFORMS)) adult.push(timed(() => composePosts({ story, profile, t, today: '2026-11-29' })));
  }
  console.log(
    `  an adult's story, every site, every language: ${adult.reduce((a, b) => a + b, 0).toFixed(1)} ms in all (median ${median(adult).toFixed(1)} ms a site)`,
  );

  console.log('\nThe thread split alone, zh-CN story (each candidate part counted whole, before → sentence by sentence, now):');
  const text = texts['zh-CN'] ?? '';
  for (const profile of Object.values(PLATFORMS).filter((p) => p.thread)) {
    const count = (s: string, limit: number) => profile.count(s, limit);
    const before = timed(() => splitThreadWhole(text, count, profile.limit), 7);
    const after = timed(() => splitThread(text, count, profile.limit), 7);
    const parts = splitThread(text, count, profile.limit).length;
    console.log(
      `  ${profile.id.padEnd(12)} ${before.toFixed(1).padStart(7)} ms → ${after.toFixed(1).padStart(6)} ms  (${(before / after).toFixed(1)}× faster, ${parts} parts)`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void benchPosts();
