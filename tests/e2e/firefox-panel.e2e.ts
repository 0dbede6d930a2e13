import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../corpus';
import type { ServedPages } from '../support/browser';
import { startFirefoxWithPages, waitFor, type ExtensionGlobal, type FirefoxSession } from '../support/firefox';

let server: ServedPages;
let session: FirefoxSession;

beforeAll(async () => {
  ({ server, session } = await startFirefoxWithPages({
    '/seed.html': readFixture('seed/blinken-wang.html'),
    '/harbor.html': readFixture('harbor-article.html'),
  }));
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const textOf = (page: Page, testId: string) => page.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '', testId);

/** Waits until the element's text contains `expected`, then checks it (so a failure shows the text). */
async function untilText(page: Page, testId: string, expected: string): Promise<void> {
  await waitFor(async () => (await textOf(page, testId)).includes(expected), 'reported below').catch(() => undefined);
  expect(await textOf(page, testId)).toContain(expected);
}

describe('the Firefox sidebar (the shipped build)', () => {
  it('is declared as a sidebar', async () => {
    const manifest = await session.extensionTab.evaluate(() => (globalThis as ExtensionGlobal).browser.runtime.getManifest());
    expect((manifest as { sidebar_action?: { default_panel?: string } }).sidebar_action?.default_panel).toMatch(/\/?sidepanel\.html$/u);
  });

  it('says it needs access, gets it from a click, then shows the seed tab’s digest and follows the tab in front', async () => {
    const seed = await session.browser.newPage();
    await seed.goto(`${server.origin}/seed.html`);
    const harbor = await session.browser.newPage();
    await harbor.goto(`${server.origin}/harbor.html`);
    const seedId = await session.tabIdOf(seed);

    const panel = await session.openExtensionPage(`sidepanel.html?tabId=${seedId}`);
    // The shipped build has no host access until the reader gives it: the panel says so, once, and offers the fix.
    await untilText(panel, 'status', 'needs your permission');
    expect(await panel.evaluate(() => document.querySelectorAll('[data-testid="copy"]').length)).toBe(0);
    await panel.click('[data-testid="allow-access"]');
    await untilText(panel, 'title', 'U.S.-China ties');
    expect(await panel.evaluate(() => [...document.querySelectorAll('[data-testid="speaker-name"]')].map((e) => e.textContent))).toEqual([
      'Antony Blinken',
      'Wang Yi',
    ]);
    expect(
      await panel.evaluate(() => parseFloat(getComputedStyle(document.querySelector('[data-testid="key-point"] button')!).fontSize)),
    ).toBeGreaterThanOrEqual(14);

    await harbor.bringToFront();
    await untilText(panel, 'title', 'flood wall');
    await seed.bringToFront();
    await untilText(panel, 'title', 'U.S.-China ties');
    await panel.close();
    await harbor.close();
    await seed.close();
  });
});
