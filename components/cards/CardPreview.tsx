import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardPlan } from '@/lib/cards/card-plan';
import { paintCard, photoShrink, previewScale, shrinkPhoto, type CardLook } from '@/lib/cards/paint';
import { CENTRED, dragPlacement, zoomPlacement, type PhotoPlacement } from '@/lib/cards/placement';
import type { PhotoRef } from '@/lib/story/story';
import { PhotoControls } from './PhotoControls';

interface Props {
  readonly plan: CardPlan;
  /** The colours and the decoded photo; `placement` is the saved one (a drag shows its own until released). */
  readonly look: CardLook;
  readonly photos: readonly PhotoRef[];
  /** The photo this card shape shows, or none. */
  readonly photo: PhotoRef | null;
  /** The card shape's key (a drag belongs to the shape it started on). */
  readonly cardKey: string;
  /** Saves the photo and its placement for this card shape (null: the first photo, centred). */
  readonly onSave: (placement: PhotoPlacement | null, photoId?: string) => void;
}

interface Drag {
  readonly key: string;
  readonly start: PhotoPlacement;
  readonly x: number;
  readonly y: number;
  readonly now: PhotoPlacement;
}

/** The preview's width on the screen in CSS pixels, following the panel's width (0 before layout, and in jsdom). */
function useShownWidth(canvas: RefObject<HTMLCanvasElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = canvas.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    // The first report comes at once, after layout and before the first paint.
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [canvas]);
  return width;
}

/**
 * The live preview: the card drawn at the size it is shown (times the device pixel ratio, so it is sharp),
 * never at more than its own size; the photo moved by dragging it, with the arrow keys and + and −, or with
 * the sliders below. What leaves the panel is drawn again at full size (CardOutputButtons).
 */
export function CardPreview({ plan, look, photos, photo, cardKey, onSave }: Props) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const hintId = useId();
  const [drawn, setDrawn] = useState(true);
  const [dragging, setDragging] = useState<Drag | null>(null);
  const { frame, size } = plan;
  const saved = look.placement;
  const placement = dragging && dragging.key === cardKey ? dragging.now : saved;
  const shownWidth = useShownWidth(canvas);
  const scale = previewScale(size.width, shownWidth, typeof window === 'undefined' ? 1 : window.devicePixelRatio);

  // The photo as the preview needs it: a smaller copy, made again only when the photo, the frame, the zoom or
  // the preview's size changes (not on each step of a drag).
  const { theme, photo: bitmap } = look;
  const zoom = placement.zoom;
  const shown = useMemo(() => {
    if (!bitmap || !frame) return bitmap;
    const factor = photoShrink(bitmap, frame, zoom, scale);
    return factor < 0.75 ? shrinkPhoto(bitmap, factor, document.createElement('canvas')) : bitmap;
  }, [bitmap, frame, zoom, scale]);

  // Redraw whenever anything the card shows changes, at the size it is shown.
  useEffect(() => {
    const el = canvas.current;
    if (!el || plan.ops.length === 0) return;
    setDrawn(paintCard(el, plan, { theme, photo: shown, placement }, scale));
  }, [plan, theme, shown, placement, scale]);

  const image = photo ? { width: photo.width, height: photo.height } : null;
  /** Card pixels per CSS pixel of the preview. */
  const cardPixels = (el: HTMLCanvasElement) => size.width / (el.getBoundingClientRect().width || size.width);
  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!frame || !image) return;
    const rect = e.currentTarget.getBoundingClientRect();
    const s = cardPixels(e.currentTarget);
    const x = (e.clientX - rect.left) * s;
    const y = (e.clientY - rect.top) * s;
    if (x < frame.x || x > frame.x + frame.w || y < frame.y || y > frame.y + frame.h) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    setDragging({ key: cardKey, start: saved, x: e.clientX, y: e.clientY, now: saved });
  };
  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!dragging || !frame || !image) return;
    const s = cardPixels(e.currentTarget);
    const now = dragPlacement(image, frame, dragging.start, (e.clientX - dragging.x) * s, (e.clientY - dragging.y) * s);
    setDragging({ ...dragging, now });
  };
  const onPointerUp = () => {
    if (!dragging) return;
    onSave(dragging.now);
    setDragging(null);
  };
  // The keyboard moves the photo too: arrows move it, + and − zoom.
  const onKeyDown = (e: KeyboardEvent<HTMLCanvasElement>) => {
    if (!frame || !image) return;
    const step = Math.round(Math.min(frame.w, frame.h) * 0.05);
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const move = moves[e.key];
    if (move) onSave(dragPlacement(image, frame, saved, move[0], move[1]));
    else if (e.key === '+' || e.key === '=') onSave(zoomPlacement(image, frame, saved, saved.zoom + 0.25));
    else if (e.key === '-') onSave(zoomPlacement(image, frame, saved, saved.zoom - 0.25));
    else return;
    e.preventDefault();
  };

  return (
    <>
      <canvas
        ref={canvas}
        className={frame && photo ? 'card-preview movable' : 'card-preview'}
        role="img"
        tabIndex={frame && photo ? 0 : undefined}
        aria-label={t('cards.preview')}
        aria-describedby={frame && photo ? hintId : undefined}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onKeyDown={onKeyDown}
        // For tests and tools: which card is shown, where its photo frame is, and the photo's placement
        // (in card pixels: the canvas itself is the card scaled to the size it is shown).
        data-size={size.id}
        data-template={plan.template}
        data-photo={frame ? [frame.x, frame.y, frame.w, frame.h].join(',') : ''}
        data-placement={photo ? [placement.zoom, placement.cx, placement.cy].map((n) => n.toFixed(4)).join(',') : ''}
        // …and the text drawn, box by box, as laid out with the browser's own font metrics.
        data-text={JSON.stringify(
          plan.ops.flatMap((o) =>
            o.kind === 'text'
              ? [
                  {
                    role: o.role,
                    x: o.x,
                    y: o.y,
                    w: o.w,
                    lineHeight: o.text.fontSize * o.lineHeight,
                    lines: o.text.lines,
                    truncated: o.text.truncated,
                  },
                ]
              : [],
          ),
        )}
      />
      {!drawn && <p className="gentle-error">{t('cards.noCanvas')}</p>}
      {photo && frame && (
        <>
          <p id={hintId} className="visually-hidden">
            {t('cards.dragHint')}
          </p>
          <PhotoControls
            photos={photos}
            photo={photo}
            frame={frame}
            placement={placement}
            onPhoto={(id) => onSave(CENTRED, id)}
            onPlacement={(p) => onSave(p)}
            onReset={() => onSave(null)}
          />
        </>
      )}
    </>
  );
}
