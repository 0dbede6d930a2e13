import { isDigestLength, type DigestLength } from '../contracts';

export interface Settings {
  autoSummarize: boolean;
  length: DigestLength;
  /** Sites (host names) where Auto-summarize stays off although it is on elsewhere. */
  pausedSites: string[];
  /**
   * The reader took Gist's site access away in the browser while Auto-summarize was on: it was
   * switched off, and the popup says why (message `autoAccessLost`).
   */
  accessLost: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = { autoSummarize: false, length: 'short', pausedSites: [], accessLost: false };

/** Keeps stored settings small whatever is written into them. */
export const MAX_PAUSED_SITES = 500;
/** A host as `URL.host` gives it: names (IDN in punycode), IPv4, bracketed IPv6, with a port. */
const HOST_NAME = /^(?:[a-z0-9._-]{1,253}|\[[0-9a-f:.]{2,45}\])(?::\d{1,5})?$/u;

/** The 501st paused site: the list is full, and the reader is told rather than the site dropped. */
export class PausedSitesFull extends Error {
  constructor() {
    super(`At most ${MAX_PAUSED_SITES} sites can be paused.`);
  }
}

function parsePausedSites(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const hosts = raw.filter((host): host is string => typeof host === 'string' && HOST_NAME.test(host));
  return [...new Set(hosts)].slice(0, MAX_PAUSED_SITES);
}

/** Reads stored settings; a value of the wrong shape falls back to its default, field by field. */
export function parseSettings(raw: unknown): Settings {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    autoSummarize: typeof stored.autoSummarize === 'boolean' ? stored.autoSummarize : DEFAULT_SETTINGS.autoSummarize,
    length: isDigestLength(stored.length) ? stored.length : DEFAULT_SETTINGS.length,
    pausedSites: parsePausedSites(stored.pausedSites),
    accessLost: stored.accessLost === true,
  };
}

/** The site a page belongs to, as Auto-summarize's per-site switch names it; null for other schemes. */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return /^https?:$/u.test(parsed.protocol) ? parsed.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * The reader paused Gist on this page's site: it is read only when they ask (the toolbar button,
 * "Summarize anyway"), never by Auto-summarize or by the side panel following the tab in front.
 */
export function isPaused(settings: Settings, url: string | null | undefined): boolean {
  const site = siteOf(url);
  return site !== null && settings.pausedSites.includes(site);
}

/** Auto-summarize digests this page only when it is on and the page's site is not paused. */
export function autoSummarizes(settings: Settings, url: string | null | undefined): boolean {
  return settings.autoSummarize && siteOf(url) !== null && !isPaused(settings, url);
}
