import type { Story } from '@/lib/story/story';
import { witnessAnswer } from './ids';

/**
 * A report as the library names it: the place, coarsely (the district, else the city, else the province),
 * since the child's name is rarely known and the person writing stays anonymous. '' when no place yet.
 */
export function witnessName(story: Story): string {
  const part = (p: 'district' | 'city' | 'province') => witnessAnswer(story, 'sight.where', p).trim();
  return part('district') || part('city') || part('province');
}
