/**
 * The steps that choose a quotation's speaker, in the order they run: the first that names someone
 * (or says that no one can be named) decides, and the attribution carries its name. Steps run in
 * phases, because some evidence is only there later: a quotation's own sentence when it is read,
 * the whole paragraph when that ends, the last paragraph of a quotation that runs over several,
 * the whole article at the end. Between the paragraph phase and the article phase the confidence
 * model (confidence.ts) drops attributions it is unsure of: a wrong name is worse than none.
 */
import { countWords } from '../article-text';
import type { Quotation } from '../quotes';
import { REPORTING_VERBS } from '../lexicon/speech';
import type { Token } from '../tokens';
import type { Evidence } from './confidence';
import type { NearestCue, SentenceCues } from './cues';
import type { FocusState } from './focus';
import type { Entity } from './registry';
import { personSubject, speakerNamedByPossessive, type SentenceContext } from './sentence-context';
import { leadingPronoun } from './subjects';
import { MIN_UNCUED_QUOTE_WORDS, REPORTED_SPEECH_REACH } from './thresholds';
import { uncued, type Found, type ParagraphState, type StepOutcome } from './types';

/** A step's verdict: a speaker, `NO_ONE` (the evidence says nobody the article names; later steps don't run), or null (no evidence: the next step runs). */
export const NO_ONE = 'no one';
export type Verdict = Found | typeof NO_ONE | null;

/** A quotation being read, with what the steps may look at. */
export interface QuotationAtHand {
  quotation: Quotation;
  state: ParagraphState;
  /** Its sentence, its token in it, and which sentence of the paragraph that is. */
  context: SentenceContext;
  quoteToken: number;
  sentenceIndex: number;
  cues: SentenceCues;
  focus: FocusState;
  /** The cue of the sentence it belongs to, if any (`nearestCue`). */
  nearest: NearestCue | null;
  /** A speech verb right before it whose subject no rule could read ("told reporters “…”"). */
  unreadCue: number | null;
}

/** A quotation without a cue in its sentence, waiting for the end of its paragraph. */
export interface PendingQuotation {
  quotation: Quotation;
  state: ParagraphState;
  sentenceIndex: number;
  /** The people its own sentence names outside quotation marks. */
  peopleNamed: ReadonlySet<Entity>;
  focus: FocusState;
}

/** One named step: what it looks at is in its doc comment, with the case that made it necessary. */
interface Step<Input> {
  name: StepName;
  choose: (input: Input) => Verdict;
}

/** The speaker a cue names, with what made it likely or not (the confidence model's input). */
export function cuedSpeaker(nearest: NearestCue, context: SentenceContext, cues: SentenceCues, focus: FocusState): Found | null {
  if (!nearest.entity) return null;
  const subject = nearest.cue.subject;
  const evidence: Evidence = {
    cue: subject.type === 'pronoun' ? 'pronoun' : nearest.cue.form,
    subject: subject.type,
    distance: nearest.distance,
    rivalCues: cues.free.length + cues.bound.size - 1,
    peopleInSentence: context.peopleNamed.size,
    pronounCandidates: subject.type === 'pronoun' ? focus.pronounCandidates(subject.value) : 0,
  };
  return { entity: nearest.entity, evidence, step: 'cue' };
}

/** “…,” or “…”, before the words that follow: the sentence goes on to say who spoke. */
export const closesOnComma = (text: string, next: Token | undefined) => /,\s*$/u.test(text) || next?.text === ',';

/**
 * Phase 1, the quotation's own sentence. A cue there decides: its speaker, or no one when it
 * names nobody the article knows; a speaker from elsewhere is never borrowed for it.
 */
