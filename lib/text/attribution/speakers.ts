import type { AttributionCue, Paragraph } from '../../contracts';
import { countWords } from '../article-text';
import { looksLikeCaption } from '../clutter';
import { SPEECH_VERBS } from '../lexicon';
import { findQuotations, type Quotation } from '../quotes';
import { splitSentencesAroundQuotes, type Sentence } from '../sentences';
import type { QuoteRegion, Token } from '../tokens';
import { confidenceOf, featuresOf, MIN_CONFIDENCE, type Evidence, type Judged } from './confidence';
import { findCues, indexCues, isQuotation, namesAWork, nearestCue, unreadCueBefore, type NearestCue, type ResolvedCue, type SentenceCues } from './cues';
import { findEchoes } from './echoes';
import { FocusState } from './focus';
import { mentionedPeople, quoteRef, speakersOf } from './merge';
import { isPlaceName, namesWrittenInProse, wordsWrittenInLowerCase } from './names';
import { EntityRegistry, type Entity } from './registry';
import { regionsAround, regionsByParagraph, uncued, type AnalyzedSentence, type Attribution, type Found, type ParagraphState } from './attribution-state';
import { collectRoles } from './roles';
import { personSubject, readSentence, type ArticleVocabulary, sentenceInitialPronoun, speakerNamedByPossessive, subjectOf, type SentenceContext } from './sentence-context';
import { MIN_UNCUED_QUOTE_WORDS } from './thresholds';

export type { AnalyzedSentence, Attribution } from './attribution-state';

/** The person named right after "that", opening a reported clause ("confirmed that Gen. Mark Milley would…"). */
function reportedClauseSubject(context: SentenceContext): Entity | null {
  const mention = context.mentions.find((m) => context.tokens[m.first - 1]?.lower === 'that');
  const entity = mention ? context.entityOf.get(mention) : undefined;
  return entity?.kind === 'person' && entity.words.length > 1 && !isPlaceName(entity.words) ? entity : null;
}

/** “…,” or “…”, before the words that follow: the sentence goes on to say who spoke. */
const closesOnComma = (text: string, next: Token | undefined) => /,\s*$/u.test(text) || next?.text === ',';

/**
 * Finds who is quoted. Works sentence by sentence in reading order: cues in each sentence
 * (cues.ts) name a subject (subjects.ts), resolved against the people in focus (focus.ts); names
 * merge into entities (registry.ts) and entities into speakers (merge.ts).
 */
export function attributeQuotes(paragraphs: readonly Paragraph[], lang: string | null, minConfidence = MIN_CONFIDENCE): Attribution {
  return new Attributor(paragraphs, lang).run(minConfidence);
}

class Attributor {
  private readonly quotations: Quotation[];
  private readonly regions: QuoteRegion[][];
  private readonly registry = new EntityRegistry();
  private readonly focus = new FocusState(this.registry);
  private readonly speakerOf = new Map<number, Entity>();
  private readonly features = new Map<number, Record<string, number>>();
  private readonly cueOf = new Map<number, AttributionCue>();
  private readonly quotedSoFar = new Set<Entity>();
  private readonly unattributed: number[] = [];
  /** Quotations whose own sentence has a cue: what it says stands, even when it names no one. */
  private readonly cuedInSentence = new Set<number>();
  // Quotations over several paragraphs wait for their last paragraph, where the attribution
  // usually stands; the value is who they would go to if no cue turns up there.
  private readonly deferred = new Map<number, Found | null>();
  private readonly english: boolean;
  /** Words the article writes in lower case, and the names its prose writes. */
  private readonly vocabulary: ArticleVocabulary;

  constructor(
    private readonly paragraphs: readonly Paragraph[],
    private readonly lang: string | null,
  ) {
    this.quotations = findQuotations(paragraphs.map((p) => p.text));
    this.regions = regionsByParagraph(this.quotations, paragraphs.length);
    this.english = lang === null || /^en\b/iu.test(lang);
    const texts = paragraphs.map((p) => p.text);
    let proseNames: ReadonlySet<string> | undefined;
    this.vocabulary = { common: wordsWrittenInLowerCase(texts), proseNames: () => (proseNames ??= namesWrittenInProse(texts)) };
  }

