/**
 * The page behind `scripts/bench-cards.ts` and `scripts/card-screenshots.ts`, bundled by Vite and opened in
 * headless Chromium (see open-page.ts). It makes cards through the same pipeline as the cards view
 * (lib/cards/card-plan.ts, then lib/cards/paint.ts and card-file.ts: the same words, sentence, layout,
 * drawing and file) for a fictional Chinese story with a synthetic drawn photo, and puts its functions on
 * `window.homewardCards` for Playwright's page.evaluate.
 */
import { toBlob as htmlToBlob } from 'html-to-image';
import type { DrawOp } from '@/lib/cards/poster';
import type { CardTemplate } from '@/lib/cards/templates';
import { CENTRED, coverCrop } from '@/lib/cards/placement';
import { FONT_STACK, THEMES, canvasMeasure, type Theme, type ThemeId } from '@/lib/cards/render';
import { cardWords, planCard, type CardPlan, type CardWords } from '@/lib/cards/card-plan';
import { paintCard, photoShrink, previewScale, shrinkPhoto, type Bitmap, type CardCanvas, type CardLook } from '@/lib/cards/paint';
import { canvasPng, exportCard } from '@/lib/cards/card-file';
import { CARD_SIZES, type CardSize } from '@/lib/cards/sizes';
import type { Translate } from '@/lib/i18n/translate';
import { createI18n } from '@/lib/i18n/i18n';
import type { AppLanguage } from '@/lib/i18n/languages';
import { MINGMING, storyWith } from '../../tests/helpers/stories';

export type Template = CardTemplate;

export interface CardSpec {
  readonly template: Template;
  readonly theme: ThemeId;
  readonly size: CardSize;
}

