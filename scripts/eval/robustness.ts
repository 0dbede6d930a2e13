/**
 * Every page of the corpus through the command line's own path (`npx gist digest`: the size cap,
 * the declared charset, the nesting check and the time limit, in its worker): every folder of the
 * corpus is read, each page in it (`<folder>/<page>/source.html`, or an `.html` file) as HTML, and
 * each article of its text files (a `.txt` other than a licence, and the `article` or `text` field
 * of each `.jsonl` line) as text. Each must give a digest or a plain reason, never an exception; for readability/
 * pages, whether Gist calls a page an article is compared with Readability's own expected
 * `readerable`. The extension's in-page steps (Readability's clean-up held back to a task of its
 * own) must give the article one `parse()` gives, on every HTML page. Exits 1 when any page
 * throws or the steps read a page differently.
 * Usage: npm run eval:robustness -- [--corpus DIR]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { PageDigester } from '../../cli/page-digester';
import { extractArticle, extractArticleInSteps } from '../../lib/page/extract';
import { corpusDir } from './corpus';

const corpus = corpusDir();
/** What the command line says of a page it does not digest, and that is no failure. */
const PLAIN_REASONS = [
  /^the page is too long to digest$/u,
  /^no article text found on the page$/u,
  /^the page nests elements more than \d+ deep/u,
  /^the input is [\d.]+ MB, over the \d+ MB limit$/u,
  /^the page took longer than \d+ s to digest$/u,
];

interface Page {
  /** Where it is, as the report names it. */
  name: string;
  bytes: Uint8Array;
  text: boolean;
  /** Readability's own verdict, for its test pages. */
  expectedReaderable?: boolean;
}

function expectedReaderable(folder: string): boolean | undefined {
  const file = join(folder, 'expected-metadata.json');
  if (!existsSync(file)) return undefined;
  const { readerable } = JSON.parse(readFileSync(file, 'utf8')) as { readerable?: unknown };
  return typeof readerable === 'boolean' ? readerable : undefined;
}

/** Each article of a JSON Lines file, once (PolNeAR has a line per article and annotator). */
function jsonlArticles(dir: string, file: string): Page[] {
  const seen = new Set<string>();
  const pages: Page[] = [];
  readFileSync(join(corpus, dir, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .forEach((line, index) => {
      const record = JSON.parse(line) as { id?: unknown; article?: unknown; text?: unknown };
      const text = typeof record.article === 'string' ? record.article : typeof record.text === 'string' ? record.text : null;
      if (text === null || seen.has(text)) return;
      seen.add(text);
      pages.push({ name: `${dir}/${file}:${typeof record.id === 'string' ? record.id : index + 1}`, bytes: Buffer.from(text), text: true });
    });
  return pages;
}

/** The pages and articles of one corpus folder. */
function pagesOf(dir: string): Page[] {
  const pages: Page[] = [];
  for (const entry of readdirSync(join(corpus, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(corpus, dir, entry.name);
    if (entry.isDirectory() && existsSync(join(path, 'source.html'))) {
      pages.push({ name: `${dir}/${entry.name}`, bytes: readFileSync(join(path, 'source.html')), text: false, expectedReaderable: expectedReaderable(path) });
    } else if (entry.isFile() && entry.name.endsWith('.html')) {
      pages.push({ name: `${dir}/${entry.name}`, bytes: readFileSync(path), text: false });
    } else if (entry.isFile() && entry.name.endsWith('.txt') && !/^(?:license|readme)/iu.test(entry.name)) {
      pages.push({ name: `${dir}/${entry.name}`, bytes: readFileSync(path), text: true });
    } else if (entry.isFile() && entry.name.endsWith('.jsonl')) {
      pages.push(...jsonlArticles(dir, entry.name));
    }
  }
  return pages;
}

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

const digester = new PageDigester();
const readerable = { agree: 0, compared: 0, disagree: [] as string[] };
const steps = { same: 0, differ: [] as string[] };
const failed: string[] = [];
const plainReasons: string[] = [];
let slowest = { name: '', ms: 0 };
const folders = readdirSync(corpus, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const rows: string[] = [];
let total = 0;
let digested = 0;

for (const dir of folders) {
  const pages = pagesOf(dir);
  if (pages.length === 0) {
    rows.push(`  ${dir}/: no pages or articles (reference data only)`);
    continue;
  }
  const counts = { digested: 0, plain: 0, failed: 0, html: 0, text: 0 };
  for (const page of pages) {
    counts[page.text ? 'text' : 'html']++;
    if (!page.text) {
      const html = Buffer.from(page.bytes).toString('utf8');
      const [oneGo, inSteps] = await readPage(html, async (doc) => [
        JSON.stringify(extractArticle(doc, { force: true })),
        JSON.stringify(await extractArticleInSteps(doc, { force: true }, () => Promise.resolve())),
      ]);
      if (oneGo === inSteps) steps.same++;
      else steps.differ.push(page.name);
    }
    const started = performance.now();
    try {
      const digest = await digester.digest(page.bytes, { length: 'long', text: page.text });
      if (digest.keyPoints.length > 7 || digest.speakers.some((s) => s.quotes.length === 0)) throw new Error('malformed digest');
      counts.digested++;
      if (page.expectedReaderable !== undefined) {
        readerable.compared++;
        if (page.expectedReaderable === digest.readerable) readerable.agree++;
        else readerable.disagree.push(`${page.name} (Readability: ${page.expectedReaderable})`);
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (PLAIN_REASONS.some((reason) => reason.test(message))) {
        counts.plain++;
        plainReasons.push(`${page.name}: ${message}`);
      } else {
        counts.failed++;
        failed.push(`${page.name}: ${message.split('\n')[0]}`);
      }
    }
    const ms = performance.now() - started;
    if (ms > slowest.ms) slowest = { name: page.name, ms };
  }
  total += pages.length;
  digested += counts.digested;
  const kinds = [counts.html && `${counts.html} HTML`, counts.text && `${counts.text} text`].filter(Boolean).join(', ');
  rows.push(`  ${dir}/: ${pages.length} (${kinds}): ${counts.digested} digested, ${counts.plain} with a plain reason, ${counts.failed} failed`);
}
await digester.close();

const answered = total - failed.length;
console.log(`${total} pages and articles in ${folders.length} folders: ${digested} digested, ${answered - digested} with a plain reason, ${failed.length} failed — ${((100 * answered) / total).toFixed(1)}% answered`);
for (const row of rows) console.log(row);
for (const reason of plainReasons) console.log(`  plain reason, ${reason}`);
for (const failure of failed) console.log(`  FAILED ${failure}`);
console.log(`Slowest through the command line's worker: ${slowest.name}, ${(slowest.ms / 1000).toFixed(1)} s`);
console.log(`Article or not, against Readability's expected metadata: ${readerable.agree} of ${readerable.compared} agree`);
for (const page of readerable.disagree) console.log(`  differs: ${page}`);
console.log(`The extension's in-page steps against one parse: ${steps.same} of ${steps.same + steps.differ.length} HTML pages read the same`);
for (const page of steps.differ) console.log(`  DIFFERS ${page}`);
process.exitCode = failed.length > 0 || steps.differ.length > 0 ? 1 : 0;
