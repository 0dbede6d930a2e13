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

/** How many quotations of each speaker a shortened digest keeps, tried from the most. */
const QUOTES_KEPT_PER_SPEAKER = [50, 20, 10, 5, 2, 1];
/** Past one quotation each, how many speakers (and people mentioned) it keeps. */
const SPEAKERS_KEPT = [100, 20];

const quotationCount = (digest: Pick<Digest, 'speakers' | 'unattributedQuotes'>) =>
  digest.speakers.reduce((sum, speaker) => sum + speaker.quotes.length, digest.unattributedQuotes.length);

/** The digest with the first `perSpeaker` quotations of each speaker and the first `speakers` speakers. */
function shortened(digest: Digest, perSpeaker: number, speakers = Infinity): Digest {
  const cut = {
    speakers: digest.speakers.slice(0, speakers).map((speaker) => ({ ...speaker, quotes: speaker.quotes.slice(0, perSpeaker) })),
    unattributedQuotes: digest.unattributedQuotes.slice(0, perSpeaker),
    mentioned: digest.mentioned.slice(0, speakers),
  };
  const quotations = quotationCount(digest);
  const kept = quotationCount(cut);
  const note = `Shortened to be kept in the browser: ${kept} of ${quotations} quotations, the first ${perSpeaker} of each speaker.`;
  return { ...digest, ...cut, notes: [...digest.notes, note], shortened: { quotations, kept, quotesPerSpeaker: perSpeaker } };
}

/**
 * The digest as the tab keeps it (and shows it): itself when it fits MAX_CACHED_DIGEST_CHARS, else
 * shortened to the first quotations of each speaker, as many as fit, and saying so. A page of
 * thousands of quotations would otherwise be shown, not kept, and read again at every opening.
 * Null when even one quotation of each of 20 speakers does not fit: then it is only shown.
 */
export function digestToKeep(digest: Digest, url: string | null): Digest | null {
  const fits = (candidate: Digest) => JSON.stringify({ url, digest: candidate } satisfies CachedDigest).length <= MAX_CACHED_DIGEST_CHARS;
  if (fits(digest)) return digest;
  for (const perSpeaker of QUOTES_KEPT_PER_SPEAKER) {
    const candidate = shortened(digest, perSpeaker);
    if (fits(candidate)) return candidate;
  }
  for (const speakers of SPEAKERS_KEPT) {
    const candidate = shortened(digest, 1, speakers);
    if (fits(candidate)) return candidate;
  }
  return null;
}

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
