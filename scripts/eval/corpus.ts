import { parseArgs } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The evaluation corpus folder: `--corpus DIR`, else GIST_CORPUS, else ../shared/corpus beside the
 * checkout. Evaluations and benchmarks need it; tests never do. When it is missing the script says
 * so in one line and exits non-zero.
 */
export function corpusDir(argv = process.argv.slice(2)): string {
  const { values } = parseArgs({ args: argv, options: { corpus: { type: 'string' } }, strict: false });
  const dir = typeof values.corpus === 'string' ? resolve(values.corpus) : defaultCorpusDir();
  if (!existsSync(dir)) {
    console.error(`No corpus at ${dir}: pass --corpus DIR or set GIST_CORPUS.`);
    process.exit(1);
  }
  return dir;
}

/** GIST_CORPUS, else ../shared/corpus beside the checkout; it may not exist. */
export function defaultCorpusDir(): string {
  return resolve(process.env.GIST_CORPUS ?? resolve(import.meta.dirname, '../../../shared/corpus'));
}

/** A news page of the readability corpus, as `readability/news-pages.tsv` lists it. */
export interface ReadabilityNewsPage {
  folder: string;
  lang: string;
  sourceHtml: string;
}

/** The news and magazine pages of the readability corpus, in the order the list gives them. */
export function readabilityNewsPages(corpus: string): ReadabilityNewsPage[] {
  return readFileSync(join(corpus, 'readability/news-pages.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [folder = '', , lang = ''] = line.split('\t');
      return { folder, lang, sourceHtml: join(corpus, 'readability', folder, 'source.html') };
    })
    .filter((page) => page.folder !== '');
}
