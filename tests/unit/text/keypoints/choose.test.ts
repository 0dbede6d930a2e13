import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../../lib/text/digest';
import { articleFromText } from '../../../../lib/text/article-text';
import { points, SENATE_STORY } from '../../support/keypoints';

describe('choosing the points (choosePoints)', () => {
  it.each([
    ['short', 3],
    ['medium', 5],
    ['long', 7],
  ] as const)('gives %s = %i points, in reading order', (length, count) => {
    const keyPoints = buildDigest(SENATE_STORY, length).keyPoints;
    expect(keyPoints).toHaveLength(count);
    const order = keyPoints.map((p) => p.paragraph * 10_000 + p.start);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('does not pick two points that say the same thing', () => {
    const twice = articleFromText(
      [
        'The city council approved the new budget on Tuesday after a long debate over school funding.',
        'The city council approved the new budget on Tuesday after a long debate over school funding, officials said.',
        'Parks will get more money next year, and libraries will stay open on Sundays.',
        'The mayor is expected to sign the budget into law by the end of the week.',
      ].join('\n\n'),
    );
    const texts = buildDigest(twice).keyPoints.map((p) => p.text);
    expect(texts.filter((t) => t.startsWith('The city council approved'))).toHaveLength(1);
  });

  it('no point repeats the standfirst', () => {
    const standfirst = 'The mayor declared a state of emergency and asked the government for help with the clean-up.';
    const article = {
      ...articleFromText(
        [
          'Heavy rain flooded the city centre on Monday and hundreds of homes were evacuated overnight.',
          'The mayor declared a state of emergency and asked the national government for help with the clean-up.',
          'Forecasters expect more rain later in the week, with another storm due on Thursday.',
        ].join('\n\n'),
      ),
      standfirst,
    };
    expect(buildDigest(article, 'long').keyPoints.some((p) => p.text.startsWith('The mayor declared'))).toBe(false);
  });

  it('takes no two points from one paragraph when the article has paragraphs enough', () => {
    const chosen = points(
      [
        'Heavy rain flooded the city centre on Monday. Hundreds of homes were evacuated overnight. The river rose two metres in six hours.',
        'The mayor declared a state of emergency and asked the national government for help with the clean-up.',
        'Forecasters expect more rain later in the week, with another storm due to reach the coast on Thursday.',
        'Insurers estimate the damage at more than £40 million, the largest flood claim in the region in a decade.',
      ],
      'short',
    );
    expect(new Set(chosen.map((p) => p.paragraph)).size).toBe(chosen.length);
  });
});

describe('a continuation (“But…”, “The 39-year-old…”) is a point only right after the sentence it continues', () => {
  const lede = 'Gary Locke will be confirmed as Kilmarnock’s permanent manager on Friday, eight weeks after taking charge.';
  const continuation = 'The 39-year-old has won seven of his eleven games since he replaced Allan Johnston in February.';
  const story = [
    lede,
    continuation,
    'Kilmarnock are ninth in the Scottish Premiership, eleven points clear of the relegation play-off place.',
    'The club’s new chairman Jim Mann has promised funds for at least four new players in the summer.',
  ];

  it('follows the sentence it continues, in the next point', () => {
    const texts = points(story, 'long').map((p) => p.text);
    expect(texts.indexOf(continuation)).toBe(texts.indexOf(lede) + 1);
  });

  it('is passed over when that sentence is not a point', () => {
    // Too short to be a point, so the description has nothing to lean on.
    const texts = points(['Locke stays.', ...story.slice(1)], 'long').map((p) => p.text);
    expect(texts).not.toContain(continuation);
  });

  it('is never a pronoun: “It…” stays unchosen even after its sentence', () => {
    const chosen = points([lede, 'It ends weeks of talks between the club and the former Hearts manager over a contract.', ...story.slice(2)], 'long');
    expect(chosen.some((p) => p.text.startsWith('It '))).toBe(false);
  });
});
