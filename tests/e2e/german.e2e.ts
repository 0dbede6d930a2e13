import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../corpus';
import { accessibilityViolations } from '../support/axe';
import { launchWithExtension, openPopup, servePages, type ExtensionSession } from '../support/browser';
import { englishIn, localeOf } from '../support/locales';

const SCREENSHOTS = resolve(import.meta.dirname, '../../.output/screenshots');
const german = localeOf('de');

let server: Awaited<ReturnType<typeof servePages>>;
let session: ExtensionSession;

beforeAll(async () => {
  server = await servePages({
    '/german.html': readFixture('german-article.html'),
    '/dutch.html': readFixture('dutch-article.html'),
  });
  // Chromium's interface language; the extension's messages follow it.
  session = await launchWithExtension(['--accept-lang=de'], 'de');
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Gist in a German Chromium', () => {
  it('lists itself in German: name, description and toolbar button', async () => {
    const self = await session.worker.evaluate(async () => {
      const { name, description } = await chrome.management.getSelf();
      return { name, description, title: await chrome.action.getTitle({}) };
    });
    expect(self).toEqual({ name: 'Gist', description: german.message('extDescription'), title: german.message('actionTitle') });
  });

  it('shows a German page in a German popup: labels, date, reading time, quotation marks, copies, no English left', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/german.html`);
    const opened = await openPopup(session, page);
    const { popup } = opened;
    await popup.getByTestId('key-point').first().waitFor();

    expect(await popup.evaluate(() => ({ lang: document.documentElement.lang, title: document.title }))).toEqual({
      lang: 'de',
      title: german.message('actionTitle'),
    });
    expect(await popup.getByTestId('title').textContent()).toBe('Stadtrat beschließt Flutmauer für die Hafenkante');
    expect(await popup.getByTestId('meta').textContent()).toBe('Nordsee-Rundschau (127.0.0.1) · Jana Petersen · 12. März 2025 · 1\u00a0Min. Lesezeit');
    expect(await popup.locator('#key-points-heading').textContent()).toBe('Kernpunkte');
    expect(await popup.getByTestId('copy').textContent()).toBe('Kopieren');
    expect(await popup.locator('#speakers-heading').textContent()).toBe('Wer hat was gesagt');
    // Attribution reads German (its words loaded from the extension's own lexicon file): both speakers named.
    expect(await popup.getByTestId('speaker-name').allTextContents()).toEqual(['Katrin Albers', 'Jonas Brandt']);
    const quotes = await popup.getByTestId('quote').allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote).toMatch(/^„[^„“]+“$/u);
    const shown = await popup.evaluate(() => document.body.innerText);
    expect(englishIn(shown, 'de')).toEqual([]);
    expect(await popup.getByTestId('auto-summarize').locator('..').textContent()).toBe(german.message('autoSummarize'));

    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      await popup.screenshot({ path: resolve(SCREENSHOTS, `popup-german${colorScheme === 'dark' ? '-dark' : ''}.png`), fullPage: true });
      expect(await accessibilityViolations(popup), colorScheme).toEqual([]);
    }
    await popup.emulateMedia({ colorScheme: 'light' });

    await popup.getByTestId('copy').click();
    await expect.poll(() => popup.getByTestId('status').textContent()).toBe('Zusammenfassung kopiert.');
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n').slice(0, 3)).toEqual([
      'Stadtrat beschließt Flutmauer für die Hafenkante',
      `${server.origin}/german.html`,
      'Nordsee-Rundschau (127.0.0.1) · Jana Petersen · 12. März 2025 · 1\u00a0Min. Lesezeit',
    ]);
    expect(copied).toContain('\nKernpunkte\n• ');
    expect(englishIn(copied, 'de')).toEqual([]);
    await opened.close();
    await page.close();
  });

  it('says in German why a Dutch page has no speaker list', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/dutch.html`);
    const opened = await openPopup(session, page);
    const { popup } = opened;
    await popup.getByTestId('attribution-unread').waitFor();
    expect(await popup.getByTestId('attribution-unread').textContent()).toBe(
      'Bei Seiten auf Niederländisch erkennt Gist noch nicht, wer spricht; hier sind die Zitate der Seite.',
    );
    expect(await popup.getByTestId('unattributed').locator('summary').textContent()).toBe('Zitate ohne klare Zuordnung (2)');
    expect(await popup.getByTestId('speaker-name').count()).toBe(0);
    // The page's own text keeps the page's language for screen readers; the interface is German.
    expect(await popup.getByTestId('unattributed').locator('ul').getAttribute('lang')).toBe('nl');
    expect(await accessibilityViolations(popup)).toEqual([]);
    await opened.close();
    await page.close();
  });

  it('shows the settings page in German', async () => {
    const settings = await session.context.newPage();
    await settings.goto(`chrome-extension://${session.extensionId}/options.html`);
    await settings.locator('h1').waitFor();
    expect(await settings.evaluate(() => ({ lang: document.documentElement.lang, title: document.title }))).toEqual({
      lang: 'de',
      title: 'Gist-Einstellungen',
    });
    expect(await settings.locator('h1').textContent()).toBe('Gist-Einstellungen');
    expect(englishIn(await settings.evaluate(() => document.body.innerText), 'de')).toEqual([]);
    await settings.close();
  });
});
