import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/page/extract';
import { extractInPage } from '../../../lib/page/in-page';
import { readFixture } from '../../corpus';
import { MOZILLA_PAGES } from '../support/mozilla-pages';

const HTML = readFixture('harbor-article.html');
const URL = 'https://news.example/harbor';

/** A document jsdom has finished (its own DOMContentLoaded is past), for a test to set back to loading. */
async function parsedDom(): Promise<JSDOM> {
  const dom = new JSDOM(HTML, { url: URL });
  await new Promise((settle) => dom.window.addEventListener('load', settle, { once: true }));
  return dom;
}

describe('the extract script in the page', () => {
  it('reads the same article in steps, from an inert copy, as in one go', async () => {
    const doc = new JSDOM(HTML, { url: URL }).window.document;
    const inSteps = await extractInPage(doc, { force: false, whenIdle: false });
    expect(inSteps).toEqual(extractArticle(doc, { url: URL }));
  });

  it.each(MOZILLA_PAGES)('reads %s in steps as in one go', async (folder) => {
    const html = readFixture(`readability/${folder}/source.html`);
    const url = `https://example.com/${folder}`;
    const inSteps = await extractInPage(new JSDOM(html, { url }).window.document, { force: true, whenIdle: false });
    expect(inSteps).toEqual(extractArticle(new JSDOM(html, { url }).window.document, { url, force: true }));
  });

  it('reads nothing when the page is no longer at the address it was called for', async () => {
    const doc = new JSDOM(HTML, { url: 'https://paused.example/b' }).window.document;
    expect(await extractInPage(doc, { force: false, whenIdle: true, expectedUrl: URL })).toEqual({ kind: 'moved' });
  });

  it('with Auto-summarize, waits for the load event before reading', async () => {
    const dom = new JSDOM(HTML, { url: URL });
    let loaded = false;
    Object.defineProperty(dom.window.document, 'readyState', { get: () => (loaded ? 'complete' : 'loading') });
    const reading = extractInPage(dom.window.document, { force: false, whenIdle: true, expectedUrl: URL });
    let done = false;
    void reading.then(() => (done = true));
    await new Promise((settle) => setTimeout(settle, 50));
    expect(done).toBe(false);
    loaded = true;
    dom.window.dispatchEvent(new dom.window.Event('load'));
    expect((await reading)?.kind).toBe('article');
  });

  it('on a click, waits for a document still arriving and reads it whole', async () => {
    const dom = await parsedDom();
    let parsed = false;
    Object.defineProperty(dom.window.document, 'readyState', { get: () => (parsed ? 'interactive' : 'loading') });
    const reading = extractInPage(dom.window.document, { force: false, whenIdle: false });
    let done = false;
    void reading.then(() => (done = true));
    await new Promise((settle) => setTimeout(settle, 50));
    expect(done).toBe(false);
    parsed = true;
    dom.window.document.dispatchEvent(new dom.window.Event('DOMContentLoaded'));
    expect(await reading).toEqual(extractArticle(new JSDOM(HTML, { url: URL }).window.document, { url: URL }));
  });

  it('reads what has arrived of a document that does not finish, and says so', async () => {
    const dom = await parsedDom();
    Object.defineProperty(dom.window.document, 'readyState', { get: () => 'loading' });
    const result = await extractInPage(dom.window.document, { force: false, whenIdle: false });
    expect(result).toMatchObject({ kind: 'article', readWhileLoading: true });
  }, 10_000);

  it('rejects input of the wrong shape', async () => {
    const doc = new JSDOM(HTML, { url: URL }).window.document;
    expect(await extractInPage(doc, { force: 'yes' })).toBeNull();
    expect(await extractInPage(doc, null)).toBeNull();
  });
});
