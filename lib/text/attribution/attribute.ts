import type { Paragraph } from '../../contracts';
import { countWords } from '../article-text';
import { clutterAmong, OUTSIDE_STORY } from '../clutter';
import { findQuotations, regionsByParagraph, withCreditedBlockQuotes, type Quotation } from '../quotes';
import { splitSentencesAroundQuotes, type Sentence } from '../sentences';
import type { QuoteRegion, Token } from '../tokens';
import { confidenceOf, featuresOf, MIN_CONFIDENCE, type Judged } from './confidence';
import { indexCues, isPartialQuotation, isQuotation, nearestCue, type SentenceCues } from './cues';
import { findEchoes } from './echoes';
import { FocusState } from './focus';
import { namesWrittenInProse } from './names';
import { wordsWrittenInLowerCase } from './name-words';
import { EntityRegistry, type Entity } from './registry';
import { ENGLISH, type Grammar } from './grammar';
import { lexiconGrammar } from './languages/grammar';
import { lexiconLanguage, type Lexicon } from './languages/lexicon';
import { subjectOf, type ArticleVocabulary, type SentenceContext } from './sentence-context';
import { mentionedPeople, quoteRef, speakersOf } from './speaker-list';
import {
  ARTICLE_STEP,
  closesOnComma,
  longQuotationSpeaker,
  NO_ONE,
  PARAGRAPH_STEPS,
  runSteps,
  SENTENCE_STEPS,
  TURN_STEPS,
  waitingSpeaker,
  type QuotationAtHand,
  type StepName,
} from './steps';
import type { AnalyzedSentence, Attribution, Found, ParagraphState, QuotationTrace, StepOutcome } from './types';
import { repeatedListItems } from '../prose';

export type { AnalyzedSentence, Attribution } from './types';

export interface AttributionOptions {
  /** Attributions the confidence model rates lower are reported without a speaker. */
  minConfidence?: number;
  /** Record, for every quotation, the steps tried and the model's verdict (`Attribution.trace`). */
  explain?: boolean;
  /** The words of the page's language, when it is one of the lexicon files' (languages/lexicon.ts). */
  lexicon?: Lexicon | null;
}

/**
 * Finds who is quoted. Reads sentence by sentence in reading order: the cues of each sentence
 * (cues.ts) name a subject (subjects.ts), resolved against who is in focus (focus.ts); the steps
 * of steps.ts choose each quotation's speaker; names merge into entities (registry.ts) and
 * entities into the speaker list (speaker-list.ts).
 */
export function attributeQuotes(paragraphs: readonly Paragraph[], lang: string | null, options: AttributionOptions = {}): Attribution {
  return new QuoteAttributor(paragraphs, lang, options).run(options.minConfidence ?? MIN_CONFIDENCE);
}

/** Only the quote regions around this sentence: regions and sentences both run in order, so a paragraph with many of each stays linear. */
function regionsAround(state: ParagraphState, sentence: Sentence): QuoteRegion[] {
  const regions = state.regions;
  while (state.firstRegion < regions.length && regions[state.firstRegion]!.end <= sentence.start) state.firstRegion++;
  let lastRegion = state.firstRegion;
  while (lastRegion < regions.length && regions[lastRegion]!.start < sentence.end) lastRegion++;
  return regions.slice(state.firstRegion, lastRegion);
}

