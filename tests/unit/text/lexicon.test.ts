import { describe, expect, it } from 'vitest';
import { HONORIFICS } from '../../../lib/text/lexicon/names';
import { PRONOUNS, SUBJECT_FORM } from '../../../lib/text/lexicon/speech';
import { WORD_LISTS } from '../../../lib/text/lexicon/word-lists';

const duplicatesOf = (words: readonly string[]) => words.filter((word, index) => words.indexOf(word) !== index);

describe('the lexicon', () => {
  it('holds every word list of the text code', () => {
    for (const name of [
      'TITLE_WORDS',
      'ORGANISATION_WORDS',
      'ROLE_NOUNS',
      'ABBREVIATIONS',
      'PLACE_OPENING_WORDS',
      'PLACE_CLOSING_WORDS',
      'PLACE_NAMES',
      'ARTICLES',
      'QUANTIFIERS',
      'POSSESSIVE_DETERMINERS',
    ]) {
      expect(WORD_LISTS[name]?.length, name).toBeGreaterThan(0);
    }
  });

  it('tables read with “in” hold no inherited keys a page could write (“constructor”, “toString”)', () => {
    for (const table of [PRONOUNS, HONORIFICS, SUBJECT_FORM]) {
      for (const key of ['constructor', 'tostring', 'toString', '__proto__', 'hasOwnProperty']) expect(key in table, key).toBe(false);
    }
  });

  it.each(Object.entries(WORD_LISTS))('%s is lower-case', (_name, words) => {
    expect(words.filter((word) => word !== word.toLowerCase())).toEqual([]);
  });

  it.each(Object.entries(WORD_LISTS))('%s lists each word once', (_name, words) => {
    expect(duplicatesOf(words)).toEqual([]);
  });
});
