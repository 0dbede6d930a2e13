import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground, isClosedToExtensions, isFromExtensionPage, startBackground, unavailableReason } from '../../../lib/extension/background';
import { createPopupClient } from '../../../lib/extension/popup-client';
import type { Settings } from '../../../lib/extension/settings';
import { digestCacheKey, loadSettings, MAX_CACHED_DIGEST_CHARS, saveSettings } from '../../../lib/extension/storage';
import {
  api,
  closedDuringExtraction,
  granted,
  injections,
  installFakeExtension,
  openTab,
  pageAt,
  SEARCH_URL,
  servePage,
  stillLoading,
} from '../support/fake-extension';

const SEED_URL = 'https://news.example/blinken-wang';
const PAUSED_URL = 'https://paused.example/b';
const MANY_QUOTES_URL = 'https://news.example/many-voices';
const VOICES = ['Elena Marsh', 'Robert Diaz', 'Maria Lopez', 'Tom Hale', 'Jane Roe'];
/** A page with 2,600 quotations: its digest is about 0.95 MB of JSON. */
const MANY_QUOTES = `<html><head><title>Many voices on the harbour</title></head><body><article><h1>Many voices on the harbour</h1>${Array.from(
  { length: 2600 },
  (_, i) => `<p>“The harbour plan number ${i} will protect the homes along the waterfront for years to come,” said ${VOICES[i % VOICES.length]}.</p>`,
).join('')}</article></body></html>`;

/** An event a test can fire: fakeBrowser leaves `permissions.onAdded`/`onRemoved` unimplemented. */
function triggerableEvent() {
  const listeners = new Set<(...args: unknown[]) => unknown>();
  return {
    addListener: (listener: (...args: unknown[]) => unknown) => void listeners.add(listener),
    removeListener: (listener: (...args: unknown[]) => unknown) => void listeners.delete(listener),
    hasListener: (listener: (...args: unknown[]) => unknown) => listeners.has(listener),
    trigger: async (...args: unknown[]) => Promise.all([...listeners].map((listener) => listener(...args))),
  };
}

