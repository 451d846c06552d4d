/**
 * `npx tsx scripts/print-posts.ts [story] [site] [variant]`: prints every generated post of the stories in
 * tests/helpers/real-stories.ts, for every site and variant, in all three languages, so a person can read
 * every sentence Homeward would publish. Asserts nothing; tests/unit/phrasing.test.ts pins what was read.
 */
import { composePosts, VARIANTS, type Translate } from '../lib/compose/posts';
import { PLATFORMS } from '../lib/platforms';
import { createI18n } from '../lib/i18n/i18n';
import { APP_LANGUAGES } from '../lib/i18n/languages';
import { REAL_STORIES } from '../tests/helpers/real-stories';
import { storyWith } from '../tests/helpers/stories';

const [onlyStory, onlySite, onlyVariant] = process.argv.slice(2);

async function main() {
  for (const language of APP_LANGUAGES) {
    const i18n = await createI18n(language);
    const t = i18n.getFixedT(language) as unknown as Translate;
    for (const [name, answers] of Object.entries(REAL_STORIES)) {
      if (onlyStory && onlyStory !== name) continue;
      const story = storyWith(language, answers);
      for (const profile of Object.values(PLATFORMS)) {
        if (onlySite && onlySite !== profile.id) continue;
        const posts = composePosts({ story, profile, t, today: '2026-11-29' });
        for (const variant of VARIANTS) {
          if (onlyVariant && onlyVariant !== variant) continue;
          const post = posts[variant];
          console.log(`\n=== ${language} · ${name} · ${profile.id} · ${variant}${post.title ? ` · title: ${post.title}` : ''}`);
          if (post.leftOut.length) console.log(`(left out: ${post.leftOut.join(', ')})`);
          post.parts.forEach((part, i) => console.log(post.parts.length > 1 ? `--- ${i + 1}\n${part}` : part));
        }
      }
    }
  }
}

void main();
