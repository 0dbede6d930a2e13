import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../corpus';
import type { ServedPages } from '../support/browser';
import { openServedPage, startFirefoxWithPages, waitFor, type ExtensionGlobal, type FirefoxSession } from '../support/firefox';
import { englishIn, localeOf } from '../support/locales';

const german = localeOf('de');
let server: ServedPages;
let session: FirefoxSession;

beforeAll(async () => {
  // Firefox's interface language; it takes effect only where its language pack is installed
  // (Debian: firefox-esr-l10n-de), which the first test checks.
  ({ server, session } = await startFirefoxWithPages(
    { '/german.html': readFixture('german-article.html'), '/dutch.html': readFixture('dutch-article.html') },
    { 'intl.locale.requested': 'de' },
  ));
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const openPage = (path: string): Promise<Page> => openServedPage(session, server, path);

const texts = (testId: string) => session.inPopup(testId, { do: 'texts' });

/** What the open popup's document says of itself and shows. */
const popupDocument = () =>
  session.extensionTab.evaluate(() => {
    const { document } = (globalThis as ExtensionGlobal).browser.extension.getViews({ type: 'popup' })[0]!;
    return {
      lang: document.documentElement.lang,
      title: document.title,
      keyPointsHeading: document.getElementById('key-points-heading')?.textContent,
      speakersHeading: document.getElementById('speakers-heading')?.textContent,
      text: document.body.innerText,
    };
  });

describe('Gist in a German Firefox', () => {
  it('runs in German and lists itself in German: name, description and toolbar button', async () => {
    const self = await session.extensionTab.evaluate(async () => {
      const { browser } = globalThis as ExtensionGlobal;
      const { name, description } = await browser.management.getSelf();
      return { ui: browser.i18n.getUILanguage(), name, description, title: await browser.browserAction.getTitle({}) };
    });
    if (self.ui !== 'de') throw new Error(`Firefox runs in "${self.ui}", not German: install its German language pack (Debian: firefox-esr-l10n-de)`);
    expect(self).toEqual({ ui: 'de', name: 'Gist', description: german.message('extDescription'), title: german.message('actionTitle') });
  });

  it('shows the settings page in German', async () => {
    const settings = await session.extensionTab.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      h1: document.querySelector('h1')?.textContent,
      text: document.body.innerText,
    }));
    expect(settings).toMatchObject({ lang: 'de', title: 'Gist-Einstellungen', h1: 'Gist-Einstellungen' });
    expect(englishIn(settings.text, 'de')).toEqual([]);
  });

  it('shows a German page in a German popup and copies it in German', async () => {
    const page = await openPage('/german.html');
    await session.openPopup(page);
    await waitFor(async () => (await texts('key-point')).length === 3, 'no key points');
    const shown = await popupDocument();
    expect(shown).toMatchObject({ lang: 'de', title: german.message('actionTitle'), keyPointsHeading: 'Kernpunkte', speakersHeading: 'Wer hat was gesagt' });
    expect(await texts('meta')).toEqual(['Nordsee-Rundschau (127.0.0.1) · Jana Petersen · 12. März 2025 · 1\u00a0Min. Lesezeit']);
    expect(await texts('copy')).toEqual(['Kopieren']);
    expect(await texts('speaker-name')).toEqual(['Katrin Albers', 'Jonas Brandt']);
    const quotes = await texts('quote');
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote).toMatch(/^„[^„“]+“$/u);
    expect(englishIn(shown.text, 'de')).toEqual([]);

    await session.inPopup('copy', { do: 'click', index: 0 });
    await waitFor(async () => (await texts('status'))[0] === 'Zusammenfassung kopiert.', 'not copied');
    const copied = (await session.evaluateInBrowserWindow('navigator.clipboard.readText()')) as string;
    expect(copied.split('\n')[2]).toBe('Nordsee-Rundschau (127.0.0.1) · Jana Petersen · 12. März 2025 · 1\u00a0Min. Lesezeit');
    expect(copied).toContain('\nKernpunkte\n• ');
    expect(englishIn(copied, 'de')).toEqual([]);
    await page.close();
  });

  it('says in German why a Dutch page has no speaker list', async () => {
    const page = await openPage('/dutch.html');
    await session.openPopup(page);
    await waitFor(async () => (await texts('attribution-unread')).length === 1, 'no word on why there are no speakers');
    expect(await texts('attribution-unread')).toEqual(['Bei Seiten auf Niederländisch erkennt Gist noch nicht, wer spricht; hier sind die Zitate der Seite.']);
    expect(await texts('speaker-name')).toEqual([]);
    expect((await texts('unattributed'))[0]).toMatch(/^Zitate ohne klare Zuordnung \(2\)/u);
    await page.close();
  });

  it('logged no error along the way', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
