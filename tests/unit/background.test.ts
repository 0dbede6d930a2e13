import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import type { Browser } from 'webextension-polyfill';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractInPage } from '../../lib/page/in-page';
import { highlightInPage } from '../../lib/page/highlight';
import type { ExtensionApi, PageScript } from '../../lib/extension/api';
import { createBackground, isClosedToExtensions, isFromExtensionPage } from '../../lib/extension/background';
import { createPopupClient } from '../../lib/extension/popup-client';
import { digestCacheKey, MAX_CACHED_DIGEST_CHARS, saveSettings } from '../../lib/extension/storage';
import { SEED_HTML } from '../corpus';

const api = fakeBrowser as unknown as ExtensionApi;
const SEED_URL = 'https://news.example/blinken-wang';
const MANY_QUOTES_URL = 'https://news.example/many-voices';
const VOICES = ['Elena Marsh', 'Robert Diaz', 'Maria Lopez', 'Tom Hale', 'Jane Roe'];
/** A page with 2,600 quotations: its digest is about 0.95 MB of JSON. */
const MANY_QUOTES = `<html><head><title>Many voices on the harbour</title></head><body><article><h1>Many voices on the harbour</h1>${Array.from(
  { length: 2600 },
  (_, i) => `<p>“The harbour plan number ${i} will protect the homes along the waterfront for years to come,” said ${VOICES[i % VOICES.length]}.</p>`,
).join('')}</article></body></html>`;
const pages = new Map<string, string>([
  [SEED_URL, readFileSync(SEED_HTML, 'utf8')],
  [MANY_QUOTES_URL, MANY_QUOTES],
  ['https://search.example/?q=tea', '<html><body><form><input name="q"></form><a href="/1">Result one</a></body></html>'],
]);

/**
 * Stands in for the browser's script injection: loading a page script's file does nothing, and
 * the call that follows runs the real page function on the tab's page in jsdom, or fails as
 * Chromium does on its own pages. `pageAt` lets a test move a tab's page under the background.
 */
const pageAt = new Map<number, string>();
const injections: { files?: string[]; args?: unknown[] }[] = [];
function installPageScripting(): void {
  injections.length = 0;
  pageAt.clear();
  const scripting = fakeBrowser.scripting as unknown as Browser['scripting'];
  scripting.executeScript = (async (injection: { target: { tabId: number }; files?: string[]; args?: [string, PageScript, unknown] }) => {
    injections.push(injection);
    const tab = await fakeBrowser.tabs.get(injection.target.tabId);
    if (!tab.url || !/^https?:/u.test(tab.url)) throw new Error(`Cannot access a chrome:// URL`);
    if (injection.files) return [{ frameId: 0, result: undefined }];
    const [, script, input] = injection.args!;
    const url = pageAt.get(injection.target.tabId) ?? tab.url;
    const dom = new JSDOM(pages.get(url) ?? '', { url });
    const result = script === 'extract' ? await extractInPage(dom.window.document, input) : highlightInPage(dom.window.document, input);
    return [{ frameId: 0, result }];
  }) as unknown as Browser['scripting']['executeScript'];
  scripting.insertCSS = async () => undefined;
  scripting.removeCSS = async () => undefined;
}

/** An in-memory permission store: fakeBrowser leaves `permissions` unimplemented. */
function installPermissions(answer: { grant: boolean }): Set<string> {
  const granted = new Set<string>();
  const permissions = fakeBrowser.permissions as unknown as Browser['permissions'];
  permissions.request = async (p) => {
    if (answer.grant) p.origins?.forEach((o) => granted.add(o));
    return answer.grant;
  };
  permissions.contains = async (p) => (p.origins ?? []).every((o) => granted.has(o) || granted.has('<all_urls>'));
  permissions.remove = async (p) => (p.origins?.forEach((o) => granted.delete(o)), true);
  permissions.getAll = async () => ({ permissions: [], origins: [...granted] });
  return granted;
}

const userAnswer = { grant: true };
let granted = new Set<string>();

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

beforeEach(() => {
  fakeBrowser.reset();
  installPageScripting();
  userAnswer.grant = true;
  granted = installPermissions(userAnswer);
});

