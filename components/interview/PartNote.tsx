import { useTranslation } from 'react-i18next';
import type { AppLanguage } from '@/lib/i18n/languages';
import type { Translate } from '@/lib/i18n/translate';
import { partReading, type PartReading } from '@/lib/facts/reading';
import { useServices } from '../services';

/** What Homeward read from a date or age box, in the panel's language; null for other boxes or an empty one. */
export function usePartReading(input: string, value: string): PartReading | null {
  const { i18n } = useTranslation();
  const { today } = useServices();
  const language = i18n.language as AppLanguage;
  return partReading(input, value, i18n.getFixedT(language) as unknown as Translate, language, today());
}

/**
 * The line under a date or age box: "= 5 June 2019" / "即 1岁6个月" when it was read, a gentle word on what
 * to change when it was not. Always there (empty when there is nothing to say), so that a screen reader hears
 * each change, politely, without interrupting the typing.
 */
export function PartNote({ id, reading }: { id: string; reading: PartReading | null }) {
  return (
    <p id={id} className={reading?.problem ? 'part-note gentle-error' : 'part-note muted small'} aria-live="polite">
      {reading?.text ?? ''}
    </p>
  );
}
