import type { TFunction } from 'i18next';
import { childName, type Story } from '@/lib/story/story';

/** The name a story goes by in the library: the name the person gave it, else the child's, else "Untitled". */
export function storyDisplayName(story: Story, t: TFunction): string {
  return story.title.trim() || childName(story) || t('library.untitled');
}
