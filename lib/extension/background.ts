import type { Runtime } from 'webextension-polyfill';
import { buildDigest, digestLanguage, withLength } from '../text/digest';
import { lexiconLoader, packageFileReader, type PackageFileReader } from './lexicons';
import type { ExtractResult } from '../page/extract';
import { digestToMarkdown, digestToText } from '../text/format';
import {
  isDigestRequest,
  isRecord,
  isShowInPageRequest,
  parseExtractResult,
  type DigestRequest,
  type DigestResponse,
  type ShowInPageOutcome,
  type ShowInPageRequest,
  type ShowInPageResponse,
  type UnavailableReason,
} from './protocol';
import { callPageTool, PAGE_SCRIPTS, PAGE_TOOLS_KEY, type ExtensionApi, type PageScript } from './api';
import { autoSummarizes, isPaused, siteOf } from './settings';
import { digestToKeep, dropCachedDigest, loadSettings, readCachedDigest, saveSettings, writeCachedDigest, type CachedDigest } from './storage';
import type { ExtractInput } from '../page/in-page';
import { HIGHLIGHT_LIFETIME_MS, highlightStyle, type HighlightInput } from '../page/highlight';
import type { Digest } from '../contracts';
import { say, type MessageKey } from '../locale';
import { browserLocale } from './i18n';

const SPA_RENDER_DELAY_MS = 1000;
/** How long a page may take to answer the extractor before the reader is told. */
const PAGE_ANSWER_MS = 5_000;

/** A failure Gist itself detects: the reader is told of it in their language, by its message key. */
class ReaderError extends Error {
  constructor(readonly key: MessageKey) {
    super(key);
  }
}

class PageTimeout extends ReaderError {
  constructor() {
    super('pageTimeout');
  }
}

function withinTime<T>(work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PageTimeout()), PAGE_ANSWER_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Browser pages, the extension stores and view-source: — no extension may read them. */
export function isClosedToExtensions(url: string | null): boolean {
  if (url === null) return false;
  if (!/^(?:https?|file):/iu.test(url)) return true;
  return /^https:\/\/(?:chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org)(?:\/|$)/iu.test(url);
}

/**
 * Why a tab refused Gist's script, so the reader is told what is true: a local file (the browser's
 * file access is off), a web page Gist has no access to yet (Firefox's "Missing host permission",
 * Chromium's "Cannot access contents of the page"), or a page the browser keeps from extensions.
 */
export function unavailableReason(url: string | null, message: string): UnavailableReason {
  if (url !== null && /^file:/iu.test(url)) return 'local-file';
  const webPage = url === null || /^https?:/iu.test(url);
  return webPage && /missing host permission|cannot access contents of the page/iu.test(message) ? 'permission' : 'browser-page';
}

/** Who may ask for digests: the extension's own pages, never a content script or a web page. */
export function isFromExtensionPage(api: Pick<ExtensionApi, 'runtime'>, sender: { id?: string; url?: string }): boolean {
  return sender.id === api.runtime.id && !!sender.url && sender.url.startsWith(api.runtime.getURL('/'));
}

/**
 * The background's work: run the extractor in a tab, build the digest, keep it per tab in
 * `storage.session` (so a restarted service worker loses nothing) and answer the popup.
 */
