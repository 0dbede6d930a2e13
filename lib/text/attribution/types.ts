import type { AttributionCue, Paragraph, QuoteRef, Speaker } from '../../contracts';
import type { Quotation } from '../quotes';
import type { Sentence } from '../sentences';
import type { QuoteRegion } from '../tokens';
import type { Evidence } from './confidence';
import type { ResolvedCue } from './cues';
import type { Entity } from './registry';
import type { SentenceContext } from './sentence-context';
import type { StepName } from './steps';

/** A sentence of the article with what attribution learnt about it. */
export interface AnalyzedSentence extends Sentence {
  /** Indexes into `Attribution.quotations` of the quotations that start in this sentence. */
  quotes: number[];
  /** Words inside quote marks, over all words: 1 for a sentence that is only a quotation. */
  quotedShare: number;
  /** Who a sentence-initial "He"/"She"/"They" refers to, when attribution could tell. */
  pronounReferent: string | null;
}

/** What one step said of a quotation, as `--explain` lists it. */
export interface StepOutcome {
  step: StepName;
  /** The speaker the step named; null when it named no one ("no one"), or when it passed. */
  speaker: string | null;
  outcome: 'chose' | 'no one' | 'passed';
}

/** How a quotation got its speaker or went without one: the steps tried, in order, and the model's verdict. */
export interface QuotationTrace {
  quote: number;
  /** The step that chose the speaker, or null when none did. */
  step: StepName | null;
  speaker: string | null;
  kind: Entity['kind'] | null;
  tried: StepOutcome[];
  /** What the confidence model read, and its verdict; absent when no step named a speaker. */
  features?: Record<string, number>;
  confidence?: number;
  /** Kept under the speaker, or reported without one because the confidence fell short. */
  kept: boolean;
  /** No step ran: a heading echoes a quotation without saying whose; a page in a language attribution does not read; a partial quotation. */
  skipped?: 'heading' | 'language' | 'partial';
}

export interface Attribution {
  speakers: Speaker[];
  mentioned: { name: string }[];
  unattributed: QuoteRef[];
  sentences: AnalyzedSentence[][];
  quotations: Quotation[];
  /** List items printed twice (prose.ts `repeatedListItems`): an offer or a menu, never the story's, for its key points either. */
  repeatedLists: ReadonlySet<number>;
  /** With `explain`: every quotation that is speech, how its speaker was chosen (also for training the confidence model). */
  trace?: QuotationTrace[];
}

/** A speaker found for a quotation: who, with what evidence, by which step. */
export interface Found {
  entity: Entity;
  evidence: Evidence;
  step: StepName;
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
  /** Each sentence's subject (`subjectOf`) when it quotes no one: whose a quotation opening the next sentence may be. */
  narrativeSubjects: (Entity | null)[];
  /** A block quote's speaker, named on the line below it. */
  creditBelow: Entity | null;
  /** Quotations without a cue in their sentence, settled once the whole paragraph is read, with the people their sentence names. */
  pending: { quote: number; sentence: number; peopleNamed: ReadonlySet<Entity> }[];
  cues: { cue: ResolvedCue['cue']; entity: Entity | null; context: SentenceContext; hasQuotes: boolean }[];
  /** The first quote region that may touch the current sentence. */
  firstRegion: number;
  analyzed: AnalyzedSentence[];
}

/** A speaker named without a cue in the quotation's sentence, labelled with the step (and, by default, the same cue). */
export function uncued(entity: Entity | null, step: StepName, cue: AttributionCue = step as AttributionCue): Found | null {
  if (!entity) return null;
  return { entity, step, evidence: { cue, subject: null, distance: 0, rivalCues: 0, peopleInSentence: 0, pronounCandidates: 0 } };
}