describe('the background', () => {
  it('digests the seed tab, then answers from the session cache', async () => {
    const background = createBackground(api);
    const tabId = await openTab(SEED_URL);
    const first = await background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'short', force: false, asked: true });
    expect(first.status).toBe('ready');
    if (first.status !== 'ready') return;
    expect(first.fromCache).toBe(false);
    expect(first.digest.keyPoints).toHaveLength(3);
    expect(first.digest.speakers.map((s) => s.name)).toEqual(['Antony Blinken', 'Wang Yi']);
    expect(first.text).toContain('Who said what');
    expect(first.markdown).toContain('## [U.S.-China ties');

    const again = await background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'long', force: false, asked: true });
    expect(again).toMatchObject({ status: 'ready', fromCache: true });
    if (again.status === 'ready') expect(again.digest.keyPoints.length).toBeGreaterThan(3);
  });

  it('keeps a page of 2,600 quotations shortened to fit the storage, and says so', async () => {
    const background = createBackground(api);
    const tabId = await openTab(MANY_QUOTES_URL);
    const first = await background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'short', force: false, asked: true });
    if (first.status !== 'ready') throw new Error(first.status);
    const stored = (await fakeBrowser.storage.session.get(digestCacheKey(tabId)))[digestCacheKey(tabId)];
    expect(JSON.stringify(stored).length).toBeLessThanOrEqual(MAX_CACHED_DIGEST_CHARS);
    const { shortened } = first.digest;
    expect(shortened).toMatchObject({ quotations: 2600, quotesPerSpeaker: expect.any(Number) });
    expect(first.digest.speakers.map((speaker) => speaker.quotes.length)).toEqual(VOICES.map(() => shortened!.quotesPerSpeaker));
    expect(shortened!.kept).toBe(VOICES.length * shortened!.quotesPerSpeaker);
    expect(first.digest.notes.at(-1)).toBe(`Shortened to be kept in the browser: ${shortened!.kept} of 2600 quotations, the first ${shortened!.quotesPerSpeaker} of each speaker.`);
    // The balance still counts every quotation on the page.
    expect(first.digest.balance.quotations).toBe(2600);
    // Opened again, it comes from the cache as it was shown the first time.
    const again = await background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'short', force: false, asked: true });
    expect(again).toMatchObject({ status: 'ready', fromCache: true });
    if (again.status === 'ready') expect(again.digest).toEqual(first.digest);
  });

  it('says a page is not an article, and summarizes it anyway when asked', async () => {
    const background = createBackground(api);
    const tabId = await openTab('https://search.example/?q=tea');
    expect(await background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'short', force: false, asked: true })).toEqual({
      status: 'not-article',
      reason: 'not-readerable',
    });
    const forced = await background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'short', force: true, asked: true });
    expect(forced.status === 'ready' || (forced.status === 'not-article' && forced.reason === 'no-content')).toBe(true);
  });

  it('reports a browser page as unavailable instead of failing', async () => {
    const background = createBackground(api);
    const tabId = await openTab('chrome://settings/');
    expect(await background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'short', force: false, asked: true })).toEqual({
      status: 'unavailable',
      reason: 'browser-page',
    });
  });

  it('digests pages as they load only with Auto-summarize on and host access granted', async () => {
    const background = createBackground(api);
    const tabId = await openTab(SEED_URL);
    await background.onPageLoaded(tabId, SEED_URL);
    expect(await fakeBrowser.storage.session.get(digestCacheKey(tabId))).toEqual({});

    await saveSettings(api, { autoSummarize: true });
    granted.add('<all_urls>');
    await background.onPageLoaded(tabId, SEED_URL);
    const cached = await background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'short', force: false, asked: true });
    expect(cached).toMatchObject({ status: 'ready', fromCache: true });
  });

  it('leaves a paused site alone with Auto-summarize on', async () => {
    const background = createBackground(api);
    const tabId = await openTab(SEED_URL);
    granted.add('<all_urls>');
    await saveSettings(api, { autoSummarize: true, pausedSites: ['news.example'] });
    await background.onPageLoaded(tabId, SEED_URL);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('drops a tab’s cached digest when the tab closes', async () => {
    const background = createBackground(api);
    const tabId = await openTab(SEED_URL);
    await background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'short', force: false, asked: true });
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual([digestCacheKey(tabId)]);
    await background.forgetTab(tabId);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it.each([
    ['chrome://settings/', true],
    ['view-source:https://news.example/a', true],
    ['https://chromewebstore.google.com/detail/x', true],
    ['https://addons.mozilla.org/en-US/firefox/', true],
    ['https://news.example/a', false],
    ['file:///home/me/article.html', false],
  ])('knows %s is closed to extensions: %s', (url, closed) => {
    expect(isClosedToExtensions(url)).toBe(closed);
  });

  it('accepts requests only from the extension’s own pages', () => {
    const page = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    expect(isFromExtensionPage(api, page)).toBe(true);
    expect(isFromExtensionPage(api, { id: fakeBrowser.runtime.id, url: 'https://evil.example/' })).toBe(false);
    expect(isFromExtensionPage(api, { id: 'another-extension', url: page.url })).toBe(false);
  });
});

describe('the popup client', () => {
  it('switches Auto-summarize on only when host access is granted, and gives it back when off', async () => {
    const clipboard = { writeText: async () => undefined };
    const client = createPopupClient(api, 1, clipboard);
    userAnswer.grant = false;
    expect(await client.setAutoSummarize(true)).toEqual({ settings: { autoSummarize: false, length: 'short', pausedSites: [], accessLost: false }, denied: true });
    expect(granted.size).toBe(0);

    userAnswer.grant = true;
    expect(await client.setAutoSummarize(true)).toEqual({ settings: { autoSummarize: true, length: 'short', pausedSites: [], accessLost: false }, denied: false });
    expect(granted.has('<all_urls>')).toBe(true);
    expect(await client.loadSettings()).toEqual({ autoSummarize: true, length: 'short', pausedSites: [], accessLost: false });

    await client.setAutoSummarize(false);
    expect(granted.has('<all_urls>')).toBe(false);
    expect(await client.loadSettings()).toEqual({ autoSummarize: false, length: 'short', pausedSites: [], accessLost: false });
  });

  it('remembers the length', async () => {
    const client = createPopupClient(api, 1, { writeText: async () => undefined });
    await client.setLength('long');
    expect((await client.loadSettings()).length).toBe('long');
  });
});