/** Reads one article's paragraphs in order and runs the steps of steps.ts on each quotation. */
class QuoteAttributor {
  private readonly quotations: Quotation[];
  /** Paragraphs that are a block quote with its speaker's name on the line below. */
  private readonly creditedBlocks: ReadonlySet<number>;
  /** List items printed twice (prose.ts): an offer or a menu, not the story. */
  private readonly repeatedLists: ReadonlySet<number>;
  private readonly regions: QuoteRegion[][];
  private readonly registry: EntityRegistry;
  private readonly focus: FocusState;
  private readonly speakerOf = new Map<number, Found>();
  private readonly features = new Map<number, Record<string, number>>();
  private readonly quotedSoFar = new Set<Entity>();
  private readonly unattributed: number[] = [];
  /** Quotations whose own sentence has a cue: what it says stands, even when it names no one. */
  private readonly cuedInSentence = new Set<number>();
  /** Quotations over several paragraphs wait for their last paragraph, with who they would go to if no cue turns up there. */
  private readonly waiting = new Map<number, Found | null>();
  /** Whether attribution reads the page's language, and how. */
  private readonly reads: boolean;
  private readonly grammar: Grammar;
  /** The steps of steps.ts this grammar runs, by phase. */
  private readonly steps: { sentence: typeof SENTENCE_STEPS; turn: typeof TURN_STEPS; paragraph: typeof PARAGRAPH_STEPS };
  /** Words the article writes in lower case, and the names its prose writes. */
  private readonly vocabulary: ArticleVocabulary;
  /** With `explain`: the steps each quotation met. */
  private readonly tried: Map<number, StepOutcome[]> | null;
  /** With `explain`: quotations no step was run on, and why. */
  private readonly skipped: Map<number, NonNullable<QuotationTrace['skipped']>> | null;

  constructor(
    private readonly paragraphs: readonly Paragraph[],
    private readonly lang: string | null,
    options: AttributionOptions,
  ) {
    const explain = options.explain ?? false;
    const { quotations, creditedBlocks } = withCreditedBlockQuotes(paragraphs, findQuotations(paragraphs.map((p) => p.text)));
    this.quotations = quotations;
    this.creditedBlocks = creditedBlocks;
    this.repeatedLists = repeatedListItems(paragraphs);
    this.regions = regionsByParagraph(this.quotations, paragraphs.length);
    const english = lang === null || /^en\b/iu.test(lang);
    const lexicon = options.lexicon && options.lexicon.language === lexiconLanguage(lang) ? options.lexicon : null;
    this.reads = english || lexicon !== null;
    this.tried = explain ? new Map() : null;
    this.skipped = explain ? new Map() : null;
    const texts = paragraphs.map((p) => p.text);
    let proseNames: ReadonlySet<string> | undefined;
    this.vocabulary = { common: wordsWrittenInLowerCase(texts), proseNames: () => (proseNames ??= namesWrittenInProse(texts)) };
    this.registry = new EntityRegistry(this.vocabulary.common);
    this.focus = new FocusState(this.registry);
    this.grammar = !english && lexicon ? lexiconGrammar(lexicon, texts, this.vocabulary) : ENGLISH;
    const runs = <T extends { name: StepName }>(steps: readonly T[]) => steps.filter((step) => !this.grammar.skipsSteps.has(step.name));
    this.steps = { sentence: runs(SENTENCE_STEPS), turn: runs(TURN_STEPS), paragraph: runs(PARAGRAPH_STEPS) };
  }

