import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The corpus folder: `--corpus DIR`, else GIST_CORPUS, else ../shared/corpus beside the checkout. */
export function corpusDir(argv = process.argv.slice(2)): string {
  const { values } = parseArgs({ args: argv, options: { corpus: { type: 'string' } }, strict: false });
  const dir = resolve(
    typeof values.corpus === 'string' ? values.corpus : (process.env.GIST_CORPUS ?? resolve(import.meta.dirname, '../../shared/corpus')),
  );
  if (!existsSync(dir)) {
    console.error(`No corpus at ${dir}: pass --corpus DIR or set GIST_CORPUS.`);
    process.exit(1);
  }
  return dir;
}
