import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/page/extract';
import { METADATA_LIMITS } from '../../lib/page/metadata';
import { isDigestRequest, parseExtractResult } from '../../lib/extension/protocol';
import { autoSummarizes, parseSettings } from '../../lib/extension/settings';

const article = { title: 'T', byline: null, siteName: null, lang: 'en', publishedTime: null, url: null, standfirst: null, paragraphs: [{ text: 'A.', kind: 'text' }] };

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

describe('parseSettings', () => {
  it.each([
    [undefined, { autoSummarize: false, length: 'short', pausedSites: [], accessLost: false }],
    ['garbage', { autoSummarize: false, length: 'short', pausedSites: [], accessLost: false }],
    [{ autoSummarize: 'yes', length: 7, pausedSites: 'all' }, { autoSummarize: false, length: 'short', pausedSites: [], accessLost: false }],
    [{ autoSummarize: true, length: 'long' }, { autoSummarize: true, length: 'long', pausedSites: [], accessLost: false }],
    [
      { autoSummarize: true, pausedSites: ['news.example', 'news.example', 5, '<script>', 'localhost:8080'] },
      { autoSummarize: true, length: 'short', pausedSites: ['news.example', 'localhost:8080'], accessLost: false },
    ],
  ])('%j → %j', (raw, expected) => {
    expect(parseSettings(raw)).toEqual(expected);
  });

  it('keeps the paused-site list bounded', () => {
    const many = Array.from({ length: 2000 }, (_, i) => `site${i}.example`);
    expect(parseSettings({ pausedSites: many }).pausedSites).toHaveLength(500);
  });
});

describe('autoSummarizes', () => {
  const on = { autoSummarize: true, length: 'short' as const, pausedSites: ['paused.example'], accessLost: false };
  it.each([
    ['https://news.example/a', on, true],
    ['https://paused.example/a', on, false],
    ['chrome://settings', on, false],
    ['https://news.example/a', { ...on, autoSummarize: false }, false],
  ])('%s', (url, settings, expected) => {
    expect(autoSummarizes(settings, url)).toBe(expected);
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

  it('caps each field at extraction, and keeps only a language tag shaped like one', () => {
    const big = 'Word '.repeat(700_000);
    const page = (lang: string) =>
      new JSDOM(
        `<html lang="${lang}"><head><title>${big}</title><meta name="author" content="${big}"><meta property="og:site_name" content="${big}"></head>` +
          `<body><article>${'<p>The council met on Monday and voted to approve the new budget for the coming year after a long debate.</p>'.repeat(8)}</article></body></html>`,
        { url: 'https://news.example/a' },
      ).window.document;
    const result = extractArticle(page('en-'.repeat(20_000)), { url: 'https://news.example/a' });
    if (result.kind !== 'article') throw new Error(result.reason);
    const { title, byline, siteName, lang } = result.article;
    expect(title.length).toBeLessThanOrEqual(METADATA_LIMITS.title);
    expect(title.endsWith('…')).toBe(true);
    expect(byline!.length).toBeLessThanOrEqual(METADATA_LIMITS.byline);
    expect(siteName!.length).toBeLessThanOrEqual(METADATA_LIMITS.siteName);
    expect(lang).toBeNull();
    expect(parseExtractResult(result)).not.toBeNull();
    const fine = extractArticle(page('pt-BR'), { url: 'https://news.example/a' });
    expect(fine.kind === 'article' && fine.article.lang).toBe('pt-BR');
  });
});
