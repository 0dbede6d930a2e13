/**
 * Readability's `parse()` in two tasks of the page's main thread instead of one.
 *
 * On a long article (an 8,000-word feature) one cold `parse()` is a single task of 80–95 ms in
 * Chromium. About a third of it is the clean-up of the article once found: `_prepArticle` (called
 * inside `_grabArticle`) and `_postProcessContent`. Both take the article's element and touch
 * nothing else, so they can be held back and run, in the same order and on the same elements,
 * after a pause. The result is the element `parse()` gives; tests/unit/page/readability-steps.test.ts compares
 * the two on every Readability page the tests hold, and eval:robustness on the whole corpus.
 *
 * These are private methods of the pinned Readability (package.json pins 0.6.0 exactly). Where
 * they are missing, or where held-back clean-up can't be replayed faithfully (Readability retried
 * with other flags, or the cleaned text falls under its threshold, where `parse()` would have
 * retried), the caller parses a fresh copy in one go.
 */
import { Readability } from '@mozilla/readability';

export type ParsedArticle = NonNullable<ReturnType<Readability<Element>['parse']>>;

type Cleaner = (element: Element) => void;
interface ReadabilityInternals {
  _prepArticle?: Cleaner;
  _postProcessContent?: Cleaner;
  _getInnerText?: (element: Element, normalizeSpaces: boolean) => string;
  _charThreshold?: number;
}

/** Readability as Gist runs it: the content stays an element; classes stay for isScreenReaderOnly. */
export function newReadability(copy: Document): Readability<Element> {
  return new Readability<Element>(copy, { serializer: (element) => element as Element, keepClasses: true });
}

export type HeldParse =
  /** `parse()` is done (nothing was held back, or it found no article). */
  | { kind: 'done'; parsed: ParsedArticle | null }
  /** The article is found; `cleanUp()` finishes it in place, or says false if it can't be trusted. */
  | { kind: 'held'; parsed: ParsedArticle; cleanUp: () => boolean };

interface HeldPrep {
  article: Element;
  /** The article's children when `_prepArticle` was called, before Readability wrapped them. */
  children: Node[];
  /** Their id and class then: Readability names one of them its page after the clean-up. */
  names: { id: string | null; className: string | null }[];
}

export function parseHoldingCleanUp(copy: Document): HeldParse {
  const reader = newReadability(copy);
  const internals = reader as unknown as ReadabilityInternals;
  const proto = Object.getPrototypeOf(reader) as ReadabilityInternals;
  const { _prepArticle: prep, _postProcessContent: postProcess, _getInnerText: innerText } = proto;
  if (!prep || !postProcess || !innerText || typeof internals._charThreshold !== 'number') return { kind: 'done', parsed: reader.parse() };

  const preps: HeldPrep[] = [];
  const postProcessed: Element[] = [];
  internals._prepArticle = (article) => {
    const children = [...article.childNodes];
    const names = children.map((child) =>
      child.nodeType === 1 ? { id: (child as Element).getAttribute('id'), className: (child as Element).getAttribute('class') } : { id: null, className: null },
    );
    preps.push({ article, children, names });
  };
  internals._postProcessContent = (article) => void postProcessed.push(article);
  const parsed = reader.parse();
  if (!parsed) return { kind: 'done', parsed };

  const cleanUp = (): boolean => {
    // Readability tries again with looser flags while the article's text is under its threshold.
    // Each attempt that failed uncleaned would have failed cleaned (the clean-up only removes), so
    // the last attempt stands, if its text still passes once cleaned. When every attempt failed,
    // Readability picked the longest uncleaned one, not the longest cleaned: not replayable.
    const held = preps.at(-1);
    if (!held || postProcessed.length !== 1 || postProcessed[0] !== held.article) return false;
    if (!replayPrep(prep.bind(reader), held)) return false;
    if (innerText.call(reader, held.article, true).length < (internals._charThreshold ?? 0)) return false;
    postProcess.call(reader, held.article);
    return true;
  };
  return { kind: 'held', parsed, cleanUp };
}

/**
 * Runs `_prepArticle` on the article as Readability would have, before it gave the article its
 * page element: either a new `<div id="readability-page-1">` around the children (moved out for the
 * clean-up and back after), or one of the children renamed (its old names back for the clean-up).
 * False when the article isn't shaped as either.
 */
function replayPrep(prep: Cleaner, { article, children, names }: HeldPrep): boolean {
  const page = article.firstElementChild;
  if (!page || article.childNodes.length !== 1 || page.getAttribute('id') !== 'readability-page-1') return false;
  const index = children.indexOf(page);
  if (index < 0) {
    while (page.firstChild) article.insertBefore(page.firstChild, page);
    page.remove();
    prep(article);
    while (article.firstChild) page.appendChild(article.firstChild);
    article.appendChild(page);
    return true;
  }
  const pageId = page.getAttribute('id');
  const pageClass = page.getAttribute('class');
  setOrRemove(page, 'id', names[index]?.id ?? null);
  setOrRemove(page, 'class', names[index]?.className ?? null);
  prep(article);
  setOrRemove(page, 'id', pageId);
  setOrRemove(page, 'class', pageClass);
  return true;
}

function setOrRemove(element: Element, name: string, value: string | null): void {
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}
