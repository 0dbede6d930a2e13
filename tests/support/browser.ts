import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { digestCacheKey } from '../../lib/extension/storage';
import { callPageTool, PAGE_TOOLS_KEY } from '../../lib/extension/api';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/e2e/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * A proxy on 127.0.0.1 that answers every request with 403 and remembers it. Chromium sends all
 * traffic except loopback through it, so anything the extension tried to send anywhere shows up.
 */
export async function recordingProxy(): Promise<{ address: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    response.writeHead(403).end();
  });
  server.on('connect', (request, socket) => {
    requests.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no proxy address');
  return {
    address: `http://127.0.0.1:${address.port}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** A page's body, or a function that answers the request itself (a page that loads slowly). */
export type PageSource = string | ((response: ServerResponse) => void);

/** Fixed pages served on 127.0.0.1 only. */
export interface ServedPages {
  origin: string;
  close: () => Promise<void>;
}

/** Serves fixed pages on 127.0.0.1 only. */
export async function servePages(pages: Record<string, PageSource>): Promise<ServedPages> {
  const server: Server = createServer((request, response) => {
    const page = pages[request.url ?? ''];
    if (typeof page === 'function') return page(response);
    response.writeHead(page === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no server address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Where a second client can connect over CDP: the only kind that sees the real popup. */
  cdpEndpoint: string;
  close(): Promise<void>;
}

/**
 * Launches Debian's Chromium headless with the built extension, as toolchain.md describes, in
 * `language` (English unless a test asks for another, whatever the machine's locale). On Linux
 * the LANGUAGE variable outranks --lang, so both are set.
 */
export async function launchWithExtension(extraArgs: readonly string[] = [], language = 'en-US'): Promise<ExtensionSession> {
  const profile = mkdtempSync(join(tmpdir(), 'gist-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    env: { ...process.env, LANGUAGE: language.replace('-', '_') },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--remote-debugging-port=0',
      `--lang=${language}`,
      ...extraArgs,
    ],
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  return {
    context,
    worker,
    extensionId,
    cdpEndpoint: `http://127.0.0.1:${port}`,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What the background keeps for a tab in session storage (its digest and the page's URL), or null. */
export async function cachedDigest(session: ExtensionSession, tabId: number): Promise<{ url?: string } | null> {
  return session.worker.evaluate(async (key) => ((await chrome.storage.session.get(key))[key] as { url?: string } | undefined) ?? null, digestCacheKey(tabId));
}

/** The tab id Chromium gave the page at `url`. */
export async function tabIdOf(session: ExtensionSession, url: string): Promise<number> {
  return session.worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === target);
    if (tab?.id === undefined) throw new Error(`no tab for ${target}`);
    return tab.id;
  }, url);
}

/** The real popup, and the CDP client that holds it (close it to let go of the popup). */
export interface OpenPopup {
  popup: Page;
  client: Browser;
  close(): Promise<void>;
}

/**
 * Opens the real toolbar popup for the page in front, with chrome.action.openPopup() from the
 * service worker. A CDP client attaches only to targets that exist when it connects, so a fresh
 * one connects once the popup is there.
 */
export async function openPopup(session: ExtensionSession, page: Page): Promise<OpenPopup> {
  await page.bringToFront();
  await session.worker.evaluate(() => chrome.action.openPopup());
  const popupUrl = `chrome-extension://${session.extensionId}/popup.html`;
  for (let attempt = 0; attempt < 50; attempt++) {
    const client = await chromium.connectOverCDP(session.cdpEndpoint);
    const popup = client
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => p.url().startsWith(popupUrl));
    if (popup) {
      return {
        popup,
        client,
        async close() {
          await popup.close().catch(() => undefined);
          await client.close().catch(() => undefined);
        },
      };
    }
    await client.close();
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('the popup did not open');
}

/** Opens the popup on `page` and returns what it settles on: key points or its plain message. */
export async function popupOutcome(session: ExtensionSession, page: Page): Promise<{ points: number; status: string }> {
  const opened = await openPopup(session, page);
  const { popup } = opened;
  await popup.locator('[data-testid="key-point"], [data-testid="notice"]').first().waitFor({ timeout: 15_000 });
  const outcome = { points: await popup.getByTestId('key-point').count(), status: (await popup.getByTestId('status').textContent()) ?? '' };
  await opened.close();
  return outcome;
}

/**
 * Runs Gist's extraction in a tab as the background does (lib/extension/background.ts, runScript):
 * load the page script, then call it with its input. Returns the result's kind.
 */
export async function extractInTab(session: ExtensionSession, tabId: number, input: { force: boolean; whenIdle: boolean }): Promise<string> {
  return session.worker.evaluate(`(async () => {
    const target = { tabId: ${tabId} };
    await chrome.scripting.executeScript({ target, files: ['/extract.js'], injectImmediately: true });
    const [injection] = await chrome.scripting.executeScript({ target, func: ${callPageTool.toString()},
      args: [${JSON.stringify(PAGE_TOOLS_KEY)}, 'extract', ${JSON.stringify(input)}], injectImmediately: true });
    return injection.result.kind;
  })()`);
}

/**
 * How many documents the page's renderer holds. Chromium frees a document only after several
 * garbage collections (V8's heap and Blink's), so the count is taken after three.
 */
export async function documentCount(cdp: CDPSession): Promise<number> {
  for (let pass = 0; pass < 3; pass++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await new Promise((done) => setTimeout(done, 200));
  }
  return (await cdp.send('Memory.getDOMCounters')).documents;
}
