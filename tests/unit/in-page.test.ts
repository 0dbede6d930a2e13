import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/page/extract';
import { extractInPage } from '../../lib/page/in-page';
import { newReadability, parseHoldingCleanUp } from '../../lib/page/readability-steps';
import { readFixture } from '../corpus';

const HTML = readFileSync(resolve(import.meta.dirname, '../fixtures/harbor-article.html'), 'utf8');
const URL = 'https://news.example/harbor';

describe('the extract script in the page', () => {
  it('reads the same article in steps, from an inert copy, as in one go', async () => {
    const doc = new JSDOM(HTML, { url: URL }).window.document;
    const inSteps = await extractInPage(doc, { force: false, whenIdle: false });
    expect(inSteps).toEqual(extractArticle(doc, { url: URL }));
  });

  // Mozilla's pages (tests/fixtures/readability): long articles, where the clean-up is held back to
  // a task of its own, and short snippets, where Readability retries and the steps parse again.
  const MOZILLA_PAGES = ['cnet', 'heise', 'lemonde-1', 'wapo-2', 'mozilla-2', 'ietf-1', 'lazy-image-3', 'hukumusume'];

  it.each(MOZILLA_PAGES)('reads %s in steps as in one go', async (folder) => {
    const html = readFixture(`readability/${folder}/source.html`);
    const url = `https://example.com/${folder}`;
    const inSteps = await extractInPage(new JSDOM(html, { url }).window.document, { force: true, whenIdle: false });
    expect(inSteps).toEqual(extractArticle(new JSDOM(html, { url }).window.document, { url, force: true }));
  });

  it("holds Readability's clean-up back and replays it into the element parse() gives", () => {
    const outcomes = MOZILLA_PAGES.map((folder) => {
      const html = readFixture(`readability/${folder}/source.html`);
      const whole = newReadability(new JSDOM(html).window.document).parse();
      const held = parseHoldingCleanUp(new JSDOM(html).window.document);
      if (held.kind !== 'held') return `${folder}: not held`;
      // Before the clean-up, the article still holds what the clean-up removes.
      const before = held.parsed.content?.outerHTML;
      if (!held.cleanUp()) return `${folder}: parsed again`;
      expect(held.parsed.content?.outerHTML).toBe(whole?.content?.outerHTML);
      return `${folder}: replayed${before === held.parsed.content?.outerHTML ? ', nothing to clean' : ''}`;
    });
    // The two short snippets fall under Readability's threshold once cleaned: parsed again in one go.
    expect(outcomes).toEqual([
      'cnet: replayed',
      'heise: replayed, nothing to clean',
      'lemonde-1: replayed, nothing to clean',
      'wapo-2: replayed, nothing to clean',
      'mozilla-2: replayed',
      'ietf-1: replayed',
      'lazy-image-3: parsed again', 'hukumusume: parsed again',
    ]);
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

  it('rejects input of the wrong shape', async () => {
    const doc = new JSDOM(HTML, { url: URL }).window.document;
    expect(await extractInPage(doc, { force: 'yes' })).toBeNull();
    expect(await extractInPage(doc, null)).toBeNull();
  });
});
