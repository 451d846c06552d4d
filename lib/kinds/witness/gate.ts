/** What the share gate (lib/gate) needs to know about a report of a child seen. */
import type { EssentialId } from '../types';
import type { WitnessQuestionId } from './ids';

/**
 * The witness's required questions, by what each gives the report: what was seen (`who`: which child),
 * when, and where. Nobody is named as whom to tell: the report goes to the police, and a public post sends
 * readers to the police too.
 */
export const WITNESS_REQUIRED_ESSENTIALS: Readonly<Partial<Record<WitnessQuestionId, EssentialId>>> = {
  'sight.what': 'who',
  'sight.when': 'when',
  'sight.where': 'where',
};
