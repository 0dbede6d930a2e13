import { readFile } from 'node:fs/promises';
import { JSDOM, VirtualConsole } from 'jsdom';
import { isTooLong, type Article } from '../lib/contracts';
import { buildDigest } from '../lib/text/digest';
import { extractArticle } from '../lib/page/extract';
import { articleFromText } from '../lib/text/article-text';
import type { Digest, DigestLength } from '../lib/contracts';

export interface DigestFileOptions {
  url?: string;
  length?: DigestLength;
  /** The input is plain text (paragraphs separated by blank lines), not HTML. */
  text?: boolean;
}

export interface TimedDigest extends Digest {
  /** Readability judged the page an article (always true for text input). */
  readerable: boolean;
  timings: { extractMs: number; digestMs: number };
}

const quietConsole = new VirtualConsole();

/** Parses HTML with jsdom (no scripts run) and extracts the article as the content script would. */
export function articleFromHtml(html: string, url?: string): { article: Article; readerable: boolean } {
  // jsdom needs some base address to resolve links against; it never reaches the digest.
  const dom = new JSDOM(html, { url: url ?? 'https://localhost/', virtualConsole: quietConsole });
  try {
    const result = extractArticle(dom.window.document, { force: true, url: url ?? null });
    if (result.kind !== 'article') {
      throw new Error(result.reason === 'too-long' ? 'the page is too long to digest' : 'no article text found on the page');
    }
    return { article: result.article, readerable: result.readerable };
  } finally {
    dom.window.close();
  }
}

/** The digest of one document's source, timed by stage, exactly as `npx gist digest` prints it. */
export function digestSource(source: string, options: DigestFileOptions = {}): TimedDigest {
  const extractStart = performance.now();
  let article: Article;
  let readerable = true;
  if (options.text) {
    article = articleFromText(source, { url: options.url ?? null });
    // A text file's first paragraph is its title when it is short and has no final period.
    const first = article.paragraphs[0];
    if (first && first.text.length < 200 && !/[.!?]["”’]?$/u.test(first.text) && article.paragraphs.length > 1) {
      article = { ...article, title: first.text, paragraphs: article.paragraphs.slice(1) };
    }
  } else {
    ({ article, readerable } = articleFromHtml(source, options.url));
  }
  if (isTooLong(article.paragraphs)) throw new Error('the page is too long to digest');
  const extractMs = performance.now() - extractStart;
  const digestStart = performance.now();
  const digest = buildDigest(article, options.length ?? 'short');
  const digestMs = performance.now() - digestStart;
  return { ...digest, readerable, timings: { extractMs: round(extractMs), digestMs: round(digestMs) } };
}

export async function digestFile(path: string, options: DigestFileOptions = {}): Promise<TimedDigest> {
  return digestSource(await readFile(path, 'utf8'), options);
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
