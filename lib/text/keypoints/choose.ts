import type { KeyPoint } from '../../contracts';
import type { AnalyzedSentence } from '../attribution/types';
import { cosine, type TermVector } from '../terms';
import type { Candidate, RejectionLog } from './candidates';
import type { PointReading } from './reading';
import type { PointRejection } from './rejections';

/** Two points sharing more than this share of content words say the same thing. */
const REDUNDANCY_LIMIT = 0.5;

/** The order candidates are considered in, best first. */
export type Ranking = (candidates: readonly Candidate[]) => Candidate[];

/**
 * Reading order (Lead): news puts the essentials first. Asides ("I still remember…", "Here are…")
 * come after every sentence that is not one. Fitted weights over sentence features scored below
 * it held out on CNN/DM (`npm run eval:summary`).
 */
export const readingOrder: Ranking = (candidates) => [...candidates].sort((a, b) => Number(a.aside) - Number(b.aside) || a.order - b.order);

/**
 * Greedy choice in ranked order: a candidate is a point if it reads alone (`reading`), repeats no
 * chosen point nor the standfirst and, when the article has paragraphs enough, comes from a
 * paragraph without one. A continuation waits until the sentence it continues is chosen, then
 * follows it if it still fits; one point per paragraph holds for it too, so in an article of
 * paragraphs enough only a continuation that opens its own paragraph can follow its antecedent.
 * Returned in reading order, ranked 0 for the first chosen.
 */
export function choosePoints(
  candidates: readonly Candidate[],
  count: number,
  ranking: Ranking,
  reading: (candidate: Candidate) => PointReading | PointRejection,
  shown: TermVector | null = null,
  rejected?: RejectionLog,
): KeyPoint[] {
  const paragraphCount = new Set(candidates.map((c) => c.sentence.paragraph)).size;
  const chosen: { candidate: Candidate; text: string }[] = [];
  const waiting: { candidate: Candidate; reading: PointReading }[] = [];
  const misfit = (candidate: Candidate): PointRejection | null => {
    if (chosen.some((other) => cosine(candidate, other.candidate) > REDUNDANCY_LIMIT)) return 'repeats a point';
    if (shown && cosine(candidate, shown) > REDUNDANCY_LIMIT) return 'repeats the standfirst';
    // One point per paragraph, unless the article has too few paragraphs for that.
    const paragraphTaken = chosen.some((other) => other.candidate.sentence.paragraph === candidate.sentence.paragraph);
    return paragraphCount >= count && paragraphTaken ? 'same paragraph as a point' : null;
  };
  const isChosen = (sentence: AnalyzedSentence) => chosen.some((other) => other.candidate.sentence === sentence);
  for (const candidate of ranking(candidates)) {
    if (chosen.length >= count) {
      if (!rejected) break;
      // Explaining: a check it would fail anyway says more than the count.
      const point = misfit(candidate) ?? reading(candidate);
      rejected(candidate.sentence, typeof point === 'string' ? point : 'points enough');
      continue;
    }
    const why = misfit(candidate);
    if (why) {
      rejected?.(candidate.sentence, why);
      continue;
    }
    const point = reading(candidate);
    if (typeof point === 'string') {
      rejected?.(candidate.sentence, point);
      continue;
    }
    if (point.continues && !isChosen(point.continues)) {
      waiting.push({ candidate, reading: point });
      continue;
    }
    chosen.push({ candidate, text: point.text });
    // A continuation that ranked higher than this point, and waited for it, now reads.
    const next = waiting.findIndex((w) => w.reading.continues === candidate.sentence);
    if (next >= 0 && chosen.length < count && !misfit(waiting[next]!.candidate)) {
      chosen.push({ candidate: waiting[next]!.candidate, text: waiting[next]!.reading.text });
      waiting.splice(next, 1);
    }
  }
  for (const { candidate } of waiting) rejected?.(candidate.sentence, 'waits for the sentence it continues');
  return chosen
    .map(({ candidate, text }, rank) => {
      const { sentence } = candidate;
      return { text, source: sentence.text, paragraph: sentence.paragraph, start: sentence.start, end: sentence.end, rank };
    })
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}
