import type { KeyPoint, Paragraph } from '../../contracts';
import type { Attribution } from '../attribution/types';
import { keyPointCandidates, type RejectionLog } from './candidates';
import { choosePoints, readingOrder } from './choose';
import type { ProseModel } from '../prose';
import type { Lexicon } from '../attribution/languages/lexicon';

export interface KeyPointOptions {
  count: number;
  lang: string | null;
  /** The page's subheading or dek, when it has one: shown under the title, so no point repeats it. */
  standfirst?: string | null;
  /** Another story-prose model than the shipped one (prose.ts), to validate one held out. */
  proseModel?: ProseModel;
  /** The words of the page's language when it is not English: which first words lean on the sentence before. */
  lexicon?: Lexicon | null;
}

/**
 * The key points of an article: the story's whole sentences that read alone (candidates.ts), in
 * reading order, without repeats and one per paragraph (choose.ts). `rejected` hears why each other
 * sentence is not one.
 */
export function selectKeyPoints(paragraphs: readonly Paragraph[], attribution: Attribution, options: KeyPointOptions, rejected?: RejectionLog): KeyPoint[] {
  const { candidates, reading, shown } = keyPointCandidates(paragraphs, attribution, options, rejected);
  return choosePoints(candidates, options.count, readingOrder, reading, shown, rejected);
}
