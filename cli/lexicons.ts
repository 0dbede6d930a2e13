import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lexiconLanguage, parseLexicon, type Lexicon, type LexiconLanguage } from '../lib/text/attribution/languages/lexicon';

const LEXICON_DIR = resolve(import.meta.dirname, '../public/lexicons');
const loaded = new Map<LexiconLanguage, Lexicon>();

/** The lexicon file for a page's language, read from the extension's own files as the background fetches it; null for English and languages without one. */
export function lexiconFor(lang: string | null): Lexicon | null {
  const language = lexiconLanguage(lang);
  if (!language) return null;
  let lexicon = loaded.get(language);
  if (!lexicon) {
    lexicon = parseLexicon(JSON.parse(readFileSync(resolve(LEXICON_DIR, `${language}.json`), 'utf8')), language);
    loaded.set(language, lexicon);
  }
  return lexicon;
}
