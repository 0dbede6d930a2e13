import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground, isClosedToExtensions, isFromExtensionPage, unavailableReason } from '../../../lib/extension/background';
import { digestCacheKey, loadSettings, saveSettings } from '../../../lib/extension/storage';
import { api, closedDuringExtraction, granted, injections, installFakeExtension, openTab, pageAt, SEARCH_URL } from '../support/fake-extension';

const SEED_URL = 'https://news.example/blinken-wang';
const PAUSED_URL = 'https://paused.example/b';

beforeEach(installFakeExtension);

describe('the background', () => {
  it('digests the seed tab, then answers from the session cache', async () => {
    const background = createBackground(api);
    const tabId = await openTab(SEED_URL);
    const first = await background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'short', force: false });
    expect(first.status).toBe('ready');
    if (first.status !== 'ready') return;
    expect(first.fromCache).toBe(false);
    expect(first.digest.keyPoints).toHaveLength(3);
    expect(first.digest.speakers.map((s) => s.name)).toEqual(['Antony Blinken', 'Wang Yi']);
    expect(first.text).toContain('Who said what');
    expect(first.markdown).toContain('## [U.S.-China ties');

    const again = await background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'long', force: false });
    expect(again).toMatchObject({ status: 'ready', fromCache: true });
    if (again.status === 'ready') expect(again.digest.keyPoints.length).toBeGreaterThan(3);
  });

  it('says a page is not an article, and summarizes it anyway when asked', async () => {
    const background = createBackground(api);
    const tabId = await openTab(SEARCH_URL);
    expect(await background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'short', force: false })).toEqual({
      status: 'not-article',
      reason: 'not-readerable',
    });
    const forced = await background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'short', force: true });
    expect(forced.status === 'ready' || (forced.status === 'not-article' && forced.reason === 'no-content')).toBe(true);
  });

  it('reports a browser page as unavailable instead of failing', async () => {
    const background = createBackground(api);
    const tabId = await openTab('chrome://settings/');
    expect(await background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'short', force: false })).toEqual({
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
    const cached = await background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'short', force: false });
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
    await background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'short', force: false });
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual([digestCacheKey(tabId)]);
    await background.forgetTab(tabId);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it.each([
    ['a web page Gist has no access to yet, in Firefox', 'https://news.example/a', 'Missing host permission for the tab', 'permission'],
    ['a web page Gist has no access to yet, in Chromium', null, 'Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'permission'],
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
      background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'short', force: false }),
    ]);
    expect(first).toEqual({ found: false });
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

  it('keeps no digest for a tab closed while it was being digested', async () => {
    const background = createBackground(api);
    const tabId = await openTab(SEED_URL);
    closedDuringExtraction.add(tabId);
    const response = await background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'short', force: false });
    expect(response.status).toBe('ready');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});

describe('the background and the browser’s storage and permissions', () => {
  it('still answers with the digest when the session storage is full', async () => {
    const background = createBackground(api);
    const tabId = await openTab(SEED_URL);
    fakeBrowser.storage.session.set = async () => Promise.reject(new Error('Session storage quota bytes exceeded'));
    const response = await background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'short', force: false });
    expect(response.status).toBe('ready');
  });

  it('switches Auto-summarize off and says why when site access is taken away, and back on when it returns', async () => {
    const background = createBackground(api);
    granted.add('<all_urls>');
    await saveSettings(api, { autoSummarize: true });
    granted.clear();
    await background.onPermissionsChanged();
    expect(await loadSettings(api)).toMatchObject({ autoSummarize: false, accessLost: true });
    granted.add('https://news.example/*');
    await background.onPermissionsChanged();
    expect(await loadSettings(api)).toMatchObject({ autoSummarize: true, accessLost: false });
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
