import { describe, expect, it } from 'vitest';
import { isPageChrome } from '../../lib/text/clutter';
import { buildDigest } from '../../lib/text/digest';
import { articleFromText } from '../../lib/text/article-text';

const story = [
  'WASHINGTON (AP) — The Senate voted 68 to 32 on Tuesday to pass a $1.2 trillion infrastructure bill that would rebuild roads, bridges and rail lines across the country.',
  'The bill now goes to the House, where Speaker Nancy Pelosi has said she will hold a vote before the end of the month.',
  'Read more',
  'Workers repair a bridge in Ohio on Monday (AP Photo/Tony Dejak)',
  'The Senate chamber is seen on Tuesday before the vote on the infrastructure bill in Washington. (Getty Images)',
  'In this photo taken on Monday, senators walk to the chamber for the vote on the infrastructure bill in Washington.',
  'She said the measure was long overdue and that the country could not wait any longer for repairs.',
  'The package includes $110 billion for roads and bridges, $66 billion for passenger and freight rail and $65 billion for broadband internet.',
  'Supporters said the spending would create hundreds of thousands of jobs over the next decade.',
  'Critics argued that the bill would add to the federal deficit and that parts of it were not paid for.',
  'Advertisement',
  'The Senate vote was the largest bipartisan margin for a major spending bill in years.',
  'Several Republicans who voted for the bill said they had been persuaded by the needs of their home states.',
].join('\n\n');

describe('key points', () => {
  const article = articleFromText(story, { title: 'Senate passes $1.2 trillion infrastructure bill' });

  it.each([
    ['short', 3],
    ['medium', 5],
    ['long', 7],
  ] as const)('gives %s = %i points, in reading order', (length, count) => {
    const points = buildDigest(article, length).keyPoints;
    expect(points).toHaveLength(count);
    const order = points.map((p) => p.paragraph * 10_000 + p.start);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('never picks page chrome, captions or datelines', () => {
    const texts = buildDigest(article, 'long').keyPoints.map((p) => p.text);
    expect(texts.some((t) => /Read more|Advertisement|AP Photo|chamber/u.test(t))).toBe(false);
    expect(texts[0]).toMatch(/^The Senate voted/u);
  });

  it('names the person a leading pronoun refers to', () => {
    const texts = buildDigest(article, 'long').keyPoints.map((p) => p.text);
    expect(texts.some((t) => /^(?:He|She|They)\b/u.test(t))).toBe(false);
    expect(texts.find((t) => t.includes('the measure was long overdue'))).toMatch(/^Nancy Pelosi said/u);
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
});

describe('page chrome', () => {
  it.each(['Read more', 'Advertisement', 'Sign up for our newsletter', 'Source link', 'Scroll to Top', 'Leave a Comment', 'Share this article', 'Your email address will not be published. Required fields are marked *'])(
    'drops “%s”',
    (line) => {
      expect(isPageChrome(line)).toBe(true);
    },
  );

  it.each(['Read the statement in full, officials said, before the vote on Tuesday afternoon in the capital city.', 'She signed up for the army in 1998.'])(
    'keeps “%s”',
    (line) => {
      expect(isPageChrome(line)).toBe(false);
    },
  );
});
