import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { exportCard } from '@/lib/cards/card-file';
import { chosenPhoto, planCard, type CardWords } from '@/lib/cards/card-plan';
import { drawnTexts } from '@/lib/cards/drawn-text';
import { CENTRED } from '@/lib/cards/placement';
import type { ThemeId } from '@/lib/cards/render';
import { CARD_SIZES, type CardSize } from '@/lib/cards/sizes';
import { weiboSet } from '@/lib/cards/templates';
import type { Story } from '@/lib/story/story';
import { useServices } from '../services';
import { decodeStoredPhoto, measurers } from './card-canvas';
import type { CardOutput } from './useCardOutput';

const TILE: CardSize = CARD_SIZES.weibo[0] ?? { id: 'weibo-tile', width: 1080, height: 1080 };

type Tile = ReturnType<typeof weiboSet>[number];

interface Props {
  readonly story: Story;
  /** What the cards say (the same as the card above). */
  readonly words: CardWords;
  readonly theme: ThemeId;
  readonly baseName: string;
  /** The check before anything leaves: runs `share` at once, or after the parent has seen what it says. */
  readonly guard: (texts: readonly string[], share: () => void) => void;
  /** The check's box, when it is open for the set. */
  readonly gate: ReactNode;
  readonly output: CardOutput;
  /** Only Weibo takes nine pictures in one post: elsewhere the set is for downloading. */
  readonly onWeibo: boolean;
}

/** Weibo's nine-picture grid: the poster, the story card and each photo, downloaded or attached together. */
export function WeiboSet({ story, words, theme, baseName, guard, gate, output, onWeibo }: Props) {
  const { t } = useTranslation();
  const services = useServices();
  const headingId = useId();
  const tiles = weiboSet(
    story.photos.map((p) => p.id),
    words.sentence !== '',
  );
  const [off, setOff] = useState<ReadonlySet<string>>(new Set());
  const tileKey = (tile: Tile) => `${tile.template}:${tile.photoId ?? ''}`;
  const chosen = tiles.filter((tile) => !off.has(tileKey(tile)));
  const names = chosen.map((_, i) => `${baseName}-${i + 1}`);
  const label = (tile: Tile) =>
    tile.template === 'photo'
      ? t('cards.photoN', { n: story.photos.findIndex((p) => p.id === tile.photoId) + 1 })
      : t(`cards.templates.${tile.template}`);

  /** The photo a tile shows (its own, or the one chosen for that card shape), and the tile laid out. */
  const planTile = (tile: Tile) => {
    const photo = tile.photoId
      ? (story.photos.find((p) => p.id === tile.photoId) ?? null)
      : chosenPhoto(story, tile.template, TILE.id).photo;
    return { photo, plan: planCard(words, { template: tile.template, size: TILE, hasPhoto: photo !== null }, measurers()) };
  };
  /** One tile as a PNG, drawn off screen, its photo decoded only meanwhile. */
  const renderTile = async (tile: Tile): Promise<Blob> => {
    const choice = chosenPhoto(story, tile.template, TILE.id);
    const { photo, plan } = planTile(tile);
    const bitmap = photo ? await decodeStoredPhoto(services.photos, photo.id).catch(() => null) : null;
    try {
      const placement = choice.photo?.id === photo?.id ? choice.placement : CENTRED;
      return await exportCard(document.createElement('canvas'), plan, { theme, photo: bitmap, placement }, TILE.maxBytes);
    } finally {
      bitmap?.close();
    }
  };
  /** Draws the chosen tiles one by one, so only one photo is decoded at a time (old laptops). */
  const make = async (): Promise<Blob[]> => {
    const blobs: Blob[] = [];
    for (const tile of chosen) blobs.push(await renderTile(tile));
    return blobs;
  };
  /** What every chosen tile draws: the set is checked as a whole before any of it leaves. */
  const texts = () => chosen.flatMap((tile) => drawnTexts(planTile(tile).plan.ops));

  return (
    <section className="weibo-set" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('cards.set')}</h3>
      <p className="muted small">{t('cards.setHint')}</p>
      <ul className="plain-list">
        {tiles.map((tile, i) => (
          <li key={tileKey(tile)}>
            <label className="choice-option">
              <input
                type="checkbox"
                checked={!off.has(tileKey(tile))}
                onChange={(e) => {
                  const next = new Set(off);
                  if (e.target.checked) next.delete(tileKey(tile));
                  else next.add(tileKey(tile));
                  setOff(next);
                }}
              />{' '}
              {t('cards.tileName', { n: i + 1, card: label(tile) })}
            </label>
          </li>
        ))}
      </ul>
      {gate}
      <div className="step-buttons">
        <button
          type="button"
          disabled={chosen.length === 0 || output.busy}
          onClick={() => guard(texts(), () => void make().then((blobs) => output.download(blobs, names, 'set')))}
        >
          {t('cards.downloadAll', { count: chosen.length })}
        </button>
        {onWeibo && (
          <button
            type="button"
            disabled={chosen.length === 0 || output.busy}
            onClick={() => guard(texts(), () => void output.attach(make, names, 'set'))}
          >
            {t('cards.attachAll')}
          </button>
        )}
      </div>
      {!onWeibo && <p className="muted small">{t('cards.attachHint', { site: t('sites.weibo') })}</p>}
      <p role="status" className="compose-status">
        {output.place === 'set' ? output.status : ''}
      </p>
    </section>
  );
}
