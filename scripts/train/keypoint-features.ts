/**
 * Sentence features for the key-point experiment (`eval:summary`, fit-keypoints.ts): weights over
 * them, fitted on CNN/DM highlights, are compared held out with the reading order that ships.
 * Nothing here runs in the extension.
 */
import { countWords } from '../../lib/text/article-text';
import type { Candidate } from '../../lib/text/keypoints/candidates';
import type { Ranking } from '../../lib/text/keypoints/choose';
import { cosine, termVector } from '../../lib/text/terms';

/** Each feature lies in [0, 1]. */
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
export type Features = Record<FeatureName, number>;

/** Position alone: the reading order that ships. */
export const READING_ORDER: Weights = { position: 1, centrality: 0, headline: 0, length: 0, overlong: 0, quoted: 0, figure: 0 };

/** Sentences compared for centrality: all pairs among the first ones keeps the cost linear. */
const CENTRALITY_WINDOW = 120;

/** The features of each candidate (given in reading order); `headline` is title + standfirst. */
export function featuresOf(candidates: readonly Candidate[], headline: string, lang: string | null): Map<Candidate, Features> {
  const window = candidates.slice(0, CENTRALITY_WINDOW);
  const centrality = window.map((a, i) => {
    let sum = 0;
    window.forEach((b, j) => {
      if (i !== j) sum += (j > i ? 1 : -0.5) * cosine(a, b);
    });
    return sum;
  });
  const lowest = centrality.length > 0 ? Math.min(...centrality) : 0;
  const spread = centrality.length > 0 ? Math.max(1e-9, Math.max(...centrality) - lowest) : 1;
  const query = termVector(headline, lang);
  return new Map(
    candidates.map((candidate) => {
      const words = countWords(candidate.sentence.text);
      const features: Features = {
        position: 1 / Math.sqrt(1 + candidate.order),
        centrality: ((centrality[candidate.order] ?? lowest) - lowest) / spread,
        headline: cosine(candidate, query),
        length: Math.min(words, 40) / 40,
        overlong: Math.min(1, Math.max(0, words - 28) / 28),
        quoted: candidate.sentence.quotedShare,
        figure: /\p{N}/u.test(candidate.sentence.text) ? 1 : 0,
      };
      return [candidate, features];
    }),
  );
}

export function score(features: Features, weights: Weights): number {
  let sum = 0;
  for (const name of FEATURE_NAMES) sum += weights[name] * features[name];
  return sum;
}

/** Candidates by weighted score, asides last, ties in reading order. */
export function rankingByWeights(features: ReadonlyMap<Candidate, Features>, weights: Weights): Ranking {
  return (candidates) =>
    candidates
      .map((candidate) => ({ candidate, score: score(features.get(candidate)!, weights) }))
      .sort((a, b) => Number(a.candidate.aside) - Number(b.candidate.aside) || b.score - a.score || a.candidate.order - b.candidate.order)
      .map(({ candidate }) => candidate);
}
