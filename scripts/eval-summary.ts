/**
 * Scores key points (issue #4) on cnndm/dev.jsonl of the corpus: Gist at the default length
 * (3 points, through the same code as `npx gist digest --text`), Lead-3 and TextRank, all
 * through one ROUGE scorer, plus the count of points opening with an unresolved pronoun. Then
 * checks that the non-English news pages of readability/ give points without errors.
 * Usage: npm run eval:summary -- [--corpus DIR]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { digestSource } from '../cli/digest-file';
import { countDanglingPronouns } from '../lib/text/keypoints';
import { splitSentences } from '../lib/text/sentences';
import { contentTerms } from '../lib/text/terms';
import { corpusDir, readabilityNewsPages } from './corpus';
import { rouge, type RougeScores } from './rouge';

const corpus = corpusDir();
interface CnnDmArticle {
  id: string;
  article: string;
  reference: string;
}
const articles = readFileSync(join(corpus, 'cnndm/dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as CnnDmArticle);

function lead3(text: string): string[] {
  return splitSentences(text, 0, 'en').slice(0, 3).map((s) => s.text);
}

/** TextRank (Mihalcea & Tarau 2004): PageRank over sentences linked by normalised word overlap. */
function textRank(text: string): string[] {
  const sentences = splitSentences(text, 0, 'en').map((s) => s.text);
  const terms = sentences.map((s) => new Set(contentTerms(s, 'en')));
  const size = sentences.length;
  const weights = terms.map((a, i) =>
    terms.map((b, j) => {
      if (i === j || a.size < 2 || b.size < 2) return 0;
      let overlap = 0;
      for (const term of a) if (b.has(term)) overlap++;
      return overlap / (Math.log(a.size) + Math.log(b.size));
    }),
  );
  const outSums = weights.map((row) => row.reduce((s, w) => s + w, 0));
  let scores = new Array<number>(size).fill(1);
  for (let iteration = 0; iteration < 50; iteration++) {
    scores = scores.map((_, i) => {
      let sum = 0;
      for (let j = 0; j < size; j++) if (outSums[j]! > 0) sum += (weights[j]![i]! / outSums[j]!) * scores[j]!;
      return 0.15 + 0.85 * sum;
    });
  }
  return scores
    .map((score, index) => ({ score, index }))
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .sort((a, b) => a.index - b.index)
    .map(({ index }) => sentences[index]!);
}

const methods = { gist: [] as RougeScores[], lead3: [] as RougeScores[], textrank: [] as RougeScores[] };
let dangling = 0;
let points = 0;
for (const { article, reference } of articles) {
  const digest = digestSource(article, { text: true });
  const gist = digest.keyPoints.map((p) => p.text);
  dangling += countDanglingPronouns(digest.keyPoints);
  points += gist.length;
  methods.gist.push(rouge(gist.join('\n'), reference));
  methods.lead3.push(rouge(lead3(article).join('\n'), reference));
  methods.textrank.push(rouge(textRank(article).join('\n'), reference));
}

const mean = (scores: RougeScores[], key: keyof RougeScores) => (100 * scores.reduce((s, x) => s + x[key], 0)) / scores.length;
const summary = Object.fromEntries(
  Object.entries(methods).map(([name, scores]) => [
    name,
    { rouge1: mean(scores, 'rouge1'), rouge2: mean(scores, 'rouge2'), rougeL: mean(scores, 'rougeL') },
  ]),
) as Record<keyof typeof methods, RougeScores>;

console.log(`CNN/DM dev (${articles.length} articles), ROUGE F1 ×100 with Porter stemming (rougeL is summary-level):`);
console.log('method      R-1     R-2     R-L     ΔR-1 vs Lead-3  ΔR-2   ΔR-L');
for (const [name, s] of Object.entries(summary)) {
  const d = (key: keyof RougeScores) => (s[key] - summary.lead3[key]).toFixed(2).padStart(6);
  console.log(`${name.padEnd(10)} ${s.rouge1.toFixed(2).padStart(6)}  ${s.rouge2.toFixed(2).padStart(6)}  ${s.rougeL.toFixed(2).padStart(6)}   ${d('rouge1')}         ${d('rouge2')} ${d('rougeL')}`);
}
console.log(`Gist points opening with an unresolved pronoun: ${dangling} of ${points}`);

// Other languages: the non-English news pages of readability/ must give points without errors.
const languages: { page: string; lang: string; points: number; error?: string }[] = [];
for (const { folder, lang, sourceHtml } of readabilityNewsPages(corpus)) {
  if (!lang || lang.startsWith('en')) continue;
  try {
    const digest = digestSource(readFileSync(sourceHtml, 'utf8'));
    languages.push({ page: folder, lang, points: digest.keyPoints.length });
    console.log(`${folder.padEnd(20)} ${lang.padEnd(6)} ${digest.keyPoints.length} points  ${digest.keyPoints[0]?.text.slice(0, 90) ?? '(none)'}`);
  } catch (error) {
    languages.push({ page: folder, lang, points: 0, error: String(error) });
    console.log(`${folder.padEnd(20)} ${lang.padEnd(6)} ERROR ${String(error)}`);
  }
}

mkdirSync(resolve(import.meta.dirname, '../bench-results'), { recursive: true });
writeFileSync(
  resolve(import.meta.dirname, '../bench-results/eval-summary.json'),
  JSON.stringify({ articles: articles.length, summary, danglingPronouns: dangling, points, languages }, null, 2),
);
