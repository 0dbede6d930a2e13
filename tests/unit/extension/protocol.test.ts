import { describe, expect, it } from 'vitest';
import { MAX_STANDFIRST_CHARS } from '../../../lib/contracts';
import { isArticle, isDigestRequest, isDigestResponse, parseExtractResult } from '../../../lib/extension/protocol';
import { articleFromText } from '../../../lib/text/article-text';

const article = {
  title: 'T',
  byline: null,
  siteName: null,
  lang: 'en',
  publishedTime: null,
  url: null,
  standfirst: null,
  paragraphs: [{ text: 'A.', kind: 'text' }],
};

describe('message validation', () => {
  it.each([
    [{ type: 'popup:get-digest', tabId: 3, length: 'short', force: false, asked: true }, true],
    [{ type: 'popup:get-digest', tabId: -1, length: 'short', force: false, asked: true }, false],
    [{ type: 'popup:get-digest', tabId: 3, length: 'huge', force: false, asked: true }, false],
    [{ type: 'popup:get-digest', tabId: '3', length: 'short', force: false, asked: true }, false],
    // Whether the reader asked decides whether a paused site is read: it is never assumed.
    [{ type: 'popup:get-digest', tabId: 3, length: 'short', force: false }, false],
    [{ type: 'other', tabId: 3, length: 'short', force: false }, false],
    [null, false],
    ['popup:get-digest', false],
  ])('isDigestRequest(%j) is %s', (message, expected) => {
    expect(isDigestRequest(message)).toBe(expected);
  });

  it('accepts a well-formed article and rejects malformed or oversized ones', () => {
    expect(parseExtractResult({ kind: 'article', article, readerable: true })).toEqual({ kind: 'article', article, readerable: true });
    expect(parseExtractResult({ kind: 'not-article', reason: 'no-content' })).toEqual({ kind: 'not-article', reason: 'no-content' });
    expect(parseExtractResult({ kind: 'article', article: { ...article, title: 5 }, readerable: true })).toBeNull();
    expect(parseExtractResult({ kind: 'article', article: { ...article, paragraphs: [{ text: '<b>x</b>', kind: 'html' }] }, readerable: true })).toBeNull();
    const huge = { ...article, paragraphs: [{ text: 'x'.repeat(2_000_001), kind: 'text' }] };
    expect(parseExtractResult({ kind: 'article', article: huge, readerable: true })).toBeNull();
    expect(parseExtractResult(undefined)).toBeNull();
  });
});

describe('metadata a page cannot inflate', () => {
  it.each([
    ['a title over the cap', { title: 'x'.repeat(501) }],
    ['a 100 kB lang', { lang: 'en-'.repeat(33_000) }],
    ['a lang not shaped like a language tag', { lang: 'en; drop table' }],
    ['a 3.5 MB byline', { byline: 'b'.repeat(3_500_000) }],
    ['an address over the cap', { url: `https://news.example/${'a'.repeat(5000)}` }],
  ])('rejects %s', (_, change) => {
    expect(parseExtractResult({ kind: 'article', article: { ...article, ...change }, readerable: true })).toBeNull();
  });
});

describe('what crosses the message boundary', () => {
  it('a digest response carries only the reasons it knows', () => {
    expect(isDigestResponse({ status: 'unavailable', reason: 'permission' })).toBe(true);
    expect(isDigestResponse({ status: 'unavailable' })).toBe(true);
    expect(isDigestResponse({ status: 'unavailable', reason: '<img>' })).toBe(false);
  });

  it('a standfirst crosses only as a string of bounded length, or null', () => {
    const article = articleFromText('Heavy rain flooded the city centre on Monday.');
    expect(isArticle({ ...article, standfirst: 'Hundreds of homes evacuated as the river rises.' })).toBe(true);
    expect(isArticle({ ...article, standfirst: null })).toBe(true);
    expect(isArticle({ ...article, standfirst: 'x'.repeat(MAX_STANDFIRST_CHARS + 1) })).toBe(false);
    expect(isArticle({ ...article, standfirst: 42 })).toBe(false);
  });
});
