import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestSource } from '../../cli/digest-file';
import { readFixture } from '../corpus';
import { cachedDigest, launchWithExtension, openPopup, popupOutcome, servePages, tabIdOf, type ExtensionSession } from '../support/browser';

const article = readFixture('harbor-article.html');
const [head, tail] = [article.slice(0, article.indexOf('<p>Engineers')), article.slice(article.indexOf('<p>Engineers'))];

let server: Awaited<ReturnType<typeof servePages>>;
let session: ExtensionSession;

beforeAll(async () => {
  server = await servePages({
    '/harbor.html': article,
    // Sends most of the article, then holds the rest back: the page is still loading.
    '/loading.html': (response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.write(head);
      setTimeout(() => response.end(tail), 8000);
    },
    '/framed.html': `<!doctype html><html><head><title>Framed</title></head><body><iframe src="/harbor.html" width="800" height="600"></iframe></body></html>`,
  });
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('odd pages in Chromium', () => {
  it('a page still loading gets a digest of what has arrived that says so, and is read whole once it has loaded', async () => {
    const url = `${server.origin}/loading.html`;
    const page = await session.context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector('article p');
    const tabId = await tabIdOf(session, url);
    let opened = await openPopup(session, page);
    await opened.popup.getByTestId('key-point').first().waitFor({ timeout: 15_000 });
    await expect.poll(() => opened.popup.getByTestId('read-while-loading').count()).toBe(1);
    await opened.close();
    // Shown, not kept: nothing in the tab's cache stands for the whole page.
    expect(await cachedDigest(session, tabId)).toBeNull();

    await page.waitForLoadState('load', { timeout: 20_000 });
    opened = await openPopup(session, page);
    await opened.popup.getByTestId('key-point').first().waitFor({ timeout: 15_000 });
    expect(await opened.popup.getByTestId('read-while-loading').count()).toBe(0);
    await opened.close();
    const kept = (await cachedDigest(session, tabId)) as { digest?: { wordCount: number } } | null;
    // The whole article, as the command line reads the whole file; not the part that came first.
    expect(kept?.digest?.wordCount).toBe(digestSource(article).wordCount);
    expect(digestSource(article).wordCount).toBeGreaterThan(digestSource(head).wordCount);
    await page.close();
  });

  it('an article inside an iframe gets a plain message, not an error', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/framed.html`);
    const outcome = await popupOutcome(session, page);
    expect(outcome.status).toMatch(/doesn’t look like an article|couldn’t find any article text/u);
    await page.close();
  });

  it('view-source: says Gist cannot read the page', async () => {
    const page = await session.context.newPage();
    await page.goto(`view-source:${server.origin}/harbor.html`);
    const outcome = await popupOutcome(session, page);
    expect(outcome.status).toContain('Gist can’t read this page');
    await page.close();
  });

  it('a local file is digested where the browser allows file access, else gets the plain message', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'gist-file-')), 'article.html');
    writeFileSync(path, article);
    const page = await session.context.newPage();
    await page.goto(`file://${path}`);
    const outcome = await popupOutcome(session, page);
    expect(outcome.points > 0 || outcome.status.includes('Gist can’t read this page')).toBe(true);
    await page.close();
  });
});
