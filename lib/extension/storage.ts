/**
 * Everything Gist keeps in the browser's storage, and under which key: the one place the keys
 * are spelled. Settings live in `storage.local`; each tab's digest in `storage.session`, which
 * the browser clears when it quits.
 *
 * WXT's `storage.defineItem` binds to the global `browser`; these functions take the API as a
 * parameter instead, like the rest of lib/extension, so the same code runs on `fakeBrowser`
 * in unit tests and on the real browser.
 */
import { DEFAULT_SETTINGS, MAX_PAUSED_SITES, parseSettings, PausedSitesFull, type Settings } from './settings';
import type { ExtensionApi } from './api';
import type { Digest } from '../contracts';

type StorageApi = Pick<ExtensionApi, 'storage'>;

export const SETTINGS_KEY = 'settings';

/** The session-storage key of a tab's cached digest. */
export const digestCacheKey = (tabId: number): string => `digest:${tabId}`;

/** A tab's digest and the address of the page it was made from. */
export interface CachedDigest {
  url: string | null;
  digest: Digest;
}

export async function loadSettings(api: StorageApi): Promise<Settings> {
  const stored = await api.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY] ?? DEFAULT_SETTINGS);
}

/** Saves a change and returns the settings as they will read back, never what was merely asked for. */
export async function saveSettings(api: StorageApi, change: Partial<Settings>): Promise<Settings> {
  // Switching Auto-summarize on again is the answer to lost access.
  const next = parseSettings({ ...(await loadSettings(api)), ...change, ...(change.autoSummarize ? { accessLost: false } : {}) });
  await api.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Pauses or resumes a site; throws PausedSitesFull when one more would not be kept. */
export async function setSitePaused(api: StorageApi, site: string, paused: boolean): Promise<Settings> {
  const { pausedSites } = await loadSettings(api);
  const others = pausedSites.filter((host) => host !== site);
  if (paused && others.length >= MAX_PAUSED_SITES) throw new PausedSitesFull();
  return saveSettings(api, { pausedSites: paused ? [...others, site] : others });
}

/** The tab's cached digest, if there is one of the right shape. */
export async function readCachedDigest(api: StorageApi, tabId: number): Promise<CachedDigest | null> {
  const key = digestCacheKey(tabId);
  const stored = (await api.storage.session.get(key))[key] as CachedDigest | undefined;
  return stored && typeof stored === 'object' && stored.digest ? stored : null;
}

/**
 * The largest digest kept, as JSON characters: session storage holds about 10 MB for every tab
 * together, and one page must not fill it for the others. A larger digest is shown, not kept.
 */
export const MAX_CACHED_DIGEST_CHARS = 512_000;

/** Keeps a tab's digest; true when it was kept. Never throws: a full storage only costs the cache. */
export async function writeCachedDigest(api: StorageApi, tabId: number, entry: CachedDigest): Promise<boolean> {
  if (JSON.stringify(entry).length > MAX_CACHED_DIGEST_CHARS) return false;
  try {
    await api.storage.session.set({ [digestCacheKey(tabId)]: entry });
    return true;
  } catch (error) {
    console.warn('Gist: digest not cached:', error);
    return false;
  }
}

export async function dropCachedDigest(api: StorageApi, tabId: number): Promise<void> {
  await api.storage.session.remove(digestCacheKey(tabId));
}