/** Times in milliseconds over `runs` runs. */
export interface Stats {
  readonly median: number;
  readonly p90: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

export interface BenchOptions {
  /** Return the Homeward and html-to-image PNGs (base64) too, to look at. */
  readonly keepImages: boolean;
}

/** The live preview as the side panel shows it: its width in CSS pixels and the screen's device pixel ratio. */
export interface PreviewSpec {
  readonly cssWidth: number;
  readonly dpr: number;
}

export interface BenchResult {
  readonly card: CardSpec;
  readonly photo: { readonly width: number; readonly height: number; readonly jpegBytes: number };
  readonly layout: Stats;
  /** One step of a drag: the preview painted at the size it is shown, for each preview spec. */
  readonly preview: readonly {
    readonly spec: PreviewSpec;
    readonly width: number;
    readonly height: number;
    /** The photo the preview draws from, and the time to make that copy (when the photo, zoom or size changes). */
    readonly photo: { readonly width: number; readonly height: number; readonly copy: Stats };
    readonly js: Stats;
    readonly flushed: Stats;
  }[];
  /** The same step at the card's full size (how the preview was drawn before issue 11; now the export's first half). */
  readonly redrawJs: Stats;
  readonly redrawFlushed: Stats;
  readonly png: Stats;
  readonly offscreenPng: Stats;
  readonly redrawExport: Stats;
  readonly htmlToImage: Stats;
  readonly bytes: { readonly png: number; readonly offscreenPng: number; readonly htmlToImage: number };
  /** Mean absolute difference per channel (0–255) between the two PNGs, both scaled to 270 px wide. */
  readonly difference: number;
  /** Whether the photo shows in html-to-image's PNG (the centre of the photo frame is not the frame's grey). */
  readonly htmlPhotoShown: boolean;
  readonly images?: { readonly homeward: string; readonly htmlToImage: string };
}

export interface Shot {
  readonly base64: string;
  readonly width: number;
  readonly height: number;
}

export interface CardsPage {
  bench(options: BenchOptions): Promise<BenchResult>;
  /** One card drawn at its size, scaled down to at most `maxWidth` pixels wide, as PNG. */
  render(spec: CardSpec, maxWidth: number): Promise<Shot>;
  /**
   * The live preview of a card as the panel paints it, and the export scaled down to the same pixels; with
   * their mean difference per channel (0–255).
   */
  preview(spec: CardSpec, preview: PreviewSpec): Promise<{ readonly preview: Shot; readonly export: Shot; readonly difference: number }>;
}

declare global {
  interface Window {
    homewardCards?: CardsPage;
  }
}

const LANGUAGE: AppLanguage = 'zh-CN';
const TODAY = '2026-11-29';
const BENCH_CARD: CardSpec = { template: 'poster', theme: 'calm', size: CARD_SIZES.xiaohongshu[0]! };
/** The side panel's preview: about 360 CSS pixels wide, at device pixel ratio 1 and at 2 (sharp screens, 200 % zoom). */
const PREVIEWS: readonly PreviewSpec[] = [
  { cssWidth: 360, dpr: 2 },
  { cssWidth: 360, dpr: 1 },
];

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** A small seeded generator, so the photo is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A synthetic 2048×1536 "photo" (the largest an imported photo is): sky, a hedge, a child-shaped silhouette
 * in a yellow coat, and grain so that it encodes, and re-encodes into the card's PNG, about as a real photo
 * does. Stored like an imported photo (JPEG, quality 0.9) and decoded the way the cards view does.
 */
async function makePhoto(grain: number): Promise<{ bitmap: ImageBitmap; jpeg: Blob; url: string }> {
  const W = 2048;
  const H = 1536;
  const canvas = new OffscreenCanvas(W, H);
  const ctx = canvas.getContext('2d')!;
  const sky = ctx.createLinearGradient(0, 0, 0, H);
  sky.addColorStop(0, '#8fb8df');
  sky.addColorStop(0.55, '#e6dcc6');
  sky.addColorStop(1, '#a88f6c');
  ctx.fillStyle = sky;
  ctx.fillRect(0, 0, W, H);
  const next = random(7);
  for (let i = 0; i < 60; i++) {
    ctx.fillStyle = `hsl(${100 + next() * 40} 35% ${25 + next() * 20}%)`;
    ctx.beginPath();
    ctx.arc(next() * W, H * 0.55 + next() * H * 0.08, 60 + next() * 90, 0, Math.PI * 2);
    ctx.fill();
  }
  // The silhouette: a yellow coat, a head with darker hair. No face: this stands in for a child's photo.
  ctx.fillStyle = '#e2b332';
  ctx.beginPath();
  ctx.ellipse(W / 2, H * 0.98, H * 0.32, H * 0.42, 0, Math.PI, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#d9b08c';
  ctx.beginPath();
  ctx.arc(W / 2, H * 0.42, H * 0.15, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#3b2e25';
  ctx.beginPath();
  ctx.arc(W / 2, H * 0.4, H * 0.155, Math.PI * 1.05, Math.PI * 1.95);
  ctx.fill();
  if (grain > 0) {
    const pixels = ctx.getImageData(0, 0, W, H);
    const d = pixels.data;
    for (let i = 0; i < d.length; i += 4) {
      const n = (next() - 0.5) * grain;
      d[i] = d[i]! + n;
      d[i + 1] = d[i + 1]! + n;
      d[i + 2] = d[i + 2]! + n;
    }
    ctx.putImageData(pixels, 0, 0);
  }
  const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
  return { bitmap: await createImageBitmap(jpeg), jpeg, url: URL.createObjectURL(jpeg) };
}

interface Setup {
  readonly words: CardWords;
  readonly photo: Awaited<ReturnType<typeof makePhoto>>;
}

const setups = new Map<number, Promise<Setup>>();

/** The example family story from the tests, with a (fictional) link so the card carries a QR code. */
function setup(grain: number): Promise<Setup> {
  const cached = setups.get(grain);
  if (cached) return cached;
  const made = (async () => {
    const story = storyWith(LANGUAGE, [...MINGMING, ['help.links', 'links', '我们的微博：https://example.com/find/mingming']]);
    const i18n = await createI18n(LANGUAGE);
    // What the cards view makes of the story when nothing is chosen yet: its first safe sentence, the QR code on.
    const words = cardWords({
      story,
      today: TODAY,
      translate: (language) => i18n.getFixedT(language) as unknown as Translate,
      chosenSentence: null,
      confirmed: new Set(),
      withQr: true,
    });
    return { words, photo: await makePhoto(grain) };
  })();
  setups.set(grain, made);
  return made;
}

/** The cards view's layout step (when the card changes, not on a drag step), with the browser's font metrics. */
const layout = (ctx: Ctx, s: Setup, card: CardSpec): CardPlan =>
  planCard(
    s.words,
    { template: card.template, size: card.size, hasPhoto: true },
    { measure: canvasMeasure(ctx), measureBold: canvasMeasure(ctx, true) },
  );

/** The photo, centred, in the card's colours. */
const lookOf = (s: Setup, card: CardSpec): CardLook => ({ theme: card.theme, photo: s.photo.bitmap, placement: CENTRED });

/** What the preview does on each drag step, and the export before it encodes: size the canvas (which clears it), draw. */
function redraw(canvas: CardCanvas, plan: CardPlan, s: Setup, card: CardSpec, scale = 1, photo: Bitmap = s.photo.bitmap): void {
  if (!paintCard(canvas, plan, { ...lookOf(s, card), photo }, scale)) throw new Error('no 2D canvas');
}

/** The photo as the preview draws it at this scale (CardPreview): a smaller copy, or the photo itself. */
function previewPhoto(s: Setup, plan: CardPlan, scale: number): Bitmap {
  const factor = plan.frame ? photoShrink(s.photo.bitmap, plan.frame, CENTRED.zoom, scale) : 1;
  return factor < 0.75 ? shrinkPhoto(s.photo.bitmap, factor, document.createElement('canvas')) : s.photo.bitmap;
}

function stats(times: readonly number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p90: at(0.9), min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0, runs: sorted.length };
}

/** Lets a frame (and the rasterising and garbage collection that come with it) pass between runs. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function time(runs: number, warmUp: number, run: () => unknown): Promise<Stats> {
  const times: number[] = [];
  for (let i = 0; i < warmUp + runs; i++) {
    await nextFrame();
    const start = performance.now();
    await run();
    const ms = performance.now() - start;
    if (i >= warmUp) times.push(ms);
  }
  return stats(times);
}

function context(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  return ctx;
}

/**
 * The same card as HTML and CSS: one absolutely placed element per draw operation, the texts in the fonts,
 * sizes and lines Homeward's layout chose, the photo as an <img> with object-fit: cover (moved to the same
 * crop), the QR code as inline SVG. The HTML gets Homeward's text fitting for free; only its export is timed.
 */
function htmlCard(ops: readonly DrawOp[], theme: Theme, s: Setup, card: CardSpec): HTMLElement {
  const root = document.createElement('div');
  Object.assign(root.style, {
    position: 'relative',
    width: `${card.size.width}px`,
    height: `${card.size.height}px`,
    overflow: 'hidden',
    fontFamily: FONT_STACK,
  });
  const place = (el: HTMLElement | SVGElement, x: number, y: number, w: number, h: number) =>
    Object.assign(el.style, { position: 'absolute', left: `${x}px`, top: `${y}px`, width: `${w}px`, height: `${h}px`, margin: '0' });
  for (const op of ops) {
    if (op.kind === 'background') {
      const el = document.createElement('div');
      place(el, op.x, op.y, op.w, op.h);
      el.style.background = op.role === 'band' ? theme.band : op.role === 'ask' ? theme.ask : theme.page;
      root.append(el);
    } else if (op.kind === 'photo') {
      const frame = document.createElement('div');
      place(frame, op.x, op.y, op.w, op.h);
      Object.assign(frame.style, { background: theme.photoBackground, overflow: 'hidden' });
      const { photo } = s;
      const crop = coverCrop(photo.bitmap, op);
      const scale = op.w / crop.sw;
      const img = document.createElement('img');
      img.src = photo.url;
      img.alt = '';
      Object.assign(img.style, {
        display: 'block',
        width: '100%',
        height: '100%',
        objectFit: 'cover',
        objectPosition: `${-crop.sx * scale}px ${-crop.sy * scale}px`,
      });
      frame.append(img);
      root.append(frame);
    } else if (op.kind === 'text') {
      const el = document.createElement('div');
      place(el, op.x, op.y, op.w, op.h);
      const lineH = op.text.fontSize * op.lineHeight;
      Object.assign(el.style, {
        font: `${op.bold ? '700 ' : ''}${op.text.fontSize}px/${lineH}px ${FONT_STACK}`,
        color: op.role === 'banner' ? theme.bandText : op.role === 'ask' ? theme.askText : theme.text,
        whiteSpace: 'pre',
      });
      el.textContent = op.text.lines.join('\n');
      root.append(el);
    } else if (op.kind === 'qr' && s.words.qr) {
      const qr = s.words.qr;
      const modules = qr.length + 4;
      const cell = Math.floor(op.size / modules);
      const offset = Math.floor((op.size - cell * modules) / 2);
      const ns = 'http://www.w3.org/2000/svg';
      const svg = document.createElementNS(ns, 'svg');
      svg.setAttribute('viewBox', `0 0 ${op.size} ${op.size}`);
      place(svg, op.x, op.y, op.size, op.size);
      svg.style.background = '#ffffff';
      const path = document.createElementNS(ns, 'path');
      path.setAttribute(
        'd',
        qr
          .flatMap((row, y) =>
            row.map((dark, x) => (dark ? `M${offset + (x + 2) * cell} ${offset + (y + 2) * cell}h${cell}v${cell}h-${cell}z` : '')),
          )
          .join(''),
      );
      path.setAttribute('fill', '#000000');
      svg.append(path);
      root.append(svg);
    }
  }
  return root;
}

/** Both PNGs scaled to 270 px wide: their mean channel difference, and the pixel at `at` (card pixels) in the second. */
async function compare(a: Blob, b: Blob, card: CardSpec, at: { x: number; y: number }) {
  const w = 270;
  const { width, height } = card.size;
  const h = Math.round((height * w) / width);
  const pixels = async (blob: Blob) => {
    const c = new OffscreenCanvas(w, h);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(await createImageBitmap(blob), 0, 0, w, h);
    return ctx.getImageData(0, 0, w, h).data;
  };
  const [pa, pb] = [await pixels(a), await pixels(b)];
  let sum = 0;
  for (let i = 0; i < pa.length; i += 4) for (let c = 0; c < 3; c++) sum += Math.abs(pa[i + c]! - pb[i + c]!);
  const index = (Math.round((at.y * w) / width) * w + Math.round((at.x * w) / width)) * 4;
  return { difference: sum / ((pa.length / 4) * 3), pixel: [pb[index]!, pb[index + 1]!, pb[index + 2]!] };
}

const base64 = async (blob: Blob) => {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
};

/** A canvas on the page, shown `cssWidth` CSS pixels wide as the panel shows the preview. */
function shownCanvas(cssWidth: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.style.width = `${cssWidth}px`;
  document.body.append(canvas);
  return canvas;
}

async function bench({ keepImages }: BenchOptions): Promise<BenchResult> {
  const card = BENCH_CARD;
  const s = await setup(24);
  const theme = THEMES[card.theme];
  const canvas = shownCanvas(PREVIEWS[0]!.cssWidth);
  const ctx = context(canvas);
  const plan = layout(ctx, s, card);
  const { ops } = plan;

  const layoutStats = await time(100, 10, () => layout(ctx, s, card));
  // Reading one pixel back makes Chromium rasterise every recorded canvas call before it returns.
  const flushed = (scale: number, photo?: Bitmap) => () => {
    redraw(canvas, plan, s, card, scale, photo);
    ctx.getImageData(0, 0, 1, 1);
  };
  const preview: BenchResult['preview'][number][] = [];
  for (const spec of PREVIEWS) {
    // The scale the preview uses: the width it is shown at, times the device pixel ratio.
    const scale = previewScale(card.size.width, spec.cssWidth, spec.dpr);
    const photoCopy = await time(25, 3, () => previewPhoto(s, plan, scale));
    const photo = previewPhoto(s, plan, scale);
    const js = await time(100, 10, () => redraw(canvas, plan, s, card, scale, photo));
    const flushedStats = await time(100, 10, flushed(scale, photo));
    preview.push({
      spec,
      width: canvas.width,
      height: canvas.height,
      photo: { width: photo.width, height: photo.height, copy: photoCopy },
      js,
      flushed: flushedStats,
    });
  }
  const redrawJs = await time(100, 10, () => redraw(canvas, plan, s, card));
  const redrawFlushed = await time(100, 10, flushed(1));

  redraw(canvas, plan, s, card);
  let png = await canvasPng(canvas);
  const pngStats = await time(25, 3, async () => {
    png = await canvasPng(canvas);
  });

  const offscreen = new OffscreenCanvas(card.size.width, card.size.height);
  redraw(offscreen, plan, s, card);
  let offscreenPng = png;
  const offscreenStats = await time(25, 3, async () => {
    offscreenPng = await offscreen.convertToBlob({ type: 'image/png' });
  });

  // What Copy image does: the card painted again at full size on a canvas of its own, then PNG.
  const redrawExport = await time(25, 3, async () => {
    png = await exportCard(document.createElement('canvas'), plan, lookOf(s, card));
  });

  const node = htmlCard(ops, theme, s, card);
  document.body.append(node);
  await node.querySelector('img')?.decode();
  await document.fonts.ready;
  const options = { width: card.size.width, height: card.size.height, pixelRatio: 1 };
  const last: { png: Blob | null } = { png: null };
  const htmlStats = await time(15, 3, async () => {
    last.png = await htmlToBlob(node, options);
  });
  const htmlPng = last.png;
  if (!htmlPng) throw new Error('html-to-image returned no image');

  const frame = plan.frame;
  const centre = frame ? { x: frame.x + frame.w / 2, y: frame.y + frame.h / 2 } : { x: 0, y: 0 };
  const { difference, pixel } = await compare(png, htmlPng, card, centre);
  const grey = theme.photoBackground.match(/\w\w/g)!.map((hex) => Number.parseInt(hex, 16));
  const htmlPhotoShown = pixel.some((v, i) => Math.abs(v - grey[i]!) > 12);
  node.remove();
  canvas.remove();
  return {
    card,
    photo: { width: s.photo.bitmap.width, height: s.photo.bitmap.height, jpegBytes: s.photo.jpeg.size },
    layout: layoutStats,
    preview,
    redrawJs,
    redrawFlushed,
    png: pngStats,
    offscreenPng: offscreenStats,
    redrawExport,
    htmlToImage: htmlStats,
    bytes: { png: png.size, offscreenPng: offscreenPng.size, htmlToImage: htmlPng.size },
    difference,
    htmlPhotoShown,
    ...(keepImages ? { images: { homeward: await base64(png), htmlToImage: await base64(htmlPng) } } : {}),
  };
}

/** A canvas's pixels scaled to `width`×`height`, as PNG. */
async function scaledShot(source: CanvasImageSource, width: number, height: number): Promise<Shot> {
  const small = document.createElement('canvas');
  small.width = width;
  small.height = height;
  const ctx = context(small);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source, 0, 0, width, height);
  return { base64: await base64(await canvasPng(small)), width, height };
}

async function render(card: CardSpec, maxWidth: number): Promise<Shot> {
  // No grain: it would double the size of the committed PNGs and shows nothing about the layout.
  const s = await setup(0);
  const full = document.createElement('canvas');
  redraw(full, layout(context(full), s, card), s, card);
  const scale = Math.min(1, maxWidth / card.size.width);
  return scaledShot(full, Math.round(card.size.width * scale), Math.round(card.size.height * scale));
}

async function previewShot(card: CardSpec, spec: PreviewSpec) {
  const s = await setup(0);
  const shown = shownCanvas(spec.cssWidth);
  const plan = layout(context(shown), s, card);
  const scale = previewScale(card.size.width, shown.clientWidth, spec.dpr);
  redraw(shown, plan, s, card, scale, previewPhoto(s, plan, scale));
  const full = document.createElement('canvas');
  redraw(full, plan, s, card);
  const { width, height } = shown;
  const [preview, exported] = [await scaledShot(shown, width, height), await scaledShot(full, width, height)];
  const pixels = async (shot: Shot) => {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(shot.base64), (c) => c.charCodeAt(0))]));
    const c = new OffscreenCanvas(width, height);
    const cx = c.getContext('2d')!;
    cx.drawImage(bitmap, 0, 0);
    return cx.getImageData(0, 0, width, height).data;
  };
  const [a, b] = [await pixels(preview), await pixels(exported)];
  let sum = 0;
  for (let i = 0; i < a.length; i += 4) for (let c = 0; c < 3; c++) sum += Math.abs(a[i + c]! - b[i + c]!);
  shown.remove();
  return { preview, export: exported, difference: sum / ((a.length / 4) * 3) };
}

window.homewardCards = { bench, render, preview: previewShot };