  run(minConfidence: number): Attribution {
    const sentences = this.paragraphs.map((_, p) => this.readParagraph(p));
    const judged = new Map<number, Judged>();
    const judgements: Attribution['judgements'] = [];
    const unsure: number[] = [];
    for (const [quote, entity] of this.speakerOf) {
      const features = this.features.get(quote)!;
      const confidence = confidenceOf(features);
      judged.set(quote, { cue: this.cueOf.get(quote)!, confidence });
      judgements.push({ quote, speaker: entity.name, kind: entity.kind, features, confidence });
      // A wrong name is worse than no name: an unsure attribution is reported without one.
      if (confidence < minConfidence) unsure.push(quote);
    }
    for (const quote of unsure) this.speakerOf.delete(quote);
    const withoutSpeaker = [...this.unattributed.filter((q) => !this.speakerOf.has(q)), ...unsure];
    // A passage quoted again, with no cue of its own, is the first speaker's. Not when its own
    // sentence has a cue ("“…,” another tenant said"), nor in headings and captions, which echo a
    // quotation without being one.
    const uncuedInBody = withoutSpeaker.filter((q) => !this.cuedInSentence.has(q) && this.isBody(this.quotations[q]!.spans[0]!.paragraph));
    for (const [quote, source] of findEchoes(this.quotations.map((q) => q.text), this.speakerOf, uncuedInBody)) {
      this.speakerOf.set(quote, this.speakerOf.get(source)!);
      judged.set(quote, { cue: 'repeated', confidence: judged.get(source)!.confidence });
    }
    const unattributed = withoutSpeaker.filter((q) => !this.speakerOf.has(q)).sort((a, b) => a - b);
    return {
      speakers: speakersOf(this.speakerOf, this.quotations, judged),
      mentioned: this.english ? mentionedPeople(this.registry, this.speakerOf) : [],
      unattributed: unattributed.map((q) => quoteRef(this.quotations[q]!, judged.get(q))),
      sentences,
      quotations: this.quotations,
      judgements,
    };
  }

