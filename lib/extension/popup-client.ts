import { isDigestResponse, MAX_SHOWN_TEXT, type DigestRequest, type DigestResponse, type ShowInPageRequest } from './protocol';
import type { Settings } from './settings';
import { ALL_SITES, type ExtensionApi } from './api';
import { loadSettings, saveSettings, setSitePaused } from './storage';
import type { DigestLength } from '../contracts';

/** What the popup can ask of the extension; the popup component depends on this, not on APIs. */
export interface PopupClient {
  loadSettings(): Promise<Settings>;
  requestDigest(length: DigestLength, force: boolean): Promise<DigestResponse>;
  setLength(length: DigestLength): Promise<Settings>;
  /** Returns the setting now in force: switching on asks for access to all sites first. */
  setAutoSummarize(on: boolean): Promise<{ settings: Settings; denied: boolean }>;
  copy(text: string): Promise<void>;
  /** Scrolls the page to a sentence and highlights it; false when the page no longer has it. */
  showInPage(text: string): Promise<boolean>;
  /** Pauses or resumes Auto-summarize on one site. */
  setSitePaused(site: string, paused: boolean): Promise<Settings>;
  openSiteSettings(): Promise<void>;
}

/**
 * The tab the popup is about: the active tab, or the one named by `?tabId=` when the popup page
 * is opened in a tab of its own (as the end-to-end tests do).
 */
export async function targetTabId(api: Pick<ExtensionApi, 'tabs'>, search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function createPopupClient(
  api: ExtensionApi,
  tabId: number | null,
  clipboard: Pick<Clipboard, 'writeText'>,
): PopupClient {
  return {
    loadSettings: () => loadSettings(api),
    async requestDigest(length, force) {
      if (tabId === null) return { status: 'unavailable' };
      const request: DigestRequest = { type: 'popup:get-digest', tabId, length, force };
      const response: unknown = await api.runtime.sendMessage(request);
      return isDigestResponse(response) ? response : { status: 'error', message: 'The extension sent an unreadable answer.' };
    },
    setLength: (length) => saveSettings(api, { length }),
    async setAutoSummarize(on) {
      if (on) {
        // permissions.request must run first in the click handler, before any other await.
        const granted = await api.permissions.request(ALL_SITES);
        if (!granted) return { settings: await loadSettings(api), denied: true };
        return { settings: await saveSettings(api, { autoSummarize: true }), denied: false };
      }
      const settings = await saveSettings(api, { autoSummarize: false });
      await api.permissions.remove(ALL_SITES).catch(() => false);
      return { settings, denied: false };
    },
    copy: (text) => clipboard.writeText(text),
    setSitePaused: (site, paused) => setSitePaused(api, site, paused),
    openSiteSettings: () => api.runtime.openOptionsPage(),
    async showInPage(text) {
      if (tabId === null) return false;
      const request: ShowInPageRequest = { type: 'popup:show-in-page', tabId, text: text.slice(0, MAX_SHOWN_TEXT) };
      const response: unknown = await api.runtime.sendMessage(request);
      return typeof response === 'object' && response !== null && (response as { found?: unknown }).found === true;
    },
  };
}
