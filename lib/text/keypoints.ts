import type { KeyPoint, Paragraph } from '../contracts';
import { isPhotoCaption, looksLikeCaption, mentionsPageChrome } from './clutter';
import { stripDateline } from './sentences';
import type { AnalyzedSentence } from './attribution/speakers';
import { contentTerms } from './terms';
import { countWords } from './article-text';

export interface KeyPointOptions {
  count: number;
  lang: string | null;
  title: string;
  /** Full names of the people in the article, to name them where a point opens with a surname. */
  people: readonly string[];
}

/**
 * How sentences are scored, tuned on the CNN/DM dev articles against Lead-3 (eval:summary):
 * - position: news puts the essentials first; weight (1 + order)^-0.5;
 * - centrality, directed as in PacSum (Zheng & Lapata 2019): similarity to later sentences
 *   counts fully, to earlier ones negatively (a sentence repeating what came before elaborates);
 * - overlap with the title;
 * - length: past LONG_AFTER words a sentence's score shrinks, as highlights are short.
 */
const WEIGHTS = { position: 0.7, centrality: 0.3, title: 0.15, forward: 1, backward: -0.5 } as const;
const LONG_AFTER = 28;

/** Sentences compared for centrality: all pairs among the first ones keeps the cost bounded. */
const CENTRALITY_WINDOW = 120;
/** Two points sharing more than this share of content words say the same thing. */
const REDUNDANCY_LIMIT = 0.5;
const MIN_WORDS = 6;
const MAX_WORDS = 60;

interface Candidate {
  sentence: AnalyzedSentence;
  order: number;
  terms: Map<string, number>;
  norm: number;
  score: number;
}

const DANGLING_START = /^(?:he|she|they|his|her|their|him|them)\b/iu;
function termVector(terms: readonly string[]): Map<string, number> {
  const vector = new Map<string, number>();
  for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + 1);
  return vector;
}

function cosine(a: Map<string, number>, normA: number, b: Map<string, number>, normB: number): number {
  if (normA === 0 || normB === 0) return 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  return dot / (normA * normB);
}

/** Is this sentence fit to stand alone as a point? Complete, of a readable length, not a caption. */
function isEligible(sentence: AnalyzedSentence, paragraph: Paragraph): boolean {
  if (paragraph.kind === 'heading' || paragraph.kind === 'caption' || isPhotoCaption(paragraph.text)) return false;
  const text = sentence.text;
  const words = countWords(text);
  if (words < MIN_WORDS || words > MAX_WORDS) return false;
  if (!/[.!。！」”’"')]$/u.test(text)) return false;
  if (/\?["”’]?$/u.test(text)) return false;
  if (/^\p{Ll}/u.test(text)) return false;
  if (sentence.quotedShare > 0.85) return false;
  // A fragment cut out of a parenthesis ("…Press Service photo via AP)") is not a sentence.
  if ((text.match(/\(/gu)?.length ?? 0) !== (text.match(/\)/gu)?.length ?? 0)) return false;
  if (mentionsPageChrome(text) || looksLikeCaption(text)) return false;
  return true;
}

/**
 * Picks the key points: position (news puts the essentials first), centrality (how much a
 * sentence shares with the rest), overlap with the title, then greedy selection that skips
 * sentences too close to one already chosen. Points are returned in reading order.
 */
export function selectKeyPoints(
  paragraphs: readonly Paragraph[],
  sentences: readonly AnalyzedSentence[][],
  options: KeyPointOptions,
): KeyPoint[] {
  const candidates: Candidate[] = [];
  let order = 0;
  sentences.forEach((paragraphSentences, p) => {
    for (const sentence of paragraphSentences) {
      if (!isEligible(sentence, paragraphs[p]!)) continue;
      // A point that opens with a pronoun nobody can resolve would dangle: choose another.
      if (DANGLING_START.test(sentence.text) && !sentence.pronounReferent) continue;
      const terms = termVector(contentTerms(sentence.text, options.lang));
      let norm = 0;
      for (const weight of terms.values()) norm += weight * weight;
      candidates.push({ sentence, order: order++, terms, norm: Math.sqrt(norm), score: 0 });
    }
  });
  if (candidates.length === 0) return [];

  const window = candidates.slice(0, CENTRALITY_WINDOW);
  const centrality = window.map((a, i) => {
    let sum = 0;
    window.forEach((b, j) => {
      if (i !== j) sum += (j > i ? WEIGHTS.forward : WEIGHTS.backward) * cosine(a.terms, a.norm, b.terms, b.norm);
    });
    return sum;
  });
  const minCentrality = Math.min(...centrality);
  const spread = Math.max(1e-9, Math.max(...centrality) - minCentrality);
  const titleTerms = termVector(contentTerms(options.title, options.lang));
  let titleNorm = 0;
  for (const weight of titleTerms.values()) titleNorm += weight * weight;
  titleNorm = Math.sqrt(titleNorm);

  for (const candidate of candidates) {
    const position = 1 / Math.sqrt(1 + candidate.order);
    const central = ((centrality[candidate.order] ?? minCentrality) - minCentrality) / spread;
    const title = cosine(candidate.terms, candidate.norm, titleTerms, titleNorm);
    let score = WEIGHTS.position * position + WEIGHTS.centrality * central + WEIGHTS.title * title;
    const words = countWords(candidate.sentence.text);
    if (words > LONG_AFTER) score *= LONG_AFTER / words;
    candidate.score = score;
  }

  const ranked = [...candidates].sort((a, b) => b.score - a.score || a.order - b.order);
  const chosen: Candidate[] = [];
  for (const candidate of ranked) {
    if (chosen.length >= options.count) break;
    const redundant = chosen.some(
      (other) => cosine(candidate.terms, candidate.norm, other.terms, other.norm) > REDUNDANCY_LIMIT,
    );
    if (!redundant) chosen.push(candidate);
  }

  const byOrder = chosen.map((candidate, rank) => ({ candidate, rank })).sort((a, b) => a.candidate.order - b.candidate.order);
  const points: KeyPoint[] = [];
  for (const { candidate, rank } of byOrder) {
    const { sentence } = candidate;
    const text = nameTheSubject(stripDateline(sentence.text), sentence.pronounReferent, points, options.people);
    points.push({ text, source: sentence.text, paragraph: sentence.paragraph, start: sentence.start, end: sentence.end, rank });
  }
  return points;
}

/**
 * A point read alone must say who it is about: "He warned…" becomes "Wang Yi warned…" and a bare
 * surname becomes the full name, unless an earlier point already named the person.
 */
function nameTheSubject(text: string, referent: string | null, earlier: readonly KeyPoint[], people: readonly string[]): string {
  const named = (name: string) => earlier.some((point) => point.text.includes(name));
  const pronoun = /^(?:(He|She|They)|(His|Her|Their))\b/u.exec(text);
  if (pronoun && referent) return referent + (pronoun[2] ? '’s' : '') + text.slice(pronoun[0].length);
  const firstWord = /^(\p{Lu}[\p{L}'’-]+)\b(?![.'’])/u.exec(text);
  if (firstWord) {
    const full = people.find((name) => name !== firstWord[1] && name.split(' ').pop() === firstWord[1]);
    if (full && !named(full) && !text.startsWith(full)) return full + text.slice(firstWord[0].length);
  }
  return text;
}

/** Counts points that open with a pronoun whose referent was not named by an earlier point. */
export function countDanglingPronouns(points: readonly KeyPoint[]): number {
  return points.filter((point) => DANGLING_START.test(point.text)).length;
}
