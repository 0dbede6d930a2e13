/**
 * The browser around the background, on WXT's `fakeBrowser`: script injection that runs the real
 * page scripts on a jsdom page, and a permission store. Call `installFakeExtension` before each test.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import type { Browser } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ExtensionApi, PageScript } from '../../../lib/extension/api';
import { highlightInPage } from '../../../lib/page/highlight';
import { extractInPage } from '../../../lib/page/in-page';
import { SEED_HTML } from '../../corpus';

export const api = fakeBrowser as unknown as ExtensionApi;

/** A search page; every other web address serves the seed article. */
export const SEARCH_URL = 'https://search.example/?q=tea';
const SEED = readFileSync(SEED_HTML, 'utf8');
const SEARCH_PAGE = '<html><body><form><input name="q"></form><a href="/1">Result one</a></body></html>';
const pages = new Map<string, string>([[SEARCH_URL, SEARCH_PAGE]]);

/** Serves a page of a test's own at an address (until the next `installFakeExtension`). */
export function servePage(url: string, html: string): void {
  pages.set(url, html);
}

/** Where each tab's page really is (a single-page app moves it without the background knowing). */
export const pageAt = new Map<number, string>();
/** Tabs that close while their page is being read. */
export const closedDuringExtraction = new Set<number>();
/** Tabs whose document is still arriving, and does not finish while Gist waits. */
export const stillLoading = new Set<number>();
/** Every injection, in order. */
export const injections: { files?: string[]; args?: unknown[] }[] = [];
/** Host permissions granted, and how the reader answers a request for more. */
export const granted = new Set<string>();
export const userAnswer = { grant: true };

const getTab = fakeBrowser.tabs.get;
const setSession = fakeBrowser.storage.session.set;

/**
 * Stands in for the browser's script injection: loading a page script's file does nothing, and
 * the call that follows runs the real page function on the tab's page in jsdom, or fails as
 * Chromium does on its own pages.
 */
function installPageScripting(): void {
  const scripting = fakeBrowser.scripting as unknown as Browser['scripting'];
  scripting.executeScript = (async (injection: { target: { tabId: number }; files?: string[]; args?: [string, PageScript, unknown] }) => {
    injections.push(injection);
    const { tabId } = injection.target;
    const tab = await fakeBrowser.tabs.get(tabId);
    if (!tab.url || !/^https?:/u.test(tab.url)) throw new Error(`Cannot access a chrome:// URL`);
    if (injection.files) return [{ frameId: 0, result: undefined }];
    // Chromium drops null-valued properties from injection arguments: so does this stand-in.
    const [, script, input] = JSON.parse(JSON.stringify(injection.args, (_, value) => (value === null ? undefined : value))) as [string, PageScript, unknown];
    const url = pageAt.get(tabId) ?? tab.url;
    const dom = new JSDOM(pages.get(url) ?? SEED, { url });
    if (stillLoading.has(tabId)) {
      // Past jsdom's own DOMContentLoaded, then back to loading: no event will end the wait.
      await new Promise((settle) => dom.window.addEventListener('load', settle, { once: true }));
      Object.defineProperty(dom.window.document, 'readyState', { get: () => 'loading' });
    }
    const result = script === 'extract' ? await extractInPage(dom.window.document, input) : highlightInPage(dom.window.document, input);
    if (closedDuringExtraction.has(tabId)) {
      const get = fakeBrowser.tabs.get.bind(fakeBrowser.tabs);
      fakeBrowser.tabs.get = (async (id: number) => (id === tabId ? Promise.reject(new Error(`No tab with id: ${id}`)) : get(id))) as typeof get;
    }
    return [{ frameId: 0, result }];
  }) as unknown as Browser['scripting']['executeScript'];
  scripting.insertCSS = async () => undefined;
  scripting.removeCSS = async () => undefined;
}

/** An in-memory permission store: fakeBrowser leaves `permissions` unimplemented. */
function installPermissions(): void {
  const permissions = fakeBrowser.permissions as unknown as Browser['permissions'];
  permissions.request = async (p) => {
    if (userAnswer.grant) p.origins?.forEach((o) => granted.add(o));
    return userAnswer.grant;
  };
  permissions.contains = async (p) => (p.origins ?? []).every((o) => granted.has(o) || granted.has('<all_urls>'));
  permissions.remove = async (p) => (p.origins?.forEach((o) => granted.delete(o)), true);
  permissions.getAll = async () => ({ permissions: [], origins: [...granted] });
}

export function installFakeExtension(): void {
  fakeBrowser.reset();
  fakeBrowser.tabs.get = getTab;
  fakeBrowser.storage.session.set = setSession;
  pages.clear();
  pages.set(SEARCH_URL, SEARCH_PAGE);
  pageAt.clear();
  closedDuringExtraction.clear();
  stillLoading.clear();
  injections.length = 0;
  granted.clear();
  userAnswer.grant = true;
  installPageScripting();
  installPermissions();
}

export async function openTab(url: string): Promise<number> {
  return (await fakeBrowser.tabs.create({ url })).id!;
}
