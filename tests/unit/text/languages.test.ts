import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../lib/text/article-text';
import { attributeQuotes } from '../../../lib/text/attribution/attribute';
import { buildDigest } from '../../../lib/text/digest';
import { ATTRIBUTION_LANGUAGES, languageName, readsAttribution } from '../../../lib/text/languages';

/** One clear speaker, said the English way: a language whose attribution Gist reads names her. */
const ENGLISH_QUOTE = '“We will rebuild the harbour before the winter storms,” said Mayor Elena Marsh on Monday.';

/** Languages of news pages Gist meets; those attribution does not read yet, whatever the list holds today. */
const unread = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ja', 'zh', 'ru', 'ar'].filter((lang) => !readsAttribution(lang));

describe('the languages whose attribution Gist reads', () => {
  it('reads English whatever the tag’s region or case, and a page that gives no language away', () => {
    expect(ATTRIBUTION_LANGUAGES).toContain('en');
    for (const lang of ['en', 'en-GB', 'EN-us', null]) expect(readsAttribution(lang)).toBe(true);
    expect(readsAttribution('eng')).toBe(false);
  });

  it('agrees with attribution: English names its speaker, every language off the list leaves its quotation without one', () => {
    expect(unread.length).toBeGreaterThan(0);
    expect(attributeQuotes(articleFromText(ENGLISH_QUOTE).paragraphs, 'en').speakers.map((s) => s.name)).toEqual(['Elena Marsh']);
    for (const lang of unread) {
      const found = attributeQuotes(articleFromText(ENGLISH_QUOTE).paragraphs, lang);
      expect({ lang, speakers: found.speakers.length, unattributed: found.unattributed.length }).toEqual({ lang, speakers: 0, unattributed: 1 });
    }
  });

  it('names a page’s language in the interface’s language', () => {
    expect(languageName('ja', 'de')).toBe('Japanisch');
    expect(languageName('nl-BE', 'fr')).toBe('néerlandais');
    expect(languageName('pl', 'en')).toBe('Polish');
    expect(languageName('pt-BR', 'es')).toBe('portugués');
  });
});

describe('the digest says where attribution was not read', () => {
  const text = [
    '„Wir bauen den Deich vor dem Winter“, sagte Bürgermeisterin Elena Marsch am Montag.',
    'Der Rat stimmte dem Plan mit sieben zu zwei Stimmen zu.',
  ].join('\n\n');

  it('notes it, in English for the command line, on a page in a language off the list', () => {
    const digest = buildDigest(articleFromText(text, { title: 'Deich', lang: 'pl' }));
    expect(digest.notes).toEqual(['Speakers are not attributed on pages in Polish yet: every quotation is in unattributedQuotes.']);
    expect(digest.partial).toBe(false);
  });

  it('leaves an English page’s digest as it was: no note', () => {
    const digest = buildDigest(articleFromText(ENGLISH_QUOTE, { title: 'Harbour', lang: 'en-GB' }));
    expect(digest.notes).toEqual([]);
    expect(digest.speakers.map((s) => s.name)).toEqual(['Elena Marsh']);
  });
});
