import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../../lib/text/digest';
import { articleFromText } from '../../../../lib/text/article-text';
import { points, SENATE_STORY } from '../../support/keypoints';

describe('only the story’s prose is a candidate (paragraphRejection, clutter)', () => {
  it('never page chrome, captions or datelines', () => {
    const texts = buildDigest(SENATE_STORY, 'long').keyPoints.map((p) => p.text);
    expect(texts.some((t) => /Read more|Advertisement|AP Photo|chamber/u.test(t))).toBe(false);
    expect(texts[0]).toMatch(/^The Senate voted/u);
  });

  it('not a caption whose credit stands in the next paragraph', () => {
    const texts = points([
      'The centers of massive galaxy clusters are super hot, while bright structures show diffuse gas at the boundary.',
      '(Image: © TNG Collaboration)',
      'An international team of scientists has created the most detailed large-scale model of the universe to date.',
      'The simulation required 16,000 processor cores of a supercomputer in Stuttgart, running for more than a year.',
    ]).map((p) => p.text);
    expect(texts.some((t) => t.startsWith('The centers of massive galaxy clusters'))).toBe(false);
    expect(texts.some((t) => t.startsWith('An international team'))).toBe(true);
  });

  it('not the standfirst, which the popup shows under the title', () => {
    const standfirst = 'The worst floods in a decade leave hundreds homeless and the clean-up bill rising.';
    const article = {
      ...articleFromText(
        [
          standfirst,
          'Heavy rain flooded the city centre on Monday and hundreds of homes were evacuated overnight.',
          'The mayor declared a state of emergency and asked the national government for help.',
          'Forecasters expect more rain later in the week, with another storm due on Thursday.',
        ].join('\n\n'),
      ),
      standfirst,
    };
    expect(buildDigest(article, 'long').keyPoints.some((p) => p.text === standfirst)).toBe(false);
  });
});
