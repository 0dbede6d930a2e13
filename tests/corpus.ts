import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The shared evaluation corpus beside the checkout, or wherever GIST_CORPUS points. */
export const CORPUS_DIR = resolve(process.env.GIST_CORPUS ?? resolve(import.meta.dirname, '../../shared/corpus'));

export const SEED_HTML = resolve(CORPUS_DIR, 'seed/blinken-wang.html');
export const SEED_TEXT = resolve(CORPUS_DIR, 'seed/blinken-wang.txt');
export const SEED_GOLD = resolve(CORPUS_DIR, 'seed/blinken-wang.gold.json');

export function requireCorpus(): void {
  if (!existsSync(SEED_HTML)) {
    throw new Error(`The corpus is missing at ${CORPUS_DIR}: set GIST_CORPUS to the shared/corpus folder.`);
  }
}