beforeEach(installFakeExtension);

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
    servePage(MANY_QUOTES_URL, MANY_QUOTES);
    const tabId = await openTab(MANY_QUOTES_URL);
    const first = await background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'short', force: false, asked: true });
    if (first.status !== 'ready') throw new Error(first.status);
    const stored = (await fakeBrowser.storage.session.get(digestCacheKey(tabId)))[digestCacheKey(tabId)];
    expect(JSON.stringify(stored).length).toBeLessThanOrEqual(MAX_CACHED_DIGEST_CHARS);
    const { shortened } = first.digest;
    expect(shortened).toMatchObject({ quotations: 2600, quotesPerSpeaker: expect.any(Number) });
    expect(first.digest.speakers.map((speaker) => speaker.quotes.length)).toEqual(VOICES.map(() => shortened!.quotesPerSpeaker));
    expect(shortened!.kept).toBe(VOICES.length * shortened!.quotesPerSpeaker);
    expect(first.digest.notes.at(-1)).toBe(
      `Shortened to be kept in the browser: ${shortened!.kept} of 2600 quotations, the first ${shortened!.quotesPerSpeaker} of each speaker.`,
    );
    // The balance still counts every quotation on the page.
    expect(first.digest.balance.quotations).toBe(2600);
    // Opened again, it comes from the cache as it was shown the first time.
    const again = await background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'short', force: false, asked: true });
    expect(again).toMatchObject({ status: 'ready', fromCache: true });
    if (again.status === 'ready') expect(again.digest).toEqual(first.digest);
  });

  it('shows a page read while it was still loading without keeping it, and reads it again at the next opening', async () => {
    const background = createBackground(api);
    const tabId = await openTab(SEED_URL);
    stillLoading.add(tabId);
    const early = await background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'short', force: false, asked: true });
    expect(early).toMatchObject({ status: 'ready', fromCache: false, digest: { readWhileLoading: true } });
    expect(await fakeBrowser.storage.session.get(digestCacheKey(tabId))).toEqual({});

    stillLoading.delete(tabId);
    const whole = await background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'short', force: false, asked: true });
    expect(whole).toMatchObject({ status: 'ready', fromCache: false });
    if (whole.status === 'ready') expect(whole.digest.readWhileLoading).toBeUndefined();
    expect(await fakeBrowser.storage.session.get(digestCacheKey(tabId))).not.toEqual({});
  }, 10_000);

  it('says a page is not an article, and summarizes it anyway when asked', async () => {
    const background = createBackground(api);
    const tabId = await openTab(SEARCH_URL);
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
    ['a web page Gist has no access to yet, in Firefox', 'https://news.example/a', 'Missing host permission for the tab', 'permission'],
    [
      'a web page Gist has no access to yet, in Chromium',
      null,
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'permission',
    ],
    ['a local file with file access off', 'file:///home/me/a.html', 'Cannot access contents of url "file:///home/me/a.html".', 'local-file'],
    ['a browser page', null, 'Cannot access a chrome:// URL', 'browser-page'],
    ['the extension store', null, 'The extensions gallery cannot be scripted.', 'browser-page'],
  ] as const)('tells %s apart', (_, url, error, reason) => {
    expect(unavailableReason(url, error)).toBe(reason);
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

describe('races between the background and the page', () => {
  it('hands each injection its input in the call that uses it, so racing clicks keep their own', async () => {
    const background = createBackground(api);
    const tabId = await openTab(SEED_URL);
    const [first, second] = await Promise.all([
      background.showInPage({ type: 'popup:show-in-page', tabId, text: 'Not in this page at all.' }),
      background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'short', force: false, asked: true }),
    ]);
    expect(first).toEqual({ outcome: 'gone' });
    expect(second.status).toBe('ready');
    // Loading a file carries no input; every input rides in the call that runs the script.
    for (const injection of injections) {
      if (injection.files) expect(injection.args).toBeUndefined();
      else expect(injection.args?.[2]).toEqual(expect.any(Object));
    }
  });

  it('does not read a paused site that a single-page app moved to before the delayed check', async () => {
    const background = createBackground(api);
    granted.add('<all_urls>');
    await saveSettings(api, { autoSummarize: true, pausedSites: ['paused.example'] });
    const tabId = await openTab(SEED_URL);
    pageAt.set(tabId, PAUSED_URL);
    await background.onPageLoaded(tabId, SEED_URL);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('leaves a paused site unread when the side panel asks on its own, and reads it when the reader asks', async () => {
    const background = createBackground(api);
    granted.add('<all_urls>');
    await saveSettings(api, { autoSummarize: true, pausedSites: ['paused.example'] });
    const tabId = await openTab(PAUSED_URL);
    const request = { type: 'popup:get-digest', tabId, length: 'short', force: false } as const;
    expect(await background.handleDigestRequest({ ...request, asked: false })).toEqual({ status: 'paused', site: 'paused.example' });
    expect(injections).toEqual([]);
    expect((await background.handleDigestRequest({ ...request, asked: true })).status).toBe('ready');
  });

  it('does not read a paused site the tab moved to after the side panel asked about another', async () => {
    const background = createBackground(api);
    await saveSettings(api, { pausedSites: ['paused.example'] });
    const tabId = await openTab(SEED_URL);
    pageAt.set(tabId, PAUSED_URL);
    const response = await background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'short', force: false, asked: false });
    expect(response.status).not.toBe('ready');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('keeps no digest for a tab closed while it was being digested', async () => {
    const background = createBackground(api);
    const tabId = await openTab(SEED_URL);
    closedDuringExtraction.add(tabId);
    const response = await background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'short', force: false, asked: true });
    expect(response.status).toBe('ready');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});

describe('the background and the browser’s storage and permissions', () => {
  it('still answers with the digest when the session storage is full', async () => {
    const background = createBackground(api);
    const tabId = await openTab(SEED_URL);
    fakeBrowser.storage.session.set = async () => Promise.reject(new Error('Session storage quota bytes exceeded'));
    const response = await background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'short', force: false, asked: true });
    expect(response.status).toBe('ready');
  });

  it('switches Auto-summarize off and says why when site access is taken away, and leaves it to the reader to switch on again', async () => {
    const background = createBackground(api);
    granted.add('<all_urls>');
    await saveSettings(api, { autoSummarize: true });
    granted.clear();
    await background.onPermissionsChanged();
    expect(await loadSettings(api)).toMatchObject({ autoSummarize: false, accessLost: true });
    // One site granted in the browser's settings, then all sites for one page from the popup: as
    // the note says, Auto-summarize comes back when the reader switches it on, not before.
    granted.add('https://news.example/*');
    await background.onPermissionsChanged();
    granted.add('<all_urls>');
    await background.onPermissionsChanged();
    expect(await loadSettings(api)).toMatchObject({ autoSummarize: false, accessLost: true });
    await saveSettings(api, { autoSummarize: true });
    expect(await loadSettings(api)).toMatchObject({ autoSummarize: true, accessLost: false });
  });

  it('tells an open settings page or side panel when the browser takes access away', async () => {
    const permissions = fakeBrowser.permissions as unknown as Record<'onAdded' | 'onRemoved', unknown>;
    permissions.onAdded = triggerableEvent();
    permissions.onRemoved = triggerableEvent();
    startBackground(api);
    granted.add('<all_urls>');
    await saveSettings(api, { autoSummarize: true });
    const client = createPopupClient(api, null, { writeText: async () => undefined });
    const seen: Settings[] = [];
    const stop = client.watchSettings((settings) => seen.push(settings));
    granted.clear();
    await (permissions.onRemoved as ReturnType<typeof triggerableEvent>).trigger({ permissions: [], origins: ['<all_urls>'] });
    await vi.waitFor(() => expect(seen.at(-1)).toMatchObject({ autoSummarize: false, accessLost: true }));
    stop();
    const heard = seen.length;
    await saveSettings(api, { length: 'long' });
    expect(seen).toHaveLength(heard);
  });

  it('auto-summarizes on a site granted on its own (Chrome’s "on specific sites")', async () => {
    const background = createBackground(api);
    granted.add('https://news.example/*');
    await saveSettings(api, { autoSummarize: true });
    const tabId = await openTab(SEED_URL);
    await background.onPageLoaded(tabId, SEED_URL);
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual([digestCacheKey(tabId)]);
    const other = await openTab('https://elsewhere.example/c');
    await background.onPageLoaded(other, 'https://elsewhere.example/c');
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual([digestCacheKey(tabId)]);
  });
});
