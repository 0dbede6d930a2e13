import { afterEach, describe, expect, it, vi } from 'vitest';
import { segmentsOf } from '../../../lib/text/segmenter';
import { splitSentences } from '../../../lib/text/sentences';
import { HOSTILE_CLASSES } from '../../../scripts/bench/hostile-text';
import { normalText } from '../support/normal-text';

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