  run(minConfidence: number): Attribution {
    const sentences = this.paragraphs.map((_, p) => this.readParagraph(p));
    const judged = new Map<number, Judged>();
    const trace: QuotationTrace[] = [];
    const unsure: number[] = [];
    for (const [quote, found] of this.speakerOf) {
      const features = this.features.get(quote)!;
      const confidence = confidenceOf(features);
      judged.set(quote, { cue: found.evidence.cue, confidence });
      // A wrong name is worse than no name: an unsure attribution is reported without one.
      const kept = confidence >= minConfidence;
      if (!kept) unsure.push(quote);
      if (this.tried) trace.push(this.traceOf(quote, found, kept, features, confidence));
    }
    for (const quote of unsure) this.speakerOf.delete(quote);
    const withoutSpeaker = [...this.unattributed.filter((q) => !this.speakerOf.has(q)), ...unsure];
    // A passage quoted again, with no cue of its own, is the first speaker's. Not when its own
    // sentence has a cue ("“…,” another tenant said"), nor in headings and captions, which echo a
    // quotation without being one.
    const uncuedInBody = withoutSpeaker.filter((q) => !this.cuedInSentence.has(q) && this.isBody(this.quotations[q]!.spans[0]!.paragraph));
    const entityOf = new Map([...this.speakerOf].map(([quote, found]) => [quote, found.entity]));
    for (const [quote, source] of findEchoes(
      this.quotations.map((q) => q.text),
      entityOf,
      uncuedInBody,
    )) {
      const first = this.speakerOf.get(source)!;
      this.speakerOf.set(quote, { ...first, step: ARTICLE_STEP });
      entityOf.set(quote, first.entity);
      judged.set(quote, { cue: 'repeated', confidence: judged.get(source)!.confidence });
      this.tried?.get(quote)?.push({ step: ARTICLE_STEP, speaker: first.entity.name, outcome: 'chose' });
    }
    const unattributed = withoutSpeaker.filter((q) => !this.speakerOf.has(q)).sort((a, b) => a - b);
    if (this.tried) {
      const traced = new Set(trace.map((t) => t.quote));
      for (const [quote, tried] of this.tried) {
        if (traced.has(quote)) continue;
        const found = this.speakerOf.get(quote);
        const skipped = this.skipped?.get(quote);
        trace.push(
          found ? this.traceOf(quote, found, true) : { quote, step: null, speaker: null, kind: null, tried, kept: false, ...(skipped ? { skipped } : {}) },
        );
      }
      trace.sort((a, b) => a.quote - b.quote);
    }
    return {
      speakers: speakersOf(entityOf, this.quotations, judged),
      mentioned: this.reads ? mentionedPeople(this.registry, entityOf) : [],
      unattributed: unattributed.map((q) => quoteRef(this.quotations[q]!, judged.get(q))),
      sentences,
      quotations: this.quotations,
      repeatedLists: this.repeatedLists,
      ...(this.tried ? { trace } : {}),
    };
  }

  private traceOf(quote: number, found: Found, kept: boolean, features?: Record<string, number>, confidence?: number): QuotationTrace {
    return {
      quote,
      step: found.step,
      speaker: found.entity.name,
      kind: found.entity.kind,
      tried: this.tried?.get(quote) ?? [],
      ...(features ? { features, confidence } : {}),
      kept,
    };
  }

  /**
   * Captions and headings name what is pictured or announced, a teaser link another story, and a
   * staff credit who reported; the body tells who is talking.
   */
  private isBody(p: number): boolean {
    const { text, kind } = this.paragraphs[p]!;
    return kind !== 'caption' && kind !== 'heading' && kind !== 'link' && !this.repeatedLists.has(p) && !clutterAmong(text, OUTSIDE_STORY);
  }

  private readParagraph(p: number): AnalyzedSentence[] {
    const { text, kind } = this.paragraphs[p]!;
    const state: ParagraphState = {
      index: p,
      text,
      kind,
      regions: this.regions[p]!,
      isBody: this.isBody(p),
      lastSpeaker: null,
      lastPerson: null,
      narrativeSubjects: [],
      creditBelow: this.creditedBlocks.has(p) ? this.creditBelow(p + 1) : null,
      pending: [],
      cues: [],
      firstRegion: 0,
      analyzed: [],
    };
    const sentences = splitSentencesAroundQuotes(text, p, this.lang, state.regions);
    sentences.forEach((sentence, sentenceIndex) => this.readSentence(state, sentence, sentenceIndex));
    this.settlePending(state);
    const lastNarrativeCue = state.cues.filter((c) => !c.hasQuotes).pop();
    this.focus.endParagraph({
      isBody: state.isBody,
      isHeading: kind === 'heading',
      introduces: /:\s*$/u.test(text) ? (lastNarrativeCue?.entity ?? null) : undefined,
      hasQuotations: state.regions.length > 0,
      lastSpeaker: state.lastSpeaker,
      lastPerson: state.lastPerson,
    });
    return state.analyzed;
  }

