import type { Article, ArticleMetadata, Paragraph } from '../contracts';

/** Builds an article from plain text: paragraphs are separated by blank lines. */
export function articleFromText(text: string, meta: Partial<ArticleMetadata> = {}): Article {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((block) => normaliseSpace(block))
    .filter((block) => block.length > 0)
    .map((block): Paragraph => ({ text: block, kind: 'text' }));
  return {
    title: meta.title ?? '',
    byline: meta.byline ?? null,
    siteName: meta.siteName ?? null,
    lang: meta.lang ?? null,
    publishedTime: meta.publishedTime ?? null,
    url: meta.url ?? null,
    standfirst: meta.standfirst ?? null,
    paragraphs,
  };
}

/** Letters and digits only, lower-cased, one space between words: for comparing texts loosely. */
export function foldText(text: string): string {
  return text
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** Collapses white space and drops soft hyphens, which split words invisibly ("Vladi\u00ADmir"). */
export function normaliseSpace(text: string): string {
  return text
    .replace(/\u00AD/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

export function wordCount(article: Article): number {
  let count = 0;
  for (const paragraph of article.paragraphs) count += countWords(paragraph.text);
  return count;
}

/** Counts words; CJK text has no spaces, so each ideograph run counts per character pair. */
export function countWords(text: string): number {
  const spaced = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-.]*/gu)?.length ?? 0;
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  return cjk > 0 ? Math.max(spaced, Math.round(cjk / 2)) : spaced;
}
