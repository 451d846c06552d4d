import type { TFunction } from 'i18next';
import type { Story } from '@/lib/story/story';
import { kindDefinition } from '@/lib/kinds';

/** The name a story goes by in the library: the name the person gave it, else the child's, else "Untitled". */
export function storyDisplayName(story: Story, t: TFunction): string {
  return story.title.trim() || kindDefinition(story.kind).personName(story) || t('library.untitled');
}
