import type { AppLanguage } from '@/lib/i18n/languages';
import type { Translate } from '@/lib/i18n/translate';
import type { Story } from '@/lib/story/story';
import { witnessFacts, type WitnessFacts } from '@/lib/kinds/witness/facts';
import { childPhrase, detailPhrases, seenPhrase } from '@/lib/kinds/witness/phrases';
import type { CardPlan, Measurers } from './card-plan';
import { block, frame, photoAndText, stack, type DrawOp } from './poster';
import type { CardSize } from './sizes';
import { photoFrame } from './templates';
import type { Measure } from './text-layout';

/**
 * The card about a child seen in a public place, addressed to families searching: "Whose child is this?",
 * the child as they seemed (age, gender, looks, clothing, dialect), the day and the place coarsely, and
 * "tell the police (110)". Never the exact spot, who was with the child or what the child said. A photo
 * frame only when the person chose to show the photo (blurred by default; lib/cards/paint.ts).
 */
export interface WitnessCardInput {
  readonly facts: WitnessFacts;
  readonly t: Translate;
  readonly language: AppLanguage;
  readonly size: CardSize;
  readonly measure: Measure;
  readonly measureBold?: Measure;
  readonly hasPhoto: boolean;
}

export function layoutWitnessCard(input: WitnessCardInput): DrawOp[] {
  const { facts: f, t } = input;
  const fr = frame(input, t('witness.card.banner'), t('witness.card.ask'));
  const area = photoAndText(fr, input, 0.5);
  stack(fr, area, [
    block('name', childPhrase(f, t), 0.26, 88, 40, true, 1.15),
    block('facts', seenPhrase(f, t, input.language, f.area), 0.3, 44, 26),
    block('details', detailPhrases(f, t).join('\n'), 0.44, 34, 22),
  ]);
  return fr.ops;
}

/**
 * The witness's card through the one pipeline: this plan, then lib/cards/paint.ts. Null unless the child
 * was seen in a public place (there is no public card about a home).
 */
export function planWitnessCard(
  story: Story,
  shape: { readonly size: CardSize; readonly hasPhoto: boolean },
  measurers: Measurers,
  t: Translate,
  today: string,
): CardPlan | null {
  const facts = witnessFacts(story, today);
  if (facts.setting !== 'publicPlace') return null;
  const ops = layoutWitnessCard({ facts, t, language: story.language, size: shape.size, ...measurers, hasPhoto: shape.hasPhoto });
  return { template: 'poster', size: shape.size, ops, qr: null, frame: photoFrame(ops) };
}
