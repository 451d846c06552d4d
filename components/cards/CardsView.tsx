import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { THEMES, drawCard, type ThemeId } from '@/lib/cards/render';
import { ALL_CARD_SIZES, CARD_SIZES, type CardSize } from '@/lib/cards/sizes';
import { firstLink, qrMatrix } from '@/lib/cards/qr';
import { CENTRED, clampPlacement, dragPlacement, zoomPlacement, type PhotoPlacement } from '@/lib/cards/placement';
import { CARD_TEMPLATES, cardPhotoKey, isCardTemplate, layoutCard, photoFrame, type CardInput, type CardTemplate } from '@/lib/cards/templates';
import { drawnTexts } from '@/lib/cards/drawn-text';
import { pickSentence, sentenceChoices } from '@/lib/cards/sentences';
import type { AnswerPlace } from '@/lib/gate/essentials';
import { storyFacts } from '@/lib/kinds/family/facts';
import { formatDate, type Translate } from '@/lib/compose/posts';
import type { Story } from '@/lib/story/story';
import { useLibrary, useServices } from '../services';
import { useActiveSite } from '../compose/useActiveSite';
import { useShareGate } from '../common/useShareGate';
import { AdviceReminders } from '../common/AdviceReminders';
import { SentencePicker } from './SentencePicker';
import { canvasPng, cardFile, decodeStoredPhoto, measurers } from './card-canvas';
import { usePhotoBitmap } from './usePhotoBitmap';
import { PhotoControls } from './PhotoControls';
import { SizePicker } from './SizePicker';
import { WeiboSet } from './WeiboSet';
import { useCardOutput } from './useCardOutput';
import { UnreadFacts } from '../common/UnreadFacts';
import { Sentence, UserText } from '../common/UserText';

const SQUARE: CardSize = { id: 'square', width: 1080, height: 1080 };

/** Which photo a card shape shows and where: the saved choice, else the first photo, centred. */
export function chosenPhoto(story: Story, template: CardTemplate, sizeId: string) {
  const saved = story.cardPhotos?.[cardPhotoKey(template, sizeId)];
  const savedRef = saved && story.photos.find((p) => p.id === saved.photoId);
  const photo = savedRef ?? story.photos[0] ?? null;
  return { photo, placement: savedRef && saved ? { zoom: saved.zoom, cx: saved.cx, cy: saved.cy } : CENTRED };
}

/**
 * Image cards: posters at the sizes the site in the tab shows best, copied, downloaded or attached as PNG.
 * `onEditAnswer` takes the parent to a question of the story (a missing essential, a phone number found).
 */
