import type { Story } from '@/lib/story/story';
import { adultAnswer } from './ids';

/** The person as the library names them: the name they have now, else the one they remember. */
export function adultName(story: Story): string {
  return adultAnswer(story, 'me.name', 'nowName').trim() || adultAnswer(story, 'me.name', 'earlierName').trim();
}
