import type { Story } from '@/lib/story/story';
import { familyAnswer } from './ids';

/** The child's name as the library shows it: full name, else nickname, else ''. */
export function childName(story: Story): string {
  return familyAnswer(story, 'child.name', 'fullName').trim() || familyAnswer(story, 'child.name', 'nickname').trim();
}
