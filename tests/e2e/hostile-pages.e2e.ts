import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { readFixture } from '../corpus';
import { cachedDigest, launchWithExtension, openPopup, popupOutcome, servePages, tabIdOf, type ExtensionSession, type ServedPages } from '../support/browser';
import { SETTINGS_KEY } from '../../lib/extension/storage';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/extension/settings';

const ARTICLE = readFixture('harbor-article.html');
/** The article with markup of the page's own added at the end of its body. */
const withBody = (extra: string) => ARTICLE.replace('</body>', `${extra}</body>`);

let open: ServedPages;
let paused: ServedPages;
let session: ExtensionSession;

beforeAll(async () => {
  const pages = {
    '/article.html': ARTICLE,
    '/borrowed-name.html': ARTICLE.replaceAll('Coastal Ledger', 'Reuters'),
    '/many-quotes.html': withBody(
      Array.from(
        { length: 2600 },
        (_, i) => `<p>“The harbor plan number ${i} will protect the homes along the waterfront for years,” said Mayor Elena Marsh.</p>`,
      ).join(''),
    ),
    // Named access on window: each element below is `window.gistPageTools` in every world.
    '/named-form.html': withBody('<form name="gistPageTools"><input name="extract"><input name="highlight"></form>'),
    // A frame from another origin, whose window no script here may write to.
    '/named-frame.html': (response: ServerResponse) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(withBody(`<iframe name="gistPageTools" src="${paused.origin}/article.html"></iframe>`));
    },
  };
  // Two servers are two sites (a site is host and port): one open, one the reader paused.
  open = await servePages(pages);
  paused = await servePages(pages);
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  await open?.close();
  await paused?.close();
});

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function setSettings(settings: Partial<Settings>): Promise<void> {
  await session.worker.evaluate((stored) => chrome.storage.local.set(stored), { [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, ...settings } });
}

