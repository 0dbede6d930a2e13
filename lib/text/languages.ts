import { LEXICON_LANGUAGES } from './attribution/languages/lexicon';

/**
 * The languages whose attribution Gist reads: English, and those of the lexicon files. The one list
 * the digest, the popup and the copies consult, so what the reader is told never disagrees with
 * what attribution did.
 */
export const ATTRIBUTION_LANGUAGES: readonly string[] = ['en', ...LEXICON_LANGUAGES];

/** "de" for "de-AT", lower-cased. */
export function baseLanguage(lang: string): string {
  return lang.toLowerCase().split('-')[0] ?? '';
}

/**
 * Whether attribution reads pages in `lang` and names who speaks. A page that declares no
 * language and whose words give none away (null) is read as English, as attribution does.
 */
export function readsAttribution(lang: string | null): boolean {
  return lang === null || ATTRIBUTION_LANGUAGES.includes(baseLanguage(lang));
}

/**
 * The name of a page's language written in `inLanguage` ("Japanisch" for "ja" in German), from
 * the browser's own CLDR data; the tag itself when it names no language Intl knows.
 */
export function languageName(lang: string, inLanguage: string): string {
  const base = baseLanguage(lang);
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language', fallback: 'code' }).of(base) ?? base;
  } catch {
    return base;
  }
}