  /** The person or body a block quote's credit line names first ("Sascha Lohmann, Stiftung…"). */
  private creditBelow(p: number): Entity | null {
    const text = this.paragraphs[p]!.text;
    const [sentence] = splitSentencesAroundQuotes(text, p, this.lang, []);
    if (!sentence) return null;
    const context = this.grammar.readSentence(text, sentence, [], this.registry, this.vocabulary);
    const firstWord = context.tokens.findIndex((t) => t.kind === 'word');
    const mention = context.mentions.find((m) => m.first === firstWord);
    const entity = mention && context.entityOf.get(mention);
    return entity && (entity.kind === 'person' || entity.kind === 'organization') ? entity : null;
  }

  private readSentence(state: ParagraphState, sentence: Sentence, sentenceIndex: number): void {
    const context = this.grammar.readSentence(state.text, sentence, regionsAround(state, sentence), this.registry, this.vocabulary);
    if (state.isBody) for (const entity of context.entityOf.values()) entity.namedInBody = true;
    this.grammar.collectRoles(context);
    const { tokens } = context;
    const ownQuotes = tokens
      .map((token, index) => ({ token, index }))
      .filter(({ token }) => token.kind === 'quote' && this.quotations[token.quote!]!.spans[0]!.paragraph === state.index);
    const resolvedCues = this.grammar.findCues(context).map((cue) => ({ cue, entity: this.focus.resolveSubject(cue, context, state.lastPerson) }));
    const cueIndex = indexCues(resolvedCues);
    for (const { cue, entity } of resolvedCues) state.cues.push({ cue, entity, context, hasQuotes: ownQuotes.length > 0 });

    const sentenceQuotes = this.attributeOwnQuotes(state, context, ownQuotes, cueIndex, sentenceIndex);
    // A name in quotation marks ("bei „Wegovy“") is no speech: the sentence still only tells.
    state.narrativeSubjects[sentenceIndex] = sentenceQuotes.length === 0 ? subjectOf(context) : null;
    this.settleLongQuotations(state, context, cueIndex, sentenceIndex);
    const referent = this.focus.followSentence(this.grammar, state, context, resolvedCues, sentenceQuotes.length > 0);

    const quotedWords = ownQuotes.reduce((sum, { token }) => sum + countWords(token.text), 0);
    const totalWords = Math.max(1, countWords(sentence.text));
    state.analyzed.push({
      ...sentence,
      quotes: sentenceQuotes,
      quotedShare: Math.min(1, quotedWords / totalWords),
      pronounReferent: referent ? referent.name : null,
    });
  }

  private atHand(
    state: ParagraphState,
    context: SentenceContext,
    cues: SentenceCues,
    quoteToken: number,
    sentenceIndex: number,
    withUnreadCue: boolean,
  ): QuotationAtHand {
    const quotation = this.quotations[context.tokens[quoteToken]!.quote!]!;
    const nearest = nearestCue(cues, quoteToken, closesOnComma(quotation.text, context.tokens[quoteToken + 1]), context.tokens);
    const unreadCue = withUnreadCue && !nearest ? this.grammar.unreadCueBefore(context.tokens, quoteToken, quotation.text) : null;
    return { quotation, state, context, quoteToken, sentenceIndex, cues, focus: this.focus, nearest, unreadCue };
  }

