import type { Token } from '../tokens';
import {
  COUNTRY_GIVEN_NAMES,
  COUNTRY_LIKE_PLACES,
  DEMONYMS,
  NOT_AGENT_NOUNS,
  PEOPLE_PLURALS,
  PLACE_CLOSING_WORDS,
  PLACE_NAMES,
  PLACE_OPENING_WORDS,
  ROLE_NOUNS,
} from '../lexicon/names';
import givenNames from './given-names.json';

/**
 * What single words tell about names: a given name's gender, a country, a place word, a role noun,
 * a plural of people; and what the whole article tells about its words.
 */

export type Gender = 'm' | 'f' | null;

/** The token of a possessive: "People’s", "the state’s". */
export const POSSESSIVE_S = /^['’]s$/u;

let countries: ReadonlySet<string> | null = null;

/**
 * Country and territory names in English, lower-cased ("china", "united kingdom"), from the
 * runtime's own region names (`Intl.DisplayNames`): no list ships with Gist. Bodies with a region
 * code ("European Union", "United Nations") speak, and stay out.
 */
export function countryNames(): ReadonlySet<string> {
  if (countries) return countries;
  const names = new Set(COUNTRY_LIKE_PLACES);
  const regions = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }) : null;
  for (let a = 65; regions && a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = code === 'EU' || code === 'UN' || code === 'EZ' ? undefined : regions.of(code);
      // "Türkiye" is often written "Turkiye": both spellings are the country.
      if (name) for (const spelling of [name, name.normalize('NFD').replace(/\p{M}/gu, '')]) names.add(spelling.toLowerCase());
    }
  }
  for (const name of COUNTRY_GIVEN_NAMES) names.delete(name);
  countries = names;
  return names;
}

/** What the whole article tells about its words: which it writes in lower case, and the names read so far. */
export interface ArticleWords {
  common: ReadonlySet<string>;
  /** Runs of capitalised words the prose writes (`namesWrittenInProse`), read when a headline needs them. */
  proseNames: () => ReadonlySet<string>;
  knows: (words: readonly string[]) => boolean;
}

/**
 * Words an article writes in lower case somewhere: at a sentence's start, those are common words.
 * Not inside a handle or an address ("@s_bielefeld", "samanthabielefeld.com"): those spell names in lower case.
 */
export function wordsWrittenInLowerCase(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(LOWER_CASE_WORD)) words.add(match[0]);
  return words;
}

const LOWER_CASE_WORD = /(?<![\p{L}\p{N}_@/.'’-])\p{Ll}[\p{Ll}'’-]*(?![\p{Ll}'’-]|[\p{N}_@/.]\p{L})/gu;

const MALE_NAMES = new Set(givenNames.male.split(' '));
const FEMALE_NAMES = new Set(givenNames.female.split(' '));

/** The gender a given name nearly always has in US birth records (given-names.json), else null. */
export function givenNameGender(word: string): Gender {
  if (MALE_NAMES.has(word)) return 'm';
  return FEMALE_NAMES.has(word) ? 'f' : null;
}

/**
 * Is a name a place's, so that "United States" is never listed as a person? By where its place
 * word stands: "West Bank" and "Hyde Park" are places, "Kanye West" and "Park Geun-hye" people.
 */
export function isPlaceName(words: readonly string[]): boolean {
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  return PLACE_OPENING_WORDS.has(first) || PLACE_CLOSING_WORDS.has(last) || words.some((w) => PLACE_NAMES.has(w));
}

/** Is `word` a noun that names a role ("diplomat", "spokeswoman")? */
export function isRoleNoun(word: string): boolean {
  return ROLE_NOUNS.has(word.toLowerCase());
}

/**
 * Is `word`, written right before a name, what that person is? A role noun, or any agent noun
 * ("said beauty blogger Amber Katz", "pollster Frank Luntz"): no list holds every trade, but the
 * shape of the word and its place before a name tell.
 */
export function isRoleBeforeName(word: string): boolean {
  const lower = word.toLowerCase();
  return isRoleNoun(lower) || (lower.length >= 5 && /(?:er|or|ist|ian|man|woman)$/u.test(lower) && !NOT_AGENT_NOUNS.has(lower));
}

/** A plural noun for people who can speak: "officials", "witnesses", "authorities" — not any word ending in s ("is"). */
export function isPeoplePlural(word: string): boolean {
  const lower = word.toLowerCase();
  return PEOPLE_PLURALS.has(lower) || (/s$/u.test(lower) && (isRoleNoun(lower.slice(0, -1)) || (/es$/u.test(lower) && isRoleNoun(lower.slice(0, -2)))));
}

/** How many tokens from `first` spell a country ("Ukraine", "South Korea"), up to three; 0 if none. */
export function countryLength(tokens: readonly Token[], first: number, last: number): number {
  for (let length = Math.min(3, last - first + 1); length > 0; length--) {
    const words = tokens.slice(first, first + length).map((t) => t.lower);
    if (countryNames().has(words.join(' '))) return length;
  }
  return 0;
}

/**
 * "Tunisian Islamists", "Greek Cypriots": a nationality and a plural name a group, never one
 * person; with a name between ("Briton Chris Evans", "American Venus Williams") they name a person.
 */
export function isNationalGroup(words: readonly string[]): boolean {
  return words.length === 2 && DEMONYMS.has(words[0]!) && /[^s]s$/u.test(words[1]!);
}
