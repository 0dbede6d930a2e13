import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '../../../lib/extension/background';
import { PausedSitesFull } from '../../../lib/extension/settings';
import { digestCacheKey, loadSettings, MAX_CACHED_DIGEST_CHARS, saveSettings, setSitePaused, writeCachedDigest } from '../../../lib/extension/storage';
import { api, installFakeExtension, openTab } from '../support/fake-extension';

const OPEN_URL = 'https://news.example/a';

beforeEach(installFakeExtension);

describe('storage a page cannot fill', () => {
  it('does not keep a digest over the size cap', async () => {
    const tabId = await openTab(OPEN_URL);
    const response = await createBackground(api).handleDigestRequest({ type: 'popup:get-digest', tabId, length: 'long', force: false, asked: true });
    if (response.status !== 'ready') throw new Error(response.status);
    const huge = { ...response.digest, title: 'x'.repeat(MAX_CACHED_DIGEST_CHARS) };
    expect(await writeCachedDigest(api, 9, { url: OPEN_URL, digest: huge })).toBe(false);
    expect(await fakeBrowser.storage.session.get(digestCacheKey(9))).toEqual({});
  });
  it('says when the paused list is full instead of dropping the 501st site later', async () => {
    await saveSettings(api, { pausedSites: Array.from({ length: 500 }, (_, i) => `site${i}.example`) });
    await expect(setSitePaused(api, 'one-more.example', true)).rejects.toBeInstanceOf(PausedSitesFull);
    expect((await loadSettings(api)).pausedSites).toHaveLength(500);
  });
});
