import { countWords } from '../article-text';
import { stripDateline } from '../sentences';
import type { AnalyzedSentence } from '../attribution/types';
import type { PointRejection } from './rejections';

/** A point reads at a glance: shorter sentences are fragments or labels, longer ones paragraphs run together. */
const MIN_WORDS = 6;
export const MAX_WORDS = 60;

/** A sentence that is mostly a quotation is the speaker list's, not a point. */
const MAX_QUOTED_SHARE = 0.85;

/**
 * A lower-case word or a figure, then "The", "An" or "A" opening a clause; not "vitamin A", "type
 * A", "Class A drugs" (a capital before) or "the film The Matrix" (a capital after).
 */
const RUN_TOGETHER =
  /(?<![\p{L}\p{N}])(?!(?:vitamin|type|grade|plan|hepatitis|category|class|group|series|tier|level|option|section|part|schedule|division|round|figure|appendix|item|model)\b)(?:\p{Ll}+|\p{N}+) (?:The|An?) \p{Ll}/u;

/** Brackets and corner quotation marks, which open and close in pairs. */
const MARK_PAIRS: readonly [RegExp, RegExp][] = [
  [/[(（]/gu, /[)）]/gu],
  [/「/gu, /」/gu],
];
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/**
 * Quotation marks that close: “…” in English, „…“ in German and Czech, ”…” in Swedish and Finnish;
 * straight marks in pairs, not counting an inch mark after a figure (a 6.7" screen).
 */
function quotesClose(text: string): boolean {
  const straight = count(text, /(?<!\d)"/gu) % 2 === 0;
  if (text.includes('„')) return straight && count(text, /„/gu) === count(text, /[“”]/gu);
  const opening = count(text, /“/gu);
  const closing = count(text, /”/gu);
  return straight && (opening === closing || (opening === 0 && closing % 2 === 0));
}

/** Is the sentence whole and of a readable length? The first check it fails, or null. */
export function shapeRejection(sentence: AnalyzedSentence): PointRejection | null {
  const text = stripDateline(sentence.text);
  const words = countWords(text);
  if (words < MIN_WORDS) return 'too short';
  if (words > MAX_WORDS) return 'too long';
  // It ends as a sentence does; a closing bracket only after the sentence's own full stop:
  // "Small plants (from a florist or nursery)" and "268,021 km2 (75th)" are list items and figures.
  if (!/(?:[.!。！」”’"']|[.!。！]\))$/u.test(text)) return 'no full stop';
  if (/\?["”’]?$/u.test(text)) return 'question';
  // It trails off ("…stolen right out of her hotel room ..."): the sentence goes on elsewhere.
  if (/(?:\.\.\.|…)["”’]?$/u.test(text)) return 'trails off';
  // It opens with a word, a figure, an amount, a hashtag or a quotation, not a list marker
  // ("+ Added…", "* Max…").
  if (/^\p{Ll}/u.test(text)) return 'opens mid-sentence';
  if (!/^[\p{L}\p{N}\p{Sc}#"“”‘'«„(¿¡《「『【]/u.test(text)) return 'opens with a mark';
  if (sentence.quotedShare > MAX_QUOTED_SHARE) return 'mostly quoted';
  // Two sentences run together where a caption lost its line break ("…than a colleague The cost of
  // divorce…", "…on Saturday, May 2 The two boxers…"): no sentence opens with "The" mid-clause.
  if (RUN_TOGETHER.test(text)) return 'run together';
  // A fragment cut out of a parenthesis ("…Press Service photo via AP)") or out of a quotation
  // that runs over several sentences ("…pops into our heads: a combination of… glass.") is not
  // a sentence.
  const balanced = MARK_PAIRS.every(([open, close]) => count(text, open) === count(text, close)) && quotesClose(text);
  return balanced ? null : 'unbalanced marks';
}
