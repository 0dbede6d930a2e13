import { describe, expect, it } from 'vitest';
import { isDigestRequest, parseExtractResult } from '../../lib/extension/protocol';
import { autoSummarizes, parseSettings } from '../../lib/extension/settings';

const article = { title: 'T', byline: null, siteName: null, lang: 'en', publishedTime: null, url: null, paragraphs: [{ text: 'A.', kind: 'text' }] };

describe('message validation', () => {
  it.each([
    [{ type: 'popup:get-digest', tabId: 3, length: 'short', force: false }, true],
    [{ type: 'popup:get-digest', tabId: -1, length: 'short', force: false }, false],
    [{ type: 'popup:get-digest', tabId: 3, length: 'huge', force: false }, false],
    [{ type: 'popup:get-digest', tabId: '3', length: 'short', force: false }, false],
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
    [undefined, { autoSummarize: false, length: 'short', pausedSites: [] }],
    ['garbage', { autoSummarize: false, length: 'short', pausedSites: [] }],
    [{ autoSummarize: 'yes', length: 7, pausedSites: 'all' }, { autoSummarize: false, length: 'short', pausedSites: [] }],
    [{ autoSummarize: true, length: 'long' }, { autoSummarize: true, length: 'long', pausedSites: [] }],
    [
      { autoSummarize: true, pausedSites: ['news.example', 'news.example', 5, '<script>', 'localhost:8080'] },
      { autoSummarize: true, length: 'short', pausedSites: ['news.example', 'localhost:8080'] },
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
  const on = { autoSummarize: true, length: 'short' as const, pausedSites: ['paused.example'] };
  it.each([
    ['https://news.example/a', on, true],
    ['https://paused.example/a', on, false],
    ['chrome://settings', on, false],
    ['https://news.example/a', { ...on, autoSummarize: false }, false],
  ])('%s', (url, settings, expected) => {
    expect(autoSummarizes(settings, url)).toBe(expected);
  });
});
