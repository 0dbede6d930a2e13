import { readFile } from 'node:fs/promises';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parse, serialize, type DefaultTreeAdapterTypes } from 'parse5';
import { isTooLong, type Article } from '../lib/contracts';
import { buildDigest, digestLanguage } from '../lib/text/digest';
import { lexiconFor } from './lexicons';
import { extractArticle } from '../lib/page/extract';
import { articleFromText } from '../lib/text/article-text';
import type { Digest, DigestLength } from '../lib/contracts';

export interface DigestFileOptions {
  url?: string;
  length?: DigestLength;
  /** The input is plain text (paragraphs separated by blank lines), not HTML. */
  text?: boolean;
  /** Add `explain` to the digest (how speakers were chosen, why sentences are not points). */
  explain?: boolean;
}

export interface TimedDigest extends Digest {
  /** Readability judged the page an article (always true for text input). */
  readerable: boolean;
  timings: { extractMs: number; digestMs: number };
}

const quietConsole = new VirtualConsole();

/**
 * Parses HTML with jsdom (no scripts run) and extracts the article as the content script would.
 * jsdom parses every stylesheet and style attribute, and some CSS a browser shrugs off makes it
 * throw (SCSS left in a page, `calc(#{$gap} * 2)`: "Hex or identifier is expected"); Readability
 * needs no stylesheets, so such a page is read again without them.
 */
export function articleFromHtml(html: string, url?: string): { article: Article; readerable: boolean } {
  const dom = parseHtml(html, url);
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

function parseHtml(html: string, url?: string): JSDOM {
  // jsdom needs some base address to resolve links against; it never reaches the digest.
  const options = { url: url ?? 'https://localhost/', virtualConsole: quietConsole };
  try {
    return new JSDOM(html, options);
  } catch {
    return new JSDOM(withoutStylesheets(html), options);
  }
}

// The only inline styles Readability reads: whether a node is hidden.
const VISIBILITY_DECLARATION = /^\s*(?:display|visibility)\s*:\s*[a-z-]+\s*(?:!important\s*)?$/iu;

/**
 * The page without `<style>` elements and stylesheet links, its style attributes cut to the
 * display and visibility declarations that say a node is hidden.
 */
function withoutStylesheets(html: string): string {
  const document = parse(html);
  // A stack, not recursion: a hostile page may nest elements deeper than the call stack goes.
  const parents: DefaultTreeAdapterTypes.ParentNode[] = [document];
  for (let parent = parents.pop(); parent; parent = parents.pop()) {
    parent.childNodes = parent.childNodes.filter((node) => !isStylesheet(node));
    for (const node of parent.childNodes) {
      if (!('attrs' in node)) continue;
      for (const attribute of node.attrs.filter((a) => a.name === 'style')) {
        attribute.value = attribute.value
          .split(';')
          .filter((declaration) => VISIBILITY_DECLARATION.test(declaration))
          .join(';');
      }
      parents.push(node.nodeName === 'template' ? (node as DefaultTreeAdapterTypes.Template).content : node);
    }
  }
  return serialize(document);
}

function isStylesheet(node: DefaultTreeAdapterTypes.ChildNode): boolean {
  if (node.nodeName === 'style') return true;
  if (node.nodeName !== 'link') return false;
  const rel = (node as DefaultTreeAdapterTypes.Element).attrs.find((a) => a.name === 'rel')?.value ?? '';
  return /(?:^|\s)stylesheet(?:\s|$)/iu.test(rel);
}

/** The digest of an extracted article with its language's lexicon, as the extension's background builds it. */
export function digestArticle(article: Article, length: DigestLength = 'short', explain?: boolean): Digest {
  return buildDigest(article, length, { explain, lexicon: lexiconFor(digestLanguage(article)) });
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
  const digest = digestArticle(article, options.length ?? 'short', options.explain);
  const digestMs = performance.now() - digestStart;
  return { ...digest, readerable, timings: { extractMs: round(extractMs), digestMs: round(digestMs) } };
}

export async function digestFile(path: string, options: DigestFileOptions = {}): Promise<TimedDigest> {
  return digestSource(await readFile(path, 'utf8'), options);
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