export function CardsView({ storyId, onEditAnswer }: { storyId: string; onEditAnswer: (place: AnswerPlace) => void }) {
  const { t, i18n } = useTranslation();
  const services = useServices();
  const story = useLibrary((s) => s.stories[storyId]);
  const { tab, detected } = useActiveSite();
  const siteSizes = CARD_SIZES[detected.profile.id];
  const [chosenSize, setChosenSize] = useState<CardSize | null>(null);
  // The card the person last made for this story comes back when they return.
  const style = story?.cardStyle;
  const theme: ThemeId = style?.theme && style.theme in THEMES ? (style.theme as ThemeId) : 'calm';
  // The photo card needs a photo: without one, the poster.
  const hasPhotos = (story?.photos.length ?? 0) > 0;
  const templates = CARD_TEMPLATES.filter((id) => id !== 'photo' || hasPhotos);
  const template: CardTemplate = style?.template && isCardTemplate(style.template) && templates.includes(style.template) ? style.template : 'poster';
  const chosenSentence = style?.sentence ?? null;
  const withQr = style?.qr ?? true;
  const setStyle = (patch: NonNullable<typeof style>) => services.library.getState().setCardStyle(storyId, patch);
  const setTheme = (value: ThemeId) => setStyle({ theme: value });
  const setTemplate = (value: CardTemplate) => setStyle({ template: value });
  const setSentence = (value: string) => setStyle({ sentence: value });
  const setWithQr = (value: boolean) => setStyle({ qr: value });
  const canvas = useRef<HTMLCanvasElement>(null);
  const ids = { theme: useId(), template: useId(), qr: useId(), canvasHint: useId() };
  const size = chosenSize ?? ALL_CARD_SIZES.find((s) => s.id === siteSizes[0]?.id) ?? SQUARE;
  const language = story?.language ?? 'zh-CN';
  const facts = useMemo(() => (story ? storyFacts(story, services.today()) : null), [story, services]);
  const link = firstLink(facts?.links ?? '');
  const qr = useMemo(() => (link && withQr ? qrMatrix(link) : null), [link, withQr]);
  // The parent's sentences; one with a phone number, ID number or address goes on the card only once they
  // confirm it here (in this view: coming back asks again).
  const choices = useMemo(() => sentenceChoices(story), [story]);
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const sentence = pickSentence(choices, chosenSentence, confirmed)?.text ?? '';
  const [drawn, setDrawn] = useState(true);

  // The photo this card shape shows, and where; while dragging, the drag's placement (saved on release).
  const { photo, placement: saved } = story ? chosenPhoto(story, template, size.id) : { photo: null, placement: CENTRED };
  const [dragging, setDragging] = useState<{ key: string; start: PhotoPlacement; x: number; y: number; now: PhotoPlacement } | null>(null);
  const key = cardPhotoKey(template, size.id);
  const placement = dragging && dragging.key === key ? dragging.now : saved;
  const bitmap = usePhotoBitmap(photo?.id);

  /** Everything a layout needs for one card of this story; `hasPhoto` differs for tiles without one. */
  const cardInput = useMemo(() => {
    if (!facts) return null;
    const tl = i18n.getFixedT(language) as unknown as Translate;
    const second = language === 'en' ? 'zh-CN' : 'en';
    return (forSize: CardSize, hasPhoto: boolean): CardInput => ({
      facts,
      t: tl,
      size: forSize,
      ...measurers(),
      hasPhoto,
      ...(qr && link ? { qr: link } : {}),
      dateText: (iso: string) => formatDate(iso, language),
      sentence,
      second: { t: i18n.getFixedT(second) as unknown as Translate, dateText: (iso) => formatDate(iso, second) },
    });
  }, [facts, i18n, language, qr, link, sentence]);

  const ops = useMemo(() => (cardInput ? layoutCard(template, cardInput(size, photo !== null)) : []), [cardInput, template, size, photo]);
  const frame = photoFrame(ops);

  // Redraw whenever anything the card shows changes.
  useEffect(() => {
    const el = canvas.current;
    if (!el || ops.length === 0) return;
    el.width = size.width;
    el.height = size.height;
    const ctx = el.getContext('2d');
    setDrawn(ctx !== null);
    if (ctx) drawCard(ctx, ops, THEMES[theme], bitmap, placement, qr);
  }, [ops, size, theme, bitmap, placement, qr]);

  const output = useCardOutput({ story, tab, profile: detected.profile });
  // Nothing leaves before the one check (essentials, then what the card draws); a change to the card or the
  // story drops an open box, so what leaves is what was checked.
  const gate = useShareGate(story, { onGoTo: onEditAnswer }, [story?.updatedAt, template, size.id, size.width, size.height, sentence, qr ? link : ''].join('|'));

  if (!story || !facts || !cardInput) return null;

  const image = photo ? { width: photo.width, height: photo.height } : null;
  /** Saves this card shape's photo and placement in the story (null: the first photo, centred). */
  const save = (next: PhotoPlacement | null, photoId = photo?.id) => {
    const ref = story.photos.find((p) => p.id === photoId);
    if (!ref) return;
    const value = next && frame ? { photoId: ref.id, ...clampPlacement(ref, frame, next) } : null;
    services.library.getState().setCardPhoto(storyId, key, value);
  };

  /** Card pixels per CSS pixel of the preview. */
  const scale = (el: HTMLCanvasElement) => el.width / (el.getBoundingClientRect().width || el.width);
  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!frame || !image) return;
    const rect = e.currentTarget.getBoundingClientRect();
    const s = scale(e.currentTarget);
    const x = (e.clientX - rect.left) * s;
    const y = (e.clientY - rect.top) * s;
    if (x < frame.x || x > frame.x + frame.w || y < frame.y || y > frame.y + frame.h) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    setDragging({ key, start: saved, x: e.clientX, y: e.clientY, now: saved });
  };
  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!dragging || !frame || !image) return;
    const s = scale(e.currentTarget);
    const now = dragPlacement(image, frame, dragging.start, (e.clientX - dragging.x) * s, (e.clientY - dragging.y) * s);
    setDragging({ ...dragging, now });
  };
  const onPointerUp = () => {
    if (!dragging) return;
    save(dragging.now);
    setDragging(null);
  };
  // The keyboard moves the photo too: arrows move it, + and − zoom.
  const onKeyDown = (e: KeyboardEvent<HTMLCanvasElement>) => {
    if (!frame || !image) return;
    const step = Math.round(Math.min(frame.w, frame.h) * 0.05);
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const move = moves[e.key];
    if (move) save(dragPlacement(image, frame, saved, move[0], move[1]));
    else if (e.key === '+' || e.key === '=') save(zoomPlacement(image, frame, saved, saved.zoom + 0.25));
    else if (e.key === '-') save(zoomPlacement(image, frame, saved, saved.zoom - 0.25));
    else return;
    e.preventDefault();
  };

  const name = facts.name || facts.nickname || t('posts.unnamed');
  const baseName = t('cards.fileName', { name, date: facts.lostDate || services.today() }).replace(/[\\/:*?"<>|\s]+/g, '-');
  const png = () => (canvas.current ? canvasPng(canvas.current) : Promise.reject(new Error('no canvas')));
  // Downloads and attachments respect the site's file-size limit (Bluesky's 2,000,000 bytes).
  const file = () => (canvas.current ? cardFile(canvas.current, size.maxBytes) : Promise.reject(new Error('no canvas')));

  /** The photo a tile of the Weibo set shows: its own, or the one chosen for that card shape. */
  const tilePhotoOf = (tileTemplate: CardTemplate, tileSize: CardSize, photoId: string | null) =>
    photoId ? (story.photos.find((p) => p.id === photoId) ?? null) : chosenPhoto(story, tileTemplate, tileSize.id).photo;
  /** Everything a tile draws, for the check before the set leaves. */
  const tileTexts = (tileTemplate: CardTemplate, tileSize: CardSize, photoId: string | null) =>
    drawnTexts(layoutCard(tileTemplate, cardInput(tileSize, tilePhotoOf(tileTemplate, tileSize, photoId) !== null)));

  /** Draws one more card off screen (a tile of the Weibo set), decoding its photo only meanwhile, and returns its PNG. */
  const renderTile = async (tileTemplate: CardTemplate, tileSize: CardSize, photoId: string | null): Promise<Blob> => {
    const choice = chosenPhoto(story, tileTemplate, tileSize.id);
    const tilePhoto = tilePhotoOf(tileTemplate, tileSize, photoId);
    const tileOps = layoutCard(tileTemplate, cardInput(tileSize, tilePhoto !== null));
    const el = Object.assign(document.createElement('canvas'), { width: tileSize.width, height: tileSize.height });
    const ctx = el.getContext('2d');
    if (!ctx) throw new Error('no canvas');
    const tileBitmap = tilePhoto ? await decodeStoredPhoto(services.photos, tilePhoto.id).catch(() => null) : null;
    try {
      drawCard(ctx, tileOps, THEMES[theme], tileBitmap, choice.photo?.id === tilePhoto?.id ? choice.placement : CENTRED, qr);
    } finally {
      tileBitmap?.close();
    }
    return canvasPng(el);
  };

  return (
    <section className="cards" aria-labelledby="cards-heading">
      <h2 id="cards-heading" className="visually-hidden">
        {t('cards.tab')}
      </h2>
      <AdviceReminders story={story} onGoTo={onEditAnswer} />
      <div className="part">
        <label htmlFor={ids.template}>{t('cards.template')}</label>
        <select id={ids.template} value={template} onChange={(e) => isCardTemplate(e.target.value) && setTemplate(e.target.value)}>
          {templates.map((id) => (
            <option key={id} value={id}>
              {t(`cards.templates.${id}`)}
            </option>
          ))}
        </select>
      </div>
      {template === 'story' &&
        (choices.length > 0 ? (
          <SentencePicker
            choices={choices}
            sentence={sentence}
            confirmed={confirmed}
            language={language}
            onChoose={setSentence}
            onConfirm={(text) => {
              setConfirmed(new Set([...confirmed, text]));
              setSentence(text);
            }}
            onEdit={onEditAnswer}
          />
        ) : (
          <p className="gentle-error">{t('cards.noSentence')}</p>
        ))}
      <SizePicker size={size} onSize={setChosenSize} />
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
        <label htmlFor={ids.qr} className="choice-option">
          <input id={ids.qr} type="checkbox" checked={withQr} onChange={(e) => setWithQr(e.target.checked)} />{' '}
          <span>
            <Sentence i18nKey="cards.qr" values={{ link: <UserText text={link} /> }} />
          </span>
        </label>
      )}
      {story.photos.length === 0 && <p className="muted small">{t('cards.noPhoto')}</p>}
      <UnreadFacts unread={facts.unread} />
      <canvas
        ref={canvas}
        className={frame && photo ? 'card-preview movable' : 'card-preview'}
        role="img"
        tabIndex={frame && photo ? 0 : undefined}
        aria-label={t('cards.preview')}
        aria-describedby={frame && photo ? ids.canvasHint : undefined}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onKeyDown={onKeyDown}
        // For tests and tools: which card is shown, where its photo frame is, and the photo's placement.
        data-size={size.id}
        data-template={template}
        data-photo={frame ? [frame.x, frame.y, frame.w, frame.h].join(',') : ''}
        data-placement={photo ? [placement.zoom, placement.cx, placement.cy].map((n) => n.toFixed(4)).join(',') : ''}
        // …and the text drawn, box by box, as laid out with the browser's own font metrics.
        data-text={JSON.stringify(
          ops.flatMap((o) => (o.kind === 'text' ? [{ role: o.role, x: o.x, y: o.y, w: o.w, lineHeight: o.text.fontSize * o.lineHeight, lines: o.text.lines, truncated: o.text.truncated }] : [])),
        )}
      />
      {!drawn && <p className="gentle-error">{t('cards.noCanvas')}</p>}
      {photo && frame && (
        <>
          <p id={ids.canvasHint} className="visually-hidden">
            {t('cards.dragHint')}
          </p>
          <PhotoControls
            photos={story.photos}
            photo={photo}
            frame={frame}
            placement={placement}
            onPhoto={(id) => save(CENTRED, id)}
            onPlacement={(p) => save(p)}
            onReset={() => save(null)}
          />
        </>
      )}
      <p className="muted small">{t('cards.privacy')}</p>
      {gate.gate('card')}
      <div className="step-buttons">
        <button type="button" className="primary" onClick={() => gate.guard(drawnTexts(ops), () => void output.copy(png()), { place: 'card' })}>
          {t('cards.copy')}
        </button>
        <button type="button" onClick={() => gate.guard(drawnTexts(ops), () => void file().then((b) => output.download([b], [baseName])), { place: 'card' })}>
          {t('cards.download')}
        </button>
        <button
          type="button"
          onClick={() => gate.guard(drawnTexts(ops), () => void output.attach(() => file().then((b) => [b]), [baseName]), { place: 'card' })}
        >
          {t('cards.attach')}
        </button>
      </div>
      <p role="status" className="compose-status">
        {output.place === 'card' ? output.status : ''}
      </p>
      {output.hint && <p className="muted small">{output.hint}</p>}
      {size.id === 'weibo-tile' && (
        <WeiboSet
          story={story}
          hasSentence={sentence !== ''}
          baseName={baseName}
          renderTile={renderTile}
          tileTexts={tileTexts}
          guard={(texts, share) => gate.guard(texts, share, { place: 'set' })}
          gate={gate.gate('set')}
          output={output}
          onWeibo={detected.profile.id === 'weibo' && tab !== null}
        />
      )}
    </section>
  );
}
