import { createI18n } from '@/lib/i18n/i18n';
import type { Translate } from '@/lib/compose/posts';

/** Homeward's own words for generated posts and cards, in Chinese and in English (as the panel loads them). */
export async function translators(): Promise<{ zh: Translate; en: Translate }> {
  const i18n = await createI18n('zh-CN');
  return { zh: i18n.getFixedT('zh-CN') as unknown as Translate, en: i18n.getFixedT('en') as unknown as Translate };
}