  /** Attributes the quotations that open in this sentence; returns those that are speech. */
  private attributeOwnQuotes(
    state: ParagraphState,
    context: SentenceContext,
    ownQuotes: readonly { token: Token; index: number }[],
    cues: SentenceCues,
    sentenceIndex: number,
  ): number[] {
    const sentenceQuotes: number[] = [];
    const sentenceStartsWithQuote = context.tokens[0]?.kind === 'quote';
    for (const { token, index } of ownQuotes) {
      const quote = token.quote!;
      if (this.grammar.namesAWork(context.tokens, index, this.quotations[quote]!.text)) continue;
      const q = this.atHand(state, context, cues, index, sentenceIndex, true);
      const words = countWords(q.quotation.text);
      if (!isQuotation(q.quotation.text, words, q.nearest?.distance ?? q.unreadCue ?? Infinity, this.grammar.titleCaseIsName)) continue;
      sentenceQuotes.push(quote);
      const tried: StepOutcome[] = [];
      this.tried?.set(quote, tried);
      // Attribution reads English and the languages of its lexicon files. On a page in another
      // language it would only guess, so quotations stay unattributed there.
      // Headings echo a quotation without saying whose it is; the body says it again.
      if (!this.reads || state.kind === 'heading') {
        this.unattributed.push(quote);
        this.skipped?.set(quote, this.reads ? 'heading' : 'language');
        continue;
      }
      const cued = runSteps(this.steps.sentence, q, this.tried ? tried : undefined);
      if (cued !== null) {
        this.cuedInSentence.add(quote);
        if (cued === NO_ONE) this.unattributed.push(quote);
        else this.assign(state, quote, cued);
        continue;
      }
      // A few words quoted mid-sentence without a speech verb: found, but whose they are the
      // sentence doesn't say (giving them to its subject was right no more often than wrong).
      if (isPartialQuotation(words, q.unreadCue ?? Infinity, sentenceStartsWithQuote || index === 0)) {
        this.unattributed.push(quote);
        this.skipped?.set(quote, 'partial');
        continue;
      }
      const turn = runSteps(this.steps.turn, q, this.tried ? tried : undefined);
      if (q.quotation.spans.length > 1) {
        this.waiting.set(quote, waitingSpeaker(turn, this.focus));
        continue;
      }
      if (turn === null || turn === NO_ONE) state.pending.push({ quote, sentence: sentenceIndex, peopleNamed: context.peopleNamed });
      else this.assign(state, quote, turn);
    }
    return sentenceQuotes;
  }

  /** Records a speaker; `bring` (the default) also puts them in focus. */
  private assign(state: ParagraphState, quote: number, found: Found, bring = true): void {
    const { entity, evidence } = found;
    const quotation = this.quotations[quote]!;
    this.features.set(
      quote,
      featuresOf(evidence, entity, {
        words: countWords(quotation.text),
        paragraphs: quotation.spans.length,
        kind: state.kind,
        speakerQuotedBefore: this.quotedSoFar.has(entity),
      }),
    );
    this.quotedSoFar.add(entity);
    this.speakerOf.set(quote, found);
    state.lastSpeaker = entity;
    if (bring) this.focus.bring(entity);
  }

  /** The last paragraph of a quotation over several: its cue, else the speaker it was waiting with. */
  private settleLongQuotations(state: ParagraphState, context: SentenceContext, cues: SentenceCues, sentenceIndex: number): void {
    context.tokens.forEach((token, index) => {
      if (token.kind !== 'quote' || !this.waiting.has(token.quote!)) return;
      const spans = this.quotations[token.quote!]!.spans;
      if (spans[spans.length - 1]!.paragraph !== state.index) return;
      const q = this.atHand(state, context, cues, index, sentenceIndex, false);
      if (q.nearest) this.cuedInSentence.add(token.quote!);
      const found = longQuotationSpeaker(q, this.waiting.get(token.quote!) ?? null);
      this.tried?.get(token.quote!)?.push({ step: found?.step ?? 'cue', speaker: found?.entity.name ?? null, outcome: found ? 'chose' : 'no one' });
      this.waiting.delete(token.quote!);
      if (found) this.assign(state, token.quote!, found);
      else this.unattributed.push(token.quote!);
    });
  }

  /** Quotations without a cue or a turn, once the whole paragraph is read (steps.ts, phase 4); their speaker is not brought into focus. */
  private settlePending(state: ParagraphState): void {
    for (const pending of state.pending) {
      const tried = this.tried?.get(pending.quote);
      const found = runSteps(
        this.steps.paragraph,
        { quotation: this.quotations[pending.quote]!, state, sentenceIndex: pending.sentence, peopleNamed: pending.peopleNamed, focus: this.focus },
        tried,
      );
      if (found !== null && found !== NO_ONE) this.assign(state, pending.quote, found, false);
      else this.unattributed.push(pending.quote);
    }
  }
}
