import type { AttributionCue, Paragraph, QuoteRef, Speaker } from '../../contracts';
import type { Quotation } from '../quotes';
import type { Sentence } from '../sentences';
import type { QuoteRegion } from '../tokens';
import type { Evidence } from './confidence';
import type { ResolvedCue } from './cues';
import type { Entity } from './registry';
import type { SentenceContext } from './sentence-context';

/** A sentence of the article with what attribution learnt about it. */
export interface AnalyzedSentence extends Sentence {
  /** Indexes into `Attribution.quotations` of the quotations that start in this sentence. */
  quotes: number[];
  /** Words inside quote marks, over all words: 1 for a sentence that is only a quotation. */
  quotedShare: number;
  /** Who a sentence-initial "He"/"She"/"They" refers to, when attribution could tell. */
  pronounReferent: string | null;
}

export interface Attribution {
  speakers: Speaker[];
  mentioned: { name: string }[];
  unattributed: QuoteRef[];
  sentences: AnalyzedSentence[][];
  quotations: Quotation[];
  /** Every speaker attribution chose, before the confidence threshold, with what the model read: for training. */
  judgements: { quote: number; speaker: string; kind: Entity['kind']; features: Record<string, number>; confidence: number }[];
}

/** A speaker found for a quotation, with how it was found. */
export interface Found {
  entity: Entity;
  evidence: Evidence;
}

/** Quotation marks around a region, for tokenisation. */
export function regionsByParagraph(quotations: readonly Quotation[], count: number): QuoteRegion[][] {
  const regions: QuoteRegion[][] = Array.from({ length: count }, () => []);
  quotations.forEach((quotation, index) => {
    for (const span of quotation.spans) {
      regions[span.paragraph]!.push({ start: span.markStart, end: span.markEnd, quote: index });
    }
  });
  return regions;
}

/** What attribution carries through one paragraph. */
export interface ParagraphState {
  index: number;
  text: string;
  kind: Paragraph['kind'];
  regions: QuoteRegion[];
  isBody: boolean;
  lastSpeaker: Entity | null;
  lastPerson: Entity | null;
  /** Quotations without a cue in their sentence, settled once the whole paragraph is read. */
  pending: { quote: number; sentence: number }[];
  cues: { cue: ResolvedCue['cue']; entity: Entity | null; context: SentenceContext; hasQuotes: boolean }[];
  /** The first quote region that may touch the current sentence. */
  firstRegion: number;
  analyzed: AnalyzedSentence[];
}

/** Only the quote regions around this sentence: regions and sentences both run in order, so a paragraph with many of each stays linear. */
export function regionsAround(state: ParagraphState, sentence: Sentence): QuoteRegion[] {
  const regions = state.regions;
  while (state.firstRegion < regions.length && regions[state.firstRegion]!.end <= sentence.start) state.firstRegion++;
  let lastRegion = state.firstRegion;
  while (lastRegion < regions.length && regions[lastRegion]!.start < sentence.end) lastRegion++;
  return regions.slice(state.firstRegion, lastRegion);
}

/** A speaker found without a cue in the quotation's sentence. */
export function uncued(entity: Entity | null, cue: AttributionCue): Found | null {
  if (!entity) return null;
  return { entity, evidence: { cue, subject: null, distance: 0, rivalCues: 0, peopleInSentence: 0, pronounCandidates: 0 } };
}
