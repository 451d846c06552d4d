import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CARD_SIZES, type CardSize } from '@/lib/cards/sizes';
import { weiboSet, type CardTemplate } from '@/lib/cards/templates';
import type { Story } from '@/lib/story/story';
import type { CardOutput } from './useCardOutput';

const TILE: CardSize = CARD_SIZES.weibo[0] ?? { id: 'weibo-tile', width: 1080, height: 1080 };

interface Props {
  readonly story: Story;
  readonly hasSentence: boolean;
  readonly baseName: string;
  readonly renderTile: (template: CardTemplate, size: CardSize, photoId: string | null) => Promise<Blob>;
  /** Everything a tile draws, for the check before the set leaves. */
  readonly tileTexts: (template: CardTemplate, size: CardSize, photoId: string | null) => readonly string[];
  /** The check before anything leaves: runs `share` at once, or after the parent has seen what it says. */
  readonly guard: (texts: readonly string[], share: () => void) => void;
  /** The check's box, when it is open for the set. */
  readonly gate: ReactNode;
  readonly output: CardOutput;
  /** Only Weibo takes nine pictures in one post: elsewhere the set is for downloading. */
  readonly onWeibo: boolean;
}

/** Weibo's nine-picture grid: the poster, the story card and each photo, downloaded or attached together. */
export function WeiboSet({ story, hasSentence, baseName, renderTile, tileTexts, guard, gate, output, onWeibo }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const tiles = weiboSet(
    story.photos.map((p) => p.id),
    hasSentence,
  );
  const [off, setOff] = useState<ReadonlySet<string>>(new Set());
  const tileKey = (tile: (typeof tiles)[number]) => `${tile.template}:${tile.photoId ?? ''}`;
  const chosen = tiles.filter((tile) => !off.has(tileKey(tile)));
  const names = chosen.map((_, i) => `${baseName}-${i + 1}`);
  const label = (tile: (typeof tiles)[number]) =>
    tile.template === 'photo' ? t('cards.photoN', { n: story.photos.findIndex((p) => p.id === tile.photoId) + 1 }) : t(`cards.templates.${tile.template}`);

  /** Draws the chosen tiles one by one, so only one photo is decoded at a time (old laptops). */
  const make = async (): Promise<Blob[]> => {
    const blobs: Blob[] = [];
    for (const tile of chosen) blobs.push(await renderTile(tile.template, TILE, tile.photoId));
    return blobs;
  };
  /** What every chosen tile draws: the set is checked as a whole before any of it leaves. */
  const texts = () => chosen.flatMap((tile) => tileTexts(tile.template, TILE, tile.photoId));

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
          <button type="button" disabled={chosen.length === 0 || output.busy} onClick={() => guard(texts(), () => void output.attach(make, names, 'set'))}>
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
