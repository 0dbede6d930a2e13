import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexiconLoader } from '../../../lib/extension/lexicons';
import { LEXICON_LANGUAGES } from '../../../lib/text/attribution/languages/lexicon';

const PUBLIC = resolve(import.meta.dirname, '../../../public');

/** Reads the extension's files from the repository, counting what was read. */
function packageFiles(override: Record<string, string> = {}) {
  const read: string[] = [];
  const reader = async (path: string) => {
    read.push(path);
    if (path in override) return override[path]!;
    return readFileSync(resolve(PUBLIC, `.${path}`), 'utf8');
  };
  return { read, reader };
}

describe('the lexicon of a page’s language', () => {
  it('is read from the extension’s files once, for that language only', async () => {
    const { read, reader } = packageFiles();
    const load = lexiconLoader(reader);
    expect((await load('de-CH'))?.language).toBe('de');
    expect((await load('de'))?.reportingVerbs.has('sagte')).toBe(true);
    expect(await load('en-GB')).toBeNull();
    expect(await load('nl')).toBeNull();
    expect(await load(null)).toBeNull();
    expect(read).toEqual(['/lexicons/de.json']);
  });

  it('every lexicon file the extension ships parses', async () => {
    const load = lexiconLoader(packageFiles().reader);
    for (const language of LEXICON_LANGUAGES) expect((await load(language))?.language).toBe(language);
  });

  it('a damaged or foreign file gives no lexicon, and is read again for the next page', async () => {
    const { read, reader } = packageFiles({ '/lexicons/fr.json': '{"language":"de","pronouns":{}}', '/lexicons/es.json': '{not json' });
    const load = lexiconLoader(reader);
    expect(await load('fr')).toBeNull();
    expect(await load('es')).toBeNull();
    expect(await load('fr')).toBeNull();
    expect(read.filter((path) => path === '/lexicons/fr.json')).toHaveLength(2);
  });

  it('a word list with an upper-case or overlong word is refused', async () => {
    const german = JSON.parse(readFileSync(resolve(PUBLIC, 'lexicons/de.json'), 'utf8'));
    const load = lexiconLoader(packageFiles({ '/lexicons/de.json': JSON.stringify({ ...german, roles: 'Minister' }) }).reader);
    expect(await load('de')).toBeNull();
  });
});
