import { describe, expect, it } from 'vitest';
import { isDigestRequest, parseExtractResult } from '../../lib/protocol';
import { parseSettings } from '../../lib/settings';

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
    [undefined, { autoSummarize: false, length: 'short' }],
    ['garbage', { autoSummarize: false, length: 'short' }],
    [{ autoSummarize: 'yes', length: 7 }, { autoSummarize: false, length: 'short' }],
    [{ autoSummarize: true, length: 'long' }, { autoSummarize: true, length: 'long' }],
    [{ autoSummarize: true }, { autoSummarize: true, length: 'short' }],
  ])('%j → %j', (raw, expected) => {
    expect(parseSettings(raw)).toEqual(expected);
  });
});