  /**
   * Captions and headings name what is pictured or announced, and a teaser link another story;
   * the body tells who is talking.
   */
  private isBody(p: number): boolean {
    const { text, kind } = this.paragraphs[p]!;
    return kind !== 'caption' && kind !== 'heading' && kind !== 'link' && !looksLikeCaption(text);
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

  private readSentence(state: ParagraphState, sentence: Sentence, sentenceIndex: number): void {
    const context = readSentence(state.text, sentence, regionsAround(state, sentence), this.registry, this.vocabulary);
    collectRoles(context);
    const { tokens } = context;
    const ownQuotes = tokens
      .map((token, index) => ({ token, index }))
      .filter(({ token }) => token.kind === 'quote' && this.quotations[token.quote!]!.spans[0]!.paragraph === state.index);
    const resolvedCues = findCues(context).map((cue) => ({ cue, entity: this.focus.resolveSubject(cue, context) }));
    const cueIndex = indexCues(resolvedCues);
    for (const { cue, entity } of resolvedCues) state.cues.push({ cue, entity, context, hasQuotes: ownQuotes.length > 0 });

    const sentenceQuotes = this.attributeOwnQuotes(state, context, ownQuotes, cueIndex, sentenceIndex);
    this.settleDeferred(state, context, cueIndex);
    const referent = this.followSubject(state, context, resolvedCues, sentenceQuotes.length > 0);

    const quotedWords = ownQuotes.reduce((sum, { token }) => sum + countWords(token.text), 0);
    const totalWords = Math.max(1, countWords(sentence.text));
    state.analyzed.push({
      ...sentence,
      quotes: sentenceQuotes,
      quotedShare: Math.min(1, quotedWords / totalWords),
      pronounReferent: referent ? referent.name : null,
    });
  }

  /** Attributes the quotations that open in this sentence; returns those that are speech. */
  private attributeOwnQuotes(
    state: ParagraphState,
    context: SentenceContext,
    ownQuotes: readonly { token: Token; index: number }[],
    cueIndex: SentenceCues,
    sentenceIndex: number,
  ): number[] {
    const sentenceQuotes: number[] = [];
    const sentenceStartsWithQuote = context.tokens[0]?.kind === 'quote';
    for (const { token, index } of ownQuotes) {
      const quoteIndex = token.quote!;
      const quotation = this.quotations[quoteIndex]!;
      const nearest = nearestCue(cueIndex, index, closesOnComma(quotation.text, context.tokens[index + 1]), context.tokens);
      const words = countWords(quotation.text);
      if (namesAWork(context.tokens, index, quotation.text)) continue;
      const unreadCue = nearest ? null : unreadCueBefore(context.tokens, index, quotation.text);
      if (!isQuotation(quotation.text, words, nearest?.distance ?? unreadCue ?? Infinity, sentenceStartsWithQuote || index === 0)) continue;
      sentenceQuotes.push(quoteIndex);
      // Attribution reads English: its speech verbs, pronouns and name shapes. On a page in
      // another language it would only guess, so quotations stay unattributed there.
      // Headings echo a quotation without saying whose it is; the body says it again.
      if (!this.english || state.kind === 'heading') {
        this.unattributed.push(quoteIndex);
        continue;
      }
      // "…a question came from a member of the audience: “…”": the clause before the colon says
      // whose it is; if it names no person, no one else's name is borrowed for it. So does a speech
      // verb whose subject went unread ("Priebus later Thursday told Fox News “…”").
      const ownClause = !nearest && (context.tokens[index - 1]?.text === ':' || unreadCue !== null);
      let found = nearest ? this.cued(nearest, context, cueIndex) : ownClause ? uncued(personSubject(context), 'sentence subject') : null;
      if (!nearest && !ownClause) {
        found = this.uncuedSpeaker(state, context, index, sentenceIndex);
        if (quotation.spans.length > 1) {
          this.deferred.set(quoteIndex, found ?? uncued(this.focus.person(), 'person in focus'));
          continue;
        }
        if (!found) state.pending.push({ quote: quoteIndex, sentence: sentenceIndex });
      }
      if (nearest || ownClause) this.cuedInSentence.add(quoteIndex);
      if (found) this.assign(state, quoteIndex, found);
      else if (nearest || ownClause) this.unattributed.push(quoteIndex);
    }
    return sentenceQuotes;
  }

  /** The speaker a cue in the sentence names, with what made it likely or not. */
  private cued(nearest: NearestCue, context: SentenceContext, cues: SentenceCues): Found | null {
    if (!nearest.entity) return null;
    const subject = nearest.cue.subject;
    const evidence: Evidence = {
      cue: subject.type === 'pronoun' ? 'pronoun' : nearest.cue.form,
      subject: subject.type,
      distance: nearest.distance,
      rivalCues: cues.free.length + cues.bound.size - 1,
      peopleInSentence: context.peopleNamed,
      pronounCandidates: subject.type === 'pronoun' ? this.focus.pronounCandidates(subject.value) : 0,
    };
    return { entity: nearest.entity, evidence };
  }


  /** A quotation without a cue in its sentence: the speaker whose turn it is, else the sentence's own subject. */
  private uncuedSpeaker(state: ParagraphState, context: SentenceContext, quoteToken: number, sentenceIndex: number): Found | null {
    const opensParagraph = quoteToken === 0 && sentenceIndex === 0;
    if (opensParagraph && this.focus.introducedSpeaker !== undefined) return uncued(this.focus.introducedSpeaker, 'colon');
    return (
      uncued(state.lastSpeaker, 'focus carry-over') ??
      uncued(opensParagraph ? this.focus.lastSpeakerBeforeParagraph : null, 'previous paragraph') ??
      uncued(speakerNamedByPossessive(context, quoteToken), 'possessive') ??
      // "Alverson summed up the journey: “…”" — the sentence's own subject.
      uncued(personSubject(context), 'sentence subject')
    );
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
    this.cueOf.set(quote, evidence.cue);
    this.quotedSoFar.add(entity);
    this.speakerOf.set(quote, entity);
    state.lastSpeaker = entity;
    if (bring) this.focus.bring(entity);
  }

  /** The last paragraph of a long quotation: its cue, else the speaker it was waiting with. */
  private settleDeferred(state: ParagraphState, context: SentenceContext, cueIndex: SentenceCues): void {
    context.tokens.forEach((token, index) => {
      if (token.kind !== 'quote' || !this.deferred.has(token.quote!)) return;
      const spans = this.quotations[token.quote!]!.spans;
      if (spans[spans.length - 1]!.paragraph !== state.index) return;
      const nearest = nearestCue(cueIndex, index, closesOnComma(this.quotations[token.quote!]!.text, context.tokens[index + 1]), context.tokens);
      if (nearest) this.cuedInSentence.add(token.quote!);
      const found = (nearest ? this.cued(nearest, context, cueIndex) : null) ?? this.deferred.get(token.quote!) ?? null;
      this.deferred.delete(token.quote!);
      if (found) this.assign(state, token.quote!, found);
      else this.unattributed.push(token.quote!);
    });
  }

  /**
   * Who the sentence is about stays in focus for the pronouns that follow: a pronoun's referent,
   * the speaker of reported speech ("Pelosi has said she…"), else its grammatical subject.
   * Captions and headings name what is pictured, not who is talking. Returns the pronoun's referent.
   */
  private followSubject(
    state: ParagraphState,
    context: SentenceContext,
    resolvedCues: readonly ResolvedCue[],
    hasQuotes: boolean,
  ): Entity | null {
    const { tokens, mentions } = context;
    const pronoun = sentenceInitialPronoun(tokens);
    let referent: Entity | null = null;
    if (pronoun) {
      const cueForPronoun = resolvedCues.find((c) => c.cue.subject.type === 'pronoun');
      referent = cueForPronoun?.entity ?? this.focus.resolvePronoun(pronoun, []);
    }
    const reporter =
      resolvedCues.find((c) => c.entity && c.cue.subject.type !== 'pronoun' && SPEECH_VERBS.has(tokens[c.cue.verb]!.lower))?.entity ?? null;
    if (reporter?.kind === 'person') reporter.personEvidence = true;
    // People a later quotation may go to: never a place ("Hong Kong", "United States").
    const people = mentions
      .map((m) => context.entityOf.get(m)!)
      .filter((e) => e.kind === 'person' && (e.words.length > 1 || e.personEvidence) && !isPlaceName(e.words));
    const firstNamedInFull = people.find((e) => e.words.length > 1) ?? null;
    // "Enter Stuart R. Kaplan, a graduate of…": a sentence without a subject that names someone in
    // full introduces them.
    const subject = referent ?? reporter ?? subjectOf(context) ?? firstNamedInFull;
    if (people.length > 0) state.lastPerson = people[people.length - 1]!;
    // A sub-heading that tells of someone ("Fiona Parry issued a plea…") is what the section is about.
    const tellsOfSomeone = state.isBody || (state.kind === 'heading' && subject?.kind === 'person');
    if (!hasQuotes && subject && tellsOfSomeone) {
      // "The Pentagon confirmed that Gen. Mark Milley would testify": a body is the subject, and
      // the person its reported clause opens with is whom a "he" after means; not the object of
      // what it did ("The FBI arrested John Doe").
      const reported = subject.kind !== 'person' ? reportedClauseSubject(context) : null;
      if (reported) this.focus.bring(reported);
      if (!isPlaceName(subject.words)) this.focus.bring(subject);
    }
    return referent;
  }

  /**
   * A quotation with no cue in its sentence takes the speaker named elsewhere in its paragraph
   * ("“…” The remark came from Werner, who said…"), else, when long enough to be speech rather
   * than a phrase, the person the narrative paragraph before named, or the person in focus. Not
   * the person the next sentence names: that was right for 2 of the 6 such quotations judged by
   * hand (news/, PolNeAR train, the CNN/DM and readability audits).
   */
  private settlePending(state: ParagraphState): void {
    for (const pending of state.pending) {
      if (pending.sentence === 0 && this.focus.introducedSpeaker === null) {
        this.unattributed.push(pending.quote);
        continue;
      }
      const other = state.cues.find((c) => !c.hasQuotes);
      const fromOtherSentence = other ? this.focus.resolveSubject(other.cue, other.context) : null;
      const quotation = this.quotations[pending.quote]!;
      const longEnough = countWords(quotation.text) >= MIN_UNCUED_QUOTE_WORDS && state.isBody;
      const found =
        uncued(fromOtherSentence, 'other sentence') ??
        (longEnough
          ? (uncued(pending.sentence === 0 ? this.focus.lastPersonBeforeParagraph : null, 'narrative before') ??
            uncued(this.focus.person(), 'person in focus'))
          : null);
      if (found) this.assign(state, pending.quote, found, false);
      else this.unattributed.push(pending.quote);
    }
  }
}
