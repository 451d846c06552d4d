/**
 * Text layout for image cards, separate from drawing so it runs (and is tested) in Node.
 * Chinese breaks between any two characters except where kinsoku forbids it (no line starts with closing
 * punctuation such as ，。、！？）」》, none ends with opening punctuation such as （「《); Latin words are not
 * split; emoji (ZWJ sequences, flags) stay whole.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Width in pixels of `text` at `fontSize` (a canvas measureText in the browser, a table in tests). */
export type Measure = (text: string, fontSize: number) => number;

/**
 * A stand-in for canvas measureText where there is no canvas (Node, jsdom): CJK and emoji 1 em, Latin 0.55 em,
 * spaces 0.3 em. Real fonts differ a little; the layout only needs widths in the right proportion.
 */
export const roughMeasure: Measure = (text, size) => {
  let width = 0;
  for (const { segment: g } of segmenter.segment(text))
    width += size * (/\s/.test(g) ? 0.3 : /^[\x21-\x7e\u00c0-\u024f]$/.test(g) ? 0.55 : 1);
  return width;
};

const NO_LINE_START = new Set([
  ...'，。、！？：；）」』》〉】〕｝〗〙〛’”．，,.!?:;)]}…—～ー々ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ％‰',
]);
const NO_LINE_END = new Set([...'（「『《〈【〔｛〖〘〚‘“([{']);

/** Graphemes that belong to a word that must not be split: Latin letters, digits and the marks inside words. */
const isWordChar = (g: string) => /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}'’\-_.@/:#&%+]+$/u.test(g);
const isSpace = (g: string) => /^\s+$/u.test(g);

/**
 * Units that are never split: a Latin word (with the punctuation glued to it), a CJK character with the
 * closing punctuation after it and the opening punctuation before it, an emoji, or a space.
 */
export function atoms(text: string): string[] {
  const out: string[] = [];
  let pendingOpen = '';
  for (const { segment: g } of segmenter.segment(text)) {
    const last = out.length - 1;
    if (NO_LINE_END.has(g)) {
      pendingOpen += g;
      continue;
    }
    if (isSpace(g)) {
      // Opening punctuation waits for what it opens, across a space too ("「 Mingming").
      if (pendingOpen) pendingOpen += g;
      else out.push(g);
      continue;
    }
    if (NO_LINE_START.has(g) && last >= 0 && !pendingOpen) {
      // Closing punctuation rides with what it closes, even across a space ("寻人 ！").
      if (isSpace(out[last] ?? '') && last >= 1) out.splice(last - 1, 2, (out[last - 1] ?? '') + (out[last] ?? '') + g);
      else if (!isSpace(out[last] ?? '')) out[last] += g;
      else out.push(g);
      continue;
    }
    if (isWordChar(g) && last >= 0 && !pendingOpen && isWordChar([...segmenter.segment(out[last] ?? '')].at(-1)?.segment ?? '')) {
      out[last] += g; // the word goes on
      continue;
    }
    out.push(pendingOpen + g);
    pendingOpen = '';
  }
  if (pendingOpen) out.push(pendingOpen);
  return out;
}

/** Splits an atom too wide for any line into grapheme pieces that fit (the last resort for a long word). */
function splitWide(atom: string, maxWidth: number, fontSize: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const { segment } of segmenter.segment(atom)) {
    if (current && measure(current + segment, fontSize) > maxWidth) {
      pieces.push(current);
      current = segment;
    } else current += segment;
  }
  if (current) pieces.push(current);
  // Kinsoku even here: closing punctuation hangs at the end of the line before rather than starting one.
  const hung: string[] = [];
  for (const piece of pieces) {
    let rest = piece;
    while (hung.length > 0 && rest && NO_LINE_START.has(rest[0] ?? '')) {
      hung.push(`${hung.pop() ?? ''}${rest.slice(0, 1)}`);
      rest = rest.slice(1);
    }
    if (rest) hung.push(rest);
  }
  pieces.splice(0, pieces.length, ...hung);
  // …and opening punctuation moves on to the line it opens, unless that would leave nothing behind or make
  // that line too wide (a run of brackets wider than a line has nowhere better to go).
  for (let i = 0; i < pieces.length - 1; i++) {
    let piece = pieces[i] ?? '';
    while (piece.length > 1 && NO_LINE_END.has(piece.at(-1) ?? '') && measure(piece.at(-1) + (pieces[i + 1] ?? ''), fontSize) <= maxWidth) {
      pieces[i + 1] = piece.at(-1) + (pieces[i + 1] ?? '');
      piece = piece.slice(0, -1);
    }
    pieces[i] = piece;
  }
  return pieces.filter(Boolean);
}

