import {
  isDigestResponse,
  isShowInPageResponse,
  MAX_SHOWN_TEXT,
  type DigestRequest,
  type DigestResponse,
  type ShowInPageOutcome,
  type ShowInPageRequest,
} from './protocol';
import { ALL_SITES, type ExtensionApi } from './api';
import { digestCacheKey, loadSettings, saveSettings, setSitePaused, SETTINGS_KEY } from './storage';
import { parseSettings, type Settings } from './settings';
import type { DigestLength } from '../contracts';
import { say } from '../locale';
import { browserLocale } from './i18n';

/** What the popup can ask of the extension; the popup component depends on this, not on APIs. */
export interface PopupClient {
  loadSettings(): Promise<Settings>;
  /** `asked`: the reader asked for this page (see DigestRequest); the side panel on its own does not. */
  requestDigest(length: DigestLength, force: boolean, asked: boolean): Promise<DigestResponse>;
  setLength(length: DigestLength): Promise<Settings>;
  /** Returns the setting now in force: switching on asks for access to all sites first. */
  setAutoSummarize(on: boolean): Promise<{ settings: Settings; denied: boolean }>;
  copy(text: string): Promise<void>;
  /** Scrolls the page to a sentence and highlights it: shown, gone from the page, or the page was too busy to answer. */
  showInPage(text: string): Promise<ShowInPageOutcome>;
  /** Pauses or resumes Auto-summarize on one site. */
  setSitePaused(site: string, paused: boolean): Promise<Settings>;
  openSettings(): Promise<void>;
  /** Asks for access to all sites (what a page Gist may not read yet needs); true when granted. */
  requestAccess(): Promise<boolean>;
  /**
   * Calls `onChange` with the settings whenever they change elsewhere (another page, or the
   * background when the browser takes Gist's access away) or the browser's permissions change;
   * returns the unsubscribe.
   */
  watchSettings(onChange: (settings: Settings) => void): () => void;
  /** Calls `onCached` when a digest of this tab is stored (Auto-summarize, or the popup beside the panel); returns the unsubscribe. */
  watchDigest(onCached: () => void): () => void;
  /** Opens the side panel (Chrome) or sidebar (Firefox) beside this tab; null where there is none. */
  openPanel: (() => Promise<void>) | null;
}

/** Chrome's side panel and Firefox's sidebar, which the polyfill's types do not name. */
interface PanelApis {
  sidePanel?: { open(options: { tabId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/** Opens the browser's panel from a click: no await before it, or the click no longer counts. */
function panelOpener(api: PanelApis, tabId: number | null): (() => Promise<void>) | null {
  if (api.sidePanel && tabId !== null) return () => api.sidePanel!.open({ tabId });
  if (api.sidebarAction) return () => api.sidebarAction!.open();
  return null;
}

/**
 * Calls `show` with the tab the side panel is about, now and whenever the reader switches tabs in
 * its window, and `reload` when that tab loads another page. The panel page opened in a tab of its
 * own (as the end-to-end tests do, with `?tabId=`) ignores its own tab. Returns the unsubscribe.
 */
export async function followActiveTab(
  api: Pick<ExtensionApi, 'tabs'>,
  search: string,
  show: (tabId: number | null) => void,
  reload: (tabId: number) => void,
): Promise<() => void> {
  let current = await targetTabId(api, search);
  const own = (await api.tabs.getCurrent())?.id;
  const windowId = current === null ? undefined : (await api.tabs.get(current).catch(() => undefined))?.windowId;
  show(current);
  const activated = ({ tabId, windowId: where }: { tabId: number; windowId: number }) => {
    if (tabId === own || (windowId !== undefined && where !== windowId) || tabId === current) return;
    current = tabId;
    show(tabId);
  };
  const updated = (tabId: number, change: { status?: string; url?: string }) => {
    if (tabId === current && (change.status === 'complete' || change.url)) reload(tabId);
  };
  api.tabs.onActivated.addListener(activated);
  api.tabs.onUpdated.addListener(updated);
  return () => {
    api.tabs.onActivated.removeListener(activated);
    api.tabs.onUpdated.removeListener(updated);
  };
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

export function createPopupClient(api: ExtensionApi, tabId: number | null, clipboard: Pick<Clipboard, 'writeText'>): PopupClient {
  return {
    loadSettings: () => loadSettings(api),
    async requestDigest(length, force, asked) {
      if (tabId === null) return { status: 'unavailable' };
      const request: DigestRequest = { type: 'popup:get-digest', tabId, length, force, asked };
      const response: unknown = await api.runtime.sendMessage(request);
      return isDigestResponse(response) ? response : { status: 'error', message: say(browserLocale(api.i18n), 'answerUnreadable') };
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
    openSettings: () => api.runtime.openOptionsPage(),
    requestAccess: () => api.permissions.request(ALL_SITES),
    openPanel: panelOpener(api as PanelApis, tabId),
    watchSettings(onChange) {
      const stored = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && SETTINGS_KEY in changes) onChange(parseSettings(changes[SETTINGS_KEY]!.newValue));
      };
      const permissionsChanged = () => void loadSettings(api).then(onChange);
      api.storage.onChanged.addListener(stored);
      api.permissions.onAdded.addListener(permissionsChanged);
      api.permissions.onRemoved.addListener(permissionsChanged);
      return () => {
        api.storage.onChanged.removeListener(stored);
        api.permissions.onAdded.removeListener(permissionsChanged);
        api.permissions.onRemoved.removeListener(permissionsChanged);
      };
    },
    watchDigest(onCached) {
      if (tabId === null) return () => undefined;
      const key = digestCacheKey(tabId);
      const changed = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'session' && changes[key]?.newValue !== undefined) onCached();
      };
      api.storage.onChanged.addListener(changed);
      return () => api.storage.onChanged.removeListener(changed);
    },
    async showInPage(text) {
      if (tabId === null) return 'gone';
      const request: ShowInPageRequest = { type: 'popup:show-in-page', tabId, text: text.slice(0, MAX_SHOWN_TEXT) };
      const response: unknown = await api.runtime.sendMessage(request);
      return isShowInPageResponse(response) ? response.outcome : 'gone';
    },
  };
}
