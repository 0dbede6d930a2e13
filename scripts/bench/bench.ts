/**
 * Gist's speed and size. Prints figures and writes bench-results/bench.json; asserts nothing.
 * - stages (Readability extraction, segmentation, speakers, key points, whole digest) over the
 *   news pages of readability/news-pages.tsv and the seed: median, p95, max, and the per-page
 *   ratio digest / extraction measured in the same run;
 * - scaling: articles of about 1k to 100k words made by repeating real paragraphs: time, heap
 *   growth and the fitted growth exponent;
 * - hostile text: each class of scripts/hostile-text.ts at 20,000 words, per-word time
 *   as a ratio to a normal article of the same size measured in the same run;
 * - bundle sizes of the Chrome and Firefox builds against their budget;
 * - in real Chromium (when the e2e build and /usr/bin/chromium exist): popup open to key points
 *   on screen, cached and computed on the click, and the service worker's heap after 50 pages.
 * Usage: npm run bench -- [--corpus DIR] [--no-browser]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Article } from '../../lib/contracts';
import { extractArticle } from '../../lib/page/extract';
import { selectKeyPoints } from '../../lib/text/keypoints/select';
import { splitSentences } from '../../lib/text/sentences';
import { attributeQuotes } from '../../lib/text/attribution/attribute';
import { digestArticle } from '../../cli/digest-file';
import { BUDGET, measureBuilds } from '../build/bundle-size';
import { HOSTILE_CLASSES } from './hostile-text';
import { articleFromText, wordCount } from '../../lib/text/article-text';
import { corpusDir, readabilityNewsPages } from '../eval/corpus';

const corpus = corpusDir();
const ROOT = resolve(import.meta.dirname, '../..');
const quiet = new VirtualConsole();

function time<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

/** The median of `runs` timings of `run`, after one warm-up. */
function medianTime(run: () => unknown, runs: number): number {
  run();
  const times = Array.from({ length: runs }, () => time(run).ms).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1]!, n: sorted.length };
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

// ---- Stages on real pages -------------------------------------------------------------------
const pages: { name: string; html: string }[] = [{ name: 'seed', html: readFileSync(join(corpus, 'seed/blinken-wang.html'), 'utf8') }];
for (const page of readabilityNewsPages(corpus)) pages.push({ name: page.folder, html: readFileSync(page.sourceHtml, 'utf8') });

const RUNS = 5;
const stageTimes = { extraction: [] as number[], segmentation: [] as number[], speakers: [] as number[], keyPoints: [] as number[], digest: [] as number[] };
const ratios: number[] = [];
const articles: Article[] = [];
for (const page of pages) {
  const dom = new JSDOM(page.html, { url: 'https://localhost/', virtualConsole: quiet });
  const document = dom.window.document;
  const result = extractArticle(document, { force: true });
  if (result.kind !== 'article') continue;
  const article = result.article;
  articles.push(article);
  const extraction = medianTime(() => extractArticle(document, { force: true }), RUNS);
  const segmentation = medianTime(() => article.paragraphs.forEach((p, i) => splitSentences(p.text, i, article.lang)), RUNS);
  const attribution = attributeQuotes(article.paragraphs, article.lang);
  const speakers = medianTime(() => attributeQuotes(article.paragraphs, article.lang), RUNS);
  const keyPoints = medianTime(() => selectKeyPoints(article.paragraphs, attribution, { count: 3, lang: article.lang, standfirst: article.standfirst }), RUNS);
  const digest = medianTime(() => digestArticle(article), RUNS);
  stageTimes.extraction.push(extraction);
  stageTimes.segmentation.push(segmentation);
  stageTimes.speakers.push(speakers);
  stageTimes.keyPoints.push(keyPoints);
  stageTimes.digest.push(digest);
  ratios.push(digest / extraction);
  dom.window.close();
}
const stages = Object.fromEntries(Object.entries(stageTimes).map(([stage, values]) => [stage, stats(values)]));
const ratio = stats(ratios);
console.log(`Stages over ${stageTimes.digest.length} pages (news pages of the corpus and the seed), ms, median of ${RUNS} runs each:`);
console.log('stage          median     p95     max');
for (const [stage, s] of Object.entries(stages)) {
  console.log(`${stage.padEnd(13)} ${s.median.toFixed(2).padStart(7)} ${s.p95.toFixed(2).padStart(7)} ${s.max.toFixed(2).padStart(7)}`);
}
console.log(`digest / extraction per page: median ${ratio.median.toFixed(3)}, p95 ${ratio.p95.toFixed(3)}, max ${ratio.max.toFixed(3)}`);

