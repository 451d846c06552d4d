/**
 * `npm run screenshots`: draws each card template in headless Chromium, as the cards view draws it, for the
 * fictional example story of the tests (李小明) with a synthetic drawn photo (no real child), and writes the
 * PNGs, scaled down to at most 720 px wide, with a README listing them, into docs/cards/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CARD_SIZES } from '../lib/cards/sizes';
import { inPage, openCardsPage } from './bench/open-page';
import type { CardSpec } from './bench/cards-page';

const OUT = resolve('docs/cards');
const MAX_WIDTH = 720;
/** Past this a file is too heavy to keep in the repository. */
const MAX_BYTES = 400 * 1024;

const SHOTS: readonly { file: string; spec: CardSpec; about: string }[] = [
  {
    file: 'poster-xiaohongshu-calm.png',
    spec: { template: 'poster', theme: 'calm', size: CARD_SIZES.xiaohongshu[0]! },
    about: 'Poster, calm theme, Xiaohongshu 1080×1440.',
  },
  {
    file: 'poster-xiaohongshu-contrast.png',
    spec: { template: 'poster', theme: 'contrast', size: CARD_SIZES.xiaohongshu[0]! },
    about: 'Poster, high-contrast theme, Xiaohongshu 1080×1440.',
  },
  {
    file: 'poster-weibo.png',
    spec: { template: 'poster', theme: 'calm', size: CARD_SIZES.weibo[0]! },
    about: 'Poster, calm theme, Weibo tile 1080×1080.',
  },
  {
    file: 'story-threads-facebook.png',
    spec: { template: 'story', theme: 'calm', size: CARD_SIZES.threads[0]! },
    about: "Story card (the parent's own sentence), Threads and Facebook 1080×1350.",
  },
  {
    file: 'bilingual-x.png',
    spec: { template: 'bilingual', theme: 'calm', size: CARD_SIZES.x[0]! },
    about: 'Bilingual poster (Chinese, then English), X 1600×900.',
  },
  {
    file: 'photo-weibo.png',
    spec: { template: 'photo', theme: 'calm', size: CARD_SIZES.weibo[0]! },
    about: 'Photo card (the photo with a band of facts), Weibo tile 1080×1080.',
  },
];

async function cardScreenshots(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const { page, close } = await openCardsPage();
  const lines: string[] = [];
  try {
    for (const { file, spec, about } of SHOTS) {
      const shot = await inPage(page).render(spec, MAX_WIDTH);
      const bytes = Buffer.from(shot.base64, 'base64');
      writeFileSync(join(OUT, file), bytes);
      console.log(
        `${file}: ${shot.width}×${shot.height}, ${(bytes.length / 1024).toFixed(0)} KB${bytes.length > MAX_BYTES ? ' (over 400 KB: too heavy to commit)' : ''}`,
      );
      lines.push(`- [${file}](${file}): ${about} Shown at ${shot.width}×${shot.height}.`);
    }
  } finally {
    await close();
  }
  writeFileSync(
    join(OUT, 'README.md'),
    [
      '# Image card templates',
      '',
      'Each template as Homeward draws it, for the fictional example story used in the tests (李小明, Chinese) with a',
      'synthetic drawn photo (no real child), scaled down to at most 720 px wide. The cards themselves are drawn at',
      'the size named. Made by `npm run screenshots` (scripts/card-screenshots.ts) in headless Chromium with',
      "Debian's Noto Sans CJK fonts; run it again after changing lib/cards/.",
      '',
      ...lines,
      '',
      "And the Image cards view itself, in Chinese, 420 px wide as in Chrome's side panel",
      '(scripts/panel-screenshot.ts, with the built extension):',
      '',
      '- [panel-zh.png](panel-zh.png): template, size, colours, QR code, the preview, moving and zooming the photo,',
      '  and the Copy image / Download image / Attach to post buttons.',
      '',
      '## How a card is made: one pipeline',
      '',
      "- `lib/cards/card-plan.ts`: `cardWords` (a story → what its cards say: the facts, the story card's sentence",
      "  as the panel chooses it, the family's link and its QR code, both languages), `planCard` (those words, a",
      '  template, a size and whether there is a photo → the draw operations and the photo frame) and `chosenPhoto`',
      '  (which photo a card shape shows, and where).',
      '- `lib/cards/paint.ts`: `paintCard` (a plan, the colours and the photo with its placement → a canvas passed',
      '  in, at a scale: at 1 the canvas is the card, drawn exactly as `drawCard` draws it, with no transform),',
      "  `previewScale`, and the preview's smaller copy of the photo (`photoShrink`, `shrinkPhoto`).",
      '- `lib/cards/card-file.ts`: `exportCard` (the card painted at full size on a canvas of its own, then PNG, or',
      "  JPEG under a site's byte limit).",
      '- The cards view uses them (components/cards/: CardsView.tsx holds the state; CardForm.tsx the choices;',
      '  CardPreview.tsx the live preview with its drag, keys and sliders; CardOutputButtons.tsx Copy image,',
      "  Download image and Attach to post), so do the Weibo set's tiles (WeiboSet.tsx) and the bench and",
      '  screenshot page (scripts/bench/cards-page.ts): the bench measures what a person gets.',
      '- **The preview is drawn at the size it is shown**: its CSS width times the device pixel ratio (sharp at',
      '  200 %), never more than the card itself, from a copy of the photo just large enough at that zoom (made',
      "  again only when the photo, the zoom or the preview's size changes). One drag step of the bench card",
      '  (1080×1440 poster, 2048×1536 photo, QR code; shown 360 CSS px wide at a device pixel ratio of 2, so',
      '  720×960 pixels) takes about 2.6 ms, against about 7–13 ms at full size. Copy, Download and Attach paint',
      '  the card again at full size: the same PNG, byte for byte, as when the preview canvas itself was exported',
      '  (compared for 72 cards: 4 templates × 2 themes × 9 sizes).',
      "- The Weibo set has at most as many tiles as Weibo's profile takes pictures in one post (`maxImages`, 9).",
      '',
      '## What a card must never lose, and never show',
      '',
      '- **Whom to tell is never cut.** The ask band (the station, its phone, the case number; on the bilingual',
      '  poster in both languages) and the photo card\'s police line are never ended with "…": when they do not fit',
      '  the usual three (four) lines, they wrap onto more and their band grows, up to 60 % of the card, so the',
      '  photo and the other text shrink first; only then does their type go below the usual smallest size. The',
      '  layout property tests (tests/unit/card-poster.test.ts) try every template at every size, with generated',
      '  and the longest realistic contacts, and check each is drawn whole.',
      '- **Checked before it leaves.** Copy image, Download image, Attach to post and the Weibo set go through the',
      '  same check as posts (README, "One check before sharing"). What is checked is read from the layout itself',
      "  (lib/cards/drawn-text.ts: each text box's whole text and the QR code's link), so a new template or text",
      '  box is checked without anyone remembering to. A finding is traced to the answer it came from, and "Go back',
      '  and edit" opens that question with focus in that box.',
      "- **The story card's sentence** is picked from the parent's own words; a sentence with a phone number, an ID",
      '  number or a street address is not offered. It is listed under the picker, marked, with a way back to where',
      '  it was written and "Put it on the card anyway" (asked again each time the cards view opens).',
      '- The preview canvas says, for tests and tools, which card it shows (`data-template`, `data-size`), where',
      '  its photo frame is (`data-photo`, `data-placement`) and the text it draws, box by box (`data-text`), all',
      '  in card pixels: the canvas itself holds the card scaled to the size it is shown.',
      '',
    ].join('\n'),
  );
}

cardScreenshots().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
