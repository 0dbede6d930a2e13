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

  it('not a list item the page prints twice (a subscription offer), though a story’s list printed once is', () => {
    const offer = [
      'Exclusive articles from Barbara Shecter, Joe O’Connor, Gabriel Friedman, and others.',
      'Daily content from Financial Times, the world’s leading global business publication.',
    ];
    const story = [
      'Canada’s jobless rate fell to 6.6 per cent in May as 88,000 positions were added into the economy.',
      'Economists said the report all but ended the debate about whether the country was in a recession.',
      'Bond yields rose after the release, led by the short end of the curve.',
    ];
    const paragraphs = [
      { text: story[0]!, kind: 'text' as const },
      ...offer.map((text) => ({ text, kind: 'list' as const })),
      ...offer.map((text) => ({ text: text.replace(', and', ' and'), kind: 'list' as const })),
      { text: story[1]!, kind: 'text' as const },
      { text: 'The unemployment rate fell for the first time since November, the agency said.', kind: 'list' as const },
      { text: story[2]!, kind: 'text' as const },
    ];
    const texts = buildDigest({ ...articleFromText(''), paragraphs }, 'long').keyPoints.map((p) => p.text);
    expect(texts.filter((t) => offer.some((o) => t.startsWith(o.slice(0, 20))))).toEqual([]);
    expect(texts).toEqual([...story.slice(0, 2), 'The unemployment rate fell for the first time since November, the agency said.', story[2]]);
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
