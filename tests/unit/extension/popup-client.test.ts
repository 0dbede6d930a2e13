import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ExtensionApi } from '../../../lib/extension/api';
import { createPopupClient, followActiveTab } from '../../../lib/extension/popup-client';
import { writeCachedDigest } from '../../../lib/extension/storage';
import { buildDigest } from '../../../lib/text/digest';
import { articleFromText } from '../../../lib/text/article-text';
import { api, granted, installFakeExtension, userAnswer } from '../support/fake-extension';

beforeEach(installFakeExtension);

describe('the popup client', () => {
  it('switches Auto-summarize on only when host access is granted, and gives it back when off', async () => {
    const clipboard = { writeText: async () => undefined };
    const client = createPopupClient(api, 1, clipboard);
    userAnswer.grant = false;
    expect(await client.setAutoSummarize(true)).toEqual({
      settings: { autoSummarize: false, length: 'short', pausedSites: [], accessLost: false },
      denied: true,
    });
    expect(granted.size).toBe(0);

    userAnswer.grant = true;
    expect(await client.setAutoSummarize(true)).toEqual({
      settings: { autoSummarize: true, length: 'short', pausedSites: [], accessLost: false },
      denied: false,
    });
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

describe('the side panel follows the tab in front', () => {
  it('shows the tab it was opened for, then each tab the reader switches to, and reloads on a new page', async () => {
    const seed = await fakeBrowser.tabs.create({ url: 'https://news.example/seed' });
    const other = await fakeBrowser.tabs.create({ url: 'https://news.example/other' });
    const shown: (number | null)[] = [];
    const reloaded: number[] = [];
    const stop = await followActiveTab(
      fakeBrowser as unknown as ExtensionApi,
      `?tabId=${seed.id}`,
      (tabId) => shown.push(tabId),
      (tabId) => reloaded.push(tabId),
    );
    expect(shown).toEqual([seed.id]);

    await fakeBrowser.tabs.onActivated.trigger({ tabId: other.id!, windowId: other.windowId! });
    expect(shown).toEqual([seed.id, other.id]);
    // Another window's tabs are not this panel's business.
    await fakeBrowser.tabs.onActivated.trigger({ tabId: seed.id!, windowId: other.windowId! + 1 });
    expect(shown).toEqual([seed.id, other.id]);

    await fakeBrowser.tabs.onUpdated.trigger(other.id!, { status: 'complete' }, other);
    await fakeBrowser.tabs.onUpdated.trigger(seed.id!, { status: 'complete' }, seed);
    expect(reloaded).toEqual([other.id]);

    stop();
    await fakeBrowser.tabs.onActivated.trigger({ tabId: seed.id!, windowId: seed.windowId! });
    expect(shown).toEqual([seed.id, other.id]);
  });

  it('hears when a digest of its tab is stored, and of no other tab', async () => {
    const client = createPopupClient(api, 7, { writeText: async () => undefined });
    let heard = 0;
    const stop = client.watchDigest(() => heard++);
    const digest = buildDigest(articleFromText('The council voted on Tuesday to approve a new budget for the coming year.', { title: 'Budget' }));
    await writeCachedDigest(api, 8, { url: 'https://news.example/other', digest });
    expect(heard).toBe(0);
    await writeCachedDigest(api, 7, { url: 'https://news.example/budget', digest });
    expect(heard).toBe(1);
    stop();
    await writeCachedDigest(api, 7, { url: 'https://news.example/budget#again', digest });
    expect(heard).toBe(1);
  });
});