export function createBackground(api: ExtensionApi, readPackageFile: PackageFileReader = packageFileReader((path) => api.runtime.getURL(path))) {
  const lexiconFor = lexiconLoader(readPackageFile);
  /**
   * Runs one of Gist's page scripts in a tab with an input and returns what it returned: the
   * file leaves its function in the extension's isolated world, then one call hands it its input
   * (so two injections that race cannot swap inputs). Immediately, not at document_idle: a page
   * that never becomes idle does not keep the reader waiting; the script itself waits a moment
   * for a document still arriving (lib/page/in-page.ts).
   */
  async function runScript(tabId: number, script: PageScript, input: ExtractInput | HighlightInput): Promise<unknown> {
    const target = { tabId };
    await withinTime(api.scripting.executeScript({ target, files: [PAGE_SCRIPTS[script]], injectImmediately: true }));
    const [injection] = await withinTime(
      api.scripting.executeScript({ target, func: callPageTool, args: [PAGE_TOOLS_KEY, script, input], injectImmediately: true }),
    );
    return injection?.result;
  }

  /** Extracts the tab's page; null when it is no longer at `expectedUrl` (a single-page app moved on). */
  async function extract(tabId: number, input: ExtractInput): Promise<ExtractResult | null> {
    const returned = await runScript(tabId, 'extract', input);
    if (isRecord(returned) && returned.kind === 'moved') return null;
    const result = parseExtractResult(returned);
    if (!result) throw new ReaderError('pageUnreadable');
    return result;
  }

  async function tabUrl(tabId: number): Promise<string | null> {
    try {
      return (await api.tabs.get(tabId)).url ?? null;
    } catch {
      return null;
    }
  }

  /** The tab's cached digest, if it was made for the page at `url`. */
  async function cached(tabId: number, url: string | null): Promise<CachedDigest | null> {
    const stored = await readCachedDigest(api, tabId);
    return stored && url !== null && url === stored.url ? stored : null;
  }

  /** Whether the tab is still open: a digest finished after its tab closed is not kept. */
  async function tabExists(tabId: number): Promise<boolean> {
    return api.tabs.get(tabId).then(
      () => true,
      () => false,
    );
  }

  /**
   * Extracts and digests the page at `url` in a tab; the digest is kept at the longest length
   * and cut on reading. Null when the page had moved on from `input.expectedUrl`.
   */
  async function digestTab(tabId: number, url: string | null, input: ExtractInput): Promise<Digest | ExtractResult | null> {
    const result = await extract(tabId, input);
    if (result?.kind !== 'article') return result;
    const built = buildDigest(result.article, 'long', { lexicon: await lexiconFor(digestLanguage(result.article)) });
    // Part of a page still arriving is shown, never kept: the next opening reads it whole.
    if (result.readWhileLoading) return { ...built, readWhileLoading: true };
    const address = url ?? result.article.url;
    const digest = digestToKeep(built, address) ?? built;
    if (await writeCachedDigest(api, tabId, { url: address, digest })) {
      if (!(await tabExists(tabId))) await dropCachedDigest(api, tabId);
    }
    return digest;
  }

  /** The copies are made here, in the browser's language, so the popup's bundle carries no formatter. */
  function ready(digest: Digest, request: DigestRequest, fromCache: boolean): DigestResponse {
    const shown = withLength(digest, request.length);
    const locale = browserLocale(api.i18n);
    return { status: 'ready', digest: shown, text: digestToText(shown, locale), markdown: digestToMarkdown(shown, locale), fromCache };
  }

  async function handleDigestRequest(request: DigestRequest): Promise<DigestResponse> {
    // Pages the browser keeps from extensions: say so at once (Chromium never answers an
    // injection into view-source:, so waiting would only run into the time limit).
    const url = await tabUrl(request.tabId);
    if (isClosedToExtensions(url)) return { status: 'unavailable', reason: 'browser-page' };
    const hit = request.force ? null : await cached(request.tabId, url);
    if (hit) return ready(hit.digest, request, true);
    // The side panel following the reader to a paused site reads nothing there, nor the next
    // page if the tab moves on before the script runs.
    const site = siteOf(url);
    if (!request.asked && site !== null && isPaused(await loadSettings(api), url)) return { status: 'paused', site };
    let outcome: Digest | ExtractResult | null;
    try {
      outcome = await digestTab(request.tabId, url, { force: request.force, whenIdle: false, ...(request.asked || url === null ? {} : { expectedUrl: url }) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // Browsers refuse scripts on their own pages, the web store and (by default) local files;
      // a page whose address the browser hides from Gist and that never answers is one of them.
      if (
        (error instanceof PageTimeout && url === null) ||
        /cannot access|cannot be scripted|missing host permission|extensions gallery|chrome:\/\/|about:|no tab with id/iu.test(message)
      ) {
        return { status: 'unavailable', reason: unavailableReason(url, message) };
      }
      return { status: 'error', message: error instanceof ReaderError ? say(browserLocale(api.i18n), error.key) : message };
    }
    if (outcome === null || 'kind' in outcome) {
      return outcome?.kind === 'not-article'
        ? { status: 'not-article', reason: outcome.reason }
        : { status: 'error', message: say(browserLocale(api.i18n), 'pageUnreadable') };
    }
    return ready(outcome, request, false);
  }

  /** The toolbar badge: the number of key points on a digested page, nothing elsewhere. */
  async function setBadge(tabId: number, text: string): Promise<void> {
    // Chrome (MV3) has `action`, Firefox's MV2 build `browserAction`.
    const action = api.action ?? api.browserAction;
    await action?.setBadgeText({ tabId, text }).catch((error: unknown) => console.warn('Gist: badge not set:', error));
  }

  /**
   * With Auto-summarize on and access to the page's site (all sites, or this one: Chrome's "on
   * specific sites"), digest each finished page that reads as an article. The pause is checked
   * against `url`, and the page script reads the page only if it is still there.
   */
  async function onPageLoaded(tabId: number, url: string | undefined): Promise<void> {
    const settings = await loadSettings(api);
    if (!url || !autoSummarizes(settings, url) || !(await api.permissions.contains({ origins: [`${new URL(url).origin}/*`] }))) return;
    try {
      const outcome = await digestTab(tabId, url, { force: false, whenIdle: true, expectedUrl: url });
      if (outcome === null) return;
      await setBadge(tabId, 'kind' in outcome ? '' : String(withLength(outcome, settings.length).keyPoints.length));
    } catch (error) {
      console.warn(`Gist: could not summarize ${url}:`, error);
      await setBadge(tabId, '');
    }
  }

  /** A single-page app changed its address: once it has rendered, digest the page it shows then. */
  async function onAddressChanged(tabId: number): Promise<void> {
    const tab = await api.tabs.get(tabId).catch(() => null);
    if (tab?.url && tab.status === 'complete') await onPageLoaded(tabId, tab.url);
  }

  /**
   * Scrolls the tab to a sentence and highlights it. The highlight's name is random and its style
   * goes in with `insertCSS`, so the page can neither read it from its style sheets nor predict
   * it. The style is removed whatever happens: once the highlight fades, at once when the page no
   * longer has the sentence, did not answer in time (it is busy: the script then shows nothing
   * late) or failed.
   */
  async function showInPage(request: ShowInPageRequest): Promise<ShowInPageResponse> {
    const name = `h${crypto.randomUUID().replaceAll('-', '')}`;
    const style = { target: { tabId: request.tabId }, css: highlightStyle(name) };
    // One limit for the style and both injections (a busy page holds up each of them), and the
    // page script is given it too.
    const notAfter = Date.now() + PAGE_ANSWER_MS;
    let outcome: ShowInPageOutcome = 'gone';
    try {
      const result = await withinTime(api.scripting.insertCSS(style).then(() => runScript(request.tabId, 'highlight', { text: request.text, name, notAfter })));
      outcome = result === 'shown' ? 'shown' : result === 'late' ? 'busy' : 'gone';
    } catch (error) {
      if (!(error instanceof PageTimeout)) throw error;
      outcome = 'busy';
    } finally {
      setTimeout(() => void api.scripting.removeCSS(style).catch(() => undefined), outcome === 'shown' ? HIGHLIGHT_LIFETIME_MS + 500 : 0);
    }
    return { outcome };
  }

  /**
   * Keeps the settings true to the browser's permissions: when the reader takes away all of
   * Gist's site access (in the browser's extension settings), Auto-summarize is switched off and
   * the popup and settings page say why. Access given back (one site in the browser's settings,
   * or all sites for one page from the popup) does not switch it on again: as they say, the
   * reader does.
   */
  async function onPermissionsChanged(): Promise<void> {
    const settings = await loadSettings(api);
    const { origins = [] } = await api.permissions.getAll();
    if (settings.autoSummarize && origins.length === 0) await saveSettings(api, { autoSummarize: false, accessLost: true });
  }

  async function forgetTab(tabId: number): Promise<void> {
    await dropCachedDigest(api, tabId);
  }

  return { handleDigestRequest, showInPage, onPageLoaded, onAddressChanged, onPermissionsChanged, forgetTab };
}

/** Wires the background to the browser's events. */
export function startBackground(api: ExtensionApi): void {
  const background = createBackground(api);
  // Answers only digest requests from the extension's own pages; anything else gets no reply.
  const onMessage = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isFromExtensionPage(api, sender)) return undefined;
    if (isShowInPageRequest(message)) return background.showInPage(message).catch((): ShowInPageResponse => ({ outcome: 'gone' }));
    if (!isDigestRequest(message)) return undefined;
    return background.handleDigestRequest(message).catch((error: unknown) => ({
      status: 'error' as const,
      message: error instanceof Error ? error.message : String(error),
    }));
  };
  api.runtime.onMessage.addListener(onMessage as Runtime.OnMessageListenerAsync);
  api.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    if (changeInfo.url) void background.forgetTab(tabId);
    if (changeInfo.status === 'complete') void background.onPageLoaded(tabId, tab.url);
    // A single-page app swaps its article and address without loading a page: digest the new
    // one once the app has had a moment to render it.
    else if (changeInfo.url && tab.status === 'complete') {
      setTimeout(() => void background.onAddressChanged(tabId), SPA_RENDER_DELAY_MS);
    }
  });
  api.permissions.onRemoved.addListener(() => void background.onPermissionsChanged());
  api.permissions.onAdded.addListener(() => void background.onPermissionsChanged());
  api.tabs.onRemoved.addListener((tabId) => void background.forgetTab(tabId));
}
