/**
 * PolNeAR (political news attribution relations) as speaker gold: per article, the direct
 * quotations whose annotated source is a proper name. Quotations whose source is a pronoun or a
 * description are left out: without coreference the right speaker is unknown.
 */
import { readFileSync } from 'node:fs';
import type { Digest } from '../../lib/contracts';
import { emptyCounts, fold, type Counts } from './speaker-gold';

interface PolnearAttribution {
  source: { text: string } | null;
  content: { text: string; spans: number[][] };
  content_is_direct_quote: boolean;
}

export interface PolnearQuote {
  /** The first words of the quotation's first part, folded: what a reported quotation must contain. */
  key: string;
  source: string;
  /** The source's last word, folded: a speaker is right when their name holds it. */
  surname: string;
  text: string;
}

export interface PolnearArticle {
  id: string;
  text: string;
  quotes: PolnearQuote[];
}

// A proper name: capitalised words, not a pronoun or a description ("the campaign").
const isProperName = (source: string) =>
  /^(?:[A-Z][\p{L}'’.-]+\s*){1,4}$/u.test(source) && !/^(?:He|She|They|It|We|I|The|A|An|His|Her)\b/u.test(source);

/** The articles of one split, annotators merged, keeping those with at least one named-source quotation. */
export function polnearArticles(file: string): PolnearArticle[] {
  const byArticle = new Map<string, { text: string; quotes: Map<number, PolnearAttribution & { firstSpan: string }> }>();
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const record = JSON.parse(line) as { id: string; text: string; attributions: PolnearAttribution[] };
    const entry = byArticle.get(record.id) ?? { text: record.text, quotes: new Map() };
    for (const a of record.attributions) {
      if (!a.content_is_direct_quote || !a.source) continue;
      if (isProperName(a.source.text.trim())) entry.quotes.set(a.content.spans[0]![0]!, { ...a, firstSpan: record.text.slice(a.content.spans[0]![0], a.content.spans[0]![1]) });
    }
    byArticle.set(record.id, entry);
  }
  return [...byArticle]
    .filter(([, entry]) => entry.quotes.size > 0)
    .map(([id, entry]) => ({
      id,
      text: entry.text,
      quotes: [...entry.quotes.values()].map((a) => ({
        // A quotation split by its cue ("“It’s fine,” he said, “…”") is matched by its first part.
        key: fold(a.firstSpan).split(' ').slice(0, 6).join(' '),
        source: a.source!.text,
        surname: fold(a.source!.text).split(' ').pop()!,
        text: a.content.text,
      })),
    }));
}

export const isRightSpeaker = (quote: PolnearQuote, speaker: string) => fold(speaker).split(' ').includes(quote.surname);

/** Scores a digest of one article: only reported quotations that match a named-source gold quotation are judged. */
export function scorePolnear(article: PolnearArticle, digest: Digest): { counts: Counts; errors: string[] } {
  const counts = emptyCounts();
  const errors: string[] = [];
  const attributed = digest.speakers.flatMap((s) => s.quotes.map((q) => ({ speaker: s.name, quote: q, key: fold(q.text) })));
  const unattributed = digest.unattributedQuotes.map((q) => fold(q.text));
  for (const quote of article.quotes) {
    counts.goldQuotes++;
    counts.goldAttributable++;
    const hits = attributed.filter((a) => a.key.includes(quote.key));
    if (hits.length === 0 && !unattributed.some((text) => text.includes(quote.key))) {
      errors.push(`${article.id}: missed “${quote.text.slice(0, 70)}” (${quote.source})`);
      continue;
    }
    counts.found++;
    if (hits.some((h) => isRightSpeaker(quote, h.speaker))) counts.attributedRight++;
  }
  for (const a of attributed) {
    const owners = article.quotes.filter((q) => a.key.includes(q.key));
    if (owners.length === 0) continue;
    counts.attributed++;
    if (owners.some((q) => isRightSpeaker(q, a.speaker))) counts.attributedCorrect++;
    else errors.push(`${article.id}: wrong “${a.key.slice(0, 70)}” → ${a.speaker} [${a.quote.cue} ${a.quote.confidence?.toFixed(2)}] (${owners[0]!.source})`);
  }
  return { counts, errors };
}
