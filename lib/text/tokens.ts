import { ABBREVIATIONS } from './lexicon/speech';

/** A word, a punctuation mark, or a whole quotation (marks included) inside a sentence. */
export interface Token {
  text: string;
  lower: string;
  /** Offsets in the paragraph text. */
  start: number;
  end: number;
  kind: 'word' | 'punct' | 'quote';
  /** Index of the quotation, for `quote` tokens. */
  quote?: number;
}

export interface QuoteRegion {
  /** Offsets of the marks themselves: the region is [start, end) with both marks inside. */
  start: number;
  end: number;
  quote: number;
}

const WORD_OR_PUNCT = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’\-.]*[\p{L}\p{M}\p{N}.])?|[^\s\p{L}\p{N}]/gu;

/**
 * Tokenises `text[from, to)` with each quotation collapsed into one token, so that attribution
 * reads only the words outside the quote marks.
 */
export function tokenize(text: string, from: number, to: number, regions: readonly QuoteRegion[]): Token[] {
  const tokens: Token[] = [];
  let cursor = from;
  const pushWords = (start: number, end: number) => {
    const slice = text.slice(start, end);
    for (const match of slice.matchAll(WORD_OR_PUNCT)) {
      const word = match[0];
      const offset = start + match.index!;
      // A trailing period belongs to the word only for abbreviations and initials ("Mr.", "U.S.").
      if (word.length > 1 && word.endsWith('.') && !isAbbreviation(word)) {
        pushToken(tokens, word.slice(0, -1), offset, 'word');
        pushToken(tokens, '.', offset + word.length - 1, 'punct');
        continue;
      }
      // "he’d shout" → "he" + "’d": the pronoun stays a subject, its auxiliary one of the words skipped before a verb.
      const contraction = /^(i|you|he|she|we|they)(['’](?:d|ll|ve|re|m))$/iu.exec(word);
      if (contraction) {
        pushToken(tokens, contraction[1]!, offset, 'word');
        pushToken(tokens, contraction[2]!, offset + contraction[1]!.length, 'word');
        continue;
      }
      // "Blinken’s" → "Blinken" + "’s", so the name stays a name.
      const possessive = /^(.+?)(['’]s?)$/u.exec(word);
      if (possessive && /\p{L}/u.test(possessive[1]!) && (possessive[2]!.length === 2 || /s$/u.test(possessive[1]!))) {
        pushToken(tokens, possessive[1]!, offset, 'word');
        pushToken(tokens, possessive[2]!, offset + possessive[1]!.length, 'word');
        continue;
      }
      pushToken(tokens, word, offset, /[\p{L}\p{N}]/u.test(word[0]!) ? 'word' : 'punct');
    }
  };
  for (const region of regions) {
    if (region.end <= from || region.start >= to) continue;
    if (region.start > cursor) pushWords(cursor, region.start);
    tokens.push({
      text: text.slice(region.start, region.end),
      lower: '',
      start: region.start,
      end: region.end,
      kind: 'quote',
      quote: region.quote,
    });
    cursor = Math.max(cursor, region.end);
  }
  if (cursor < to) pushWords(cursor, to);
  return tokens;
}

function isAbbreviation(word: string): boolean {
  return /^(?:\p{L}\.)+$/u.test(word) || ABBREVIATIONS.has(word.slice(0, -1).toLowerCase());
}

function pushToken(tokens: Token[], text: string, start: number, kind: Token['kind']): void {
  tokens.push({ text, lower: text.toLowerCase(), start, end: start + text.length, kind });
}
