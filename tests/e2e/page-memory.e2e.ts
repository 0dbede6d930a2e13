import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, servePages, tabIdOf, type ExtensionSession } from '../support/browser';

const ARTICLE = readFileSync(resolve(import.meta.dirname, '../fixtures/harbor-article.html'), 'utf8');
// Responsive images: issue 15 counted one more document per extraction on pages with
// <source media>. Chromium frees a copy only after several garbage collections (Blink's heap and
// V8's), so the count is taken after three.
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

/** Runs Gist's extraction in the tab as the background does on a click: load the script, then call it. */
async function extractIn(tabId: number): Promise<string> {
  return session.worker.evaluate(`(async () => {
    const target = { tabId: ${tabId} };
    await chrome.scripting.executeScript({ target, files: ['/extract.js'] });
    const [injection] = await chrome.scripting.executeScript({
      target,
      func: (key, name, input) => globalThis[key][name](input),
      args: ['gistPageTools', 'extract', { force: false, whenIdle: false }],
    });
    return injection.result.kind;
  })()`);
}

describe('the page’s memory after extractions', () => {
  it('holds no extra document after repeated extractions of a page with <source media>', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/pictures.html`);
    const tabId = await tabIdOf(session, `${server.origin}/pictures.html`);
    const cdp = await session.context.newCDPSession(page);
    const documents = async () => {
      for (let pass = 0; pass < 3; pass++) {
        await cdp.send('HeapProfiler.collectGarbage');
        await new Promise((done) => setTimeout(done, 200));
      }
      return ((await cdp.send('Memory.getDOMCounters')) as { documents: number }).documents;
    };
    expect(await extractIn(tabId)).toBe('article');
    const before = await documents();
    for (let run = 0; run < 3; run++) expect(await extractIn(tabId)).toBe('article');
    expect(await documents()).toBe(before);
    await page.close();
  });
});
