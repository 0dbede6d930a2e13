import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { servePages, type PageSource, type ServedPages } from './browser';

/**
 * The shipped Firefox build (`npm run build`; `npm run test:e2e` rebuilds it). Unlike Chromium,
 * Firefox needs no test variant with host access granted up front: a pref lets a real click grant
 * the optional permission.
 */
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
// A fixed moz-extension:// host, so the tests can open the extension's own pages.
const EXTENSION_UUID = '5f0e9a52-6c1b-4c3e-9d27-3a8b6f1e0c44';

/** The WebExtension API as the extension's own pages see it. */
export type ExtensionGlobal = typeof globalThis & { browser: import('webextension-polyfill').Browser };

/** What a test does to an element of the popup, found by its data-testid. */
export type PopupAction = { do: 'texts' } | { do: 'click'; index: number } | { do: 'checked' };

/** Only what the tests use of the BiDi connection puppeteer holds (not in its public types). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
  on(event: 'log.entryAdded', listener: (entry: { level: string; text: string | null }) => void): void;
}

export interface FirefoxSession {
  browser: Browser;
  addonId: string;
  /** An extension page kept open in a background tab: it reads the popup and the extension's state. */
  extensionTab: Page;
  /** Opens the real toolbar popup for `page`, as the user's click or shortcut does (activeTab granted). */
  openPopup(page: Page): Promise<void>;
  /**
   * Acts on the elements of the open popup with this data-testid, through the extension tab
   * (`extension.getViews`): their texts, whether the first is checked, a click (index -1 is the
   * last). These clicks are scripted: they carry no user activation.
   */
  inPopup(testId: string, action: PopupAction): Promise<string[]>;
  /** Opens one of the extension's pages (`popup.html?tabId=N`, say) in a tab of its own. */
  openExtensionPage(path: string): Promise<Page>;
  /** The id Firefox gave `page`'s tab (brought to the front: without host access, its URL is hidden). */
  tabIdOf(page: Page): Promise<number>;
  /** Errors logged to any console (pages, popup, background) since launch. */
  consoleErrors: string[];
  /** Runs `script` with system privileges in the browser window (the clipboard, for one). */
  evaluateInBrowserWindow(script: string): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * Launches Debian's Firefox ESR headless over WebDriver BiDi and installs the shipped extension as
 * a temporary add-on, as toolchain.md describes. Optional permissions are granted without a
 * prompt (a headless browser cannot show one), so a real click (BiDi input) on Auto-summarize gets
 * `<all_urls>` the way a user's "Allow" would.
 */
