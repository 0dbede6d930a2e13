import { describe, expect, it } from 'vitest';
import { sayCount, type Catalog } from '../../../lib/locale';
import { LOCALE_FOLDERS, localeOf, readCatalog } from '../../support/locales';

const english = readCatalog('en');
const translations = LOCALE_FOLDERS.filter((folder) => folder !== 'en');
const catalogs = Object.fromEntries(LOCALE_FOLDERS.map((folder) => [folder, readCatalog(folder)])) as Record<string, Catalog>;
const messagesOf = (folder: string) => Object.entries(catalogs[folder]!).map(([key, { message }]) => ({ key, message }));

/** `$1`…`$9` a message uses, sorted: a translation takes the same values, in any order. */
const placeholders = (message: string) => [...message.matchAll(/\$([1-9])/gu)].map((match) => match[1]).sort();

/**
 * The quotation marks of each language's prose, as its `quoted` message has them (French with a
 * no-break space inside), and how it addresses the reader: no form of the address it does not use.
 */
const STYLE: Record<string, { quoted: string; notAddressed: RegExp }> = {
  en: { quoted: '“$1”', notAddressed: /^$/u },
  de: { quoted: '„$1“', notAddressed: /\b(?:du|dich|dir|dein\w*)\b/iu },
  fr: { quoted: '«\u00a0$1\u00a0»', notAddressed: /\b(?:tu|toi|ton|ta|tes)\b/iu },
  es: { quoted: '«$1»', notAddressed: /\b(?:usted|vosotros)\b/iu },
  it: { quoted: '«$1»', notAddressed: /\b(?:Lei|Suo|Sua|Suoi)\b/u },
  pt_BR: { quoted: '“$1”', notAddressed: /\b(?:tu|teu|tua)\b/iu },
  pt_PT: { quoted: '«$1»', notAddressed: /\b(?:tu|teu|tua|você)\b/iu },
};

