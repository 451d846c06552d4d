import { useTranslation } from 'react-i18next';
import type { Translate } from '@/lib/i18n/translate';
import type { AppLanguage } from '@/lib/i18n/languages';
import type { Story } from '@/lib/story/story';
import { factsFor } from '@/lib/kinds/facts';
import { agePhrases } from '@/lib/kinds/family/phrases';
import { formatAge } from '@/lib/facts/age';
import { useServices } from '../services';

/**
 * What the posts will say about the child's age, worked out from the date of birth, the age typed and the day
 * the child was lost, in the panel's language ("The posts will say: 4 when lost, now 11."), and a gentle word
 * when the date of birth and the age typed disagree or the age now can only be given as a range.
 */
export function AgeSummary({ story }: { story: Story }) {
  const { i18n } = useTranslation();
  const { today } = useServices();
  const t = i18n.getFixedT(i18n.language as AppLanguage) as unknown as Translate;
  const f = factsFor(story, today());
  if (!f) return null;
  const ages = agePhrases(f, t);
  const notes = [
    f.birthAfterLoss ? t('facts.ages.birthAfterLoss') : '',
    f.datesDisagree ? t('facts.ages.disagree', { age: formatAge(f.datesDisagree, t, 'long') }) : '',
  ].filter(Boolean);
  const range = f.ageNow !== null && Math.floor(f.ageNow.lo / 12) !== Math.floor(f.ageNow.hi / 12);
  if (ages.length === 0 && notes.length === 0) return null;
  return (
    <div className="age-summary">
      {ages.length > 0 && (
        <p className="muted">
          {t('facts.ages.posts', { ages: ages.join(t('posts.listSep')) })}
          {range && <> {t('facts.ages.range')}</>}
        </p>
      )}
      {notes.map((note) => (
        <p key={note} className="gentle-error">
          {note}
        </p>
      ))}
    </div>
  );
}
