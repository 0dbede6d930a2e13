import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleFromHtml, digestSource } from '../../../cli/digest-file';
import { attributeQuotes } from '../../../lib/text/attribution/attribute';
import { buildDigest } from '../../../lib/text/digest';
import { articleFromText } from '../../../lib/text/article-text';
import { stripDateline } from '../../../lib/text/sentences';
import { HOSTILE_CLASSES } from '../../../scripts/bench/hostile-text';
import { SEED_HTML } from '../../corpus';
import { normalText } from '../support/normal-text';
import { medianMs } from '../support/timing';

const word = fc.constantFrom(
  'the',
  'minister',
  'said',
  'Blinken',
  'Wang',
  'he',
  'she',
  'talks',
  'U.S.',
  'Mr.',
  'No.',
  '10',
  'will',
  'win',
  'China',
  'according',
  'to',
  'J.',
  'K.',
  'of',
  'and',
);
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

describe('the digest on odd text', () => {
  it('one giant paragraph with no punctuation still gets a digest', () => {
    const words = Array.from({ length: 60_000 }, (_, i) => ['council', 'budget', 'school', 'Maria', 'said', 'the', '“we', 'win”'][i % 8]).join(' ');
    const digest = buildDigest(articleFromText(words));
    expect(digest.wordCount).toBe(60_000);
    expect(digest.keyPoints.length).toBeLessThanOrEqual(3);
  });

  it.each([
    ['ja', '東京都は3日、新しい防災計画を発表した。計画では、地震や洪水に備えて避難所を増やす。知事は「都民の命を守る」と述べた。'],
    ['zh', '北京市政府今天公布了新的交通计划。计划将增加公交线路。市长说：“我们要让出行更方便。”'],
    ['cs', 'Vláda ve středu schválila nový rozpočet. „Je to dobrý den pro Česko,“ řekl premiér. Opozice návrh kritizovala.'],
  ])('%s text gets points without errors', (lang, text) => {
    const digest = buildDigest({ ...articleFromText(text), lang });
    expect(digest.keyPoints.length).toBeGreaterThan(0);
  });
});

describe('the digest on hostile text', () => {
  // Ten times the words should take about ten times as long; quadratic work took 50 to 300 times
  // as long. Generous: timings on a shared machine are noisy.
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

describe('digest --explain', () => {
  const html = readFileSync(SEED_HTML, 'utf8');
  const digest = digestSource(html, { length: 'short', explain: true });
  const plain = digestSource(html, { length: 'short' });
  const explain = digest.explain!;

  it('changes nothing else in the digest, and is absent without the option', () => {
    const { explain: _explain, timings: _t1, ...rest } = digest;
    const { timings: _t2, ...plainRest } = plain;
    expect(rest).toEqual(plainRest);
    expect(plain.explain).toBeUndefined();
  });

  it('says for every quotation which step chose its speaker, after which steps passed', () => {
    const listed = [
      ...digest.speakers.flatMap((s) => s.quotes.map((q) => ({ q, name: s.name }))),
      ...digest.unattributedQuotes.map((q) => ({ q, name: null })),
    ];
    expect(listed.length).toBeGreaterThan(0);
    expect(explain.quotations).toHaveLength(listed.length);
    for (const { q, name } of listed) {
      const entry = explain.quotations.find((e) => e.paragraph === q.paragraph && e.start === q.start)!;
      expect(entry.speaker).toBe(name);
      expect(entry.tried.at(-1)).toMatchObject({ step: entry.step, outcome: 'chose', speaker: name });
      expect(entry.tried.slice(0, -1).every((t) => t.outcome === 'passed')).toBe(true);
      expect(entry.confidence).toBeGreaterThan(0);
    }
    // "This is welcomed by our two people." has no cue of its own: Wang Yi's turn runs on.
    expect(explain.quotations.find((e) => e.text.startsWith('This is welcomed'))).toMatchObject({ speaker: 'Wang Yi', step: 'focus carry-over' });
  });

  it('gives a reason for every sentence of the article that is not a key point', () => {
    const { article } = articleFromHtml(html);
    const sentences = attributeQuotes(article.paragraphs, 'en').sentences.flat();
    const chosen = new Set(digest.keyPoints.map((p) => `${p.paragraph}:${p.start}`));
    const rejected = new Map(explain.rejectedSentences.map((r) => [`${r.paragraph}:${r.start}`, r.reason]));
    expect(chosen.size).toBe(3);
    for (const sentence of sentences) {
      const key = `${sentence.paragraph}:${sentence.start}`;
      expect(chosen.has(key) !== rejected.has(key), sentence.text).toBe(true);
    }
    expect(rejected.size).toBe(sentences.length - 3);
    // A sentence that is only a quotation is the speaker list's; "He warned…" leans on a name before it.
    expect(explain.rejectedSentences.find((r) => r.text.startsWith('“This is welcomed'))?.reason).toBe('mostly quoted');
    expect(explain.rejectedSentences.find((r) => r.text.startsWith('He warned'))?.reason).toBe('opens with a pronoun');
  });
});