export const SENTENCE_STEPS: readonly Step<QuotationAtHand>[] = [
  {
    /**
     * The cue nearest the quotation in its sentence ("X said", "said X", "according to X", "X:",
     * "― X", "he said"; cues.ts), its subject resolved (subjects.ts, focus.ts). A quotation closing
     * on a comma takes the cue right after it ("calling Trump “an orange buffoon,” Susan said").
     */
    name: 'cue',
    choose: (q) => (q.nearest ? (cuedSpeaker(q.nearest, q.context, q.cues, q.focus) ?? NO_ONE) : null),
  },
  {
    /**
     * A block quote printed without marks, its speaker's name on the line below ("Für die deutsche
     * Außenhandelsbilanz spielt…" / "Sascha Lohmann, Stiftung Wissenschaft und Politik").
     */
    name: 'credit below',
    choose: (q) => uncued(q.state.creditBelow, 'credit below', 'credit line'),
  },
  {
    /**
     * A colon or a speech verb whose subject went unread, right before the quotation: the clause
     * before says whose it is, and only the sentence's own subject may be named ("a question came
     * from a member of the audience: “…”" is no one's; "Priebus later Thursday told Fox News “…”"
     * is Priebus's).
     */
    name: 'own clause',
    choose: (q) => {
      const colon = q.context.tokens[q.quoteToken - 1]?.text === ':';
      if (!colon && q.unreadCue === null) return null;
      // "He’s philosophical about his new situation: “…”": before a colon, an opening "he" or "she"
      // is whom it means ("He was unable to say “…”" wishes, and names no one).
      const pronoun = colon ? leadingPronoun(q.context.tokens) : null;
      const person = personSubject(q.context) ?? (pronoun?.type === 'pronoun' ? q.focus.resolvePronoun(pronoun.value, []) : null);
      return uncued(person, 'own clause', 'sentence subject') ?? NO_ONE;
    },
  },
];

/** Phase 2, a quotation whose sentence has no cue, when it is read: whose turn it is. */
export const TURN_STEPS: readonly Step<QuotationAtHand>[] = [
  {
    /**
     * A quotation opening the paragraph after one that ends in a colon ("The statement read:") is
     * whoever that paragraph named as speaking, or no one: never simply the last name in it.
     */
    name: 'colon',
    choose: (q) => {
      if (!opensParagraph(q) || q.focus.introducedSpeaker === undefined) return null;
      return uncued(q.focus.introducedSpeaker, 'colon') ?? NO_ONE;
    },
  },
  {
    /**
     * The speaker of an earlier quotation in the same paragraph: a turn runs on, unless the
     * quotation's own sentence reports someone else's words ("Amit Mehrotra … expressed concern:
     * “…” On that same call, UPS CEO Carol Tomé sought to assure investors that they are “not far
     * apart”"); one that only tells of someone ("Officer Derek Chauvin “knew exactly…”") is still
     * the speaker's.
     */
    name: 'focus carry-over',
    choose: (q) => {
      const subject = personSubject(q.context);
      const reports = q.context.tokens.slice(Math.max(0, q.quoteToken - REPORTED_SPEECH_REACH), q.quoteToken).some((t) => REPORTING_VERBS.has(t.lower));
      if (subject && subject !== q.state.lastSpeaker && reports) return null;
      // "„…“, sagt Pfeiffer. Aberle geht von 250 Euro aus. „Wirklich wissen wir es erst…“": a
      // sentence between that quotes no one and tells of another person hands the turn over.
      const between = q.quoteToken === 0 && q.sentenceIndex > 0 ? q.state.narrativeSubjects[q.sentenceIndex - 1] : null;
      if (between?.kind === 'person' && between !== q.state.lastSpeaker) return null;
      return uncued(q.state.lastSpeaker, 'focus carry-over');
    },
  },
  {
    /**
     * A quotation opening a paragraph, after a paragraph whose quotations had a speaker: the turn
     * runs on into the next paragraph, as news writes a long answer.
     */
    name: 'previous paragraph',
    choose: (q) => uncued(opensParagraph(q) ? q.focus.lastSpeakerBeforeParagraph : null, 'previous paragraph'),
  },
  {
    /** "In Dr. Shadlen's words, “…”": a possessive name before a noun of speech. */
    name: 'possessive',
    choose: (q) => uncued(speakerNamedByPossessive(q.context, q.quoteToken), 'possessive'),
  },
  {
    /** "Alverson summed up the journey: “…”": the sentence's own subject, when it is a person. */
    name: 'sentence subject',
    choose: (q) => uncued(personSubject(q.context), 'sentence subject'),
  },
];

/**
 * Phase 3, the last paragraph of a quotation that runs over several, where its attribution
 * usually stands: a cue there, else the speaker the first paragraph's turn named, else the
 * person in focus when it opened (`waitingSpeaker`).
 */
export function longQuotationSpeaker(q: QuotationAtHand, waiting: Found | null): Found | null {
  return (q.nearest ? cuedSpeaker(q.nearest, q.context, q.cues, q.focus) : null) ?? waiting;
}

/** The speaker a quotation running over several paragraphs waits with: its turn's, else the person in focus. */
export function waitingSpeaker(turn: Verdict, focus: FocusState): Found | null {
  return (turn === NO_ONE ? null : turn) ?? uncued(focus.person(), 'person in focus');
}

