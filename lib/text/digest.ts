import { KEY_POINT_COUNTS, type Article, type Digest, type DigestExplanation, type DigestLength, type DigestSpeaker, type SourceBalance } from '../contracts';
import { selectKeyPoints } from './keypoints/select';
import { guessLanguage } from './terms';
import { attributeQuotes } from './attribution/attribute';
import type { Attribution } from './attribution/types';
import { lexiconLanguage, type Lexicon } from './attribution/languages/lexicon';
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

/** The language a digest reads the article in: the page's, else one guessed from its stop words. */
export function digestLanguage(article: Article): string | null {
  return (
    article.lang ??
    guessLanguage(
      article.paragraphs
        .slice(0, 20)
        .map((p) => p.text)
        .join(' '),
    )
  );
}

export interface DigestOptions {
  /** The words of the article's language when it is not English (languages/lexicon.ts); without it, quotations there stay unattributed. */
  lexicon?: Lexicon | null;
  /** Stop before the key points when attribution took longer than this. */
  budgetMs?: number;
  /** Add `explain`: how each quotation's speaker was chosen and why each other sentence is not a point. */
  explain?: boolean;
}

/** Builds the digest of an article: pure, synchronous, no I/O. */
export function buildDigest(article: Article, length: DigestLength = 'short', options: DigestOptions = {}): Digest {
  const budgetMs = options.budgetMs ?? DIGEST_BUDGET_MS;
  const deadline = performance.now() + budgetMs;
  // Pages that declare no language get one guessed from their stop words: attribution and
  // key points both depend on it.
  const lang = digestLanguage(article);
  const lexicon = options.lexicon && options.lexicon.language === lexiconLanguage(lang) ? options.lexicon : null;
  const attribution = attributeQuotes(article.paragraphs, lang, { explain: options.explain, lexicon });
  const partial = performance.now() > deadline;
  const rejected: DigestExplanation['rejectedSentences'] = [];
  const keyPoints = partial
    ? []
    : selectKeyPoints(
        article.paragraphs,
        attribution,
        { count: KEY_POINT_COUNTS[length], lang, standfirst: article.standfirst, lexicon },
        options.explain
          ? (sentence, reason) => rejected.push({ text: sentence.text, paragraph: sentence.paragraph, start: sentence.start, end: sentence.end, reason })
          : undefined,
      );
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
      ...(lang && !readsAttribution(lang)
        ? [`Speakers are not attributed on pages in ${languageName(lang, 'en')} yet: every quotation is in unattributedQuotes.`]
        : []),
      ...(lang && lexiconLanguage(lang) && !lexicon
        ? [`Speakers are not attributed: the words of ${languageName(lang, 'en')} could not be loaded; every quotation is in unattributedQuotes.`]
        : []),
    ],
    ...(options.explain
      ? { explain: { quotations: explainQuotations(attribution), rejectedSentences: rejected.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start) } }
      : {}),
  };
}

/** Every quotation that is speech, as `--explain` shows it: where it stands, who it went to and how. */
function explainQuotations(attribution: Attribution): DigestExplanation['quotations'] {
  return (attribution.trace ?? []).map((trace) => {
    const quotation = attribution.quotations[trace.quote]!;
    const first = quotation.spans[0]!;
    return {
      text: quotation.text,
      paragraph: first.paragraph,
      start: first.start,
      speaker: trace.kept ? trace.speaker : null,
      step: trace.kept ? trace.step : null,
      candidate: trace.speaker,
      confidence: trace.confidence ?? null,
      tried: trace.tried,
      ...(trace.skipped ? { skipped: trace.skipped } : {}),
    };
  });
}

/** The first `count` key points by rank, in reading order: a shorter digest from a longer one. */
export function withLength(digest: Digest, length: DigestLength): Digest {
  const count = KEY_POINT_COUNTS[length];
  return { ...digest, keyPoints: digest.keyPoints.filter((point) => point.rank < count) };
}
