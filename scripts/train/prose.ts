/**
 * Fits the story-prose model of lib/text/prose.ts: a logistic regression telling a paragraph of the
 * story from what a site leaves around it, on the pages whose article body is marked by hand:
 * modern/ (125 pages of 90 publishers, 2023–2026, article-body.txt) and news/ (20 pages of 20
 * sites). A paragraph is prose when the marked body holds it. Only text, list and quotation
 * paragraphs count (headings, captions and teaser links are never points already), and words
 * count as features only when paragraphs of at least MIN_SITES sites use them, so that no page's
 * own vocabulary is learnt. Validated leave-site-out (5 folds by publisher); the threshold is the
 * highest that keeps PROSE_KEPT of the prose paragraphs out of fold, reported per language.
 * Writes lib/text/prose-weights.json. `web/` (a rough reference) is not fitted, only reported.
 * Usage: npm run train:prose -- [--corpus DIR]   (GIST_ARTICLE_CACHE=DIR keeps extracted articles)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { digestLanguage } from '../../lib/text/digest';
import { proseFeatures, proseProbability, type ProseModel } from '../../lib/text/prose';
import { attributeQuotes } from '../../lib/text/attribution/attribute';
import { selectKeyPoints } from '../../lib/text/keypoints/select';
import { stripDateline } from '../../lib/text/sentences';
import { corpusArticle, corpusDir } from '../eval/corpus';

const corpus = corpusDir();
const FOLDS = 5;
const MIN_SITES = 4;
const L2 = 3e-3;
const EPOCHS = 8;
const RATE = 0.2;
/** Of the prose paragraphs, the share the threshold keeps out of fold: a lost sentence of the story costs more than a kept notice. */
const PROSE_KEPT = 0.98;
/** Weights smaller than this are dropped from the shipped file: they move no decision. */
const MIN_WEIGHT = 0.8;

interface Row {
  set: string;
  site: string;
  lang: string;
  features: Record<string, number>;
  prose: boolean;
}

