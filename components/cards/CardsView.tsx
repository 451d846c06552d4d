import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { layoutBilingual, layoutPoster, layoutStoryCard } from '@/lib/cards/poster';
import { sentences } from '@/lib/compose/thread';
import { THEMES, canvasMeasure, drawCard, type ThemeId } from '@/lib/cards/render';
import { ALL_CARD_SIZES, CARD_SIZES } from '@/lib/cards/sizes';
import { firstLink, qrMatrix } from '@/lib/cards/qr';
import { storyFacts } from '@/lib/compose/facts';
import { formatDate, type Translate } from '@/lib/compose/posts';
import { useLibrary, useServices } from '../services';
import { useActiveSite } from '../compose/useActiveSite';

type Bitmap = CanvasImageSource & { width: number; height: number };

const SQUARE = { id: 'square', width: 1080, height: 1080 } as const;
const TEMPLATES = ['poster', 'story', 'bilingual'] as const;
type Template = (typeof TEMPLATES)[number];
/** Where the parent's own sentences for a story card come from, most wanted first. */
const SENTENCE_SOURCES: readonly [string, string][] = [
  ['hopes.message', 'message'],
  ['who.memory', 'memory'],
  ['who.personality', 'personality'],
  ['you.feelings', 'feelings'],
  ['hopes.hope', 'hope'],
  ['day.what', 'what'],
];

/** The story's first photo, decoded once for drawing. */
function useFirstPhoto(photoId: string | undefined): Bitmap | null {
  const { photos } = useServices();
  const [bitmap, setBitmap] = useState<Bitmap | null>(null);
  useEffect(() => {
    if (!photoId || typeof createImageBitmap !== 'function') return;
    let live = true;
    photos
      .get(photoId)
      .then((stored) => (stored ? createImageBitmap(new Blob([stored.data], { type: stored.type })) : null))
      .then((b) => live && setBitmap(b))
      .catch((error: unknown) => console.warn('Homeward: photo not drawable', error));
    return () => {
      live = false;
    };
  }, [photos, photoId]);
  return photoId ? bitmap : null;
}

