import type { Paragraph } from '../../contracts';
import { countWords, foldText } from '../article-text';
import type { AnalyzedSentence, Attribution } from '../attribution/types';
import { clutterAmong, CLUTTER_PARAGRAPHS, CLUTTER_SENTENCES, CREDIT_LINE, MAX_NOTICE_CHARS } from '../clutter';
import { splitSentences, stripDateline } from '../sentences';
import { termVector, type TermVector } from '../terms';
import { agreesWithSpeakers, pointReading, type CreditedSpan, type PointReading } from './reading';
import type { PointRejection } from './rejections';
import { MAX_WORDS, shapeRejection } from './sentence-shape';
import { opensAside } from './standalone';
import { isFurniture, type ProseModel } from '../prose';
import type { Lexicon } from '../attribution/languages/lexicon';

/** A sentence that may be a point, with what choosing among them needs. */
export interface Candidate extends TermVector {
  sentence: AnalyzedSentence;
  /** Index among the candidates, in reading order. */
  order: number;
  /** It opens as an aside ("I still remember…", `opensAside`): it ranks after every other sentence. */
  aside: boolean;
}

/** Where a turned-down sentence stands, and why it was turned down. */
export type RejectionLog = (sentence: AnalyzedSentence, reason: PointRejection) => void;

/** The candidates of an article and how each reads as a point (or why it cannot). */
export interface KeyPointCandidates {
  candidates: Candidate[];
  /** The standfirst's terms: shown under the title, so a point repeating it adds nothing. */
  shown: TermVector | null;
  reading: (candidate: Candidate) => PointReading | PointRejection;
}

/**
 * Paragraphs whose sentences are never points: headings, teaser links, page chrome, captions (also
 * one whose credit stands in the next paragraph) and the standfirst, which the popup shows under
 * the title. Checked once per paragraph: a paragraph's length never multiplies with its sentence count.
 */
function paragraphRejection(
  paragraphs: readonly Paragraph[],
  index: number,
  standfirst: { text: string; folded: string } | null,
  repeated: ReadonlySet<number>,
  proseModel?: ProseModel,
): PointRejection | null {
  const paragraph = paragraphs[index]!;
  if (paragraph.kind === 'heading') return 'heading';
  if (paragraph.kind === 'caption') return 'caption';
  if (paragraph.kind === 'link') return 'teaser link';
  if (repeated.has(index)) return 'repeated list item';
  const clutter = clutterAmong(paragraph.text, CLUTTER_PARAGRAPHS);
  if (clutter) return `paragraph is ${clutter}`;
  if (standfirst && paragraph.text.length <= standfirst.text.length && standfirst.folded.includes(foldText(paragraph.text))) return 'standfirst';
  if (isFurniture(paragraphs, index, proseModel)) return 'paragraph reads as furniture';
  const next = paragraphs[index + 1];
  return next && clutterAmong(next.text, CREDIT_LINE) ? 'credit below' : null;
}

/** Every quoted stretch by paragraph, with the speaker the list credits for its quotation. */
function creditedSpans(attribution: Attribution): Map<number, CreditedSpan[]> {
  const bySpan = new Map<string, CreditedSpan['speaker']>();
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

function peopleOf(attribution: Attribution): string[] {
  return [...attribution.speakers.flatMap((s) => [s.name, ...s.aliases]), ...attribution.mentioned.map((m) => m.name)];
}

/**
 * The sentences that may be points, in reading order: the story's prose (not a heading, caption,
 * credit, teaser or notice), whole sentences of a readable length. `rejected` hears of every other.
 */
export function keyPointCandidates(
  paragraphs: readonly Paragraph[],
  attribution: Attribution,
  /** `proseModel`: another story-prose model than the shipped one, to validate one held out. */
  options: { lang: string | null; standfirst?: string | null; proseModel?: ProseModel; lexicon?: Lexicon | null },
  rejected?: RejectionLog,
): KeyPointCandidates {
  const eligible: AnalyzedSentence[] = [];
  const previousOf = new Map<AnalyzedSentence, AnalyzedSentence | null>();
  const spans = creditedSpans(attribution);
  let previous: AnalyzedSentence | null = null;
  const standfirst = options.standfirst ? { text: options.standfirst, folded: foldText(options.standfirst) } : null;
  attribution.sentences.forEach((paragraphSentences, p) => {
    const notBody = paragraphRejection(paragraphs, p, standfirst, attribution.repeatedLists, options.proseModel);
    const inParagraph = spans.get(p) ?? [];
    for (const sentence of paragraphSentences.flatMap((s) => readablePieces(s, options.lang, inParagraph))) {
      previousOf.set(sentence, previous);
      // Captions and page chrome between two sentences of the story are not what a pronoun leans on.
      const clutter = notBody ? null : clutterAmong(stripDateline(sentence.text), CLUTTER_SENTENCES, MAX_NOTICE_CHARS);
      if (notBody || clutter) {
        rejected?.(sentence, notBody ?? `sentence is ${clutter!}`);
        continue;
      }
      previous = sentence;
      const shape = shapeRejection(sentence);
      if (shape) rejected?.(sentence, shape);
      else eligible.push(sentence);
    }
  });
  const candidates = eligible.map((sentence, order) => ({
    sentence,
    order,
    aside: opensAside(stripDateline(sentence.text)),
    ...termVector(sentence.text, options.lang),
  }));
  const people = peopleOf(attribution);
  const reading = (candidate: Candidate) => {
    const point = pointReading(candidate.sentence, previousOf.get(candidate.sentence) ?? null, people, options.lexicon);
    if (typeof point === 'string') return point;
    const quoted = overlapping(spans.get(candidate.sentence.paragraph) ?? [], candidate.sentence.start, candidate.sentence.end);
    return agreesWithSpeakers(point.text, quoted) ? point : 'credits a quotation to another speaker';
  };
  return { candidates, reading, shown: options.standfirst ? termVector(options.standfirst, options.lang) : null };
}
