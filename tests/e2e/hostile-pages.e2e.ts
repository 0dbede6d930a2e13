import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFixture } from '../corpus';
import { launchWithExtension, openPopup, servePages, type ExtensionSession, type ServedPages } from '../support/browser';

const ARTICLE = readFixture('harbor-article.html');
/** The article with markup of the page's own added at the end of its body. */
const withBody = (extra: string) => ARTICLE.replace('</body>', `${extra}</body>`);

let open: ServedPages;
let other: ServedPages;
let session: ExtensionSession;

beforeAll(async () => {
  const pages = {
    '/article.html': ARTICLE,
    // Named access on window: each element below is `window.gistPageTools` in every world.
    '/named-form.html': withBody('<form name="gistPageTools"><input name="extract"><input name="highlight"></form>'),
    // A frame from another origin, whose window no script here may write to.
    '/named-frame.html': (response: ServerResponse) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(withBody(`<iframe name="gistPageTools" src="${other.origin}/article.html"></iframe>`));
    },
  };
  // Two servers are two origins.
  open = await servePages(pages);
  other = await servePages(pages);
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  await open?.close();
  await other?.close();
});

/** Opens the popup on `page` and returns what it settles on: key points or its plain message. */
async function popupOutcome(page: Page): Promise<{ points: number; status: string }> {
  const opened = await openPopup(session, page);
  const { popup } = opened;
  await popup.locator('[data-testid="key-point"], [data-testid="notice"]').first().waitFor({ timeout: 15_000 });
  const outcome = { points: await popup.getByTestId('key-point').count(), status: (await popup.getByTestId('status').textContent()) ?? '' };
  await opened.close();
  return outcome;
}

describe('a page that names Gist’s global', () => {
  it.each(['/named-form.html', '/named-frame.html'])('%s is digested, and a key point can be shown', async (path) => {
    const page = await session.context.newPage();
    await page.goto(`${open.origin}${path}`);
    expect(await popupOutcome(page)).toEqual({ points: 3, status: '' });
    const opened = await openPopup(session, page);
    await opened.popup.getByTestId('key-point').first().click();
    await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size)).toBe(1);
    await opened.close();
    await page.close();
  });
});
