import type { KeyPoint, Paragraph, Speaker } from '../contracts';
import { isCaptionParagraph, isCreditLine, isNotProse, isPageChrome } from './clutter';
import { splitSentences, stripDateline } from './sentences';
import type { AnalyzedSentence, Attribution } from './attribution/attribute';
import { countWords, foldText } from './article-text';
import { cosine, READING_ORDER, score, termVector, withFeatures, type Candidate, type Weights } from './keypoint-features';
import { NAMEABLE_PRONOUN, opening } from './standalone';

export interface KeyPointOptions {
  count: number;
  lang: string | null;
  title: string;
  /** The page's subheading or dek, when it has one: it says what the story is, like the title. */
  standfirst?: string | null;
}

/**
 * Reading order: position alone. Weights over the other features, fitted on CNN/DM highlights by a
 * coordinate search (scripts/fit-keypoints.ts), scored below it held out: 40.38 / 17.91 ROUGE-1/2 in
 * 5-fold cross-validation against 40.87 / 18.25 for reading order, which fits nothing
 * (`npm run eval:summary` prints both). The features stay so that the comparison keeps being made.
 */
export const KEY_POINT_WEIGHTS: Weights = READING_ORDER;

/** Two points sharing more than this share of content words say the same thing. */
const REDUNDANCY_LIMIT = 0.5;
const MIN_WORDS = 6;
const MAX_WORDS = 60;

/**
 * Paragraphs whose sentences are never points: headings, teaser links, page chrome, captions (also
 * one whose credit stands in the next paragraph) and the standfirst, which the popup shows under
 * the title.
 * Checked once per paragraph: a paragraph's length never multiplies with its sentence count.
 */
function isBodyParagraph(paragraphs: readonly Paragraph[], index: number, standfirst: { text: string; folded: string } | null): boolean {
  const paragraph = paragraphs[index]!;
  if (paragraph.kind === 'heading' || paragraph.kind === 'caption' || paragraph.kind === 'link') return false;
  if (isPageChrome(paragraph.text) || isCaptionParagraph(paragraph.text)) return false;
  if (standfirst && paragraph.text.length <= standfirst.text.length && standfirst.folded.includes(foldText(paragraph.text))) return false;
  const next = paragraphs[index + 1];
  return !(next && isCreditLine(next.text));
}


