/**
 * Scores speaker attribution (issue #3) through the same code as `npx gist digest`:
 * - every *.gold.json under seed/ and speakers/ of the corpus, by the rules of speakers/README.md;
 * - PolNeAR dev: direct quotations whose source is a proper name.
 * Usage: npm run eval:speakers -- [--corpus DIR] [--quiet]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { digestSource, type TimedDigest } from '../cli/digest-file';
import { corpusDir } from './corpus';

interface GoldSpeaker {
  name: string;
  aliases?: string[];
  quotes: string[];
}
interface Gold {
  page: string;
  speakers: GoldSpeaker[];
  mentionedNotQuoted: string[];
}

const corpus = corpusDir();
const quiet = process.argv.includes('--quiet');
const fold = (text: string) => text.replace(/[“”„"‘’‚'«»]/gu, '').replace(/\s+/gu, ' ').trim().toLowerCase();
const sameName = (a: string, b: string) => fold(a).replace(/\./gu, '') === fold(b).replace(/\./gu, '');

interface PageScore {
  page: string;
  goldQuotes: number;
  found: number;
  attributedRight: number;
  reportedQuotes: number;
  reportedCorrect: number;
  goldSpeakers: number;
  systemSpeakers: number;
  matchedSpeakers: number;
  mentionedAsSpeaker: string[];
  errors: string[];
}

function scoreGoldPage(gold: Gold, digest: TimedDigest): PageScore {
  const errors: string[] = [];
  const allGoldQuotes = gold.speakers.flatMap((s) => s.quotes.map((q) => fold(q)));
  const reported = digest.speakers.flatMap((s) => s.quotes.map((q) => ({ speaker: s.name, text: fold(q.text) })));
  let found = 0;
  let attributedRight = 0;
  for (const speaker of gold.speakers) {
    const names = [speaker.name, ...(speaker.aliases ?? [])];
    for (const quote of speaker.quotes) {
      const key = fold(quote);
      const hits = reported.filter((r) => r.text.includes(key));
      if (hits.length === 0) {
        errors.push(`missed    “${quote}” (${speaker.name})`);
        continue;
      }
      found++;
      if (hits.some((hit) => names.some((name) => sameName(name, hit.speaker)))) attributedRight++;
      else errors.push(`wrong     “${quote}” → ${hits.map((h) => h.speaker).join(', ')} (gold: ${speaker.name})`);
    }
  }
  let reportedCorrect = 0;
  for (const r of reported) {
    if (allGoldQuotes.some((key) => r.text.includes(key))) reportedCorrect++;
    else errors.push(`extra     “${r.text.slice(0, 90)}” → ${r.speaker}`);
  }
  const matchedSpeakers = digest.speakers.filter((s) =>
    gold.speakers.some((g) => [g.name, ...(g.aliases ?? [])].some((name) => sameName(name, s.name))),
  ).length;
  for (const s of digest.speakers) {
    if (!gold.speakers.some((g) => [g.name, ...(g.aliases ?? [])].some((name) => sameName(name, s.name)))) {
      errors.push(`invented  speaker ${s.name}`);
    }
  }
  const mentionedAsSpeaker = gold.mentionedNotQuoted.filter((name) =>
    digest.speakers.some((s) => sameName(s.name, name) || fold(s.name).split(' ').includes(fold(name))),
  );
  for (const name of mentionedAsSpeaker) errors.push(`mentioned-not-quoted ${name} listed as a speaker`);
  return {
    page: gold.page,
    goldQuotes: allGoldQuotes.length,
    found,
    attributedRight,
    reportedQuotes: reported.length,
    reportedCorrect,
    goldSpeakers: gold.speakers.length,
    systemSpeakers: digest.speakers.length,
    matchedSpeakers,
    mentionedAsSpeaker,
    errors,
  };
}

function goldPages(): { gold: Gold; html: string }[] {
  const pages: { gold: Gold; html: string }[] = [];
  for (const file of readdirSync(join(corpus, 'seed')).filter((f) => f.endsWith('.gold.json'))) {
    const gold = JSON.parse(readFileSync(join(corpus, 'seed', file), 'utf8')) as Gold;
    pages.push({ gold, html: join(corpus, 'seed', gold.page) });
  }
  const speakersDir = join(corpus, 'speakers');
  if (existsSync(speakersDir)) {
    for (const file of readdirSync(speakersDir).filter((f) => f.endsWith('.gold.json')).sort()) {
      const gold = JSON.parse(readFileSync(join(speakersDir, file), 'utf8')) as Gold;
      pages.push({ gold, html: join(corpus, 'readability', gold.page, 'source.html') });
    }
  }
  return pages;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const pct = (x: number) => x.toFixed(3);

const scores: PageScore[] = [];
for (const { gold, html } of goldPages()) {
  const digest = digestSource(readFileSync(html, 'utf8'));
  const score = scoreGoldPage(gold, digest);
  scores.push(score);
  console.log(
    `${basename(gold.page).padEnd(24)} quotes ${score.found}/${score.goldQuotes} found, ${score.attributedRight} right; ` +
      `precision ${pct(ratio(score.reportedCorrect, score.reportedQuotes))}; speakers ${score.matchedSpeakers}/${score.systemSpeakers} system, ${score.goldSpeakers} gold`,
  );
  if (!quiet) for (const error of score.errors) console.log(`    ${error}`);
}
const sum = (key: keyof PageScore) => scores.reduce((total, s) => total + (s[key] as number), 0);
const goldSummary = {
  pages: scores.length,
  quotationRecall: ratio(sum('found'), sum('goldQuotes')),
  quotationPrecision: ratio(sum('reportedCorrect'), sum('reportedQuotes')),
  attributionAccuracy: ratio(sum('attributedRight'), sum('found')),
  speakerPrecision: ratio(sum('matchedSpeakers'), sum('systemSpeakers')),
  speakerRecall: ratio(
    scores.reduce((t, s) => t + Math.min(s.matchedSpeakers, s.goldSpeakers), 0),
    sum('goldSpeakers'),
  ),
  mentionedNotQuotedAsSpeakers: scores.flatMap((s) => s.mentionedAsSpeaker),
};

// PolNeAR: direct quotations attributed to a proper name.
interface PolnearAttribution {
  source: { text: string } | null;
  content: { text: string; spans: number[][] };
  content_is_direct_quote: boolean;
}
const polnearFile = join(corpus, 'polnear', 'dev.jsonl');
let polnear: { articles: number; quotations: number; found: number; attributedRight: number; foundRecall: number; accuracy: number } | null = null;
if (existsSync(polnearFile)) {
  const byArticle = new Map<string, { text: string; quotes: Map<number, PolnearAttribution> }>();
  for (const line of readFileSync(polnearFile, 'utf8').split('\n').filter(Boolean)) {
    const record = JSON.parse(line) as { id: string; text: string; attributions: PolnearAttribution[] };
    const entry = byArticle.get(record.id) ?? { text: record.text, quotes: new Map() };
    for (const a of record.attributions) {
      if (!a.content_is_direct_quote || !a.source) continue;
      const source = a.source.text.trim();
      // A proper name: capitalised words, not a pronoun or a description ("the campaign").
      if (!/^(?:[A-Z][\p{L}'’.-]+\s*){1,4}$/u.test(source) || /^(?:He|She|They|It|We|I|The|A|An|His|Her)\b/u.test(source)) continue;
      entry.quotes.set(a.content.spans[0]![0]!, a);
    }
    byArticle.set(record.id, entry);
  }
  let quotations = 0;
  let found = 0;
  let attributedRight = 0;
  const polnearErrors: string[] = [];
  for (const [id, { text, quotes }] of byArticle) {
    if (quotes.size === 0) continue;
    const digest = digestSource(text, { text: true });
    const reported = digest.speakers.flatMap((s) => s.quotes.map((q) => ({ speaker: s.name, text: fold(q.text) })));
    for (const a of quotes.values()) {
      quotations++;
      const key = fold(a.content.text).split(' ').slice(0, 6).join(' ');
      const hits = reported.filter((r) => r.text.includes(key));
      if (hits.length === 0) {
        polnearErrors.push(`${id}: missed “${a.content.text.slice(0, 70)}” (${a.source!.text})`);
        continue;
      }
      found++;
      const surname = fold(a.source!.text).split(' ').pop()!;
      if (hits.some((h) => fold(h.speaker).split(' ').includes(surname))) attributedRight++;
      else polnearErrors.push(`${id}: wrong “${a.content.text.slice(0, 70)}” → ${hits[0]!.speaker} (${a.source!.text})`);
    }
  }
  polnear = {
    articles: byArticle.size,
    quotations,
    found,
    attributedRight,
    foundRecall: ratio(found, quotations),
    accuracy: ratio(attributedRight, found),
  };
  console.log(
    `\nPolNeAR dev: ${quotations} named-source direct quotations in ${byArticle.size} articles; ` +
      `found ${found} (${pct(polnear.foundRecall)}), attributed right ${attributedRight} (accuracy ${pct(polnear.accuracy)})`,
  );
  if (!quiet) for (const error of polnearErrors.slice(0, 40)) console.log(`    ${error}`);
}

console.log(
  `\nGold pages (${goldSummary.pages}): quotation recall ${pct(goldSummary.quotationRecall)}, precision ${pct(goldSummary.quotationPrecision)}, ` +
    `attribution accuracy ${pct(goldSummary.attributionAccuracy)}, speaker precision ${pct(goldSummary.speakerPrecision)}, recall ${pct(goldSummary.speakerRecall)}; ` +
    `mentioned-not-quoted listed as speakers: ${goldSummary.mentionedNotQuotedAsSpeakers.length}`,
);
mkdirSync(resolve(import.meta.dirname, '../bench-results'), { recursive: true });
writeFileSync(
  resolve(import.meta.dirname, '../bench-results/eval-speakers.json'),
  JSON.stringify({ gold: goldSummary, polnear, pages: scores }, null, 2),
);
