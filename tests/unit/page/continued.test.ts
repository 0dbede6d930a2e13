import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/page/extract';

const sentence = (n: number) =>
  `Paragraph ${n} of the story tells how the harbor council weighed the flood wall, its cost to the city and the homes along the water it would protect for years.`;
const block = (from: number, to: number) =>
  `<div class="px-24"><div>${Array.from({ length: to - from + 1 }, (_, i) => `<p class="text-18 leading-17">${sentence(from + i)}</p>`).join('')}</div></div>`;

/** A story set in one paragraph style, split into two blocks by an advert, as some sites print it. */
const page = (outside = '') => `<!doctype html><html lang="en"><head><title>Harbor wall</title></head><body>
  <main><article>
    <h1>Harbor wall</h1>
    <section>${block(1, 6)}</section>
    <div class="ad"><p>Advertisement</p></div>
    <section><div class="more">${block(7, 9)}</div></section>
  </article></main>
  ${outside}
</body></html>`;

const paragraphsOf = (html: string) => {
  const result = extractArticle(new JSDOM(html, { url: 'https://example.com/' }).window.document, { force: true });
  return result.kind === 'article' ? result.article.paragraphs.map((p) => p.text) : [];
};

describe('an article Readability reads only in part', () => {
  it('gets the rest of its story, set in the style of its paragraphs, in the order of the page', () => {
    expect(paragraphsOf(page())).toEqual(Array.from({ length: 9 }, (_, i) => sentence(i + 1)));
  });

  it('takes nothing of that style from outside the story, nor from an aside inside it', () => {
    const teaser = `<div class="related"><p class="text-18 leading-17">Related: ${sentence(99)}</p></div>`;
    const withAside = page(teaser).replace('<div class="ad">', `<aside><p class="text-18 leading-17">${sentence(98)}</p></aside><div class="ad">`);
    const texts = paragraphsOf(withAside);
    expect(texts).toHaveLength(9);
    expect(texts.join(' ')).not.toMatch(/Paragraph 9[89]/u);
  });

  it('adds nothing where the page holds no article or main element to bound the story', () => {
    const bare = page().replace(/<\/?(?:main|article)>/gu, '');
    expect(paragraphsOf(bare).length).toBeLessThanOrEqual(9);
    expect(new Set(paragraphsOf(bare)).size).toBe(paragraphsOf(bare).length);
  });
});