/**
 * Greedy line breaking; explicit line breaks are kept; spaces at line ends are dropped. A line is never wider
 * than `maxWidth`, except for closing punctuation hanging at its end when a run of punctuation alone is wider
 * than a line.
 */
export function breakLines(text: string, maxWidth: number, fontSize: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const atom of atoms(paragraph)) {
      if (isSpace(atom) && line === '') continue;
      const candidate = line + atom;
      if (measure(candidate.trimEnd(), fontSize) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (isSpace(atom)) continue;
      if (line.trim()) lines.push(line.trimEnd());
      line = '';
      if (measure(atom, fontSize) <= maxWidth) {
        line = atom;
      } else {
        const pieces = splitWide(atom, maxWidth, fontSize, measure);
        lines.push(...pieces.slice(0, -1));
        line = pieces.at(-1) ?? '';
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

export interface FitOptions {
  readonly maxFontSize: number;
  readonly minFontSize: number;
  /** Line height as a multiple of the font size. */
  readonly lineHeight: number;
  readonly maxLines?: number;
}

export interface FittedText {
  readonly fontSize: number;
  readonly lines: readonly string[];
  /** The text did not fit even at the smallest size and was cut with an ellipsis. */
  readonly truncated: boolean;
}

/**
 * Fits text in a box: first shrink it (a long name gets smaller), allowing wrapping; then, at the smallest
 * size, cut the last line with "…", only as a last resort.
 */
export function fitText(text: string, box: { width: number; height: number }, options: FitOptions, measure: Measure): FittedText {
  const fits = (lines: readonly string[], size: number) =>
    lines.length * size * options.lineHeight <= box.height + 0.5 && lines.length <= (options.maxLines ?? Infinity);
  for (let size = options.maxFontSize; size >= options.minFontSize; size -= Math.max(1, Math.round(size * 0.05))) {
    const lines = breakLines(text, box.width, size, measure);
    if (fits(lines, size)) return { fontSize: size, lines, truncated: false };
  }
  const size = options.minFontSize;
  const all = breakLines(text, box.width, size, measure);
  const room = Math.max(1, Math.min(options.maxLines ?? Infinity, Math.floor((box.height + 0.5) / (size * options.lineHeight))));
  const kept = all.slice(0, room);
  let last = kept.at(-1) ?? '';
  const graphemes = Array.from(segmenter.segment(last), (s) => s.segment);
  while (graphemes.length > 0 && measure(`${graphemes.join('')}…`, size) > box.width) graphemes.pop();
  last = `${graphemes.join('').trimEnd()}…`;
  return { fontSize: size, lines: [...kept.slice(0, -1), last], truncated: true };
}

export interface WholeOptions {
  readonly maxFontSize: number;
  readonly minFontSize: number;
  /** Below the usual smallest size, for when even a box of `maxHeight` cannot hold the text at `minFontSize`. */
  readonly floorFontSize: number;
  readonly lineHeight: number;
  /** The box's usual height; it only grows from here. */
  readonly height: number;
  /** The most the box may grow to. */
  readonly maxHeight: number;
}

/**
 * Fits text that must never be cut with "…" (whom to tell: the station, its phone, the case number). It wraps
 * onto as many lines as it needs and the box grows, up to `maxHeight`, so the rest of the card gives way
 * first; only then does the type go below `minFontSize`, down to `floorFontSize`. Returns the text and the
 * height it takes. Cut only if even that cannot hold it (text far longer than any contact).
 */
export function fitWhole(text: string, width: number, options: WholeOptions, measure: Measure): { fitted: FittedText; height: number } {
  const { lineHeight } = options;
  const needs = (size: number) => Math.ceil(breakLines(text, width, size, measure).length * size * lineHeight);
  const atMin = Math.max(options.height, needs(options.minFontSize));
  if (atMin <= options.maxHeight) {
    // The shortest box that holds it at the usual smallest size; the type is as large as that box allows.
    const fitted = fitText(
      text,
      { width, height: atMin },
      { maxFontSize: options.maxFontSize, minFontSize: options.minFontSize, lineHeight },
      measure,
    );
    // fitText's shrinking steps can pass over the smallest size; at that size it is known to fit.
    const whole = fitted.truncated
      ? { fontSize: options.minFontSize, lines: breakLines(text, width, options.minFontSize, measure), truncated: false }
      : fitted;
    return { fitted: whole, height: atMin };
  }
  for (let size = options.minFontSize - 1; size >= options.floorFontSize; size--) {
    const height = needs(size);
    if (height <= options.maxHeight)
      return { fitted: { fontSize: size, lines: breakLines(text, width, size, measure), truncated: false }, height };
  }
  const fitted = fitText(
    text,
    { width, height: options.maxHeight },
    { maxFontSize: options.floorFontSize, minFontSize: options.floorFontSize, lineHeight },
    measure,
  );
  return { fitted, height: options.maxHeight };
}
