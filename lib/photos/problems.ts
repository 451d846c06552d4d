import { MAX_PIXELS, type PhotoProblem } from './import';

/** A problem as the panel says it: a locale key under photos.problem, and the numbers the words need. */
export interface ProblemMessage {
  readonly key: string;
  readonly values: Readonly<Record<string, number>>;
}

/**
 * Megapixels as people read them: one decimal, rounded up, so a photo just over the limit never reads as the
 * limit itself ("50.1", not "50").
 */
export const megapixels = (pixels: number) => Math.ceil(pixels / 100_000) / 10;

export function problemMessage(problem: PhotoProblem): ProblemMessage {
  if (typeof problem === 'string') return { key: `photos.problem.${problem}`, values: {} };
  const { width, height } = problem;
  return {
    key: 'photos.problem.too-many-pixels',
    values: { width, height, megapixels: megapixels(width * height), max: megapixels(MAX_PIXELS) },
  };
}