/** Phase 4, a quotation without a cue or a turn, when its paragraph ends. */
export const PARAGRAPH_STEPS: readonly Step<PendingQuotation>[] = [
  {
    /** The first quotation of a paragraph after a colon that named no one stays no one's (see 'colon'). */
    name: 'colon',
    choose: (p) => (p.sentenceIndex === 0 && p.focus.introducedSpeaker === null ? NO_ONE : null),
  },
  {
    /** "“…” The remark came from Werner, who said…": the speaker a cue elsewhere in the paragraph names. */
    name: 'other sentence',
    choose: (p) => {
      const other = p.state.cues.find((c) => !c.hasQuotes);
      return uncued(other ? p.focus.resolveSubject(other.cue, other.context) : null, 'other sentence');
    },
  },
  {
    /**
     * A quotation opening its sentence right after one that quotes no one and whose subject is a
     * person or body: that subject ("Der Politikwissenschaftler Uwe Jun stellt dem Ausschuss ein
     * gutes Zeugnis aus. „Die Gespräche waren…“").
     */
    name: 'subject before',
    choose: (p) => {
      const sentence = p.state.analyzed[p.sentenceIndex];
      if (!isLongSpeech(p) || p.sentenceIndex === 0 || !sentence || p.quotation.spans[0]!.start > sentence.start + 1) return null;
      return uncued(p.state.narrativeSubjects[p.sentenceIndex - 1] ?? null, 'subject before', 'sentence subject');
    },
  },
  {
    /**
     * A quotation long enough to be speech rather than a phrase, opening a paragraph after a
     * narrative one: the person that paragraph named last ("But for Parata and his family…" /
     * "“It’s…”"). Not the person the next sentence names: that was right for 2 of the 6 such
     * quotations judged by hand.
     */
    name: 'narrative before',
    choose: (p) => (isLongSpeech(p) && p.sentenceIndex === 0 ? uncued(p.focus.lastPersonBeforeParagraph, 'narrative before') : null),
  },
  {
    /**
     * A quotation long enough to be speech: the person in focus. Shorter ones are scare quotes. Not
     * when its own sentence names only other people ("„…“, und Friedrich Merz nickte").
     */
    name: 'person in focus',
    choose: (p) => {
      const person = isLongSpeech(p) ? p.focus.person() : null;
      return person && (p.peopleNamed.size === 0 || p.peopleNamed.has(person)) ? uncued(person, 'person in focus') : null;
    },
  },
];

/**
 * Phase 5, the whole article: a passage of eight words or more quoted again without a cue of its
 * own (a tweet quoted a second time) is its first speaker's (echoes.ts). Only in the body, never
 * from a quotation that quotes someone inside it.
 */
export const ARTICLE_STEP = 'repeated';

export type StepName =
  | 'cue'
  | 'credit below'
  | 'own clause'
  | 'colon'
  | 'focus carry-over'
  | 'previous paragraph'
  | 'possessive'
  | 'sentence subject'
  | 'other sentence'
  | 'subject before'
  | 'narrative before'
  | 'person in focus'
  | typeof ARTICLE_STEP;

/** Every step, in the order a quotation meets them. */
export const STEP_ORDER: readonly StepName[] = [...new Set([...SENTENCE_STEPS, ...TURN_STEPS, ...PARAGRAPH_STEPS].map((s) => s.name)), ARTICLE_STEP];

/**
 * Runs steps in order until one decides. With `tried`, records each step's outcome up to that one
 * (what `--explain` shows).
 */
export function runSteps<Input>(steps: readonly Step<Input>[], input: Input, tried?: StepOutcome[]): Verdict {
  for (const step of steps) {
    const verdict = step.choose(input);
    tried?.push({
      step: step.name,
      speaker: verdict && verdict !== NO_ONE ? verdict.entity.name : null,
      outcome: verdict === null ? 'passed' : verdict === NO_ONE ? 'no one' : 'chose',
    });
    if (verdict !== null) return verdict;
  }
  return null;
}

function opensParagraph(q: QuotationAtHand): boolean {
  return q.quoteToken === 0 && q.sentenceIndex === 0;
}

function isLongSpeech(p: PendingQuotation): boolean {
  return countWords(p.quotation.text) >= MIN_UNCUED_QUOTE_WORDS && p.state.isBody;
}
