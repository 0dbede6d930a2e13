import { isProbablyReaderable } from '@mozilla/readability';
import { isTooLong, MAX_STANDFIRST_CHARS, type Article, type Paragraph, type ParagraphKind } from '../contracts';
import { isPageChrome } from '../text/clutter';
import { foldText, normaliseSpace } from '../text/article-text';
import { isLanguageTag, METADATA_LIMITS } from './metadata';
import { newReadability, parseHoldingCleanUp, type ParsedArticle } from './readability-steps';
import { withContinuedParagraphs } from './continued';

export interface ExtractOptions {
  /** Extract even when Readability judges the page not to be an article. */
  force?: boolean;
  /** The page's address, when known (the extract page script passes `location.href`). */
  url?: string | null;
}

export type ExtractResult =
  { kind: 'article'; article: Article; readerable: boolean; readWhileLoading?: boolean } | { kind: 'not-article'; reason: NotArticleReason };

export type NotArticleReason = 'not-readerable' | 'no-content' | 'too-long';

/** Shortens page text to `limit` characters, cutting at a word where it can, with an ellipsis. */
function capped(text: string | null | undefined, limit: number): string | null {
  const trimmed = text?.trim();
  if (!trimmed) return null;
  if (trimmed.length <= limit) return trimmed;
  const cut = trimmed.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > limit / 2 ? cut.slice(0, space) : cut}…`;
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BR',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);

// Text for screen readers only, and link notes ("Opens a new window" inside a link), would glue
// themselves to the words around them ("saidOpens a new window"); Readability keeps them.
const SCREEN_READER_ONLY =
  /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|a11y-hidden|offscreen|(?:\w+-)?vh)(?:\s|$)/u;

/** "Opens a new window" in the languages Gist reads: "(öffnet im neuen Fenster)", "(s'ouvre dans une nouvelle fenêtre)". */
const NEW_WINDOW_NOTE = new RegExp(
  '^\\s*\\(?\\s*(?:' +
    [
      '(?:this link )?opens? (?:in )?(?:a )?new (?:window|tab)',
      'öffnet (?:sich )?i[nm] (?:einem )?neue[nm]? (?:fenster|tab)',
      "s['’]ouvre dans une? nouv(?:elle|el) (?:fenêtre|onglet)",
      '(?:se )?abre (?:en|em|numa) (?:una |uma )?(?:nueva|nova) (?:ventana|pestaña|janela|aba|guia)',
      'si apre in una nuova (?:finestra|scheda)',
    ].join('|') +
    ')\\s*\\)?\\s*$',
  'iu',
);

function isScreenReaderOnly(element: Element): boolean {
  if (SCREEN_READER_ONLY.test(element.getAttribute('class') ?? '')) return true;
  // Link decorations such as <span class="external-link-icon">Opens a new window</span>.
  return element.childElementCount === 0 && NEW_WINDOW_NOTE.test(element.textContent ?? '');
}

/**
 * A caption outside `<figcaption>`: `<div class="caption">`, `thumbcaption`, `wp-caption-text`,
 * `media-caption__text`, not `has-caption`. Only a short element: a class on a wrapper must not
 * make a story a caption.
 */
const CAPTION_CLASS = /(?:^|\s)(?!has-)[\w-]*caption/iu;
const MAX_CAPTION_ELEMENT_CHARS = 600;

function isCaptionElement(element: Element): boolean {
  return CAPTION_CLASS.test(element.getAttribute('class') ?? '') && (element.textContent?.length ?? 0) <= MAX_CAPTION_ELEMENT_CHARS;
}

function kindOf(element: Element, tag: string, inherited: ParagraphKind): ParagraphKind {
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'FIGCAPTION' || isCaptionElement(element)) return 'caption';
  if (tag === 'LI') return 'list';
  if (tag === 'BLOCKQUOTE') return 'quote';
  return inherited;
}

/**
 * A short paragraph that is (nearly) all link text, and ends in its link, is a teaser or promo
 * ("Revivez le direct du vote…", "Here's our Year in Review!"), not the story's prose; a paragraph
 * of prose with links in it ("Apple announced on Tuesday that… (linked), days before a ban."), or
 * a long one, stays text.
 */
const MAX_LINK_PARAGRAPH = 200;
const LINKED_SHARE = 0.75;
const visibleChars = (text: string) => text.replace(/\s+/gu, '').length;

/**
 * Flattens Readability's content element into paragraphs of plain text. Inline markup is
 * dropped; every block element starts a new paragraph, so captions and headings stay apart
 * from the sentences around them.
 */
export function paragraphsOf(root: Element): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let buffer = '';
  let linkedChars = 0;
  let endsInLink = false;
  let bufferKind: ParagraphKind = 'text';

  const flush = () => {
    const text = normaliseSpace(buffer);
    const allLink = endsInLink && text.length <= MAX_LINK_PARAGRAPH && linkedChars >= LINKED_SHARE * visibleChars(text);
    const kind = allLink && (bufferKind === 'text' || bufferKind === 'list') ? 'link' : bufferKind;
    if (text && !isPageChrome(text)) paragraphs.push({ text, kind });
    buffer = '';
    linkedChars = 0;
    endsInLink = false;
  };

  // An explicit stack, not recursion: a page can nest elements deeper than the call stack.
  type Step = { node: Node; kind: ParagraphKind; linked: boolean } | 'flush';
  const stack: Step[] = [];
  const pushChildren = (node: Node, kind: ParagraphKind, linked: boolean) => {
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push({ node: child, kind, linked });
  };
  pushChildren(root, 'text', false);
  for (let step = stack.pop(); step; step = stack.pop()) {
    if (step === 'flush') {
      flush();
      continue;
    }
    const { node, kind, linked } = step;
    if (node.nodeType === 3 /* TEXT_NODE */) {
      if (!buffer) bufferKind = kind;
      const value = node.nodeValue ?? '';
      buffer += value;
      if (linked) linkedChars += visibleChars(value);
      // Closing punctuation after a link ("…questions</a>.") still ends in it; words do not.
      if (/[\p{L}\p{N}]/u.test(value)) endsInLink = linked;
    } else if (node.nodeType === 1 /* ELEMENT_NODE */) {
      const tag = (node as Element).tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag) || isScreenReaderOnly(node as Element)) continue;
      const inLink = linked || (tag === 'A' && (node as Element).hasAttribute('href'));
      if (BLOCK_TAGS.has(tag)) {
        flush();
        stack.push('flush');
        pushChildren(node, kindOf(node as Element, tag, kind), inLink);
      } else {
        pushChildren(node, kind, inLink);
      }
    }
  }
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

// Class names that sites give the dek under the headline ("standfirst", "dek", "subhead"…).
const STANDFIRST_CLASS = /(?:^|[\s_-])(?:standfirst|dek|subhead(?:ing|line)?|sub-headline|sub-?title|strapline)(?:$|[\s_-])/iu;

/**
 * The standfirst: an element with a dek's class near the headline, else the page's description
 * (og:description, description). Null when it only repeats the title or the opening of the body,
 * or is too short or too long to be a dek.
 */
/** A headline's block small enough to read as the header, not the whole page. */
const MAX_HEADLINE_BLOCK_CHARS = 10_000;

/**
 * The description is written as a paragraph in the headline's block (the New York Times' summary
 * under its title), a block that holds the header but not the story (not its last paragraph):
 * a dek, though Readability took it into the body as the first paragraph.
 */
function standsBesideHeadline(headlineBlock: Element | null | undefined, doc: Document, folded: string, paragraphs: readonly Paragraph[]): boolean {
  const blockText = headlineBlock && headlineBlock !== doc.body ? (headlineBlock.textContent ?? '') : '';
  if (!blockText || blockText.length > MAX_HEADLINE_BLOCK_CHARS) return false;
  const last = paragraphs[paragraphs.length - 1];
  if (paragraphs.length < 2 || foldText(blockText).includes(foldText(last!.text))) return false;
  return [...headlineBlock!.querySelectorAll('p, h2')].some((element) => foldText(element.textContent ?? '') === folded);
}

function standfirstOf(doc: Document, title: string, paragraphs: readonly Paragraph[]): string | null {
  const headlineBlock = doc.querySelector('h1')?.parentElement?.parentElement;
  // The headline's block is often <body>: stop at the first dek rather than list every element.
  let element: Element | undefined;
  for (const candidate of headlineBlock?.querySelectorAll('p, h2, div, span') ?? []) {
    if (STANDFIRST_CLASS.test(candidate.getAttribute('class') ?? '')) {
      element = candidate;
      break;
    }
  }
  const deks = [element?.textContent, metaContent(doc, 'meta[property="og:description"]'), metaContent(doc, 'meta[name="description"]')];
  const openings = paragraphs.slice(0, 5).map((p) => foldText(p.text));
  for (const [index, raw] of deks.entries()) {
    const full = normaliseSpace(raw ?? '');
    const text = full.replace(/(?:\.\.\.|…)$/u, '');
    // The limit holds for what is returned, ellipsis included: the protocol refuses longer.
    if (text.length < 30 || full.length > MAX_STANDFIRST_CHARS) continue;
    const folded = foldText(text);
    if (folded === foldText(title)) continue;
    // A description that only repeats the lede is no dek; a dek element may stand in the body.
    // A description cut short ("…illegal, wh") is compared without its last, partial word.
    const stem = /[.!?"”’]$/u.test(text) ? folded : folded.replace(/\s\S*$/u, '');
    const repeatsLede = openings.some((opening) => opening.startsWith(stem) || stem.startsWith(opening));
    if (index > 0 && repeatsLede && !standsBesideHeadline(headlineBlock, doc, folded, paragraphs)) continue;
    return full;
  }
  return null;
}

/**
 * Runs Readability on a copy of the document (Readability mutates what it reads) and returns
 * the article as plain-text paragraphs, in one go (the command line, tests).
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const readerable = isProbablyReaderable(doc);
  if (!readerable && !options.force) return { kind: 'not-article', reason: 'not-readerable' };
  return articleFrom(doc, newReadability(preparedCopy(doc.cloneNode(true) as Document)).parse(), readerable, options);
}

/**
 * Prepares the copy Readability reads. Its media elements go (`<video>`, `<audio>`, `<source>`:
 * they carry no text): in Chromium each of them, even in a `DOMParser` or `cloneNode` copy,
 * registers with the page's window (a media-query listener for `<source media>`, pending media
 * activity for the players), and that keeps the whole copy alive for the page's lifetime: one more
 * document per extraction. Removed, the copy is collected (tests/e2e/page-memory.e2e.ts). Its
 * comments go too: React and other frameworks write `<!-- -->` between the pieces of a sentence,
 * and Readability, wrapping a block's loose text in paragraphs, ends a paragraph at each of them.
 */
function preparedCopy(copy: Document): Document {
  for (const media of copy.querySelectorAll('video, audio, source')) media.remove();
  const walker = copy.createTreeWalker(copy, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) comments.push(node);
  for (const comment of comments) (comment as ChildNode).remove();
  return copy;
}

/**
 * The same in four tasks of the page's main thread, with `pause()` between them (a macrotask),
 * so that no single task of Gist's is long: judge the page, copy it, find the article in the copy,
 * then clean the article up (lib/page/readability-steps.ts) and read it. The copy is an inert
 * document parsed from the page's markup where the page has `DOMParser`: it loads nothing and
 * runs nothing.
 */
export async function extractArticleInSteps(doc: Document, options: ExtractOptions, pause: () => Promise<void>): Promise<ExtractResult> {
  const readerable = isProbablyReaderable(doc);
  if (!readerable && !options.force) return { kind: 'not-article', reason: 'not-readerable' };
  await pause();
  const Parser = doc.defaultView?.DOMParser;
  const copyOfPage = () => preparedCopy(Parser ? new Parser().parseFromString(doc.documentElement.outerHTML, 'text/html') : (doc.cloneNode(true) as Document));
  const copy = copyOfPage();
  await pause();
  const held = parseHoldingCleanUp(copy);
  if (held.kind === 'done') return articleFrom(doc, held.parsed, readerable, options);
  await pause();
  if (held.cleanUp()) return articleFrom(doc, held.parsed, readerable, options);
  // Where the held-back clean-up can't be trusted, Readability's own parse() on a fresh copy.
  await pause();
  return articleFrom(doc, newReadability(copyOfPage()).parse(), readerable, options);
}

function articleFrom(doc: Document, parsed: ParsedArticle | null, readerable: boolean, options: ExtractOptions): ExtractResult {
  if (!parsed?.content) return { kind: 'not-article', reason: 'no-content' };

  const title = capped(parsed.title, METADATA_LIMITS.title) ?? '';
  const read = paragraphsOf(parsed.content).filter((paragraph, index) => !(index === 0 && paragraph.kind === 'heading' && paragraph.text === title));
  const paragraphs = withContinuedParagraphs(doc, parsed.content, read, paragraphsOf);
  if (paragraphs.length === 0) return { kind: 'not-article', reason: 'no-content' };
  if (isTooLong(paragraphs)) return { kind: 'not-article', reason: 'too-long' };

  // Without a given address (a saved file), the page's own canonical address is the best guess.
  const url = options.url ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(doc, 'meta[property="og:url"]');
  const lang = parsed.lang?.trim() || doc.documentElement?.getAttribute('lang')?.trim();
  return {
    kind: 'article',
    readerable,
    article: {
      title,
      byline: capped(parsed.byline || bylineOf(doc), METADATA_LIMITS.byline),
      siteName: capped(parsed.siteName || metaContent(doc, 'meta[property="og:site_name"]'), METADATA_LIMITS.siteName),
      lang: lang && isLanguageTag(lang) ? lang : null,
      publishedTime: capped(parsed.publishedTime, METADATA_LIMITS.publishedTime),
      // An address cut short would be a wrong one: too long, it is left out.
      url: url && /^https?:\/\//iu.test(url) && url.length <= METADATA_LIMITS.url ? url : null,
      standfirst: standfirstOf(doc, title, paragraphs),
      paragraphs,
    },
  };
}
