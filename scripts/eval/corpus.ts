import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { articleFromHtml } from '../../cli/digest-file';
import type { Article } from '../../lib/contracts';
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

/**
 * The article Gist extracts from a corpus page (`set/folder`, or the seed's file), through the
 * command line's own path; with `GIST_ARTICLE_CACHE` set to a folder, read from and kept there, so
 * that evaluations and training run again in seconds. Null when no article can be read.
 */
export function corpusArticle(corpus: string, page: string): Article | null {
  const cacheDir = process.env.GIST_ARTICLE_CACHE;
  const cacheFile = cacheDir ? join(cacheDir, `${page.replace(/\//gu, '__')}.json`) : null;
  if (cacheFile && existsSync(cacheFile)) return JSON.parse(readFileSync(cacheFile, 'utf8')) as Article | null;
  const source = page.startsWith('seed/') ? join(corpus, page) : join(corpus, page, 'source.html');
  let article: Article | null;
  try {
    article = articleFromHtml(readFileSync(source, 'utf8')).article;
  } catch {
    article = null;
  }
  if (cacheFile) {
    mkdirSync(cacheDir!, { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(article));
  }
  return article;
}