const fold = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/\u00AD/gu, '')
    .replace(/[“”„«»″"]/gu, '"')
    .replace(/[‘’‚′`']/gu, "'")
    .replace(/[—–‐-]/gu, '-')
    .replace(/\s+/gu, '');

function rowsOf(set: string, folder: string, site: string, body: string): Row[] {
  const article = corpusArticle(corpus, `${set}/${folder}`);
  if (!article) return [];
  const lang = (digestLanguage(article) ?? '?').slice(0, 2);
  const marked = fold(body);
  return article.paragraphs.flatMap((paragraph, index) => {
    const text = fold(paragraph.text);
    if (!text || !['text', 'list', 'quote'].includes(paragraph.kind)) return [];
    const prose = marked.includes(text) || (text.length > 80 && marked.includes(text.slice(0, 40)) && marked.includes(text.slice(-40)));
    return [{ set, site, lang, features: proseFeatures(paragraph, index, article.paragraphs.length), prose }];
  });
}

function pages(set: string, bodyFile: string, siteOf: (folder: string) => string): Row[] {
  const dir = join(corpus, set);
  return readdirSync(dir)
    .filter((folder) => existsSync(join(dir, folder, bodyFile)))
    .sort()
    .flatMap((folder) => {
      const raw = readFileSync(join(dir, folder, bodyFile), 'utf8');
      const body = bodyFile.endsWith('.html') ? (new JSDOM(raw).window.document.body.textContent ?? '') : raw;
      return rowsOf(set, folder, siteOf(folder), body);
    });
}

const modern = pages('modern', 'article-body.txt', (folder) => `modern/${folder.split('_').slice(0, 2).join('_')}`);
const news = pages('news', 'article-body.txt', (folder) => `news/${folder}`);
const web = pages('web', 'article-text.txt', (folder) => `web/${folder.replace(/\d+$/u, '')}`);
const rows = [...modern, ...news];

/** Words used by paragraphs of at least MIN_SITES sites: what marks furniture anywhere, not one page. */
function vocabularyOf(data: readonly Row[]): Set<string> {
  const sites = new Map<string, Set<string>>();
  for (const row of data) {
    for (const name of Object.keys(row.features)) {
      if (!name.startsWith('w:') && !name.startsWith('s:')) continue;
      const word = name.slice(2);
      const seen = sites.get(word) ?? new Set<string>();
      seen.add(row.site);
      sites.set(word, seen);
    }
  }
  return new Set([...sites].filter(([, seen]) => seen.size >= MIN_SITES).map(([word]) => word));
}

const usable = (features: Record<string, number>, vocabulary: ReadonlySet<string>) =>
  Object.entries(features).filter(([name]) => !(name.startsWith('w:') || name.startsWith('s:')) || vocabulary.has(name.slice(2)));

/** A deterministic shuffle, so that a refit on the same data writes the same file. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Stochastic gradient descent on the penalised log loss. */
function fit(data: readonly Row[]): ProseModel {
  const vocabulary = vocabularyOf(data);
  const prepared = data.map((row) => ({ features: usable(row.features, vocabulary), y: row.prose ? 1 : 0 }));
  const weights: Record<string, number> = {};
  let bias = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const { features, y } of shuffled(prepared, epoch + 1)) {
      let z = bias;
      for (const [name, value] of features) z += (weights[name] ?? 0) * value;
      const error = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z)))) - y;
      bias -= RATE * error;
      for (const [name, value] of features) weights[name] = (weights[name] ?? 0) - RATE * (error * value + L2 * (weights[name] ?? 0));
    }
  }
  // Small weights move no decision: dropped here, so that held-out figures are the shipped model's.
  return { bias, weights: Object.fromEntries(Object.entries(weights).filter(([, weight]) => Math.abs(weight) >= MIN_WEIGHT)), threshold: 0 };
}

const foldOf = (site: string) => {
  let hash = 0;
  for (const char of site) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % FOLDS;
};

const outOfFold = new Map<Row, number>();
for (let k = 0; k < FOLDS; k++) {
  const model = fit(rows.filter((row) => foldOf(row.site) !== k));
  for (const row of rows) if (foldOf(row.site) === k) outOfFold.set(row, proseProbability(row.features, model));
}

/** The highest threshold that keeps PROSE_KEPT of the prose paragraphs out of fold. */
const proseScores = rows
  .filter((row) => row.prose)
  .map((row) => outOfFold.get(row)!)
  .sort((a, b) => a - b);
const threshold = proseScores[Math.floor((1 - PROSE_KEPT) * proseScores.length)] ?? 0;

function report(name: string, data: readonly Row[], score: (row: Row) => number): void {
  const prose = data.filter((row) => row.prose);
  const furniture = data.filter((row) => !row.prose);
  const caught = furniture.filter((row) => score(row) < threshold).length;
  const kept = prose.filter((row) => score(row) >= threshold).length;
  console.log(
    `${name.padEnd(22)} furniture caught ${caught}/${furniture.length} (${(caught / Math.max(1, furniture.length)).toFixed(3)}), prose kept ${kept}/${prose.length} (${(kept / Math.max(1, prose.length)).toFixed(3)})`,
  );
}

console.log(`Leave-site-out (${FOLDS} folds by publisher), threshold ${threshold.toFixed(3)} (keeps ${PROSE_KEPT} of prose paragraphs out of fold):`);
report('modern/ + news/', rows, (row) => outOfFold.get(row)!);
report('modern/', modern, (row) => outOfFold.get(row)!);
report('news/', news, (row) => outOfFold.get(row)!);
for (const lang of [...new Set(modern.map((row) => row.lang))].sort()) {
  const inLanguage = modern.filter((row) => row.lang === lang);
  if (inLanguage.length >= 30) report(`modern/ ${lang}`, inLanguage, (row) => outOfFold.get(row)!);
}

/**
 * What readers see: the short digest's key points of each page, chosen with the model of the fold
 * that did not see its site, against the same points chosen without any model; a point is prose
 * when the marked body holds its sentence.
 */
function keyPointReport(): void {
  const folds = Array.from({ length: FOLDS }, (_, k) => ({ ...fit(rows.filter((row) => foldOf(row.site) !== k)), threshold }));
  const without: ProseModel = { bias: 10, weights: {}, threshold: 0 };
  const tally = new Map<string, { points: number; prose: number; pointsWithout: number; proseWithout: number }>();
  for (const [set, siteOf] of [
    ['modern', (f: string) => `modern/${f.split('_').slice(0, 2).join('_')}`],
    ['news', (f: string) => `news/${f}`],
  ] as const) {
    for (const folder of readdirSync(join(corpus, set)).filter((f) => existsSync(join(corpus, set, f, 'article-body.txt')))) {
      const article = corpusArticle(corpus, `${set}/${folder}`);
      if (!article) continue;
      const lang = digestLanguage(article);
      const marked = fold(readFileSync(join(corpus, set, folder, 'article-body.txt'), 'utf8'));
      const attribution = attributeQuotes(article.paragraphs, lang);
      const key = `${set === 'news' ? 'news' : (lang ?? '?').slice(0, 2)}`;
      const entry = tally.get(key) ?? { points: 0, prose: 0, pointsWithout: 0, proseWithout: 0 };
      for (const [model, points, prose] of [
        [folds[foldOf(siteOf(folder))]!, 'points', 'prose'],
        [without, 'pointsWithout', 'proseWithout'],
      ] as const) {
        for (const point of selectKeyPoints(article.paragraphs, attribution, { count: 3, lang, standfirst: article.standfirst, proseModel: model })) {
          entry[points]++;
          if (marked.includes(fold(stripDateline(point.source)))) entry[prose]++;
        }
      }
      tally.set(key, entry);
    }
  }
  console.log('Key points of the short digest found in the marked body, held out by site (without the model → with it):');
  for (const [key, t] of [...tally].sort((a, b) => b[1].points - a[1].points)) {
    if (t.points < 10) continue;
    console.log(
      `  ${key.padEnd(8)} ${t.proseWithout}/${t.pointsWithout} (${(t.proseWithout / t.pointsWithout).toFixed(3)}) → ${t.prose}/${t.points} (${(t.prose / t.points).toFixed(3)})`,
    );
  }
}
keyPointReport();

const model = fit(rows);
report('web/ (not fitted; rough)', web, (row) => proseProbability(row.features, model));
const rounded = (x: number) => Math.round(x * 1000) / 1000;
const weights = Object.fromEntries(
  Object.entries(model.weights)
    .filter(([, weight]) => Math.abs(weight) >= MIN_WEIGHT)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, weight]) => [name, rounded(weight)]),
);
writeFileSync(
  resolve(import.meta.dirname, '../../lib/text/prose-weights.json'),
  JSON.stringify(
    {
      trainedOn: `npm run train:prose: ${rows.length} paragraphs of modern/ and news/ (${modern.length} and ${news.length}), words used on at least ${MIN_SITES} sites`,
      bias: rounded(model.bias),
      threshold: rounded(threshold),
      weights,
    },
    null,
    1,
  ) + '\n',
);
console.log(`${Object.keys(weights).length} weights written.`);