/** Image cards: the poster at the sizes the site in the tab shows best, copied or downloaded as PNG. */
export function CardsView({ storyId }: { storyId: string }) {
  const { t, i18n } = useTranslation();
  const services = useServices();
  const story = useLibrary((s) => s.stories[storyId]);
  const { detected } = useActiveSite();
  const siteSizes = CARD_SIZES[detected.profile.id];
  const [sizeId, setSizeId] = useState<string | null>(null);
  const [theme, setTheme] = useState<ThemeId>('calm');
  const [template, setTemplate] = useState<Template>('poster');
  const [chosenSentence, setSentence] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const canvas = useRef<HTMLCanvasElement>(null);
  const ids = { size: useId(), theme: useId(), template: useId(), sentence: useId() };
  const size = ALL_CARD_SIZES.find((s) => s.id === (sizeId ?? siteSizes[0]?.id)) ?? SQUARE;
  const photo = useFirstPhoto(story?.photos[0]?.id);
  const language = story?.language ?? 'zh-CN';
  const facts = useMemo(() => (story ? storyFacts(story, services.today()) : null), [story, services]);
  const [drawable, setDrawable] = useState(true);
  const link = firstLink(story?.answers['help.links']?.links ?? '');
  const [withQr, setWithQr] = useState(true);
  const qrId = useId();
  const qr = useMemo(() => (link && withQr ? qrMatrix(link) : null), [link, withQr]);
  const answers = story?.answers;
  // The parent's own sentences, for the story card: their words to the child first.
  const choices = useMemo(() => {
    const words = SENTENCE_SOURCES.map(([q, p]) => answers?.[q]?.[p] ?? '').join('\n');
    return [...new Set(sentences(words).map((x) => x.trim()).filter((x) => x.length > 1 && x.length <= 80))];
  }, [answers]);
  const sentence = chosenSentence && choices.includes(chosenSentence) ? chosenSentence : (choices[0] ?? '');
  const [photoRect, setPhotoRect] = useState('');

  // Redraw whenever anything the card shows changes.
  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx || !facts) {
      setDrawable(false);
      return;
    }
    setDrawable(true);
    el.width = size.width;
    el.height = size.height;
    const tl = i18n.getFixedT(language) as unknown as Translate;
    const dateText = (iso: string) => formatDate(iso, language);
    const second = language === 'en' ? 'zh-CN' : 'en';
    const input = {
      facts,
      t: tl,
      size,
      measure: canvasMeasure(ctx),
      measureBold: canvasMeasure(ctx, true),
      hasPhoto: (story?.photos.length ?? 0) > 0,
      ...(qr && link ? { qr: link } : {}),
      dateText,
    };
    const ops =
      template === 'story'
        ? layoutStoryCard({ ...input, sentence })
        : template === 'bilingual'
          ? layoutBilingual({ ...input, second: { t: i18n.getFixedT(second) as unknown as Translate, dateText: (iso) => formatDate(iso, second) } })
          : layoutPoster(input);
    drawCard(ctx, ops, THEMES[theme], photo, undefined, qr);
    const frame = ops.find((o) => o.kind === 'photo');
    setPhotoRect(frame && frame.kind === 'photo' ? [frame.x, frame.y, frame.w, frame.h].join(',') : '');
  }, [facts, size, theme, photo, language, i18n, story?.photos.length, qr, link, template, sentence]);

  if (!story || !facts) return null;

  const name = facts.name || facts.nickname || t('posts.unnamed');
  const fileName = `${t('cards.fileName', { name, date: facts.lostDate || services.today() })}.png`.replace(/[\\/:*?"<>|\s]+/g, '-');
  const png = () =>
    new Promise<Blob>((resolve, reject) =>
      canvas.current ? canvas.current.toBlob((b) => (b ? resolve(b) : reject(new Error('no image'))), 'image/png') : reject(new Error('no canvas')),
    );

  const download = async () => {
    const blob = await png();
    const url = URL.createObjectURL(blob);
    const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus(t('cards.downloaded', { file: fileName }));
  };

  const copy = async () => {
    try {
      // The promise form keeps the click's user activation while the PNG is encoded.
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': png() })]);
      setStatus(t('cards.copied'));
    } catch {
      setStatus(t('cards.copyFailed'));
    }
  };

  return (
    <section className="cards" aria-labelledby="cards-heading">
      <h2 id="cards-heading" className="visually-hidden">
        {t('cards.tab')}
      </h2>
      <div className="part">
        <label htmlFor={ids.template}>{t('cards.template')}</label>
        <select id={ids.template} value={template} onChange={(e) => setTemplate(e.target.value as Template)}>
          {TEMPLATES.map((id) => (
            <option key={id} value={id}>
              {t(`cards.templates.${id}`)}
            </option>
          ))}
        </select>
      </div>
      {template === 'story' &&
        (choices.length > 0 ? (
          <div className="part">
            <label htmlFor={ids.sentence}>{t('cards.sentence')}</label>
            <select id={ids.sentence} value={sentence} onChange={(e) => setSentence(e.target.value)}>
              {choices.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <p className="gentle-error">{t('cards.noSentence')}</p>
        ))}
      <div className="part">
        <label htmlFor={ids.size}>{t('cards.size')}</label>
        <select id={ids.size} value={size.id} onChange={(e) => setSizeId(e.target.value)}>
          {ALL_CARD_SIZES.map((s) => (
            <option key={s.id} value={s.id}>
              {t(`cards.sizes.${s.id}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="part">
        <label htmlFor={ids.theme}>{t('cards.theme')}</label>
        <select id={ids.theme} value={theme} onChange={(e) => setTheme(e.target.value as ThemeId)}>
          {(Object.keys(THEMES) as ThemeId[]).map((id) => (
            <option key={id} value={id}>
              {t(`cards.themes.${id}`)}
            </option>
          ))}
        </select>
      </div>
      {link && (
        <label htmlFor={qrId} className="choice-option">
          <input id={qrId} type="checkbox" checked={withQr} onChange={(e) => setWithQr(e.target.checked)} /> {t('cards.qr', { link })}
        </label>
      )}
      {story.photos.length === 0 && <p className="muted small">{t('cards.noPhoto')}</p>}
      <canvas
        ref={canvas}
        className="card-preview"
        role="img"
        aria-label={t('cards.preview')}
        // For tests and tools: which card is shown and where its photo frame is.
        data-size={size.id}
        data-template={template}
        data-photo={photoRect}
      />
      {!drawable && <p className="gentle-error">{t('cards.noCanvas')}</p>}
      <p className="muted small">{t('cards.privacy')}</p>
      <div className="step-buttons">
        <button type="button" className="primary" onClick={() => void copy()}>
          {t('cards.copy')}
        </button>
        <button type="button" onClick={() => void download()}>
          {t('cards.download')}
        </button>
      </div>
      <p role="status" className="compose-status">
        {status}
      </p>
    </section>
  );
}
