import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../corpus';
import { documentCount, extractInTab, launchWithExtension, servePages, tabIdOf, type ExtensionSession } from '../support/browser';

const ARTICLE = readFixture('harbor-article.html');
// In Chromium, media elements in the inert copy (<source media>, <video>) register with the page's
// window and would keep every copy alive: one more document per extraction.
const PICTURES = Array.from(
  { length: 20 },
  (_, i) => `<picture><source media="(min-width: ${600 + i}px)" srcset="/wide-${i}.jpg"><img src="/narrow-${i}.jpg" alt=""></picture>`,
).join('');
const PAGES = {
  '/pictures.html': ARTICLE.replace('</article>', `${PICTURES}</article>`),
  '/cnet.html': readFixture('readability/cnet/source.html'),
};

let server: Awaited<ReturnType<typeof servePages>>;
let session: ExtensionSession;

beforeAll(async () => {
  server = await servePages(PAGES);
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('the page’s memory after extractions', () => {
  it.each(Object.keys(PAGES))('holds no extra document after repeated extractions of %s', async (path) => {
    const page = await session.context.newPage();
    // The saved page still names its publisher's scripts and images: nothing leaves the machine.
    await page.route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => route.abort(),
    );
    await page.goto(`${server.origin}${path}`);
    const tabId = await tabIdOf(session, `${server.origin}${path}`);
    const cdp = await session.context.newCDPSession(page);
    const before = await documentCount(cdp);
    for (let run = 0; run < 3; run++) expect(await extractInTab(session, tabId, { force: true, whenIdle: false })).toBe('article');
    // Before the copy's media elements were removed: one more document per extraction.
    expect(await documentCount(cdp)).toBe(before);
    await page.close();
  });
});
