/**
 * Fits the key-point weights on articles with reference highlights: a coordinate search that
 * starts at Lead (position only) and moves a weight only where the training articles' ROUGE-1 +
 * ROUGE-2 of the chosen points improves. With 75 articles, fewer moves generalise better than a
 * free fit: a ridge regression on per-sentence ROUGE, tried first, did worse held out.
 */
import type { Candidate } from '../../lib/text/keypoints/candidates';
import { choosePoints } from '../../lib/text/keypoints/choose';
import type { PointReading } from '../../lib/text/keypoints/reading';
import type { PointRejection } from '../../lib/text/keypoints/rejections';
import { FEATURE_NAMES, rankingByWeights, READING_ORDER, type Features, type Weights } from './keypoint-features';
import { rougeTokens } from '../eval/rouge';

/** Unigram and bigram counts of a text, tokenised as the ROUGE scorer does. */
function ngrams(text: string): { one: Map<string, number>; two: Map<string, number> } {
  const tokens = rougeTokens(text);
  const one = new Map<string, number>();
  const two = new Map<string, number>();
  tokens.forEach((token, i) => {
    one.set(token, (one.get(token) ?? 0) + 1);
    if (i > 0) two.set(`${tokens[i - 1]} ${token}`, (two.get(`${tokens[i - 1]} ${token}`) ?? 0) + 1);
  });
  return { one, two };
}

function overlapF1(candidate: Map<string, number>, reference: Map<string, number>): number {
  let overlap = 0;
  let candidateTotal = 0;
  let referenceTotal = 0;
  for (const count of reference.values()) referenceTotal += count;
  for (const [gram, count] of candidate) {
    candidateTotal += count;
    overlap += Math.min(count, reference.get(gram) ?? 0);
  }
  if (overlap === 0) return 0;
  const precision = overlap / candidateTotal;
  const recall = overlap / referenceTotal;
  return (2 * precision * recall) / (precision + recall);
}

function merge(maps: Map<string, number>[]): Map<string, number> {
  const merged = new Map<string, number>();
  for (const map of maps) for (const [gram, count] of map) merged.set(gram, (merged.get(gram) ?? 0) + count);
  return merged;
}

export interface SearchArticle {
  candidates: Candidate[];
  features: ReadonlyMap<Candidate, Features>;
  reading: (candidate: Candidate) => PointReading | PointRejection;
  reference: string;
}

/**
 * Coordinate search for the weights that maximise ROUGE-1 + ROUGE-2 F1 of the chosen points over
 * the training articles. Scores are invariant to scale, so `position` stays at 1 and the other
 * weights move in steps of it.
 */
export function searchWeights(articles: readonly SearchArticle[], start: Weights = READING_ORDER, count = 3): Weights {
  const cache = articles.map(({ candidates, features, reading, reference }) => {
    const texts = new Map<Candidate, PointReading | PointRejection>(candidates.map((c) => [c, reading(c)]));
    return { candidates, features, texts, reference: ngrams(reference), grams: new Map<string, ReturnType<typeof ngrams>>() };
  });
  const objective = (weights: Weights) => {
    let total = 0;
    for (const article of cache) {
      const points = choosePoints(article.candidates, count, rankingByWeights(article.features, weights), (c) => article.texts.get(c)!);
      const grams = points.map((p) => {
        let g = article.grams.get(p.text);
        if (!g) article.grams.set(p.text, (g = ngrams(p.text)));
        return g;
      });
      total += overlapF1(merge(grams.map((g) => g.one)), article.reference.one);
      total += overlapF1(merge(grams.map((g) => g.two)), article.reference.two);
    }
    return total / Math.max(1, cache.length);
  };
  let best = { ...start };
  let bestScore = objective(best);
  const unit = Math.abs(start.position) || 1;
  for (const step of [0.5, 0.2, 0.1, 0.05]) {
    let improved = true;
    for (let round = 0; improved && round < 4; round++) {
      improved = false;
      for (const name of FEATURE_NAMES) {
        if (name === 'position') continue;
        for (const direction of [1, -1]) {
          const trial = { ...best, [name]: best[name] + direction * step * unit };
          // Sharing words with the headline never counts against a sentence: a prior, as the
          // address words that stand in for titles here are a weak signal of either sign.
          if (name === 'headline' && trial.headline < 0) continue;
          const trialScore = objective(trial);
          if (trialScore > bestScore + 1e-9) {
            best = trial;
            bestScore = trialScore;
            improved = true;
          }
        }
      }
    }
  }
  return best;
}
