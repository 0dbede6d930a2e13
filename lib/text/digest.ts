import { KEY_POINT_COUNTS, type Article, type Digest, type DigestLength, type DigestSpeaker, type SourceBalance } from '../contracts';
import { selectKeyPoints } from './keypoints';
import { guessLanguage } from './terms';
import { attributeQuotes } from './attribution/speakers';
import { wordCount } from './article-text';
import { languageName, readsAttribution } from './languages';

/** Average adult silent reading speed for non-fiction, in words per minute. */
const WORDS_PER_MINUTE = 238;

export function sourceBalance(speakers: readonly DigestSpeaker[]): SourceBalance {
  const quotations = speakers.reduce((sum, s) => sum + s.quotes.length, 0);
  const top = speakers.reduce((max, s) => Math.max(max, s.quotes.length), 0);
  return {
    speakers: speakers.length,
    named: speakers.filter((s) => s.kind !== 'unnamed').length,
    quotations,
    topShare: quotations === 0 ? 0 : top / quotations,
  };
}

/**
 * How long a digest may take before it stops at the next stage and returns what it has: a
 * 170,000-word article (the longest accepted) takes about a second on a 2-core machine.
 */
export const DIGEST_BUDGET_MS = 3000;

/** Builds the digest of an article: pure, synchronous, no I/O. */
export function buildDigest(article: Article, length: DigestLength = 'short', budgetMs = DIGEST_BUDGET_MS): Digest {
  const deadline = performance.now() + budgetMs;
  // Pages that declare no language get one guessed from their stop words: attribution and
  // key points both depend on it.
  const lang = article.lang ?? guessLanguage(article.paragraphs.slice(0, 20).map((p) => p.text).join(' '));
  const attribution = attributeQuotes(article.paragraphs, lang);
  const partial = performance.now() > deadline;
  const keyPoints = partial
    ? []
    : selectKeyPoints(article.paragraphs, attribution, { count: KEY_POINT_COUNTS[length], lang, title: article.title, standfirst: article.standfirst });
  const words = wordCount(article);
  const { paragraphs: _paragraphs, ...metadata } = article;
  return {
    ...metadata,
    lang,
    wordCount: words,
    readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
    keyPoints,
    speakers: attribution.speakers,
    mentioned: attribution.mentioned,
    unattributedQuotes: attribution.unattributed,
    balance: sourceBalance(attribution.speakers),
    partial,
    notes: [
      ...(partial ? [`Stopped after ${Math.round(budgetMs)} ms: key points left out.`] : []),
      ...(lang && !readsAttribution(lang) ? [`Speakers are not attributed on pages in ${languageName(lang, 'en')} yet: every quotation is in unattributedQuotes.`] : []),
    ],
  };
}

/** The first `count` key points by rank, in reading order: a shorter digest from a longer one. */
export function withLength(digest: Digest, length: DigestLength): Digest {
  const count = KEY_POINT_COUNTS[length];
  return { ...digest, keyPoints: digest.keyPoints.filter((point) => point.rank < count) };
}