// ---- Scaling -----------------------------------------------------------------------------------
const pool = articles.filter((a) => !a.lang || a.lang.startsWith('en')).flatMap((a) => a.paragraphs.filter((p) => p.kind === 'text'));
function syntheticArticle(words: number): Article {
  const paragraphs: Article['paragraphs'] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const paragraph = pool[i % pool.length]!;
    paragraphs.push(paragraph);
    count += paragraph.text.split(/\s+/u).length;
  }
  return { title: 'Synthetic article', byline: null, siteName: null, lang: 'en', publishedTime: null, url: null, standfirst: null, paragraphs };
}
const sizes = [1_000, 10_000, 50_000, 100_000];
const scaling = sizes.map((words) => {
  const article = syntheticArticle(words);
  const runs = words >= 50_000 ? 3 : 7;
  const ms = medianTime(() => digestArticle(article), runs);
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  digestArticle(article);
  const heapGrowthMB = (process.memoryUsage().heapUsed - before) / 1e6;
  return { words, ms: round(ms), heapGrowthMB: round(heapGrowthMB, 1) };
});
// Least-squares slope of log(time) on log(words).
const xs = scaling.map((s) => Math.log(s.words));
const ys = scaling.map((s) => Math.log(s.ms));
const meanX = xs.reduce((a, b) => a + b) / xs.length;
const meanY = ys.reduce((a, b) => a + b) / ys.length;
const exponent = xs.reduce((sum, x, i) => sum + (x - meanX) * (ys[i]! - meanY), 0) / xs.reduce((sum, x) => sum + (x - meanX) ** 2, 0);
const ratio100kTo10k = scaling[3]!.ms / scaling[1]!.ms;
console.log('\nScaling of the whole digest (synthetic articles of repeated real paragraphs):');
for (const s of scaling) console.log(`${String(s.words).padStart(7)} words  ${s.ms.toFixed(1).padStart(8)} ms  heap +${s.heapGrowthMB} MB`);
console.log(`fitted growth exponent ${exponent.toFixed(2)}; 100k / 10k words = ${ratio100kTo10k.toFixed(2)}×`);

// ---- Hostile text ---------------------------------------------------------------------------
// Each class at 20,000 words against a normal article of the same size (real paragraphs),
// timed in the same run, interleaved, median of 5: the figure is the per-word time as a ratio.
const HOSTILE_WORDS = 20_000;
const normalArticle = syntheticArticle(HOSTILE_WORDS);
const normalText = normalArticle.paragraphs.map((p) => p.text).join('\n\n');
const perWord = (article: Article) => medianTime(() => digestArticle(article, 'long'), 5) / Math.max(1, wordCount(article));
const hostile = Object.entries(HOSTILE_CLASSES).map(([name, make]) => {
  const article = articleFromText(make(HOSTILE_WORDS, normalText), { lang: 'en' });
  const normal = perWord(normalArticle);
  const msPerWord = perWord(article);
  return { name, words: wordCount(article), ms: round(msPerWord * wordCount(article), 1), ratio: round(msPerWord / normal) };
});
console.log(`\nHostile text, ${HOSTILE_WORDS} words, per-word time ÷ a normal article of the same size (target ≤ 3×):`);
for (const h of hostile)
  console.log(`${h.name.padEnd(42)} ${h.ms.toFixed(0).padStart(6)} ms  ${h.ratio.toFixed(2).padStart(5)}×${h.ratio > 3 ? '  OVER' : ''}`);

// ---- Bundle -------------------------------------------------------------------------------
let bundle: ReturnType<typeof measureBuilds> | null = null;
try {
  bundle = measureBuilds(ROOT);
  console.log('\nBundle (gzip, kB):');
  for (const build of bundle) {
    const parts = (Object.keys(BUDGET) as (keyof typeof BUDGET)[]).map(
      (part) => `${part} ${(build.parts[part].gzip / 1000).toFixed(1)}/${BUDGET[part] / 1000}`,
    );
    console.log(`${build.build.padEnd(12)} ${parts.join('  ')}`);
  }
} catch (error) {
  console.log(`\nBundle: skipped (${error instanceof Error ? error.message : String(error)})`);
}

// ---- Real Chromium ------------------------------------------------------------------------
let browser: unknown = null;
if (!process.argv.includes('--no-browser')) {
  const { benchInBrowser } = await import('./browser');
  browser = await benchInBrowser(corpus);
}

mkdirSync(resolve(ROOT, 'bench-results'), { recursive: true });
writeFileSync(
  resolve(ROOT, 'bench-results/bench.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      stages,
      digestToExtraction: ratio,
      scaling: { sizes: scaling, exponent: round(exponent), ratio100kTo10k: round(ratio100kTo10k) },
      hostileText: hostile,
      bundle: bundle?.map((b) => ({ build: b.build, parts: b.parts })),
      budget: BUDGET,
      browser,
    },
    null,
    2,
  ),
);
console.log('\nWritten to bench-results/bench.json');