describe('a paused site in the side panel', () => {
  it('is not read when its tab comes to the front or changes address, only when the reader asks', async () => {
    const pausedSite = new URL(paused.origin).host;
    await setSettings({ autoSummarize: true, pausedSites: [pausedSite] });
    try {
      const first = await session.context.newPage();
      await first.goto(`${open.origin}/article.html`);
      const firstId = await tabIdOf(session, `${open.origin}/article.html`);
      const panel = await session.context.newPage();
      await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${firstId}`);
      await expect.poll(() => panel.getByTestId('title').textContent(), { timeout: 15_000 }).toContain('flood wall');

      // The paused site's tab comes to the front with the panel open.
      const pausedTab = await session.context.newPage();
      await pausedTab.goto(`${paused.origin}/article.html`);
      const pausedId = await tabIdOf(session, `${paused.origin}/article.html`);
      await first.bringToFront();
      await pausedTab.bringToFront();
      await expect.poll(() => panel.getByTestId('status').textContent(), { timeout: 15_000 }).toContain(`paused on ${pausedSite}`);
      expect(await panel.getByTestId('title').count()).toBe(0);

      // A single-page app there changes its address: still unread.
      await pausedTab.evaluate(() => history.pushState({}, '', '/stories/next'));
      await pause(2500);
      await expect.poll(() => panel.getByTestId('status').textContent()).toContain(`paused on ${pausedSite}`);
      expect(await cachedDigest(session, pausedId)).toBeNull();

      // The reader asks: now it is read.
      await panel.getByTestId('summarize-anyway').click();
      await expect.poll(() => panel.getByTestId('title').textContent(), { timeout: 15_000 }).toContain('flood wall');
      expect(await cachedDigest(session, pausedId)).not.toBeNull();
      await panel.close();
      await pausedTab.close();
      await first.close();
    } finally {
      await session.worker.evaluate((key) => chrome.storage.local.remove(key), SETTINGS_KEY);
    }
  });
});

describe('a page that names Gist’s global', () => {
  it.each(['/named-form.html', '/named-frame.html'])('%s is digested, and a key point can be shown', async (path) => {
    const page = await session.context.newPage();
    await page.goto(`${open.origin}${path}`);
    expect(await popupOutcome(session, page)).toEqual({ points: 3, status: '' });
    const opened = await openPopup(session, page);
    await opened.popup.getByTestId('key-point').first().click();
    await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size)).toBe(1);
    await opened.close();
    await page.close();
  });
});

describe('a page that borrows another site’s name', () => {
  it('is shown with the host it really comes from', async () => {
    const page = await session.context.newPage();
    await page.goto(`${open.origin}/borrowed-name.html`);
    const opened = await openPopup(session, page);
    await opened.popup.getByTestId('key-point').first().waitFor({ timeout: 15_000 });
    expect(await opened.popup.getByTestId('meta').textContent()).toMatch(/^Reuters \(127\.0\.0\.1\) · /u);
    await opened.close();
    await page.close();
  });
});

describe('a page with thousands of quotations', () => {
  it('is kept, shortened, and the reader is told so', async () => {
    const page = await session.context.newPage();
    await page.goto(`${open.origin}/many-quotes.html`);
    const opened = await openPopup(session, page);
    await opened.popup.getByTestId('key-point').first().waitFor({ timeout: 30_000 });
    // Counts are written as the interface's language writes them ("2,604").
    const note = /^This page has ([\d,]+) quotations, more than Gist can keep: it shows [\d,]+, the first \d+ of each speaker\.$/u.exec(
      (await opened.popup.getByTestId('shortened').textContent()) ?? '',
    );
    expect(Number(note?.[1]?.replace(/,/gu, ''))).toBeGreaterThan(2600);
    expect(await cachedDigest(session, await tabIdOf(session, `${open.origin}/many-quotes.html`))).not.toBeNull();
    await opened.close();
    await page.close();
  });
});

/** Counts the style sheets an extension inserted into the page (CDP reports them as "injected"). */
async function injectedStyleSheets(page: Page): Promise<{ count: () => number; cdp: CDPSession }> {
  const cdp = await session.context.newCDPSession(page);
  const injected = new Set<string>();
  cdp.on('CSS.styleSheetAdded', ({ header }) => {
    if (header.origin === 'injected') injected.add(header.styleSheetId);
  });
  cdp.on('CSS.styleSheetRemoved', ({ styleSheetId }) => injected.delete(styleSheetId));
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  return { count: () => injected.size, cdp };
}

describe('a page too busy to answer', () => {
  it('gets its highlight style taken away, shows nothing late, and the reader is told it was busy', async () => {
    const page = await session.context.newPage();
    await page.goto(`${open.origin}/article.html`);
    const sheets = await injectedStyleSheets(page);
    const opened = await openPopup(session, page);
    const { popup } = opened;
    await popup.getByTestId('key-point').first().waitFor({ timeout: 15_000 });

    // Busy for 5.5 s at a time, three times, with a moment between.
    await page.evaluate(() => {
      let rounds = 3;
      const busy = () => {
        const end = Date.now() + 5500;
        while (Date.now() < end);
        if (--rounds > 0) setTimeout(busy, 20);
      };
      setTimeout(busy, 0);
    });
    await popup.getByTestId('key-point').first().click();
    await expect.poll(() => popup.getByTestId('status').textContent(), { timeout: 30_000 }).toContain('busy');
    expect(await popup.getByTestId('status').textContent()).not.toContain('no longer on the page');

    // Once the page is free again: no style of Gist's is left, and no highlight comes late.
    await expect.poll(() => page.evaluate(() => true), { timeout: 30_000 }).toBe(true);
    await pause(1000);
    await expect.poll(() => sheets.count(), { timeout: 10_000 }).toBe(0);
    expect(await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size)).toBe(0);
    await sheets.cdp.detach();
    await opened.close();
    await page.close();
  });
});
