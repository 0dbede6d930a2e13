import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestCacheKey } from '../../lib/extension/storage';
import { readFixture } from '../corpus';
import type { ServedPages } from '../support/browser';
import { openServedPage, startFirefoxWithPages, waitFor, type ExtensionGlobal, type FirefoxSession } from '../support/firefox';

let server: ServedPages;
let session: FirefoxSession;

beforeAll(async () => {
  ({ server, session } = await startFirefoxWithPages({
    '/seed.html': readFixture('seed/blinken-wang.html'),
    '/harbor.html': readFixture('harbor-article.html'),
    '/search.html': readFixture('search-page.html'),
  }));
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const openPage = (path: string): Promise<Page> => openServedPage(session, server, path);

const texts = (testId: string) => session.inPopup(testId, { do: 'texts' });
const click = (testId: string, index = 0) => session.inPopup(testId, { do: 'click', index });
const keyPointCount = async () => (await texts('key-point')).length;

/** Picks a digest length with its radio button. */
const chooseLength = (length: 'short' | 'medium' | 'long') => click(`length-${length}`);

/** Waits until `read` gives `expected`, then checks it (so a failure shows the last value). */
async function until<T>(read: () => Promise<T>, expected: T): Promise<void> {
  await waitFor(async () => JSON.stringify(await read()) === JSON.stringify(expected), 'reported below').catch(() => undefined);
  expect(await read()).toEqual(expected);
}

/** What the background keeps for a tab, and whether the extension may read every site. */
const cachedDigest = (tabId: number) =>
  session.extensionTab.evaluate(
    async (key) => ((await (globalThis as ExtensionGlobal).browser.storage.session.get(key))[key] as object | undefined) ?? null,
    digestCacheKey(tabId),
  );
const hasAllSites = () => session.extensionTab.evaluate(() => (globalThis as ExtensionGlobal).browser.permissions.contains({ origins: ['<all_urls>'] }));

describe('Gist in Firefox (the shipped build)', () => {
  it('shows the seed digest in the real popup, copies it, changes length and jumps to the source', async () => {
    const page = await openPage('/seed.html');
    await session.openPopup(page);
    await until(keyPointCount, 3);
    expect((await texts('title'))[0]).toContain('U.S.-China ties');
    expect(await texts('speaker-name')).toEqual(['Antony Blinken', 'Wang Yi']);

    await click('copy');
    const clipboard = () => session.evaluateInBrowserWindow('navigator.clipboard.readText()') as Promise<string>;
    await waitFor(async () => (await clipboard()).includes('Wang Yi'), 'nothing copied');
    expect((await clipboard()).split('\n')[0]).toContain('U.S.-China ties');
    expect(await clipboard()).toContain(`${server.origin}/seed.html`);

    await chooseLength('medium');
    await until(keyPointCount, 5);
    await chooseLength('short');
    await until(keyPointCount, 3);

    // A click on a quotation scrolls the page to it and highlights it, leaving the text alone.
    const pageText = await page.evaluate(() => document.body.textContent);
    await click('quote', -1);
    await waitFor(() => page.evaluate(() => window.scrollY > 0), 'the page did not scroll to the quotation');
    // Under a name the page cannot predict, for 2.5 s.
    await waitFor(
      () => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size === 1),
      'the quotation was not highlighted',
    );
    expect(await page.evaluate(() => document.body.textContent)).toBe(pageText);
    await page.close();
  });

  it('turns Auto-summarize on with its permission, digests the next article before any click, and off again', async () => {
    const page = await openPage('/seed.html');
    // Firefox grants a permission only inside a real input event, which a script cannot make in
    // the toolbar popup: here the popup page is opened in a tab and clicked through WebDriver BiDi.
    const popupTab = await session.openExtensionPage(`popup.html?tabId=${await session.tabIdOf(page)}`);
    const toggle = await popupTab.waitForSelector('[data-testid="auto-summarize"]');
    expect(await toggle!.evaluate((input) => (input as HTMLInputElement).checked)).toBe(false);
    expect(await hasAllSites()).toBe(false);
    await toggle!.click();
    await until(hasAllSites, true);
    await popupTab.close();

    const article = await openPage('/harbor.html');
    const tabId = await session.tabIdOf(article);
    await waitFor(async () => (await cachedDigest(tabId)) !== null, 'the article was not digested as it loaded');
    const badge = await session.extensionTab.evaluate((id) => (globalThis as ExtensionGlobal).browser.browserAction.getBadgeText({ tabId: id }), tabId);
    expect(badge).toBe('3');
    await session.openPopup(article);
    await until(keyPointCount, 3);
    expect((await texts('title'))[0]).toContain('flood wall');
    expect(await session.inPopup('auto-summarize', { do: 'checked' })).toEqual(['true']);

    // Switching it off gives the access back.
    await click('auto-summarize');
    await until(hasAllSites, false);
    await article.close();
    await page.close();
  });

  it('on a page that is not an article, says so and offers to summarize anyway', async () => {
    const page = await openPage('/search.html');
    await session.openPopup(page);
    await waitFor(async () => (await texts('summarize-anyway')).length === 1, 'no offer to summarize anyway');
    expect(await keyPointCount()).toBe(0);
    // The words are the popup's to choose (and its tests'); here it is enough that it says something.
    expect([...(await texts('notice')), ...(await texts('status'))].join('').trim()).not.toBe('');
    await page.close();
  });

  it('keeps an open settings page true when the browser takes Gist’s access away', async () => {
    const options = await session.openExtensionPage('options.html');
    const toggle = await options.waitForSelector('[data-testid="auto-summarize"]');
    const checked = () => toggle!.evaluate((input) => (input as HTMLInputElement).checked);
    await toggle!.click();
    await until(hasAllSites, true);
    await until(checked, true);
    // The reader takes the access away in the browser's add-on settings.
    await session.extensionTab.evaluate(() => (globalThis as ExtensionGlobal).browser.permissions.remove({ origins: ['<all_urls>'] }));
    await until(checked, false);
    await until(
      () => options.evaluate(() => document.querySelector('[data-testid="access-lost"]')?.textContent ?? ''),
      'Gist lost access to sites, so Auto-summarize is off. Switch it on to grant access again.',
    );
    await options.close();
    await session.extensionTab.evaluate(() => (globalThis as ExtensionGlobal).browser.storage.local.clear());
  });

  it('logged no error anywhere along the way', async () => {
    // A console error on the test's own page proves the capture listens.
    const page = await openPage('/search.html');
    await page.evaluate(() => console.error('gist-e2e: the capture works'));
    await waitFor(async () => session.consoleErrors.length > 0, 'no console capture');
    expect(session.consoleErrors).toEqual(['gist-e2e: the capture works']);
    await page.close();
  });
});
