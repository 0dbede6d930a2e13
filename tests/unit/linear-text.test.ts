import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractArticle } from '../../lib/page/extract';
import { buildDigest } from '../../lib/text/digest';
import { articleFromText } from '../../lib/text/article-text';
import { segmentsOf } from '../../lib/text/segmenter';
import { splitSentences } from '../../lib/text/sentences';
import { HOSTILE_CLASSES } from '../../scripts/bench/hostile-text';

const harbor = extractArticle(new JSDOM(readFileSync(resolve(import.meta.dirname, '../fixtures/harbor-article.html'), 'utf8')).window.document, { force: true });
if (harbor.kind !== 'article') throw new Error('fixture');
const NORMAL = harbor.article.paragraphs.map((p) => p.text).join(' ');
/** About `words` words of real sentences, in one paragraph. */
const normalText = (words: number) => Array.from({ length: Math.ceil(words / NORMAL.split(' ').length) }, () => NORMAL).join(' ');

afterEach(() => vi.restoreAllMocks());

describe('segmenting in windows', () => {
  it.each(['sentence', 'word'] as const)('gives the same %s boundaries as one Intl.Segmenter pass', (granularity) => {
    const text = `${normalText(6000)} “We won.” Then Mr. J. K. Rowling said no. U. S. officials met at 3 p.m. in Washington, D.C. on Monday.`;
    const windowed = [...segmentsOf(text, 'en', granularity)].map((s) => [s.index, s.segment]);
    const whole = [...new Intl.Segmenter('en', { granularity }).segment(text)].map((s) => [s.index, s.segment]);
    expect(windowed).toEqual(whole);
  });

  it.each(Object.keys(HOSTILE_CLASSES))('keeps Intl.Segmenter’s work linear on "%s"', (name) => {
    const text = HOSTILE_CLASSES[name]!(20_000, normalText(20_000));
    // V8 pays for each step of a segment iterator in proportion to the string it iterates: the
    // work is the sum, over steps, of that string's length.
    let work = 0;
    const segment = Intl.Segmenter.prototype.segment;
    vi.spyOn(Intl.Segmenter.prototype, 'segment').mockImplementation(function (this: Intl.Segmenter, piece: string) {
      const segments = segment.call(this, piece);
      return (function* () {
        for (const s of segments) {
          work += piece.length;
          yield s;
        }
      })() as unknown as Intl.Segments;
    });
    expect(splitSentences(text, 0, 'en').length).toBeGreaterThan(0);
    // One pass over the whole text cost 20,000 steps × 80,000 characters on "Mr. ×N".
    expect(work / text.length).toBeLessThan(2000);
  });
});

function medianMs(run: () => void): number {
  run();
  const times = [0, 1, 2, 3, 4].map(() => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b)[2]!;
}

describe('the digest on hostile text', () => {
  // Ten times the words should take about ten times as long; the quadratic cases of issue 15
  // took 50 to 300 times as long. Generous: timings on a shared machine are noisy.
  it.each(['Mr. ×N', 'random initials "A. B. C."', '"Yes," he said. repeated', '100k-character words'])('grows linearly on "%s"', (name) => {
    const make = HOSTILE_CLASSES[name]!;
    const small = articleFromText(make(2_000, normalText(2_000)), { lang: 'en' });
    const large = articleFromText(make(20_000, normalText(20_000)), { lang: 'en' });
    const chars = (a: typeof small) => a.paragraphs.reduce((sum, p) => sum + p.text.length, 0);
    const perChar = (article: typeof small) => medianMs(() => buildDigest(article, 'long')) / chars(article);
    buildDigest(large, 'long'); // warm up on the large input too
    const smallCost = perChar(small);
    expect(perChar(large) / smallCost).toBeLessThan(4);
  });
});

describe('the digest’s time budget', () => {
  it('stops past its budget and says so, keeping what it has', () => {
    const article = articleFromText(`“We will rebuild,” said Mayor Jane Roe on Monday. ${normalText(300)}`, { lang: 'en' });
    const full = buildDigest(article, 'short');
    expect(full).toMatchObject({ partial: false, notes: [] });
    expect(full.keyPoints).toHaveLength(3);
    const stopped = buildDigest(article, 'short', { budgetMs: 0 });
    expect(stopped.partial).toBe(true);
    expect(stopped.notes).toEqual([expect.stringMatching(/key points left out/u)]);
    expect(stopped.keyPoints).toEqual([]);
    expect(stopped.speakers.map((s) => s.name)).toEqual(full.speakers.map((s) => s.name));
  });
});
