import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Page } from 'playwright-core';
import { SEED_HTML } from '../corpus';
import { defaultCorpusDir } from '../../scripts/eval/corpus';
import { launchWithExtension, openPopup, servePages, tabIdOf, type ExtensionSession } from '../support/browser';
import { accessibilityViolations } from '../support/axe';

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../fixtures', name), 'utf8');
const SCREENSHOTS = resolve(import.meta.dirname, '../../.output/screenshots');

/** Checks both themes with axe and saves a screenshot of each. */
async function checkThemes(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: resolve(SCREENSHOTS, `${name}${colorScheme === 'dark' ? '-dark' : ''}.png`), fullPage: true });
    expect(await accessibilityViolations(page), `${name}, ${colorScheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The computed font size, in CSS pixels, of the first element matching a selector. */
const fontSize = (page: Page, selector: string) => page.evaluate((target) => parseFloat(getComputedStyle(document.querySelector(target)!).fontSize), selector);

const activeTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? null);

let server: Awaited<ReturnType<typeof servePages>>;
let session: ExtensionSession;

beforeAll(async () => {
  server = await servePages({
    '/seed.html': readFileSync(SEED_HTML, 'utf8'),
    '/harbor.html': fixture('harbor-article.html'),
    '/spanish.html': fixture('spanish-article.html'),
    '/dutch.html': fixture('dutch-article.html'),
  });
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('the first screen', () => {
  it('reads at a readable size, starts on the content, keeps Copy near and the place on a length change', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/seed.html`);
    const opened = await openPopup(session, page);
    const { popup } = opened;
    await popup.getByTestId('key-point').first().waitFor();

    expect(await fontSize(popup, '[data-testid="key-point"] button')).toBeGreaterThanOrEqual(14);
    expect(await fontSize(popup, '[data-testid="quote"] button')).toBeGreaterThanOrEqual(14);
    expect(await fontSize(popup, '[data-testid="speaker-name"]')).toBeGreaterThanOrEqual(14);
    expect(await fontSize(popup, '[data-testid="meta"]')).toBeGreaterThanOrEqual(12);
    expect(await fontSize(popup, '[data-testid="speaker-role"]')).toBeGreaterThanOrEqual(12);

    // Every speaker is on the first screen (Firefox caps a popup at 600 px high).
    const strip = await popup.getByTestId('strip-speaker').evaluateAll((items) => items.map((item) => item.getBoundingClientRect().bottom));
    expect(strip).toHaveLength(2);
    expect(Math.max(...strip)).toBeLessThanOrEqual(600);

    // Focus starts on the content; Copy is at most 3 Tab presses away.
    expect(await activeTestId(popup)).toBe('title');
    let presses = 0;
    while ((await activeTestId(popup)) !== 'copy' && presses < 10) {
      await popup.keyboard.press('Tab');
      presses++;
    }
    expect(presses).toBeLessThanOrEqual(3);

    // The toolbar stays in view when the reader scrolls down to the quotations.
    await popup.getByTestId('speaker').last().scrollIntoViewIfNeeded();
    await popup.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const copyTop = await popup.getByTestId('copy').evaluate((button) => button.getBoundingClientRect().top);
    expect(copyTop).toBeGreaterThanOrEqual(0);
    expect(copyTop).toBeLessThan(60);

    // A length change keeps what the reader looks at, keeps focus, and clears the old status.
    await popup.getByTestId('copy').click();
    await expect.poll(() => popup.getByTestId('status').textContent()).toContain('Copied');
    const anchor = popup.getByTestId('speaker').last();
    const before = await anchor.evaluate((element) => element.getBoundingClientRect().top);
    await popup.getByTestId('length-medium').focus();
    await popup.keyboard.press('Space');
    await expect.poll(() => popup.getByTestId('key-point').count()).toBe(5);
    expect(await activeTestId(popup)).toBe('length-medium');
    expect(await popup.getByTestId('status').textContent()).toBe('');
    expect(Math.abs((await anchor.evaluate((element) => element.getBoundingClientRect().top)) - before)).toBeLessThanOrEqual(2);
    await popup.getByTestId('length-short').check();
    await expect.poll(() => popup.getByTestId('key-point').count()).toBe(3);

    // The strip links to a speaker's quotations.
    await popup.evaluate(() => window.scrollTo(0, 0));
    await popup.getByTestId('strip-speaker').last().getByRole('link').click();
    expect(await popup.evaluate(() => document.activeElement?.querySelector('[data-testid="speaker-name"]')?.textContent)).toBe('Wang Yi');
    await opened.close();
    await page.close();
  });
});

