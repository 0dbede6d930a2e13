import { countWords } from './article-text';
import { stripDateline } from './sentences';
import { opensAside } from './standalone';
import { contentTerms } from './terms';
import type { AnalyzedSentence } from './attribution/attribute';

/**
 * What a sentence's key-point score is made of. Each feature lies in [0, 1]; the weights over
 * them are fitted on CNN/DM highlights (scripts/fit-keypoints.ts) and reported cross-validated.
 */
export const FEATURE_NAMES = [
  /** News puts the essentials first: (1 + order)^-0.5 over the candidate sentences. */
  'position',
  /**
   * Directed centrality as in PacSum (Zheng & Lapata 2019): similarity to later sentences counts,
   * to earlier ones against (a sentence repeating what came before elaborates). Min-max scaled.
   */
  'centrality',
  /** Content words shared with the title and standfirst (cosine). */
  'headline',
  /** Length up to 40 words, as a share of 40. */
  'length',
  /** Words past 28, as a share of 28 (capped at 1): highlights are short. */
  'overlong',
  /** Share of the sentence inside quote marks. */
  'quoted',
  /** The sentence carries a figure (a count, an amount, an age, a date). */
  'figure',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Weights = Readonly<Record<FeatureName, number>>;

/** Position alone: the first sentences that qualify, as a reader meets them (Lead). */
export const READING_ORDER: Weights = { position: 1, centrality: 0, headline: 0, length: 0, overlong: 0, quoted: 0, figure: 0 };

export interface Candidate {
  sentence: AnalyzedSentence;
  /** Index among the candidates, in reading order. */
  order: number;
  terms: Map<string, number>;
  norm: number;
  features: Record<FeatureName, number>;
  /** It opens as an aside ("I still remember…", `opensAside`): it ranks after every other sentence. */
  aside: boolean;
}

/** Sentences compared for centrality: all pairs among the first ones keeps the cost linear. */
const CENTRALITY_WINDOW = 120;

export function termVector(text: string, lang: string | null): { terms: Map<string, number>; norm: number } {
  const terms = new Map<string, number>();
  for (const term of contentTerms(text, lang)) terms.set(term, (terms.get(term) ?? 0) + 1);
  let norm = 0;
  for (const weight of terms.values()) norm += weight * weight;
  return { terms, norm: Math.sqrt(norm) };
}

export function cosine(a: { terms: Map<string, number>; norm: number }, b: { terms: Map<string, number>; norm: number }): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.terms.size < b.terms.size ? [a.terms, b.terms] : [b.terms, a.terms];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  return dot / (a.norm * b.norm);
}

/**
 * The features of each eligible sentence, given in reading order; `headline` is title + standfirst.
 * Given the weights they will be scored with, the two costly features are computed only when
 * weighted (centrality compares up to 120² pairs); left out, they read 0.
 */
export function withFeatures(sentences: readonly AnalyzedSentence[], headline: string, lang: string | null, weights?: Weights): Candidate[] {
  const candidates = sentences.map((sentence, order) => ({ sentence, order, ...termVector(sentence.text, lang) }));
  const window = !weights || weights.centrality !== 0 ? candidates.slice(0, CENTRALITY_WINDOW) : [];
  const centrality = window.map((a, i) => {
    let sum = 0;
    window.forEach((b, j) => {
      if (i !== j) sum += (j > i ? 1 : -0.5) * cosine(a, b);
    });
    return sum;
  });
  const lowest = centrality.length > 0 ? Math.min(...centrality) : 0;
  const spread = centrality.length > 0 ? Math.max(1e-9, Math.max(...centrality) - lowest) : 1;
  const query = !weights || weights.headline !== 0 ? termVector(headline, lang) : null;
  return candidates.map((candidate) => {
    const words = countWords(candidate.sentence.text);
    return {
      ...candidate,
      aside: opensAside(stripDateline(candidate.sentence.text)),
      features: {
        position: 1 / Math.sqrt(1 + candidate.order),
        centrality: ((centrality[candidate.order] ?? lowest) - lowest) / spread,
        headline: query ? cosine(candidate, query) : 0,
        length: Math.min(words, 40) / 40,
        overlong: Math.min(1, Math.max(0, words - 28) / 28),
        quoted: candidate.sentence.quotedShare,
        figure: /\p{N}/u.test(candidate.sentence.text) ? 1 : 0,
      },
    };
  });
}

export function score(candidate: Candidate, weights: Weights): number {
  let sum = 0;
  for (const name of FEATURE_NAMES) sum += weights[name] * candidate.features[name];
  return sum;
}
