import type { AppLanguage } from '@/lib/i18n/languages';
import type { PageText } from './types';

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[A-Za-z]{2,}/g;

/**
 * The language a new story made from a page is written in (its posts and cards speak it): the language of
 * the words taken, not the panel's. A 宝贝回家 registration is Chinese; other text is Chinese when Chinese
 * characters outnumber English words, English when it has English words and little Chinese; else the panel's.
 * Chinese follows the panel's form (Traditional on a Traditional panel), else Simplified.
 */
export function pageLanguage(page: PageText, picks: readonly { readonly text: string }[], ui: AppLanguage): AppLanguage {
  const chinese: AppLanguage = ui === 'zh-TW' || ui === 'zh-CN' ? ui : 'zh-CN';
  if (page.source === 'registration') return chinese;
  const text = picks.map((p) => p.text).join('\n');
  const han = text.match(HAN)?.length ?? 0;
  const words = text.match(LATIN_WORD)?.length ?? 0;
  if (han > 0 && han >= words) return chinese;
  if (words > 0) return 'en';
  return ui;
}