describe('the side panel', () => {
  it('shows the seed tab’s digest, follows the reader to another tab and to another page', async () => {
    const seed = await session.context.newPage();
    await seed.goto(`${server.origin}/seed.html`);
    const harbor = await session.context.newPage();
    await harbor.goto(`${server.origin}/harbor.html`);
    const seedId = await tabIdOf(session, `${server.origin}/seed.html`);

    const panel = await session.context.newPage();
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${seedId}`);
    await expect.poll(() => panel.getByTestId('title').textContent(), { timeout: 15_000 }).toContain('U.S.-China ties');
    expect(await panel.getByTestId('speaker-name').allTextContents()).toEqual(['Antony Blinken', 'Wang Yi']);
    // The panel stays open beside the page, so it does not offer to open itself.
    expect(await panel.getByTestId('open-panel').count()).toBe(0);
    await checkThemes(panel, 'panel-seed');

    await harbor.bringToFront();
    await expect.poll(() => panel.getByTestId('title').textContent(), { timeout: 15_000 }).toContain('flood wall');
    expect(await panel.getByTestId('speaker-name').allTextContents()).toEqual(['Elena Marsh', 'Robert Diaz']);
    await checkThemes(panel, 'panel-harbor');

    // Jumping to a quotation from the panel leaves the panel as it is.
    await panel.getByTestId('quote').first().click();
    // One highlight, under a random name the page cannot recognise as Gist's.
    await expect.poll(() => harbor.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size)).toBe(1);
    expect(await panel.getByTestId('title').textContent()).toContain('flood wall');

    // The tab in front loads another page: the panel shows that one.
    await harbor.goto(`${server.origin}/seed.html#again`);
    await expect.poll(() => panel.getByTestId('title').textContent(), { timeout: 15_000 }).toContain('U.S.-China ties');
    await panel.close();
    await harbor.close();
    await seed.close();
  });

  it('names the speakers of a Spanish page, read with its lexicon file', async () => {
    const spanish = await session.context.newPage();
    await spanish.goto(`${server.origin}/spanish.html`);
    const tabId = await tabIdOf(session, `${server.origin}/spanish.html`);
    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.getByTestId('speaker-name').first().waitFor({ timeout: 15_000 });
    expect(await panel.getByTestId('speaker-name').allTextContents()).toEqual(['Roberto Díaz', 'Elena Márquez']);
    await checkThemes(panel, 'panel-spanish');
    await panel.close();
    await spanish.close();
  });

  it('shows quotations without a clear speaker collapsed, never under a guessed name', async () => {
    const dutch = await session.context.newPage();
    await dutch.goto(`${server.origin}/dutch.html`);
    const tabId = await tabIdOf(session, `${server.origin}/dutch.html`);
    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${tabId}`);
    const group = panel.getByTestId('unattributed');
    await group.waitFor({ timeout: 15_000 });
    expect(await group.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await panel.getByTestId('speaker-name').count()).toBe(0);
    expect(await panel.getByText('Nobody is quoted').count()).toBe(0);
    await group.locator('summary').click();
    expect(await group.getByTestId('quote').count()).toBe(2);
    await panel.close();
    await dutch.close();
  });

  it('opens from the popup’s “Open in side panel”', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/harbor.html`);
    const opened = await openPopup(session, page);
    await opened.popup.getByTestId('key-point').first().waitFor();
    await opened.popup.getByTestId('open-panel').click();
    // The real side panel, found the way the real popup is: by a CDP client that connects once it is there.
    const panelUrl = `chrome-extension://${session.extensionId}/sidepanel.html`;
    let title: string | null = null;
    for (let attempt = 0; attempt < 50 && !title?.includes('flood wall'); attempt++) {
      const client = await chromium.connectOverCDP(session.cdpEndpoint);
      const panel = client
        .contexts()
        .flatMap((c) => c.pages())
        .find((p) => p.url().startsWith(panelUrl));
      title = panel
        ? await panel
            .getByTestId('title')
            .textContent({ timeout: 500 })
            .catch(() => null)
        : null;
      await client.close();
      await new Promise((done) => setTimeout(done, 100));
    }
    expect(title).toContain('flood wall');
    await opened.close();
    await page.close();
  });

  it('is declared in the manifest, with no new host permission', async () => {
    const manifest = await session.worker.evaluate(() => chrome.runtime.getManifest());
    expect((manifest as { side_panel?: { default_path?: string } }).side_panel?.default_path).toBe('sidepanel.html');
    expect(manifest.permissions).toContain('sidePanel');
    expect(manifest.optional_host_permissions ?? []).toEqual(expect.not.arrayContaining(['http://*/*']));
  });
});

/** Two real news pages of the corpus (nine speakers; a site suffix on the title), for the README's screenshots. */
const NEWS = resolve(defaultCorpusDir(), 'news');
const REAL_PAGES = ['833caf3bdba5', '098bb3e96c0a'];

describe('screenshots on real pages', () => {
  it.skipIf(!existsSync(NEWS))('popup and panel on two real news pages, in both themes, with no accessibility violation', async () => {
    const pages = await servePages(Object.fromEntries(REAL_PAGES.map((id) => [`/${id}.html`, readFileSync(resolve(NEWS, id, 'source.html'), 'utf8')])));
    try {
      for (const id of REAL_PAGES) {
        const page = await session.context.newPage();
        await page.goto(`${pages.origin}/${id}.html`, { waitUntil: 'domcontentloaded' });
        const opened = await openPopup(session, page);
        await opened.popup.getByTestId('key-point').first().waitFor({ timeout: 15_000 });
        await checkThemes(opened.popup, `popup-${id}`);
        await opened.close();
        const tabId = await tabIdOf(session, `${pages.origin}/${id}.html`);
        const panel = await session.context.newPage();
        await panel.setViewportSize({ width: 400, height: 900 });
        await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${tabId}`);
        await panel.getByTestId('key-point').first().waitFor({ timeout: 15_000 });
        await checkThemes(panel, `panel-${id}`);
        await panel.close();
        await page.close();
      }
    } finally {
      await pages.close();
    }
  });
});

describe('the settings page', () => {
  it('has real settings and no accessibility violation in either theme', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await page.getByTestId('length-long').check();
    await expect
      .poll(() => session.worker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { length?: string } | undefined)?.length))
      .toBe('long');
    await page.getByTestId('length-short').check();
    expect(await page.getByTestId('auto-summarize').isChecked()).toBe(false);
    await checkThemes(page, 'settings');
    await page.close();
  });
});
