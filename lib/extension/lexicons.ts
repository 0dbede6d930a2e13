import { lexiconLanguage, parseLexicon, type Lexicon, type LexiconLanguage } from '../text/attribution/languages/lexicon';

/** Reads a file the extension ships, by its path in the package ("/lexicons/de.json"). */
export type PackageFileReader = (path: string) => Promise<string>;

/** The extension's own file, through its URL: a service worker cannot `import()` data at run time. */
export function packageFileReader(getURL: (path: string) => string): PackageFileReader {
  return async (path) => {
    const response = await fetch(getURL(path));
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return response.text();
  };
}

/**
 * The lexicon of a page's language, read from the extension's files the first time a page in it is
 * digested and kept for the worker's life: a reader of one language loads no other. Null for
 * English, for a language without a lexicon file, and when the file cannot be read or is damaged
 * (the digest then says so, and names no speaker rather than guess).
 */
export function lexiconLoader(read: PackageFileReader): (lang: string | null) => Promise<Lexicon | null> {
  const loaded = new Map<LexiconLanguage, Promise<Lexicon | null>>();
  return (lang) => {
    const language = lexiconLanguage(lang);
    if (!language) return Promise.resolve(null);
    let lexicon = loaded.get(language);
    if (!lexicon) {
      lexicon = read(`/lexicons/${language}.json`)
        .then((text) => parseLexicon(JSON.parse(text), language))
        .catch(() => null);
      // A failed read is tried again with the next page: it may have been a passing fault.
      void lexicon.then((value) => value ?? loaded.delete(language));
      loaded.set(language, lexicon);
    }
    return lexicon;
  };
}
