import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture, SEED_HTML } from '../corpus';
import { cachedDigest, launchWithExtension, openPopup, servePages, tabIdOf, type ExtensionSession } from '../support/browser';
import { accessibilityViolations } from '../support/axe';
import { SETTINGS_KEY } from '../../lib/extension/storage';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/extension/settings';

const SCREENSHOTS = resolve(import.meta.dirname, '../../.output/screenshots');

let server: Awaited<ReturnType<typeof servePages>>;
let session: ExtensionSession;

beforeAll(async () => {
  server = await servePages({
    '/seed.html': readFileSync(SEED_HTML, 'utf8'),
    '/harbor.html': readFixture('harbor-article.html'),
    '/search.html': readFixture('search-page.html'),
  });
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Gist in Chromium', () => {
  it('shows key points and both speakers in the real popup, and copies the digest', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/seed.html`);
    const opened = await openPopup(session, page);
    const { popup } = opened;

    await popup.getByTestId('key-point').first().waitFor();
    expect(await popup.getByTestId('key-point').count()).toBe(3);
    expect(await popup.getByTestId('title').textContent()).toContain('U.S.-China ties');
    const names = await popup.getByTestId('speaker-name').allTextContents();
    expect(names).toEqual(['Antony Blinken', 'Wang Yi']);
    expect(await popup.getByTestId('speaker-role').first().textContent()).toContain('Secretary of State');

    expect(await popup.getByTestId('balance').textContent()).toBe('2 speakers · the most quoted has 50% of 8 quotations');

    mkdirSync(SCREENSHOTS, { recursive: true });
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup-seed.png'), fullPage: true });
    expect(await accessibilityViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup-seed-dark.png'), fullPage: true });
    expect(await accessibilityViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'light' });

    // One quotation per speaker until the reader asks for the rest.
    expect(await popup.getByTestId('speaker').first().getByTestId('quote').count()).toBe(1);
    await popup.getByTestId('speaker').first().getByTestId('more-quotes').click();
    expect(await popup.getByTestId('speaker').first().getByTestId('quote').count()).toBe(4);

    await popup.getByTestId('copy').click();
    await expect.poll(() => popup.getByTestId('status').textContent()).toContain('Copied');
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')[0]).toContain('U.S.-China ties');
    expect(copied).toContain(`${server.origin}/seed.html`);
    expect(copied).toContain('Wang Yi');

    await popup.getByTestId('copy-markdown').click();
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toMatch(/^## \[U\.S\.-China ties/u);

    // A click on a quotation scrolls the page to it and highlights it, leaving the text alone.
    const pageText = await page.evaluate(() => document.body.textContent);
    await popup.getByTestId('quote').last().click();
    await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size)).toBe(1);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.body.textContent)).toBe(pageText);

    await popup.getByTestId('length-medium').check();
    await expect.poll(() => popup.getByTestId('key-point').count()).toBe(5);
    await popup.getByTestId('length-short').check();
    await expect.poll(() => popup.getByTestId('key-point').count()).toBe(3);
    await opened.close();
    await page.close();
  });

  it('with Auto-summarize on, has the next article digested before any click', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/seed.html`);
    const opened = await openPopup(session, page);
    const { popup } = opened;
    const toggle = popup.getByTestId('auto-summarize');
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    await expect.poll(() => popup.getByTestId('status').textContent()).toContain('Auto-summarize is on');
    await opened.close();

    const article = await session.context.newPage();
    const url = `${server.origin}/harbor.html`;
    await article.goto(url);
    const tabId = await tabIdOf(session, url);
    await expect
      .poll(() => cachedDigest(session, tabId), {
        timeout: 15_000,
      })
      .not.toBeNull();

    const readyPopup = await openPopup(session, article);
    const ready = readyPopup.popup;
    await ready.getByTestId('key-point').first().waitFor();
    expect(await ready.getByTestId('title').textContent()).toContain('flood wall');
    expect(await ready.getByTestId('speaker-name').allTextContents()).toEqual(['Elena Marsh', 'Robert Diaz']);
    // The toolbar badge counts the key points of the digested page.
    expect(await session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('3');
    await readyPopup.close();

    // Pausing this site stops digesting its pages; resuming starts again.
    const sitePopup = await openPopup(session, article);
    const sitePause = sitePopup.popup.getByTestId('site-pause');
    await sitePause.waitFor();
    await sitePause.click();
    await expect.poll(() => sitePopup.popup.getByTestId('status').textContent()).toContain('paused on 127.0.0.1');
    await sitePopup.close();
    const paused = await session.context.newPage();
    await paused.goto(`${server.origin}/harbor.html#paused`);
    const pausedId = await tabIdOf(session, `${server.origin}/harbor.html#paused`);
    await new Promise((done) => setTimeout(done, 1500));
    expect(await cachedDigest(session, pausedId)).toBeNull();
    await paused.close();
    const resumePopup = await openPopup(session, article);
    await resumePopup.popup.getByTestId('site-pause').click();
    await expect.poll(() => resumePopup.popup.getByTestId('status').textContent()).toContain('back on');
    await resumePopup.close();

    // A single-page app that swaps in another article and address gets the new one digested.
    const spaUrl = `${server.origin}/stories/bridge-vote`;
    await article.evaluate(
      (html) => {
        document.title = 'Bridge repairs approved after long delay';
        document.body.innerHTML = html;
        history.pushState({}, '', '/stories/bridge-vote');
      },
      readFixture('harbor-article.html')
        .replace(/[\s\S]*<body>|<\/body>[\s\S]*/gu, '')
        .replaceAll('flood wall', 'bridge repair'),
    );
    await expect.poll(async () => (await cachedDigest(session, tabId))?.url ?? null, { timeout: 10_000 }).toBe(spaUrl);

    // Switching it off stops digesting new pages.
    const settingsPopup = await openPopup(session, article);
    const settingsPage = settingsPopup.popup;
    await settingsPage.getByTestId('auto-summarize').uncheck();
    await expect.poll(() => settingsPage.getByTestId('status').textContent()).toContain('Auto-summarize is off');
    await settingsPopup.close();
    const later = await session.context.newPage();
    await later.goto(`${server.origin}/harbor.html#again`);
    const laterId = await tabIdOf(session, `${server.origin}/harbor.html#again`);
    await new Promise((done) => setTimeout(done, 1500));
    expect(await cachedDigest(session, laterId)).toBeNull();
    await later.close();
    await article.close();
    await page.close();
  });

  it('says plainly when the browser does not let extensions read a page', async () => {
    const page = await session.context.newPage();
    await page.goto('chrome://version/');
    const opened = await openPopup(session, page);
    await expect.poll(() => opened.popup.getByTestId('status').textContent()).toContain('Gist can’t read this page');
    expect(await opened.popup.getByTestId('summarize-anyway').count()).toBe(0);
    await opened.close();
    await page.close();
  });

  it('closes the popup with Escape', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/search.html`);
    const opened = await openPopup(session, page);
    await opened.popup.getByTestId('status').waitFor();
    const closed = opened.popup.waitForEvent('close');
    // The popup closes while the key press is still being answered, so the press may report it.
    await opened.popup.keyboard.press('Escape').catch(() => undefined);
    await closed;
    await opened.client.close();
    await page.close();
  });

  it('says plainly when a page is not an article', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/search.html`);
    const opened = await openPopup(session, page);
    const { popup } = opened;
    await expect.poll(() => popup.getByTestId('status').textContent()).toContain('doesn’t look like an article');
    expect(await popup.getByTestId('key-point').count()).toBe(0);
    expect(await popup.getByTestId('summarize-anyway').isVisible()).toBe(true);
    // Controls that cannot act are not shown, and the message is shown once.
    expect(await popup.getByTestId('copy').count()).toBe(0);
    expect(await popup.getByTestId('length').count()).toBe(0);
    expect(await popup.getByText('doesn’t look like an article').count()).toBe(1);
    await opened.close();
    await page.close();
  });

  it('says so when the browser took Gist’s access to sites away', async () => {
    // What the background records on permissions.onRemoved (tested in tests/unit/extension/background.test.ts).
    await session.worker.evaluate((stored) => chrome.storage.local.set(stored), {
      [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, autoSummarize: false, accessLost: true } satisfies Settings,
    });
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/harbor.html`);
    const opened = await openPopup(session, page);
    await expect.poll(() => opened.popup.getByTestId('access-lost').textContent()).toContain('lost access to sites');
    await opened.close();
    await session.worker.evaluate((key) => chrome.storage.local.remove(key), SETTINGS_KEY);
    await page.close();
  });

  it('keeps an open settings page true to the settings as they change elsewhere', async () => {
    const store = (settings: Partial<Settings>) =>
      session.worker.evaluate((stored) => chrome.storage.local.set(stored), { [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, ...settings } satisfies Settings });
    await store({ autoSummarize: true, pausedSites: ['news.example'] });
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    const toggle = page.getByTestId('auto-summarize');
    await expect.poll(() => toggle.isChecked()).toBe(true);
    expect(await page.getByTestId('paused-site').allTextContents()).toEqual([expect.stringContaining('news.example')]);
    // What the background writes when the browser takes Gist's access to sites away, and a
    // site resumed from a popup: the open page shows both, with the reason.
    await store({ autoSummarize: false, accessLost: true });
    await expect.poll(() => toggle.isChecked()).toBe(false);
    await expect.poll(() => page.getByTestId('access-lost').textContent()).toContain('lost access to sites');
    expect(await page.getByTestId('paused-site').count()).toBe(0);
    await page.close();
    await session.worker.evaluate((key) => chrome.storage.local.remove(key), SETTINGS_KEY);
  });
});