export async function launchFirefoxWithExtension(extraPrefs: Record<string, unknown> = {}): Promise<FirefoxSession> {
  if (!existsSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run npm run build first.`);
  }
  const manifest = JSON.parse(readFileSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const addonId = manifest.browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    // Lets BiDi reach the browser window and open moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
      'extensions.webextOptionalPermissionPrompts': false,
      // A scripted click carries no user activation, which the clipboard API asks for; this testing
      // pref lets Copy write as after a real click (the test reads the clipboard back).
      'dom.events.testing.asyncClipboard': true,
      // English whatever the machine's locale, unless a test asks for another.
      'intl.locale.requested': 'en-US',
      ...extraPrefs,
    },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
    const connection = (browser as unknown as { connection: BidiConnection }).connection;
    const consoleErrors: string[] = [];
    await connection.send('session.subscribe', { events: ['log.entryAdded'] });
    connection.on('log.entryAdded', (entry) => {
      if (entry.level === 'error') consoleErrors.push(entry.text ?? '');
    });
    const extensionTab = await openExtensionPage(browser, 'options.html');
    const evaluateInBrowserWindow = async (script: string) => {
      const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
        contexts: { context: string; url: string }[];
      };
      const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
      if (!window) throw new Error('no browser window');
      const { result } = (await connection.send('script.evaluate', { expression: script, target: { context: window.context }, awaitPromise: true })) as {
        result: { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
      };
      if (result.type !== 'success') throw new Error(`browser window script failed: ${result.exceptionDetails?.text}`);
      return result.result?.value;
    };
    // Firefox names the add-on's shortcut keyset after its id, lower-cased, other characters as _.
    const keysetId = `ext-keyset-id-${addonId.toLowerCase().replace(/[^a-z0-9_-]/gu, '_')}`;
    return {
      browser,
      addonId,
      extensionTab,
      consoleErrors,
      evaluateInBrowserWindow,
      async openPopup(page: Page) {
        // The shortcut toggles the popup, and one left open belongs to another tab: close it first.
        const openPopups = () => extensionTab.evaluate(() => (globalThis as ExtensionGlobal).browser.extension.getViews({ type: 'popup' }).length);
        await extensionTab.evaluate(() => (globalThis as ExtensionGlobal).browser.extension.getViews({ type: 'popup' }).forEach((view) => view.close()));
        await waitFor(async () => (await openPopups()) === 0, 'the last popup did not close');
        await page.bringToFront();
        // The add-on's own _execute_browser_action key: what pressing the shortcut does.
        const fired = await evaluateInBrowserWindow(`(() => {
          const key = document.getElementById(${JSON.stringify(keysetId)})?.querySelector('key');
          key?.dispatchEvent(new Event('command', { bubbles: true }));
          return Boolean(key);
        })()`);
        if (fired !== true) throw new Error(`no shortcut key ${keysetId} in the browser window`);
        await waitFor(async () => (await openPopups()) === 1, 'the popup did not open');
      },
      inPopup: (testId, action) => extensionTab.evaluate(actInPopup, testId, action),
      openExtensionPage: (path) => openExtensionPage(browser, path),
      async tabIdOf(page: Page) {
        await page.bringToFront();
        const [tab] = await extensionTab.evaluate(() => (globalThis as ExtensionGlobal).browser.tabs.query({ active: true, currentWindow: true }));
        if (tab?.id === undefined) throw new Error('no active tab');
        return tab.id;
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Runs inside the extension tab (serialised by puppeteer: it may use nothing from this module). */
function actInPopup(testId: string, action: PopupAction): string[] {
  const popup = (globalThis as ExtensionGlobal).browser.extension.getViews({ type: 'popup' })[0];
  if (!popup) throw new Error('no popup is open');
  const elements = [...popup.document.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
  const target = action.do === 'click' ? elements.at(action.index) : elements[0];
  if (action.do === 'texts') return elements.map((e) => e.textContent ?? '');
  if (!target) throw new Error(`no ${testId} in the popup`);
  if (action.do === 'checked') return [String((target as HTMLInputElement).checked)];
  // A click lands on what a pointer would hit at the element's centre (the button inside a quotation, say).
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  const hit = popup.document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) as HTMLElement | null;
  (hit && target.contains(hit) ? hit : target).click();
  return [];
}

/**
 * Opens one of the extension's pages in a new tab. Puppeteer never sees such a navigation
 * finish, so it is started without waiting and the tab is polled until it is there.
 */
async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `moz-extension://${EXTENSION_UUID}/${path}`;
  page.goto(url).catch(() => undefined);
  await waitFor(async () => (await page.evaluate(() => location.href).catch(() => '')) === url, `${url} did not open`);
  return page;
}

/** Polls `check` every 100 ms for up to 10 s. */
export async function waitFor(check: () => Promise<boolean>, failure: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await check()) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(failure);
}

/** Opens `path` of the test server in a new tab. */
export async function openServedPage(session: FirefoxSession, server: ServedPages, path: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(`${server.origin}${path}`);
  return page;
}

/** Serves `pages` on 127.0.0.1 and starts Firefox with the shipped build: what each Firefox e2e file needs first. */
export async function startFirefoxWithPages(
  pages: Record<string, PageSource>,
  extraPrefs: Record<string, unknown> = {},
): Promise<{ server: ServedPages; session: FirefoxSession }> {
  const server = await servePages(pages);
  return { server, session: await launchFirefoxWithExtension(extraPrefs) };
}
