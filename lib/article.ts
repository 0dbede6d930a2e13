/** What the content script (or the command line) hands to the digest: plain text, never HTML. */
export type ParagraphKind = 'text' | 'heading' | 'caption' | 'list' | 'quote';

export interface Paragraph {
  text: string;
  kind: ParagraphKind;
}

export interface ArticleMetadata {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  url: string | null;
}

export interface Article extends ArticleMetadata {
  paragraphs: Paragraph[];
}

/**
 * The longest article Gist digests, in characters (about 170,000 words, under a second to digest
 * on a 2-core machine): beyond it the reader is told the page is too long, rather than waiting.
 */
export const MAX_ARTICLE_CHARS = 1_000_000;
export const MAX_PARAGRAPHS = 20_000;

export function isTooLong(paragraphs: readonly Paragraph[]): boolean {
  if (paragraphs.length > MAX_PARAGRAPHS) return true;
  let chars = 0;
  for (const paragraph of paragraphs) chars += paragraph.text.length;
  return chars > MAX_ARTICLE_CHARS;
}

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
    paragraphs,
  };
}

/** Collapses white space and drops soft hyphens, which split words invisibly ("Vladi\u00ADmir"). */
export function normaliseSpace(text: string): string {
  return text.replace(/\u00AD/gu, '').replace(/\s+/gu, ' ').trim();
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
