import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture, SEED_HTML } from '../corpus';
import { cachedDigest, launchWithExtension, openPopup, recordingProxy, servePages, tabIdOf, type ExtensionSession } from '../support/browser';

// Chromium itself calls these services (sign-in, clock, component updates, autofill) whatever the
// extension does, and no switch turns all of them off in headless mode. They are the browser's
// own endpoints and nothing Gist could use; any other host reaching the proxy fails the test.
const BROWSER_OWN_HOSTS = new Set([
  'accounts.google.com',
  'clients2.google.com',
  'update.googleapis.com',
  'content-autofill.googleapis.com',
  'optimizationguide-pa.googleapis.com',
]);
const hostOf = (request: string) => {
  const target = request.split(' ')[1] ?? '';
  return target.includes('://') ? new URL(target).hostname : target.replace(/:\d+$/u, '');
};

let server: Awaited<ReturnType<typeof servePages>>;
let proxy: Awaited<ReturnType<typeof recordingProxy>>;
let session: ExtensionSession;

beforeAll(async () => {
  server = await servePages({
    '/seed.html': readFileSync(SEED_HTML, 'utf8'),
    '/harbor.html': readFixture('harbor-article.html'),
    '/hostile.html': readFixture('hostile-article.html'),
  });
  proxy = await recordingProxy();
  session = await launchWithExtension([`--proxy-server=${proxy.address}`]);
});

afterAll(async () => {
  await session?.close();
  await proxy?.close();
  await server?.close();
});

describe('privacy and hostile pages', () => {
  it('shows page text shaped like HTML as text, and runs none of it', async () => {
    const page = await session.context.newPage();
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(`${server.origin}/hostile.html`);
    const opened = await openPopup(session, page);
    const { popup } = opened;
    popup.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await popup.getByTestId('key-point').first().waitFor();
    const shown = (await popup.getByTestId('key-point').allTextContents()).join('\n') + (await popup.getByTestId('quote').allTextContents()).join('\n');
    expect(shown).toContain('<script>alert(1)</script>');
    expect(shown).toContain('onerror=');
    // Nothing from the page became markup: the popup holds only its own elements.
    expect(await popup.locator('main script, main img, main a[href^="javascript:"]').count()).toBe(0);
    expect(await popup.title()).toBe('Gist: summarize this article');
    expect(dialogs).toBe(0);
    await opened.close();
    await page.close();
  });

  it('sends nothing anywhere during a full use', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/seed.html`);
    const opened = await openPopup(session, page);
    const { popup } = opened;
    await popup.getByTestId('key-point').first().waitFor();
    await popup.getByTestId('copy').click();
    await popup.getByTestId('copy-markdown').click();
    await popup.getByTestId('length-long').check();
    await expect.poll(() => popup.getByTestId('key-point').count()).toBe(7);
    await popup.getByTestId('auto-summarize').check();
    await expect.poll(() => popup.getByTestId('status').textContent()).toContain('Auto-summarize is on');
    await opened.close();

    for (const path of ['/harbor.html', '/hostile.html']) {
      const next = await session.context.newPage();
      await next.goto(`${server.origin}${path}`);
      const tabId = await tabIdOf(session, `${server.origin}${path}`);
      await expect.poll(() => cachedDigest(session, tabId), { timeout: 15_000 }).not.toBeNull();
      await next.close();
    }
    const last = await openPopup(session, page);
    await last.popup.getByTestId('auto-summarize').uncheck();
    await expect.poll(() => last.popup.getByTestId('status').textContent()).toContain('Auto-summarize is off');
    await last.close();
    await page.close();

    expect(proxy.requests.filter((request) => !BROWSER_OWN_HOSTS.has(hostOf(request)))).toEqual([]);
  });
});
