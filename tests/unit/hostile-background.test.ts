import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import type { Browser } from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractInPage } from '../../lib/page/in-page';
import { highlightInPage } from '../../lib/page/highlight';
import type { ExtensionApi, PageScript } from '../../lib/extension/api';
import { createBackground, startBackground } from '../../lib/extension/background';
import { createPopupClient } from '../../lib/extension/popup-client';
import { PausedSitesFull, type Settings } from '../../lib/extension/settings';
import { digestCacheKey, loadSettings, MAX_CACHED_DIGEST_CHARS, saveSettings, setSitePaused, writeCachedDigest } from '../../lib/extension/storage';
import { SEED_HTML } from '../corpus';

const api = fakeBrowser as unknown as ExtensionApi;
const SEED = readFileSync(SEED_HTML, 'utf8');
const OPEN_URL = 'https://news.example/a';
const PAUSED_URL = 'https://paused.example/b';

/** Where each tab's page really is (a single-page app moves it without the background knowing). */
const pageAt = new Map<number, string>();
const closedDuringExtraction = new Set<number>();
const injections: { files?: string[]; func?: unknown; args?: unknown[] }[] = [];
const granted = new Set<string>();
const getTab = fakeBrowser.tabs.get;
const setSession = fakeBrowser.storage.session.set;

function installBrowser(): void {
  const scripting = fakeBrowser.scripting as unknown as Browser['scripting'];
  scripting.executeScript = (async (injection: { target: { tabId: number }; files?: string[]; args?: [string, PageScript, unknown] }) => {
    injections.push(injection);
    const { tabId } = injection.target;
    if (injection.files) return [{ frameId: 0, result: undefined }];
    // Chromium drops null-valued properties from injection arguments: so does this stand-in.
    const [, script, input] = JSON.parse(JSON.stringify(injection.args, (_, value) => (value === null ? undefined : value))) as [string, PageScript, unknown];
    const url = pageAt.get(tabId) ?? (await fakeBrowser.tabs.get(tabId)).url!;
    const dom = new JSDOM(SEED, { url });
    const result = script === 'extract' ? await extractInPage(dom.window.document, input) : highlightInPage(dom.window.document, input);
    if (closedDuringExtraction.has(tabId)) {
      const get = fakeBrowser.tabs.get.bind(fakeBrowser.tabs);
      fakeBrowser.tabs.get = (async (id: number) => (id === tabId ? Promise.reject(new Error(`No tab with id: ${id}`)) : get(id))) as typeof get;
    }
    return [{ frameId: 0, result }];
  }) as unknown as Browser['scripting']['executeScript'];
  scripting.insertCSS = async () => undefined;
  scripting.removeCSS = async () => undefined;
  const permissions = fakeBrowser.permissions as unknown as Browser['permissions'];
  permissions.contains = async (p) => (p.origins ?? []).every((o) => granted.has(o) || granted.has('<all_urls>'));
  permissions.getAll = async () => ({ permissions: [], origins: [...granted] });
}

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

async function openTab(url: string): Promise<number> {
  return (await fakeBrowser.tabs.create({ url })).id!;
}

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.tabs.get = getTab;
  fakeBrowser.storage.session.set = setSession;
  pageAt.clear();
  closedDuringExtraction.clear();
  injections.length = 0;
  granted.clear();
  installBrowser();
});

describe('races between the background and the page', () => {
  it('hands each injection its input in the call that uses it, so racing clicks keep their own', async () => {
    const background = createBackground(api);
    const tabId = await openTab(OPEN_URL);
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
    const tabId = await openTab(OPEN_URL);
    pageAt.set(tabId, PAUSED_URL);
    await background.onPageLoaded(tabId, OPEN_URL);
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
    const tabId = await openTab(OPEN_URL);
    pageAt.set(tabId, PAUSED_URL);
    const response = await background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'short', force: false, asked: false });
    expect(response.status).not.toBe('ready');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('keeps no digest for a tab closed while it was being digested', async () => {
    const background = createBackground(api);
    const tabId = await openTab(OPEN_URL);
    closedDuringExtraction.add(tabId);
    const response = await background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'short', force: false, asked: true });
    expect(response.status).toBe('ready');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});

describe('storage a page cannot fill', () => {
  it('still answers with the digest when the session storage is full', async () => {
    const background = createBackground(api);
    const tabId = await openTab(OPEN_URL);
    fakeBrowser.storage.session.set = async () => Promise.reject(new Error('Session storage quota bytes exceeded'));
    const response = await background.handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'short', force: false, asked: true });
    expect(response.status).toBe('ready');
  });

  it('does not keep a digest over the size cap', async () => {
    const tabId = await openTab(OPEN_URL);
    const response = await createBackground(api).handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'long', force: false, asked: true });
    if (response.status !== 'ready') throw new Error(response.status);
    const huge = { ...response.digest, title: 'x'.repeat(MAX_CACHED_DIGEST_CHARS) };
    expect(await writeCachedDigest(api, 9, { url: OPEN_URL, digest: huge })).toBe(false);
    expect(await fakeBrowser.storage.session.get(digestCacheKey(9))).toEqual({});
  });
});

describe('settings that agree with the browser', () => {
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
    const tabId = await openTab(OPEN_URL);
    await background.onPageLoaded(tabId, OPEN_URL);
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual([digestCacheKey(tabId)]);
    const other = await openTab('https://elsewhere.example/c');
    await background.onPageLoaded(other, 'https://elsewhere.example/c');
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual([digestCacheKey(tabId)]);
  });

  it('says when the paused list is full instead of dropping the 501st site later', async () => {
    await saveSettings(api, { pausedSites: Array.from({ length: 500 }, (_, i) => `site${i}.example`) });
    await expect(setSitePaused(api, 'one-more.example', true)).rejects.toBeInstanceOf(PausedSitesFull);
    expect((await loadSettings(api)).pausedSites).toHaveLength(500);
  });

  it.each(['[::1]:8080', 'xn--mnchen-3ya.example', '127.0.0.1:3000', 'my_host.example'])('pauses %s and keeps it', async (host) => {
    await setSitePaused(api, host, true);
    expect((await loadSettings(api)).pausedSites).toEqual([host]);
  });
});
