import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedDigest, launchWithExtension, openPopup, servePages, tabIdOf, type ExtensionSession } from '../support/browser';

const ARTICLE = readFileSync(resolve(import.meta.dirname, '../fixtures/harbor-article.html'), 'utf8');

/**
 * The page's own watch on Gist, installed before anything else runs: every message posted to the
 * window, every change to the document, every highlight name and style sheet it can see, and any
 * global whose name mentions Gist.
 */
const WATCHER = `<script>
  window.seen = { messages: [], mutations: [], highlights: [], styleSheets: document.styleSheets.length };
  addEventListener('message', (event) => seen.messages.push(String(event.data)), true);
  // From the load event on: before it, the parser's own insertions would be recorded.
  addEventListener('load', () => new MutationObserver((records) => {
    for (const record of records) seen.mutations.push(record.type + ':' + (record.target.nodeName || ''));
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true }));
  setInterval(() => {
    if (window.CSS && CSS.highlights) for (const name of CSS.highlights.keys()) if (!seen.highlights.includes(name)) seen.highlights.push(name);
  }, 20);
</script>`;
const WATCHED_PAGE = ARTICLE.replace('<head>', `<head>${WATCHER}`);

let server: Awaited<ReturnType<typeof servePages>>;
let session: ExtensionSession;

beforeAll(async () => {
  // The watched page mutates nothing itself after load, so any mutation is Gist's.
  server = await servePages({ '/watched.html': WATCHED_PAGE, '/next.html': WATCHED_PAGE });
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function whatThePageSaw(page: import('playwright-core').Page) {
  return page.evaluate(() => {
    const seen = (window as unknown as { seen: { messages: string[]; mutations: string[]; highlights: string[]; styleSheets: number } }).seen;
    return {
      ...seen,
      highlightsNow: [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()],
      styleSheetsNow: document.styleSheets.length,
      gistGlobals: Object.getOwnPropertyNames(window).filter((name) => /\bgist/iu.test(name)),
      gistElements: document.querySelectorAll('[id*="gist" i], [class*="gist" i], [data-gist-highlight]').length,
    };
  });
}

describe('what a page can learn about Gist', () => {
  it('sees no message, mutation, global, style or lasting highlight from a digest, a highlight or Auto-summarize', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/watched.html`);
    const opened = await openPopup(session, page);
    await opened.popup.getByTestId('key-point').first().waitFor();
    await opened.popup.getByTestId('key-point').first().click();
    await expect.poll(async () => (await whatThePageSaw(page)).highlights.length).toBe(1);
    const during = await whatThePageSaw(page);
    // While it shows, the highlight is there under a name the page cannot predict.
    expect(during.highlights).toHaveLength(1);
    expect(during.highlights[0]).not.toMatch(/gist/iu);

    await opened.popup.getByTestId('auto-summarize').check();
    await opened.close();
    // The highlight fades after 2.5 s; by then Gist has taken everything away.
    await new Promise((done) => setTimeout(done, 3500));
    const after = await whatThePageSaw(page);
    expect(after).toMatchObject({ messages: [], mutations: [], highlightsNow: [], gistGlobals: [], gistElements: 0 });
    expect(after.styleSheetsNow).toBe(after.styleSheets);

    // Auto-summarize reads the next page without a trace either.
    const next = await session.context.newPage();
    await next.goto(`${server.origin}/next.html`);
    const nextId = await tabIdOf(session, `${server.origin}/next.html`);
    await expect.poll(() => cachedDigest(session, nextId), { timeout: 15_000 }).not.toBeNull();
    expect(await whatThePageSaw(next)).toMatchObject({ messages: [], mutations: [], highlights: [], gistGlobals: [], gistElements: 0 });
    await next.close();
    await page.close();
  });
});