/** Every quotation mark a message could use (not ›, which leads through menus: Settings › Appearance). */
const QUOTE_MARKS = /["“”„‟«»‚‘]/gu;

describe('the translations in public/_locales', () => {
  it('are Gist’s six languages, in folders the Chrome Web Store and Firefox know', () => {
    expect(LOCALE_FOLDERS).toEqual(['de', 'en', 'es', 'fr', 'it', 'pt_BR', 'pt_PT']);
  });

  it.each(translations)('%s has every message of en and no other', (folder) => {
    expect(Object.keys(catalogs[folder]!).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(LOCALE_FOLDERS)('%s keeps each message’s placeholders, and says something in each', (folder) => {
    for (const { key, message } of messagesOf(folder)) {
      expect({ key, placeholders: placeholders(message) }).toEqual({ key, placeholders: placeholders(english[key]!.message) });
      // A "$" that is not $1…$9 would be read as a named placeholder by the browser.
      expect({ key, stray: message.replace(/\$[1-9]/gu, '').includes('$') }).toEqual({ key, stray: false });
      expect({ key, blank: message.trim() === '' }).toEqual({ key, blank: false });
      // Leading ", " or " · " only where English has it: those messages follow another.
      expect({ key, starts: /^\s/u.test(message), ends: /\s$/u.test(message) }).toEqual({
        key,
        starts: /^\s/u.test(english[key]!.message),
        ends: /\s$/u.test(english[key]!.message),
      });
    }
  });

  it('has keys the browser can tell apart (they are case-insensitive) and may use', () => {
    const keys = Object.keys(english);
    expect(new Set(keys.map((key) => key.toLowerCase())).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_]+$/u);
  });

  it.each(LOCALE_FOLDERS)('%s names its own language for dates and numbers', (folder) => {
    const language = catalogs[folder]!.uiLanguage!.message;
    expect(language).toBe(folder.replace('_', '-'));
    expect(Intl.DateTimeFormat.supportedLocalesOf([language])).toEqual([language]);
  });

  it.each(LOCALE_FOLDERS)('%s fits the stores: a name of at most 45 characters, a description of at most 132', (folder) => {
    expect(catalogs[folder]!.extName!.message.length).toBeLessThanOrEqual(45);
    expect(catalogs[folder]!.extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  it.each(LOCALE_FOLDERS)('%s needs no plural form but "one" and "other" for any count Gist shows', (folder) => {
    const rules = new Intl.PluralRules(catalogs[folder]!.uiLanguage!.message);
    const forms = new Set<string>();
    for (let count = 0; count <= 100_000; count++) forms.add(rules.select(count));
    expect([...forms].sort()).toEqual(['one', 'other']);
  });

  it('writes counts in each language’s own plural forms and digits', () => {
    expect(sayCount(localeOf('en'), 'quotationCount', 1)).toBe('1 quotation');
    expect(sayCount(localeOf('de'), 'quotationCount', 1234)).toBe('1.234 Zitate');
    // French and Brazilian Portuguese take the singular for zero; European Portuguese does not.
    expect(sayCount(localeOf('fr'), 'quotationCount', 0)).toBe('0 citation');
    expect(sayCount(localeOf('pt_BR'), 'moreQuotes', 0)).toBe('Mostrar mais 0 citação');
    expect(sayCount(localeOf('pt_PT'), 'moreQuotes', 0)).toBe('Mostrar mais 0 citações');
    expect(sayCount(localeOf('it'), 'moreQuotes', 2)).toBe('Mostra altre 2 citazioni');
  });

  it.each(LOCALE_FOLDERS)('%s quotes with its language’s marks, each opened one closed, and no straight quotes or apostrophes', (folder) => {
    const { quoted } = STYLE[folder]!;
    expect(catalogs[folder]!.quoted!.message).toBe(quoted);
    const [open, close] = quoted.replace(/\s/gu, '').split('$1') as [string, string];
    for (const { key, message } of messagesOf(folder)) {
      expect({ key, apostrophe: message.includes("'") }).toEqual({ key, apostrophe: false });
      const marks = message.match(QUOTE_MARKS) ?? [];
      // German closes with “ as English opens with it: read the marks in pairs.
      const pairs = marks.map((mark, index) => (index % 2 === 0 ? mark === open : mark === close));
      expect({ key, marks: marks.join(''), paired: marks.length % 2 === 0 && pairs.every(Boolean) }).toEqual({ key, marks: marks.join(''), paired: true });
    }
  });

  it('French sets a no-break space before : ; ! ? and inside « »', () => {
    for (const { key, message } of messagesOf('fr')) {
      const text = message.replace(/\$[1-9]/gu, 'X');
      expect({ key, before: text.match(/[^\u00a0\u202f][:;!?»]/gu) ?? [] }).toEqual({ key, before: [] });
      expect({ key, after: text.match(/«[^\u00a0]/gu) ?? [] }).toEqual({ key, after: [] });
    }
  });

  it.each(translations)('%s addresses the reader one way throughout', (folder) => {
    const { notAddressed } = STYLE[folder]!;
    for (const { key, message } of messagesOf(folder)) expect({ key, message, other: notAddressed.test(message) }).toMatchObject({ key, other: false });
  });

  it.each(translations)('%s calls key points, Auto-summarize and the side panel by one name each', (folder) => {
    const catalog = catalogs[folder]!;
    // The stems of a term's words ("kernpunk" for "Kernpunkte"): one of them names it in every message English names it in.
    const stems = (term: string) =>
      term
        .toLowerCase()
        .split(/[\s-]+/u)
        .filter((word) => word.length >= 5)
        .map((word) => word.slice(0, -2));
    const terms = [
      [/key point/iu, 'keyPoints'],
      [/auto-summarize/iu, 'autoSummarizeHeading'],
      [/side panel/iu, 'settingsPanel'],
    ] as const;
    for (const [english_term, termKey] of terms) {
      const names = stems(catalog[termKey]!.message);
      for (const [key, { message }] of Object.entries(english)) {
        if (!english_term.test(message)) continue;
        const translated = catalog[key]!.message.toLowerCase();
        expect({ key, term: termKey, named: names.some((stem) => translated.includes(stem)) }).toEqual({ key, term: termKey, named: true });
      }
    }
  });
});
