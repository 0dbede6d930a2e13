/**
 * The speaker gold of the corpus and how a digest is scored against it (rules: speakers/README.md
 * and news/README.md of the corpus). Shared by eval-speakers.ts and train-attribution.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Digest, Paragraph, QuoteRef } from '../../lib/contracts';

export interface GoldSpeaker {
  name: string;
  named?: boolean;
  aliases?: string[];
  quotes: string[];
}
export interface Gold {
  page: string;
  speakers: GoldSpeaker[];
  unattributed?: string[];
  mentionedNotQuoted: string[];
}
export interface GoldPage {
  gold: Gold;
  html: string;
}

export const fold = (text: string) => text.replace(/[“”„"‘’‚'«»]/gu, '').replace(/\s+/gu, ' ').trim().toLowerCase();
const bareName = (name: string) => fold(name).replace(/\./gu, '').replace(/^(?:the|a|an) /u, '');
export const sameName = (a: string, b: string) => bareName(a) === bareName(b);

/** Does a listed speaker stand for this gold speaker? Unnamed sources match on their words ("spokesperson"). */
export function isGoldSpeaker(gold: GoldSpeaker, name: string, kind: string): boolean {
  if ([gold.name, ...(gold.aliases ?? [])].some((alias) => sameName(alias, name))) return true;
  if (gold.named !== false || kind === 'person') return false;
  const goldWords = new Set(bareName(gold.name).split(' '));
  return bareName(name).split(' ').every((word) => goldWords.has(word));
}

/** The gold pages of one folder: `news/` (page folders) or `speakers/` plus the seed. */
export function goldPages(corpus: string, set: 'news' | 'speakers'): GoldPage[] {
  if (set === 'news') {
    const dir = join(corpus, 'news');
    return readdirSync(dir)
      .filter((folder) => existsSync(join(dir, folder, 'speakers.gold.json')))
      .sort()
      .map((folder) => ({
        gold: JSON.parse(readFileSync(join(dir, folder, 'speakers.gold.json'), 'utf8')) as Gold,
        html: join(dir, folder, 'source.html'),
      }));
  }
  const pages: GoldPage[] = [];
  for (const file of readdirSync(join(corpus, 'seed')).filter((f) => f.endsWith('.gold.json'))) {
    const gold = JSON.parse(readFileSync(join(corpus, 'seed', file), 'utf8')) as Gold;
    pages.push({ gold, html: join(corpus, 'seed', gold.page) });
  }
  for (const file of readdirSync(join(corpus, 'speakers')).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(corpus, 'speakers', file), 'utf8')) as Gold;
    pages.push({ gold, html: join(corpus, 'readability', gold.page, 'source.html') });
  }
  return pages;
}

/** Counts over a set of pages; the measures are ratios of them. */
export interface Counts {
  goldQuotes: number;
  goldAttributable: number;
  found: number;
  attributedRight: number;
  attributed: number;
  attributedCorrect: number;
  systemSpeakers: number;
  matchedSpeakers: number;
  mentionedAsSpeaker: number;
  notVerbatim: number;
}

export const emptyCounts = (): Counts => ({
  goldQuotes: 0,
  goldAttributable: 0,
  found: 0,
  attributedRight: 0,
  attributed: 0,
  attributedCorrect: 0,
  systemSpeakers: 0,
  matchedSpeakers: 0,
  mentionedAsSpeaker: 0,
  notVerbatim: 0,
});

export function addCounts(total: Counts, more: Counts): void {
  for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += more[key];
}

/** Is the quotation's text exactly the article's words between its marks? */
export function isVerbatim(quote: QuoteRef, paragraphs: readonly Paragraph[]): boolean {
  const pieces = quote.spans.map((span) => paragraphs[span.paragraph]?.text.slice(span.start, span.end) ?? '\u0000');
  return pieces.join(' ') === quote.text;
}

/** Scores one digest against its gold; `errors` lists each miss for the reader. */
export function scorePage(gold: Gold, digest: Digest, paragraphs: readonly Paragraph[]): { counts: Counts; errors: string[] } {
  const counts = emptyCounts();
  const errors: string[] = [];
  const attributed = digest.speakers.flatMap((s) => s.quotes.map((q) => ({ speaker: s, quote: q, key: fold(q.text) })));
  const unattributed = digest.unattributedQuotes.map((q) => fold(q.text));
  const goldQuotes = [
    ...gold.speakers.flatMap((speaker) => speaker.quotes.map((quote) => ({ speaker: speaker as GoldSpeaker | null, key: fold(quote) }))),
    ...(gold.unattributed ?? []).map((quote) => ({ speaker: null as GoldSpeaker | null, key: fold(quote) })),
  ];
  for (const { speaker, key } of goldQuotes) {
    counts.goldQuotes++;
    if (speaker) counts.goldAttributable++;
    const hits = attributed.filter((a) => a.key.includes(key));
    if (hits.length === 0 && !unattributed.some((text) => text.includes(key))) {
      errors.push(`missed    “${key}” (${speaker?.name ?? 'no speaker'})`);
      continue;
    }
    counts.found++;
    if (speaker && hits.some((h) => isGoldSpeaker(speaker, h.speaker.name, h.speaker.kind))) counts.attributedRight++;
    else if (speaker && hits.length === 0) errors.push(`unattributed “${key}” (gold: ${speaker.name})`);
  }
  for (const a of attributed) {
    counts.attributed++;
    const owners = goldQuotes.filter((g) => a.key.includes(g.key));
    if (owners.some((g) => g.speaker && isGoldSpeaker(g.speaker, a.speaker.name, a.speaker.kind))) counts.attributedCorrect++;
    else {
      const said = owners.length === 0 ? 'not a gold quotation' : `gold: ${owners.map((g) => g.speaker?.name ?? 'no speaker').join(', ')}`;
      errors.push(`wrong     “${a.key.slice(0, 80)}” → ${a.speaker.name} [${a.quote.cue ?? '?'} ${a.quote.confidence?.toFixed(2) ?? ''}] (${said})`);
    }
  }
  for (const speaker of digest.speakers) {
    counts.systemSpeakers++;
    if (gold.speakers.some((g) => isGoldSpeaker(g, speaker.name, speaker.kind))) counts.matchedSpeakers++;
    else errors.push(`invented  speaker ${speaker.name} (${speaker.kind})`);
    const mentioned = gold.mentionedNotQuoted.find((name) => sameName(speaker.name, name) || fold(speaker.name).split(' ').includes(fold(name)));
    if (mentioned) {
      counts.mentionedAsSpeaker++;
      errors.push(`mentioned-not-quoted ${mentioned} listed as a speaker`);
    }
  }
  for (const quote of [...digest.speakers.flatMap((s) => s.quotes), ...digest.unattributedQuotes]) {
    if (!isVerbatim(quote, paragraphs)) {
      counts.notVerbatim++;
      errors.push(`not verbatim “${quote.text.slice(0, 80)}”`);
    }
  }
  return { counts, errors };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** The measures from counts. */
export function measures(counts: Counts) {
  return {
    attributionPrecision: ratio(counts.attributedCorrect, counts.attributed),
    coverage: ratio(counts.attributedRight, counts.goldAttributable),
    quotationsFound: ratio(counts.found, counts.goldQuotes),
    speakerPrecision: ratio(counts.matchedSpeakers, counts.systemSpeakers),
    mentionedOnlyListed: counts.mentionedAsSpeaker,
    notVerbatim: counts.notVerbatim,
  };
}
