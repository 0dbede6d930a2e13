import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../lib/text/digest';
import { extractArticle } from '../../lib/page/extract';
import { readFixture } from '../corpus';
import { articleFromText } from '../../lib/text/article-text';

const extract = (html: string, force = true) => extractArticle(new JSDOM(html, { url: 'https://example.com/' }).window.document, { force });

// A few of Mozilla Readability's test pages (tests/fixtures/readability, Apache-2.0): news in three
// languages, and pages that are not news (a product page, a synthetic snippet, an RFC, a fairy tale
// in Japanese). `npm run eval:robustness` runs the same check over all 130 pages of the corpus.
describe.each([
  ['wapo-2', 'news'],
  ['heise', 'news'],
  ['lemonde-1', 'news'],
  ['mozilla-2', 'other'],
  ['lazy-image-3', 'other'],
  ['ietf-1', 'other'],
  ['hukumusume', 'other'],
])('Readability test page %s (%s)', (folder, kind) => {
  const html = readFixture(`readability/${folder}/source.html`);
  const expected = JSON.parse(readFixture(`readability/${folder}/expected-metadata.json`)) as { title: string; readerable: boolean };

  it("is judged an article exactly when Readability's own test says it is readerable", () => {
    expect(extract(html, false).kind === 'article').toBe(expected.readerable);
  });

  it('gets a digest or a plain reason when forced, never an exception', () => {
    const result = extract(html);
    if (result.kind !== 'article') {
      expect(['no-content', 'too-long']).toContain(result.reason);
      return;
    }
    expect(result.article.title).toBe(expected.title);
    const digest = buildDigest(result.article, 'long');
    expect(digest.keyPoints.length).toBeLessThanOrEqual(7);
    if (kind === 'news') expect(digest.keyPoints.length).toBeGreaterThanOrEqual(3);
    for (const speaker of digest.speakers) expect(speaker.quotes.length).toBeGreaterThan(0);
  });
});

describe('odd inputs', () => {
  it('drops text meant for screen readers and link notes, which would glue onto the words around', () => {
    const result = extract(
      '<html><body><article><p>The company <a href="/x">said<span class="external-link-icon">Opens a new window </span></a> that sales rose. ' +
        '<span class="sr-only">Advertisement</span>Profits doubled in the last quarter of the year, the company said in its report.</p></article></body></html>',
    );
    expect(result.kind === 'article' && result.article.paragraphs[0]!.text).toBe(
      'The company said that sales rose. Profits doubled in the last quarter of the year, the company said in its report.',
    );
  });

  it('an empty document is not an article', () => {
    expect(extract('<html><body></body></html>', false)).toEqual({ kind: 'not-article', reason: 'not-readerable' });
    expect(extract('<html><body></body></html>')).toEqual({ kind: 'not-article', reason: 'no-content' });
  });

  it('a 5 MB page is too long, said plainly', () => {
    const paragraph = `<p>${'The council met again today to discuss the budget and the schools. '.repeat(40)}</p>`;
    const html = `<html><body><article>${paragraph.repeat(Math.ceil(5_000_000 / paragraph.length))}</article></body></html>`;
    expect(html.length).toBeGreaterThan(5_000_000);
    expect(extract(html)).toEqual({ kind: 'not-article', reason: 'too-long' });
  });

  it('one giant paragraph with no punctuation still gets a digest', () => {
    const words = Array.from({ length: 60_000 }, (_, i) => ['council', 'budget', 'school', 'Maria', 'said', 'the', '“we', 'win”'][i % 8]).join(' ');
    const digest = buildDigest(articleFromText(words));
    expect(digest.wordCount).toBe(60_000);
    expect(digest.keyPoints.length).toBeLessThanOrEqual(3);
  });

  it('a page of tables only gets its text or a plain reason', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `<tr><td>Team ${i}</td><td>${i * 3} points</td><td>${i} wins this season so far</td></tr>`).join('');
    const result = extract(`<html><body><table>${rows}</table></body></html>`);
    if (result.kind === 'article') expect(() => buildDigest(result.article)).not.toThrow();
    else expect(result.reason).toBe('no-content');
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
