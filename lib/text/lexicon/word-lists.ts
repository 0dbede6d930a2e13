/**
 * How word lists are written: lower-case words separated by white space, each list registered by
 * name so that one test checks them all (tests/unit/text/lexicon.test.ts). Every word list of the
 * English rules lives in speech.ts or names.ts beside this file; they ship in the extension.
 */

/** Each list as written, by name: what the lexicon test checks. */
export const WORD_LISTS: Record<string, readonly string[]> = {};

export function wordList(name: string, text: string): readonly string[] {
  const words = text.split(/\s+/u).filter(Boolean);
  WORD_LISTS[name] = words;
  return words;
}

export function wordSet(name: string, text: string): ReadonlySet<string> {
  return new Set(wordList(name, text));
}

/** A table read with `word in table`: without a prototype, "constructor" or "toString" on a page is no key. */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
