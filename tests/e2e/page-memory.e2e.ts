import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentCount, extractInTab, launchWithExtension, servePages, tabIdOf, type ExtensionSession } from '../support/browser';

const ARTICLE = readFileSync(resolve(import.meta.dirname, '../fixtures/harbor-article.html'), 'utf8');
// Responsive images: issue 15 counted one more document per extraction on pages with <source media>.
const PICTURES = Array.from(
  { length: 20 },
  (_, i) => `<picture><source media="(min-width: ${600 + i}px)" srcset="/wide-${i}.jpg"><img src="/narrow-${i}.jpg" alt=""></picture>`,
).join('');
const PAGE = ARTICLE.replace('</article>', `${PICTURES}</article>`);

let server: Awaited<ReturnType<typeof servePages>>;
let session: ExtensionSession;

beforeAll(async () => {
  server = await servePages({ '/pictures.html': PAGE });
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('the page’s memory after extractions', () => {
  it('holds no extra document after repeated extractions of a page with <source media>', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/pictures.html`);
    const tabId = await tabIdOf(session, `${server.origin}/pictures.html`);
    const cdp = await session.context.newCDPSession(page);
    const before = await documentCount(cdp);
    for (let run = 0; run < 4; run++) expect(await extractInTab(session, tabId, { force: false, whenIdle: false })).toBe('article');
    // Before the copy's <source> elements were removed: 1 → 5 (one document per extraction).
    expect(await documentCount(cdp)).toBe(before);
    await page.close();
  });
});
