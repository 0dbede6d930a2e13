/**
 * ROUGE-1/2/L F1 as Google's rouge-score computes it with use_stemmer=True (lower-case, runs of
 * non-alphanumerics as separators, Porter stemming of tokens longer than three characters), on
 * top of js-rouge's n-gram and summary-level LCS (rougeLsum: one sentence per line). Checked
 * against rouge-score's published example in tests/unit/scripts/eval/rouge.test.ts.
 */
import { l, n } from 'js-rouge';
import { stemmer } from 'stemmer';

export function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((token) => (token.length > 3 ? stemmer(token) : token));
}

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

const lines = (text: string) => text.split('\n').filter((line) => line.trim());

/** Scores a candidate summary against a reference; sentences are given one per line. */
export function rouge(candidate: string, reference: string): RougeScores {
  if (rougeTokens(candidate).length === 0 || rougeTokens(reference).length === 0) return { rouge1: 0, rouge2: 0, rougeL: 0 };
  const options = { tokenizer: rougeTokens, caseSensitive: true };
  const bigrams = (text: string) => rougeTokens(text).length >= 2;
  return {
    rouge1: n(candidate, reference, { ...options, n: 1 }),
    rouge2: bigrams(candidate) && bigrams(reference) ? n(candidate, reference, { ...options, n: 2 }) : 0,
    rougeL: l(candidate, reference, { ...options, segmenter: lines }),
  };
}