/** Is this sentence of the story's prose fit to be a point? Complete, of a readable length. */
function isEligible(sentence: AnalyzedSentence): boolean {
  const text = stripDateline(sentence.text);
  const words = countWords(text);
  if (words < MIN_WORDS || words > MAX_WORDS) return false;
  // It ends as a sentence does; a closing bracket only after the sentence's own full stop:
  // "Small plants (from a florist or nursery)" and "268,021 km2 (75th)" are list items and figures.
  if (!/(?:[.!。！」”’"']|[.!。！]\))$/u.test(text)) return false;
  if (/\?["”’]?$/u.test(text)) return false;
  // It trails off ("…stolen right out of her hotel room ..."): the sentence goes on elsewhere.
  if (/(?:\.\.\.|…)["”’]?$/u.test(text)) return false;
  // It opens with a word, a figure, an amount, a hashtag or a quotation, not a list marker
  // ("+ Added…", "* Max…").
  if (!/^[\p{L}\p{N}\p{Sc}#"“”‘'«„(¿¡《「『【]/u.test(text) || /^\p{Ll}/u.test(text)) return false;
  if (sentence.quotedShare > 0.85) return false;
  // Two sentences run together where a caption lost its line break ("…than a colleague The cost of
  // divorce…", "…on Saturday, May 2 The two boxers…"): no sentence opens with "The" mid-clause.
  if (RUN_TOGETHER.test(text)) return false;
  // A fragment cut out of a parenthesis ("…Press Service photo via AP)") or out of a quotation
  // that runs over several sentences ("…pops into our heads: a combination of… glass.") is not
  // a sentence.
  return MARK_PAIRS.every(([open, close]) => count(text, open) === count(text, close)) && quotesClose(text);
}

/**
 * A lower-case word or a figure, then "The", "An" or "A" opening a clause; not "vitamin A", "type
 * A", "Class A drugs" (a capital before) or "the film The Matrix" (a capital after).
 */
const RUN_TOGETHER = /(?<![\p{L}\p{N}])(?!(?:vitamin|type|grade|plan|hepatitis|category|class|group|series|tier|level|option|section|part|schedule|division|round|figure|appendix|item|model)\b)(?:\p{Ll}+|\p{N}+) (?:The|An?) \p{Ll}/u;

/** Brackets and corner quotation marks, which open and close in pairs. */
const MARK_PAIRS: readonly [RegExp, RegExp][] = [[/[(（]/gu, /[)）]/gu], [/「/gu, /」/gu]];
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

/** A stretch of quoted text and who the speaker list credits with its quotation (null: no one). */
interface CreditedSpan {
  start: number;
  end: number;
  speaker: Speaker | null;
}

/** Every quoted stretch by paragraph, with the speaker the list credits for its quotation. */
function creditedSpans(attribution: Attribution): Map<number, CreditedSpan[]> {
  const bySpan = new Map<string, Speaker>();
  for (const speaker of attribution.speakers) {
    for (const quote of speaker.quotes) {
      const first = quote.spans[0];
      if (first) bySpan.set(`${first.paragraph}:${first.start}`, speaker);
    }
  }
  const spans = new Map<number, CreditedSpan[]>();
  for (const quotation of attribution.quotations) {
    const first = quotation.spans[0];
    const speaker = (first && bySpan.get(`${first.paragraph}:${first.start}`)) ?? null;
    for (const span of quotation.spans) {
      const list = spans.get(span.paragraph) ?? [];
      list.push({ start: span.start, end: span.end, speaker });
      spans.set(span.paragraph, list);
    }
  }
  for (const list of spans.values()) list.sort((a, b) => a.start - b.start);
  return spans;
}

/**
 * The quoted stretches that overlap [start, end). Spans of a paragraph are in order and apart, so
 * their ends are sorted too: a binary search keeps a long paragraph of many quotations linear.
 */
function overlapping(spans: readonly CreditedSpan[], start: number, end: number): CreditedSpan[] {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.end <= start) low = middle + 1;
    else high = middle;
  }
  const found: CreditedSpan[] = [];
  for (let i = low; i < spans.length && spans[i]!.start < end; i++) found.push(spans[i]!);
  return found;
}

/**
 * A sentence the quotation mask kept whole past MAX_WORDS ("…crisis' at Westminster. Scroll down…":
 * a stray single quote taken for a quotation that runs on) is split again without the mask; its
 * pieces carry the quoted share of the spans they overlap, and no pronoun referent.
 */
function readablePieces(sentence: AnalyzedSentence, lang: string | null, spans: readonly CreditedSpan[]): AnalyzedSentence[] {
  if (countWords(sentence.text) <= MAX_WORDS) return [sentence];
  return splitSentences(sentence.text, sentence.paragraph, lang).map((piece) => {
    const start = sentence.start + piece.start;
    const end = sentence.start + piece.end;
    let quoted = 0;
    for (const span of overlapping(spans, start, end)) quoted += Math.min(end, span.end) - Math.max(start, span.start);
    return { ...piece, start, end, quotes: [], quotedShare: Math.min(1, quoted / Math.max(1, end - start)), pronounReferent: null };
  });
}

/**
 * How a candidate reads as a point: its text, and the sentence it continues when it reads only
 * right after that one ("The 39-year-old…", "But…"): it is shown only when that sentence is the
 * point before it.
 */
export interface PointReading {
  text: string;
  continues: AnalyzedSentence | null;
}

/**
 * The point's text: the sentence less its dateline, with a leading "He"/"She" named when the
 * person is certain (see `certainReferent`). Null when the sentence cannot stand alone.
 */
function pointReading(sentence: AnalyzedSentence, previous: AnalyzedSentence | null, people: readonly string[]): PointReading | null {
  const text = stripDateline(sentence.text);
  const before = previous?.text ?? '';
  const pronoun = NAMEABLE_PRONOUN.exec(text);
  if (pronoun) {
    const referent = /^The/u.test(pronoun[0]) ? null : certainReferent(sentence.pronounReferent, before, people);
    return referent ? { text: referent + (pronoun[2] ? '’s' : '') + text.slice(pronoun[0].length), continues: null } : null;
  }
  const leaning = opening(text, previous === null);
  if (leaning === 'pronoun' || (leaning === 'continuation' && !previous)) return null;
  return { text, continues: leaning ? previous : null };
}

/**
 * A pronoun's referent is certain when attribution resolved it, the article writes the name
 * exactly so in the sentence before, and no other person is named there. "They" is never named:
 * one name cannot stand for a group.
 */
function certainReferent(referent: string | null, previous: string, people: readonly string[]): string | null {
  if (!referent || !previous.includes(referent)) return null;
  const others = people.filter((name) => name !== referent && !referent.includes(name) && previous.includes(name));
  return others.length === 0 ? referent : null;
}

/** A point never credits a quotation to someone other than the speaker list does. */
function agreesWithSpeakers(text: string, sentence: AnalyzedSentence, spans: readonly CreditedSpan[]): boolean {
  return overlapping(spans, sentence.start, sentence.end).every(
    ({ speaker }) => !speaker || [speaker.name, ...speaker.aliases].some((name) => text.includes(name)),
  );
}

/** The scored candidates of an article and how each reads as a point (null: it cannot stand alone). */
export interface KeyPointCandidates {
  candidates: Candidate[];
  /** The standfirst's terms: shown under the title, so a point repeating it adds nothing. */
  shown: { terms: Map<string, number>; norm: number } | null;
  textOf: (candidate: Candidate) => PointReading | null;
}

export function keyPointCandidates(
  paragraphs: readonly Paragraph[],
  attribution: Attribution,
  options: Pick<KeyPointOptions, 'lang' | 'title' | 'standfirst'>,
  /** The weights the candidates will be scored with; unweighted costly features are skipped. All when absent. */
  weights?: Weights,
): KeyPointCandidates {
  const eligible: AnalyzedSentence[] = [];
  const previousOf = new Map<AnalyzedSentence, AnalyzedSentence | null>();
  const spans = creditedSpans(attribution);
  let previous: AnalyzedSentence | null = null;
  const standfirst = options.standfirst ? { text: options.standfirst, folded: foldText(options.standfirst) } : null;
  attribution.sentences.forEach((paragraphSentences, p) => {
    const body = isBodyParagraph(paragraphs, p, standfirst);
    const inParagraph = spans.get(p) ?? [];
    for (const sentence of paragraphSentences.flatMap((s) => readablePieces(s, options.lang, inParagraph))) {
      previousOf.set(sentence, previous);
      // Captions and page chrome between two sentences of the story are not what a pronoun leans on.
      if (!body || isNotProse(stripDateline(sentence.text))) continue;
      previous = sentence;
      if (isEligible(sentence)) eligible.push(sentence);
    }
  });
  const headline = [options.title, options.standfirst ?? ''].join('\n');
  const candidates = eligible.length === 0 ? [] : withFeatures(eligible, headline, options.lang, weights);
  const people = peopleOf(attribution);
  const textOf = (candidate: Candidate) => {
    const reading = pointReading(candidate.sentence, previousOf.get(candidate.sentence) ?? null, people);
    return reading && agreesWithSpeakers(reading.text, candidate.sentence, spans.get(candidate.sentence.paragraph) ?? []) ? reading : null;
  };
  return { candidates, textOf, shown: options.standfirst ? termVector(options.standfirst, options.lang) : null };
}

/**
 * Picks the key points: scores eligible sentences (keypoint-features.ts), then takes the best
 * ones that stand alone, agree with the speaker list, repeat no chosen point and, when the
 * article has paragraphs enough, come from different paragraphs. Returned in reading order.
 */
export function selectKeyPoints(paragraphs: readonly Paragraph[], attribution: Attribution, options: KeyPointOptions): KeyPoint[] {
  const { candidates, textOf, shown } = keyPointCandidates(paragraphs, attribution, options, KEY_POINT_WEIGHTS);
  return choosePoints(candidates, options.count, KEY_POINT_WEIGHTS, textOf, shown);
}

function peopleOf(attribution: Attribution): string[] {
  return [...attribution.speakers.flatMap((s) => [s.name, ...s.aliases]), ...attribution.mentioned.map((m) => m.name)];
}

/**
 * Greedy selection by score, asides last; `textOf` gives a candidate's reading, or null to pass it
 * over. A continuation waits until the sentence it continues is chosen, then follows it if it
 * still fits: one point per paragraph holds for it too, so in an article of paragraphs enough only
 * a continuation that opens its own paragraph can follow its antecedent.
 */
export function choosePoints(
  candidates: readonly Candidate[],
  count: number,
  weights: Weights,
  textOf: (candidate: Candidate) => PointReading | null,
  shown: { terms: Map<string, number>; norm: number } | null = null,
): KeyPoint[] {
  // An aside ("I still remember…", "Here are…") ranks after every sentence that is not one.
  const ranked = candidates
    .map((candidate) => ({ candidate, score: score(candidate, weights) }))
    .sort((a, b) => Number(a.candidate.aside) - Number(b.candidate.aside) || b.score - a.score || a.candidate.order - b.candidate.order);
  const paragraphCount = new Set(candidates.map((c) => c.sentence.paragraph)).size;
  const chosen: { candidate: Candidate; text: string }[] = [];
  const waiting: { candidate: Candidate; reading: PointReading }[] = [];
  const fits = (candidate: Candidate) =>
    !chosen.some((other) => cosine(candidate, other.candidate) > REDUNDANCY_LIMIT) &&
    !(shown && cosine(candidate, shown) > REDUNDANCY_LIMIT) &&
    // One point per paragraph, unless the article has too few paragraphs for that.
    !(paragraphCount >= count && chosen.some((other) => other.candidate.sentence.paragraph === candidate.sentence.paragraph));
  const isChosen = (sentence: AnalyzedSentence) => chosen.some((other) => other.candidate.sentence === sentence);
  for (const { candidate } of ranked) {
    if (chosen.length >= count) break;
    if (!fits(candidate)) continue;
    const reading = textOf(candidate);
    if (!reading) continue;
    if (reading.continues && !isChosen(reading.continues)) {
      waiting.push({ candidate, reading });
      continue;
    }
    chosen.push({ candidate, text: reading.text });
    // A continuation that scored higher than this point, and waited for it, now reads.
    const next = waiting.findIndex((w) => w.reading.continues === candidate.sentence);
    if (next >= 0 && chosen.length < count && fits(waiting[next]!.candidate)) {
      chosen.push({ candidate: waiting[next]!.candidate, text: waiting[next]!.reading.text });
    }
  }
  return chosen
    .map(({ candidate, text }, rank) => {
      const { sentence } = candidate;
      return { text, source: sentence.text, paragraph: sentence.paragraph, start: sentence.start, end: sentence.end, rank };
    })
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}
