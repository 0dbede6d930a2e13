import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { isTooLong, type Article, type Paragraph, type ParagraphKind } from '../contracts';
import { isPageChrome } from '../text/clutter';
import { normaliseSpace } from '../text/article-text';

export interface ExtractOptions {
  /** Extract even when Readability judges the page not to be an article. */
  force?: boolean;
  /** The page's address, when known (the content script passes `location.href`). */
  url?: string | null;
}

export type ExtractResult =
  | { kind: 'article'; article: Article; readerable: boolean }
  | { kind: 'not-article'; reason: NotArticleReason };

export type NotArticleReason = 'not-readerable' | 'no-content' | 'too-long';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL', 'BR',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);

// Text for screen readers only, and link notes ("Opens a new window" inside a link), would glue
// themselves to the words around them ("saidOpens a new window"); Readability keeps them.
const SCREEN_READER_ONLY = /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|a11y-hidden|offscreen)(?:\s|$)/u;

const NEW_WINDOW_NOTE = /^\s*\(?\s*(?:this link )?opens? (?:in )?(?:a )?new (?:window|tab)\s*\)?\s*$/iu;

function isScreenReaderOnly(element: Element): boolean {
  if (SCREEN_READER_ONLY.test(element.getAttribute('class') ?? '')) return true;
  // Link decorations such as <span class="external-link-icon">Opens a new window</span>.
  return element.childElementCount === 0 && NEW_WINDOW_NOTE.test(element.textContent ?? '');
}

function kindOf(tag: string, inherited: ParagraphKind): ParagraphKind {
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'FIGCAPTION') return 'caption';
  if (tag === 'LI') return 'list';
  if (tag === 'BLOCKQUOTE') return 'quote';
  return inherited;
}

/**
 * Flattens Readability's content element into paragraphs of plain text. Inline markup is
 * dropped; every block element starts a new paragraph, so captions and headings stay apart
 * from the sentences around them.
 */
export function paragraphsOf(root: Element): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let buffer = '';
  let bufferKind: ParagraphKind = 'text';

  const flush = () => {
    const text = normaliseSpace(buffer);
    if (text && !isPageChrome(text)) paragraphs.push({ text, kind: bufferKind });
    buffer = '';
  };

  const walk = (node: Node, kind: ParagraphKind) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 /* TEXT_NODE */) {
        if (!buffer) bufferKind = kind;
        buffer += child.nodeValue ?? '';
      } else if (child.nodeType === 1 /* ELEMENT_NODE */) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIPPED_TAGS.has(tag) || isScreenReaderOnly(child as Element)) continue;
        if (BLOCK_TAGS.has(tag)) {
          flush();
          walk(child, kindOf(tag, kind));
          flush();
        } else {
          walk(child, kind);
        }
      }
    }
  };
  walk(root, 'text');
  flush();
  return paragraphs;
}

function metaContent(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
}

/** Readability misses bylines kept outside the article body (WordPress puts them in the header). */
function bylineOf(doc: Document): string | null {
  const meta = metaContent(doc, 'meta[name="author"]');
  if (meta) return meta;
  const element = doc.querySelector('[rel="author"], .byline .author, [itemprop="author"] [itemprop="name"], .author .fn');
  const text = element?.textContent?.replace(/\s+/g, ' ').trim();
  return text && text.length <= 100 ? text : null;
}

/**
 * Runs Readability on a clone of the document (Readability mutates what it reads) and returns
 * the article as plain-text paragraphs.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const readerable = isProbablyReaderable(doc);
  if (!readerable && !options.force) return { kind: 'not-article', reason: 'not-readerable' };

  const clone = doc.cloneNode(true) as Document;
  // Classes are kept so that text for screen readers can be told apart below.
  const parsed = new Readability<Element>(clone, { serializer: (el) => el as Element, keepClasses: true }).parse();
  if (!parsed?.content) return { kind: 'not-article', reason: 'no-content' };

  const title = (parsed.title ?? '').trim();
  const paragraphs = paragraphsOf(parsed.content).filter(
    (paragraph, index) => !(index === 0 && paragraph.kind === 'heading' && paragraph.text === title),
  );
  if (paragraphs.length === 0) return { kind: 'not-article', reason: 'no-content' };
  if (isTooLong(paragraphs)) return { kind: 'not-article', reason: 'too-long' };

  // Without a given address (a saved file), the page's own canonical address is the best guess.
  const url =
    options.url ??
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    metaContent(doc, 'meta[property="og:url"]');
  return {
    kind: 'article',
    readerable,
    article: {
      title,
      byline: parsed.byline?.trim() || bylineOf(doc),
      siteName: parsed.siteName?.trim() || metaContent(doc, 'meta[property="og:site_name"]'),
      lang: parsed.lang?.trim() || doc.documentElement?.getAttribute('lang') || null,
      publishedTime: parsed.publishedTime?.trim() || null,
      url: url && /^https?:\/\//iu.test(url) ? url : null,
      paragraphs,
    },
  };
}
