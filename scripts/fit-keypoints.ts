/**
 * Fits the key-point weights in two steps: ridge regression of each candidate sentence's ROUGE
 * against the reference highlights (mean of ROUGE-1 and ROUGE-2 F1) on its features, targets
 * centred per article as only the order within an article matters; then a coordinate search from
 * there on the ROUGE of the chosen points themselves.
 */
import { FEATURE_NAMES, type Candidate, type Weights } from '../lib/text/keypoint-features';
import { choosePoints } from '../lib/text/keypoints';
import { rouge, rougeTokens } from './rouge';

export interface TrainingArticle {
  candidates: Candidate[];
  reference: string;
}

/** Ridge penalty, relative to the number of training sentences. */
const RIDGE = 0.01;

/** How much a sentence alone overlaps the highlights. */
export function sentenceTarget(text: string, reference: string): number {
  const scores = rouge(text, reference);
  return (scores.rouge1 + scores.rouge2) / 2;
}

export function fitWeights(articles: readonly TrainingArticle[], targets: readonly number[][]): Weights {
  const k = FEATURE_NAMES.length;
  const gram = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const moment = new Array<number>(k).fill(0);
  let rows = 0;
  articles.forEach(({ candidates }, a) => {
    if (candidates.length === 0) return;
    const y = targets[a]!;
    const meanY = y.reduce((s, v) => s + v, 0) / y.length;
    const means = FEATURE_NAMES.map((name) => candidates.reduce((s, c) => s + c.features[name], 0) / candidates.length);
    candidates.forEach((candidate, i) => {
      const x = FEATURE_NAMES.map((name, f) => candidate.features[name] - means[f]!);
      for (let f = 0; f < k; f++) {
        moment[f]! += x[f]! * (y[i]! - meanY);
        for (let g = 0; g < k; g++) gram[f]![g]! += x[f]! * x[g]!;
      }
      rows++;
    });
  });
  for (let f = 0; f < k; f++) gram[f]![f]! += RIDGE * rows;
  const solution = solve(gram, moment);
  return Object.fromEntries(FEATURE_NAMES.map((name, f) => [name, solution[f]!])) as Weights;
}

/** Gaussian elimination with partial pivoting; the ridge term keeps the system well posed. */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let row = 0; row < n; row++) {
      if (row === col) continue;
      const factor = a[row]![col]! / a[col]![col]!;
      for (let c = col; c <= n; c++) a[row]![c]! -= factor * a[col]![c]!;
    }
  }
  return a.map((row, i) => row[n]! / row[i]!);
}

/** Unigram and bigram counts of a text, tokenised as the ROUGE scorer does. */
function ngrams(text: string): { one: Map<string, number>; two: Map<string, number>; size: number } {
  const tokens = rougeTokens(text);
  const one = new Map<string, number>();
  const two = new Map<string, number>();
  tokens.forEach((token, i) => {
    one.set(token, (one.get(token) ?? 0) + 1);
    if (i > 0) two.set(`${tokens[i - 1]} ${token}`, (two.get(`${tokens[i - 1]} ${token}`) ?? 0) + 1);
  });
  return { one, two, size: tokens.length };
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
  textOf: (candidate: Candidate) => string | null;
  reference: string;
}

/**
 * Coordinate search for the weights that maximise ROUGE-1 + ROUGE-2 F1 of the chosen points over
 * the training articles, from a starting point (the ridge fit). Scores are invariant to scale,
 * so `position` stays at its starting value and the other weights move in steps of it.
 */
export function searchWeights(articles: readonly SearchArticle[], start: Weights, count = 3): Weights {
  const cache = articles.map(({ candidates, textOf, reference }) => {
    const texts = new Map<Candidate, string | null>(candidates.map((c) => [c, textOf(c)]));
    return { candidates, texts, reference: ngrams(reference), grams: new Map<string, ReturnType<typeof ngrams>>() };
  });
  const objective = (weights: Weights) => {
    let total = 0;
    for (const article of cache) {
      const points = choosePoints(article.candidates, count, weights, (c) => article.texts.get(c) ?? null);
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
