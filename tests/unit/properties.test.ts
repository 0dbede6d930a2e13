import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../lib/text/digest';
import { stripDateline } from '../../lib/text/sentences';
import { articleFromText } from '../../lib/text/article-text';

const word = fc.constantFrom('the', 'minister', 'said', 'Blinken', 'Wang', 'he', 'she', 'talks', 'U.S.', 'Mr.', 'No.', '10', 'will', 'win', 'China', 'according', 'to', 'J.', 'K.', 'of', 'and');
const mark = fc.constantFrom('“', '”', '"', '‘', '’', "'", '«', '»', '„', "''", ',', '.', ':', '—', '?', '…', '\n\n');
const text = fc.array(fc.oneof({ weight: 4, arbitrary: word }, { weight: 1, arbitrary: mark }), { maxLength: 400 }).map((parts) => parts.join(' '));

describe('the digest, on any text', () => {
  it('never throws, and quotes and key points are verbatim from the article', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 300 })), (source) => {
        const article = articleFromText(source);
        const digest = buildDigest(article, 'long');
        for (const speaker of digest.speakers) {
          for (const quote of speaker.quotes) {
            for (const span of quote.spans) {
              const inner = article.paragraphs[span.paragraph]!.text.slice(span.start, span.end);
              expect(quote.text).toContain(inner);
            }
          }
        }
        for (const point of digest.keyPoints) {
          const sentence = article.paragraphs[point.paragraph]!.text.slice(point.start, point.end);
          // A point is its sentence, less a dateline, with a leading pronoun possibly named.
          expect(point.text.endsWith(stripDateline(sentence).split(' ').slice(1).join(' '))).toBe(true);
        }
        expect(digest.keyPoints.length).toBeLessThanOrEqual(7);
      }),
      { numRuns: 300 },
    );
  });
});
