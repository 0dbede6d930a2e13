import { ces, deu, eng, fra, ita, nld, por, spa } from 'stopword';
import { stemmer } from 'stemmer';
import { segmentsOf } from './segmenter';

// Stop words for the languages of the news pages Gist is tested on; others fall back to English,
// which at least removes the English function words that pages in any language quote.
const STOP_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set(eng),
  fr: new Set(fra),
  de: new Set(deu),
  es: new Set(spa),
  pt: new Set(por),
  cs: new Set(ces),
  it: new Set(ita),
  nl: new Set(nld),
};

/** A function word of English ("as", "and", "has"): never the noun a modifier goes with. */
export function isEnglishStopWord(word: string): boolean {
  return STOP_WORDS.en!.has(word.toLowerCase());
}

/** A function word of the language (its stop-word list; English when Gist has none for it). */
export function isStopWord(word: string, lang: string | null): boolean {
  return (STOP_WORDS[baseLanguage(lang)] ?? STOP_WORDS.en!).has(word.toLowerCase());
}

function baseLanguage(lang: string | null): string {
  return (lang ?? 'en').toLowerCase().split(/[-_]/u)[0] || 'en';
}

const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/**
 * The content words of a text, normalised for comparison: lower-cased, stop words removed,
 * Porter-stemmed in English and cut to a six-letter prefix in other languages. Texts without
 * spaces (Chinese, Japanese) are split by `Intl.Segmenter`.
 */
export function contentTerms(text: string, lang: string | null): string[] {
  const language = baseLanguage(lang);
  const stopWords = STOP_WORDS[language] ?? STOP_WORDS.en!;
  const words: string[] = [];
  if (SPACELESS.test(text)) {
    for (const segment of segmentsOf(text, language, 'word')) {
      if (segment.isWordLike) words.push(segment.segment.toLowerCase());
    }
  } else {
    for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) words.push(match[0]);
  }
  const terms: string[] = [];
  for (const word of words) {
    if (stopWords.has(word) || (word.length < 2 && !SPACELESS.test(word))) continue;
    terms.push(language === 'en' ? stemmer(word.replace(/['’]s$/u, '')) : word.slice(0, 6));
  }
  return terms;
}

/**
 * The language of a text without a declared one, by which language's stop words it uses most
 * (over its first 400 words); 'en' when nothing stands out. Texts without spaces are left to
 * the caller (null).
 */
export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, 4000).toLowerCase();
  if (SPACELESS.test(sample) && !/[a-z]{3,}/u.test(sample)) return null;
  const words = sample.match(/\p{L}+/gu)?.slice(0, 400) ?? [];
  let best = 'en';
  let bestCount = 0;
  for (const [language, stopWords] of Object.entries(STOP_WORDS)) {
    let count = 0;
    for (const word of words) if (stopWords.has(word)) count++;
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  return best;
}

/** A text's content terms with their counts, and the vector's norm: what sentences are compared by. */
export interface TermVector {
  terms: Map<string, number>;
  norm: number;
}

export function termVector(text: string, lang: string | null): TermVector {
  const terms = new Map<string, number>();
  for (const term of contentTerms(text, lang)) terms.set(term, (terms.get(term) ?? 0) + 1);
  let norm = 0;
  for (const weight of terms.values()) norm += weight * weight;
  return { terms, norm: Math.sqrt(norm) };
}

/** Cosine similarity of two term vectors, 0 when either is empty. */
export function cosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.terms.size < b.terms.size ? [a.terms, b.terms] : [b.terms, a.terms];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  return dot / (a.norm * b.norm);
}
