import type { Story } from '@/lib/story/story';
import { missingEssentials, type MissingEssential } from './essentials';
import { findInTexts, type LocatedFinding } from './findings';

/** What the panel says before anything leaves it (posts copied or inserted, cards copied, downloaded, attached). */
export interface ShareCheck {
  /** Essentials the story lacks, first. */
  readonly missing: readonly MissingEssential[];
  /** Then phone numbers, ID numbers and street addresses in what would leave. */
  readonly findings: readonly LocatedFinding[];
  /** Nothing may leave: an essential that blocks is missing. */
  readonly blocked: boolean;
  /** Nothing to say: it leaves at once. */
  readonly clear: boolean;
}

/**
 * The one check before sharing, for posts and cards alike. The parent may go on after the findings and a
 * missing "whom to tell" (their decision, after the warning), never without who, when and where.
 */
export function checkBeforeSharing(story: Story, texts: readonly string[], today?: string): ShareCheck {
  const missing = missingEssentials(story, today);
  const findings = findInTexts(texts, story);
  return { missing, findings, blocked: missing.some((m) => m.blocking), clear: missing.length === 0 && findings.length === 0 };
}
