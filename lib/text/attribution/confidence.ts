import type { AttributionCue, ParagraphKind } from '../../contracts';
import type { Entity } from './registry';
import type { Subject } from './subjects';
import model from './weights.json';

/** What attribution knew when it gave a quotation its speaker: the input of the confidence model. */
export interface Evidence {
  cue: AttributionCue;
  /** How the cue wrote its subject; null for a speaker carried over without a cue. */
  subject: Subject['type'] | null;
  /** Tokens between the quotation and its cue; 0 without a cue in the sentence. */
  distance: number;
  /** Other cues in the same sentence, which could have claimed the quotation. */
  rivalCues: number;
  /** People named in the sentence outside the quotation marks. */
  peopleInSentence: number;
  /** For a pronoun: people in focus it could have meant. */
  pronounCandidates: number;
}

/** Evidence with the model's verdict. */
export interface Judged {
  cue: AttributionCue;
  confidence: number;
}

/** Everything the model reads about one attribution, as named numbers. */
export function featuresOf(
  evidence: Evidence,
  speaker: Entity,
  quote: { words: number; paragraphs: number; kind: ParagraphKind; speakerQuotedBefore: boolean },
): Record<string, number> {
  const features: Record<string, number> = {
    [`cue=${evidence.cue}`]: 1,
    [`subject=${evidence.subject ?? 'none'}`]: 1,
    [`kind=${speaker.kind}`]: 1,
    singleWordPerson: speaker.kind === 'person' && speaker.words.length === 1 ? 1 : 0,
    logDistance: Math.log1p(Math.min(evidence.distance, 50)),
    rivalCues: Math.min(evidence.rivalCues, 3),
    peopleInSentence: Math.min(evidence.peopleInSentence, 3),
    ambiguousPronoun: evidence.pronounCandidates > 1 ? 1 : 0,
    logQuoteWords: Math.log1p(Math.min(quote.words, 200)),
    multiParagraph: quote.paragraphs > 1 ? 1 : 0,
    blockQuote: quote.kind === 'quote' ? 1 : 0,
    speakerQuotedBefore: quote.speakerQuotedBefore ? 1 : 0,
  };
  return features;
}

/** A logistic model over named features. */
export interface ConfidenceModel {
  bias: number;
  weights: Record<string, number>;
}

const fitted = model as ConfidenceModel & {
  /** Attributions below this confidence are reported without a speaker. */
  threshold: number;
};

/** The chance that the speaker is right, by the fitted model (or another, when training). */
export function confidenceOf(features: Readonly<Record<string, number>>, weights: ConfidenceModel = fitted): number {
  let z = weights.bias;
  for (const [name, value] of Object.entries(features)) z += (weights.weights[name] ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}

/** The confidence under which a quotation goes to `unattributedQuotes`, chosen by `npm run train:attribution`. */
export const MIN_CONFIDENCE = fitted.threshold;
