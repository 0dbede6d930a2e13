import { describe, expect, it } from 'vitest';
import { rouge, rougeTokens } from '../../../../scripts/eval/rouge';

describe('the ROUGE scorer used by eval:summary', () => {
  // google-research/rouge README: scorer.score('The quick brown fox jumps over the lazy dog',
  // 'The quick brown dog jumps on the log.') → rouge1 F 0.7059, rougeL F 0.5882.
  it('matches rouge-score’s published example', () => {
    const scores = rouge('The quick brown dog jumps on the log.', 'The quick brown fox jumps over the lazy dog');
    expect(scores.rouge1).toBeCloseTo(0.70588, 4);
    expect(scores.rougeL).toBeCloseTo(0.58824, 4);
  });

  it('stems like rouge-score: tokens longer than three characters only', () => {
    expect(rougeTokens('Running runs ran, the U.S. leaders')).toEqual(['run', 'run', 'ran', 'the', 'u', 's', 'leader']);
  });

  it('scores identical summaries 1 and disjoint ones 0', () => {
    expect(rouge('Alpha beta gamma.\nDelta epsilon.', 'Alpha beta gamma.\nDelta epsilon.')).toEqual({ rouge1: 1, rouge2: 1, rougeL: 1 });
    expect(rouge('one two three', 'four five six')).toEqual({ rouge1: 0, rouge2: 0, rougeL: 0 });
  });
});
