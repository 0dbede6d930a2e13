/**
 * Every page of the corpus through the command line's own path (`npx gist digest`): the 130
 * pages of readability/ (news or not) and the 20 pages of news/. Each must give a digest or a
 * plain reason, never an exception; for readability/ pages, whether Gist calls a page an article
 * is compared with Readability's own expected `readerable`. The extension's in-page steps
 * (Readability's clean-up held back to a task of its own) must give the article one `parse()`
 * gives, on every page. Exits 1 when any page throws or the steps read a page differently.
 * Usage: npm run eval:robustness -- [--corpus DIR]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { digestSource } from '../../cli/digest-file';
import { extractArticle, extractArticleInSteps } from '../../lib/page/extract';
import { corpusDir } from './corpus';

const corpus = corpusDir();
const PLAIN_REASONS = new Set(['the page is too long to digest', 'no article text found on the page']);

const pageFolders = (dir: string) =>
  readdirSync(join(corpus, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(corpus, dir, entry.name, 'source.html')))
    .map((entry) => join(dir, entry.name));

const outcomes = { digested: 0, plainReason: 0, failed: [] as string[] };
const readerable = { agree: 0, compared: 0, disagree: [] as string[] };
const steps = { same: 0, differ: [] as string[] };
const quiet = new VirtualConsole();
/** Reads a page in a window of its own, closed after (jsdom frees a closed window only in part). */
async function readPage<T>(html: string, read: (doc: Document) => T | Promise<T>): Promise<T> {
  const { window } = new JSDOM(html, { url: 'https://example.com/page', virtualConsole: quiet });
  try {
    return await read(window.document);
  } finally {
    window.close();
  }
}

for (const folder of [...pageFolders('readability'), ...pageFolders('news')]) {
  const html = readFileSync(join(corpus, folder, 'source.html'), 'utf8');
  const [oneGo, inSteps] = await readPage(html, async (doc) => [
    JSON.stringify(extractArticle(doc, { force: true })),
    JSON.stringify(await extractArticleInSteps(doc, { force: true }, () => Promise.resolve())),
  ]);
  if (oneGo === inSteps) steps.same++;
  else steps.differ.push(folder);
  try {
    const digest = digestSource(html, { length: 'long' });
    if (digest.keyPoints.length > 7 || digest.speakers.some((s) => s.quotes.length === 0)) throw new Error('malformed digest');
    outcomes.digested++;
    const metadataFile = join(corpus, folder, 'expected-metadata.json');
    if (existsSync(metadataFile)) {
      const expected = (JSON.parse(readFileSync(metadataFile, 'utf8')) as { readerable?: boolean }).readerable;
      if (typeof expected === 'boolean') {
        readerable.compared++;
        if (expected === digest.readerable) readerable.agree++;
        else readerable.disagree.push(`${folder} (Readability: ${expected})`);
      }
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (PLAIN_REASONS.has(message)) outcomes.plainReason++;
    else outcomes.failed.push(`${folder}: ${message.split('\n')[0]}`);
  }
}

const total = outcomes.digested + outcomes.plainReason + outcomes.failed.length;
console.log(`${total} pages: ${outcomes.digested} digested, ${outcomes.plainReason} with a plain reason, ${outcomes.failed.length} failed`);
for (const failure of outcomes.failed) console.log(`  FAILED ${failure}`);
console.log(`Article or not, against Readability's expected metadata: ${readerable.agree} of ${readerable.compared} agree`);
for (const page of readerable.disagree) console.log(`  differs: ${page}`);
console.log(`The extension's in-page steps against one parse: ${steps.same} of ${steps.same + steps.differ.length} pages read the same`);
for (const page of steps.differ) console.log(`  DIFFERS ${page}`);
process.exitCode = outcomes.failed.length > 0 || steps.differ.length > 0 ? 1 : 0;
