import type { Paragraph, QuoteRef, Speaker } from '../../contracts';
import { looksLikeCaption } from '../clutter';
import { NOT_NAME_WORDS, ORGANISATION_NOUNS, PARTY_WORDS, PRONOUNS, REPORTING_VERBS, SPEECH_VERBS, WEAK_REPORTING_VERBS } from '../lexicon';
import { EntityRegistry, findMentions, isPlaceName, isRoleNoun, type Entity, type Mention } from './names';
import { findQuotations, type Quotation } from '../quotes';
import { splitSentencesAroundQuotes, type Sentence } from '../sentences';
import { tokenize, type QuoteRegion, type Token } from '../tokens';
import { countWords } from '../article-text';


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
}

type Subject =
  | { type: 'name'; mention: Mention }
  | { type: 'pronoun'; value: string }
  | { type: 'description'; text: string; words: string[] };

interface Cue {
  verb: number;
  /** The quotation this cue can only belong to ("John Harris: “…”", "“…” ― Pamela Padilla"). */
  boundQuote?: number;
  subject: Subject;
  /** Entities named right after the verb ("he told Blinken"): never the pronoun's referent. */
  objects: Entity[];
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'one', 'another', 'our', 'this', 'that', 'some', 'two', 'three', 'several', 'many']);
const DEFINITE = new Set(['the', 'his', 'her', 'its', 'their', 'this', 'that', 'our']);
const SKIPPED_BEFORE_VERB = new Set([
  'has', 'had', 'have', 'would', 'will', 'also', 'later', 'then', 'again', 'once', 'previously', 'repeatedly',
  'recently', 'often', 'did', 'does', 'do', 'is', 'was', 'were', 'had', 'could', 'might', 'may', 'should',
  'must', 'can', 'already', 'still', 'just', 'even', 'further', 'first', 'last', 'subsequently', 'simply',
]);
const SUBJECT_LEAD_INS = new Set(['but', 'and', 'then', 'so', 'yet', 'still', '—', '–', ':', ',', '(']);
const DESCRIPTION_STOPS = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'who', 'which', 'that', 'as', 'from', 'to',
  'on', 'about', 'because', 'since', 'if', 'and', 'but', 'said', 'says', 'told', 'adding', 'saying',
]);
const NON_SUBJECT_WORDS = new Set(['it', 'there', 'this', 'that', 'what', 'which', 'who', 'i', 'we', 'you', 'one']);
const SPEECH_NOUNS = new Set(['words', 'view', 'statement', 'account', 'telling', 'opinion', 'comments', 'remarks']);

const isWord = (token: Token | undefined): token is Token => !!token && token.kind === 'word';
const isLowerWord = (token: Token | undefined): token is Token => isWord(token) && /^\p{Ll}/u.test(token.text);

/** Quotation marks around a region, for tokenisation. */
function regionsByParagraph(quotations: readonly Quotation[], count: number): QuoteRegion[][] {
  const regions: QuoteRegion[][] = Array.from({ length: count }, () => []);
  quotations.forEach((quotation, index) => {
    for (const span of quotation.spans) {
      regions[span.paragraph]!.push({ start: span.markStart, end: span.markEnd, quote: index });
    }
  });
  return regions;
}

interface SentenceContext {
  tokens: Token[];
  mentions: Mention[];
  mentionEnding: Map<number, Mention>;
  mentionStarting: Map<number, Mention>;
  entityOf: Map<Mention, Entity>;
}

/**
 * Finds who is quoted. Works sentence by sentence in reading order, keeping a short list of the
 * people in focus (the last speakers and sentence subjects), which is what a pronoun refers to —
 * not simply the nearest name: in "…,” he said in a meeting with Chen Jining", "he" is the
 * person the previous paragraph was about.
 */
export function attributeQuotes(paragraphs: readonly Paragraph[], lang: string | null): Attribution {
  const texts = paragraphs.map((p) => p.text);
  const quotations = findQuotations(texts);
  const regions = regionsByParagraph(quotations, paragraphs.length);
  const registry = new EntityRegistry();
  const speakerOf = new Map<number, Entity>();
  const unattributed: number[] = [];
  const quotedEntities = new Map<Entity, number[]>();
  let focus: Entity[] = [];
  let lastSpeakerBeforeParagraph: Entity | null = null;
  let previousParagraphEndsWithColon = false;
  // The person a narrative paragraph without quotations named last: a quotation standing alone
  // in the next paragraph is most likely theirs ("But for Parata and his family…" / "“It’s…”").
  let lastPersonBeforeParagraph: Entity | null = null;
  const analyzed: AnalyzedSentence[][] = [];
  // Quotations over several paragraphs wait for their last paragraph, where the attribution
  // usually stands; the value is who they would go to if no cue turns up there.
  const deferred = new Map<number, Entity | null>();
  const english = lang === null || /^en\b/iu.test(lang);

  const bringToFocus = (entity: Entity) => {
    focus = [entity, ...focus.filter((e) => e !== entity)].slice(0, 8);
  };

  const resolvePronoun = (value: string, exclude: readonly Entity[]): Entity | null => {
    const gender = PRONOUNS[value];
    if (gender === 'm' || gender === 'f') {
      const found = focus.find(
        (e) => e.kind === 'person' && (e.gender === null || e.gender === gender) && !exclude.includes(e),
      );
      if (found) {
        found.gender = gender;
        found.personEvidence = true;
      }
      return found ?? null;
    }
    if (gender === 'plural' || gender === 'it') {
      return focus.find((e) => e.kind !== 'person' && !exclude.includes(e)) ?? null;
    }
    return null;
  };

  const resolveDescription = (subject: { text: string; words: string[] }): Entity | null => {
    const head = subject.words[subject.words.length - 1] ?? '';
    const definite = DEFINITE.has(subject.words[0] ?? '');
    if (definite && subject.words.length <= 4) {
      // "the 39-year-old", "the Virginia Democrat": the person the story is about.
      if (/^\d+-year-old$/u.test(head) || PARTY_WORDS.has(head)) return focus.find((e) => e.kind === 'person') ?? null;
      if (isRoleNoun(head)) {
        const byRole = (e: Entity) => e.kind === 'person' && !!e.role && e.role.toLowerCase().includes(head);
        const known = focus.find(byRole) ?? registry.entities.find(byRole);
        if (known) return known;
      }
      if (ORGANISATION_NOUNS.has(head)) {
        const org =
          focus.find((e) => e.kind === 'organization' && e.words.includes(head)) ??
          registry.entities.find((e) => e.kind === 'organization' && e.words.includes(head)) ??
          focus.find((e) => e.kind === 'organization');
        if (org) return org;
      }
    }
    if (!isRoleNoun(head) && !ORGANISATION_NOUNS.has(head) && !/s$/u.test(head) && !/^(?:source|official|expert|witness|resident|aide|person|people)s?$/u.test(head)) {
      return null;
    }
    const text = subject.text.replace(/^(?:a|an)\s+/iu, '');
    return registry.createUnnamed(text, ORGANISATION_NOUNS.has(head) && !/spokes/u.test(head) ? 'organization' : 'unnamed');
  };

  const resolveSubject = (cue: Cue, context: SentenceContext): Entity | null => {
    const subject = cue.subject;
    if (subject.type === 'name') return context.entityOf.get(subject.mention) ?? null;
    if (subject.type === 'pronoun') return resolvePronoun(subject.value, cue.objects);
    return resolveDescription(subject);
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]!;
    const text = paragraph.text;
    const paragraphRegions = regions[p]!;
    const sentences = splitSentencesAroundQuotes(text, p, lang, paragraphRegions);
    const paragraphAnalyzed: AnalyzedSentence[] = [];
    let lastSpeakerInParagraph: Entity | null = null;
    let lastPersonInParagraph: Entity | null = null;
    const isBodyParagraph = paragraph.kind !== 'caption' && paragraph.kind !== 'heading' && !looksLikeCaption(text);
    const pendingInParagraph: { quote: number; sentence: number }[] = [];
    const paragraphCues: { cue: Cue; context: SentenceContext; sentence: number; hasQuotes: boolean }[] = [];
    /** The first person each sentence names, for a quotation attributed by the sentence after it. */
    const firstPersonNamed: (Entity | null)[] = [];

    let firstRegion = 0;
    sentences.forEach((sentence, sentenceIndex) => {
      // Only the quotations around this sentence: regions and sentences both run in order, so
      // a paragraph with many of each stays linear.
      while (firstRegion < paragraphRegions.length && paragraphRegions[firstRegion]!.end <= sentence.start) firstRegion++;
      let lastRegion = firstRegion;
      while (lastRegion < paragraphRegions.length && paragraphRegions[lastRegion]!.start < sentence.end) lastRegion++;
      const tokens = tokenize(text, sentence.start, sentence.end, paragraphRegions.slice(firstRegion, lastRegion));
      const mentions = findMentions(tokens);
      const context: SentenceContext = {
        tokens,
        mentions,
        mentionEnding: new Map(mentions.map((m) => [m.last, m])),
        mentionStarting: new Map(mentions.map((m) => [m.first, m])),
        entityOf: new Map(),
      };
      for (const mention of mentions) {
        const entity = registry.resolve(mention);
        context.entityOf.set(mention, entity);
      }
      collectRoles(context);

      const ownQuotes = tokens
        .map((token, index) => ({ token, index }))
        .filter(({ token }) => token.kind === 'quote' && quotations[token.quote!]!.spans[0]!.paragraph === p);
      const cues = findCues(context);
      const resolvedCues = cues.map((cue) => ({ cue, entity: resolveSubject(cue, context) }));
      const cueIndex = indexCues(resolvedCues);
      for (const { cue } of resolvedCues) {
        paragraphCues.push({ cue, context, sentence: sentenceIndex, hasQuotes: ownQuotes.length > 0 });
      }

      const sentenceQuotes: number[] = [];
      const sentenceStartsWithQuote = tokens[0]?.kind === 'quote';
      for (const { token, index } of ownQuotes) {
        const quoteIndex = token.quote!;
        const quotation = quotations[quoteIndex]!;
        const nearest = nearestCue(cueIndex, index);
        const words = countWords(quotation.text);
        if (!isQuotation(quotation.text, words, nearest?.distance ?? Infinity, sentenceStartsWithQuote || index === 0)) {
          continue;
        }
        sentenceQuotes.push(quoteIndex);
        let speaker = nearest?.entity ?? null;
        // Attribution reads English: its speech verbs, pronouns and name shapes. On a page in
        // another language it would only guess, so quotations stay unattributed there.
        // Headings echo a quotation without saying whose it is; the body says it again.
        if (!english || paragraph.kind === 'heading') {
          unattributed.push(quoteIndex);
          continue;
        }
        if (!nearest) {
          speaker =
            lastSpeakerInParagraph ??
            (index === 0 && sentenceIndex === 0 && (lastSpeakerBeforeParagraph || previousParagraphEndsWithColon)
              ? lastSpeakerBeforeParagraph
              : null) ??
            speakerNamedByPossessive(context, index) ??
            // "Alverson summed up the journey: “…”" — the sentence's own subject.
            personSubject(context);
          if (quotation.spans.length > 1) {
            deferred.set(quoteIndex, speaker ?? focus.find((e) => e.kind === 'person') ?? null);
            continue;
          }
          if (!speaker) pendingInParagraph.push({ quote: quoteIndex, sentence: sentenceIndex });
        }
        if (speaker) {
          speakerOf.set(quoteIndex, speaker);
          lastSpeakerInParagraph = speaker;
          bringToFocus(speaker);
        } else if (nearest) {
          unattributed.push(quoteIndex);
        }
      }

      // The last paragraph of a long quotation: its cue, else the speaker it was waiting with.
      tokens.forEach((token, index) => {
        if (token.kind !== 'quote' || !deferred.has(token.quote!)) return;
        const spans = quotations[token.quote!]!.spans;
        if (spans[spans.length - 1]!.paragraph !== p) return;
        const speaker = nearestCue(cueIndex, index)?.entity ?? deferred.get(token.quote!) ?? null;
        deferred.delete(token.quote!);
        if (speaker) {
          speakerOf.set(token.quote!, speaker);
          lastSpeakerInParagraph = speaker;
          bringToFocus(speaker);
        } else {
          unattributed.push(token.quote!);
        }
      });

      // The sentence's subject stays in focus for the pronouns that follow; captions and
      // headings name what is pictured, not who is talking.
      const pronounReferent = sentenceInitialPronoun(tokens);
      let referent: Entity | null = null;
      if (pronounReferent) {
        const cueForPronoun = resolvedCues.find((c) => c.cue.subject.type === 'pronoun');
        referent = cueForPronoun?.entity ?? resolvePronoun(pronounReferent, []);
      }
      // Who the sentence is about: a pronoun's referent, the speaker of reported speech ("Pelosi
      // has said she…"), else its grammatical subject.
      const reporter =
        resolvedCues.find((c) => c.entity && c.cue.subject.type !== 'pronoun' && SPEECH_VERBS.has(tokens[c.cue.verb]!.lower))?.entity ?? null;
      if (reporter?.kind === 'person') reporter.personEvidence = true;
      const subject = referent ?? reporter ?? subjectOf(context);
      const people = mentions.map((m) => context.entityOf.get(m)!).filter((e) => e.kind === 'person' && (e.words.length > 1 || e.personEvidence));
      const firstPerson = people.find((e) => e.words.length > 1);
      if (people.length > 0) lastPersonInParagraph = people[people.length - 1]!;
      firstPersonNamed.push(firstPerson ?? null);
      if (sentenceQuotes.length === 0 && subject && isBodyParagraph) bringToFocus(subject);

      const quotedWords = ownQuotes.reduce((sum, { token }) => sum + countWords(token.text), 0);
      const totalWords = Math.max(1, countWords(sentence.text));
      paragraphAnalyzed.push({
        ...sentence,
        quotes: sentenceQuotes,
        quotedShare: Math.min(1, quotedWords / totalWords),
        pronounReferent: referent ? referent.name : null,
      });
    });

    // A quotation with no cue in its sentence takes the speaker named elsewhere in its paragraph
    // ("“…” The remark came from Werner, who said…"), else the person in focus for long ones.
    for (const pending of pendingInParagraph) {
      const other = paragraphCues.find((c) => !c.hasQuotes);
      const fromOtherSentence = other ? resolveSubject(other.cue, other.context) : null;
      const quotation = quotations[pending.quote]!;
      const longEnough = countWords(quotation.text) >= 6 && isBodyParagraph;
      const speaker =
        fromOtherSentence ??
        (longEnough
          ? (firstPersonNamed[pending.sentence + 1] ??
            (pending.sentence === 0 ? lastPersonBeforeParagraph : null) ??
            focus.find((e) => e.kind === 'person') ??
            null)
          : null);
      if (speaker) {
        speakerOf.set(pending.quote, speaker);
        lastSpeakerInParagraph = speaker;
      } else {
        unattributed.push(pending.quote);
      }
    }

    analyzed.push(paragraphAnalyzed);
    if (isBodyParagraph) {
      if (lastSpeakerInParagraph) lastSpeakerBeforeParagraph = lastSpeakerInParagraph;
      else if (paragraphRegions.length === 0) lastSpeakerBeforeParagraph = null;
      lastPersonBeforeParagraph = paragraphRegions.length === 0 ? lastPersonInParagraph : null;
      previousParagraphEndsWithColon = /:\s*$/u.test(text);
    }
  }

  for (const [quote, entity] of speakerOf) {
    const list = quotedEntities.get(entity) ?? [];
    list.push(quote);
    quotedEntities.set(entity, list);
  }
  const toRef = (index: number): QuoteRef => {
    const quotation = quotations[index]!;
    const first = quotation.spans[0]!;
    return { text: quotation.text, paragraph: first.paragraph, start: first.start, end: first.end, spans: quotation.spans };
  };
  const speakers: Speaker[] = [...quotedEntities.entries()]
    .map(([entity, quotes]) => ({
      entity,
      speaker: {
        name: entity.name,
        role: entity.role,
        kind: entity.kind,
        aliases: [...entity.aliases].filter((alias) => alias !== entity.name),
        quotes: quotes.sort((a, b) => a - b).map(toRef),
      },
    }))
    .sort((a, b) => b.speaker.quotes.length - a.speaker.quotes.length || a.entity.id - b.entity.id)
    .map(({ speaker }) => speaker);

  const mentioned = registry.entities
    // Only names the text shows to be people: a title, an honorific, a role, a pronoun or
    // reported speech ("Ian Michaels said") — not every capitalised phrase.
    .filter((e) => english && e.kind === 'person' && !quotedEntities.has(e) && (e.personEvidence || e.role !== null) && !isPlaceName(e.words))
    .map((e) => ({ name: e.name }));

  return {
    speakers,
    mentioned,
    unattributed: unattributed.filter((q) => !speakerOf.has(q)).map(toRef),
    sentences: analyzed,
    quotations,
  };
}

/**
 * Tells a quotation from a scare quote, a title or a nickname: one or two words count only as a
 * complete reply with its own speech verb (“I’m not,” he said); title-cased phrases and short
 * mid-sentence fragments without a speech verb are names of things.
 */
function isQuotation(text: string, words: number, cueDistance: number, startsSentence: boolean): boolean {
  const hasCue = cueDistance < Infinity;
  if (words <= 2) return cueDistance <= 4 && /[,.!?…]['’"”»]*$/u.test(text);
  const significant = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const titleCased = significant.filter((w) => w.length > 3).every((w) => /^\p{Lu}/u.test(w));
  if (titleCased && words <= 10 && !/[,.!?…]['’"”»]*$/u.test(text)) return false;
  if (!hasCue && !startsSentence && words < 6) return false;
  return true;
}

/** Cues of one sentence, in token order, ready for nearest-cue lookups in logarithmic time. */
interface SentenceCues {
  bound: Map<number, Entity | null>;
  free: { verb: number; entity: Entity | null }[];
}

function indexCues(cues: readonly { cue: Cue; entity: Entity | null }[]): SentenceCues {
  const bound = new Map<number, Entity | null>();
  const free: { verb: number; entity: Entity | null }[] = [];
  for (const { cue, entity } of cues) {
    if (cue.boundQuote !== undefined) bound.set(cue.boundQuote, entity);
    else free.push({ verb: cue.verb, entity });
  }
  return { bound, free };
}

function nearestCue(cues: SentenceCues, quoteToken: number): { entity: Entity | null; distance: number } | null {
  if (cues.bound.has(quoteToken)) return { entity: cues.bound.get(quoteToken)!, distance: 1 };
  const free = cues.free;
  let low = 0;
  let high = free.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (free[middle]!.verb < quoteToken) low = middle + 1;
    else high = middle;
  }
  const before = free[low - 1];
  const after = free[low];
  if (!before && !after) return null;
  const pick = !after || (before && quoteToken - before.verb <= after.verb - quoteToken) ? before! : after;
  return { entity: pick.entity, distance: Math.abs(pick.verb - quoteToken) };
}

const SUBJECT_FORM: Readonly<Record<string, string>> = { he: 'he', she: 'she', they: 'they', his: 'he', her: 'she', their: 'they' };

/** The personal pronoun a sentence opens with, in subject form ("His" → "he"). */
function sentenceInitialPronoun(tokens: readonly Token[]): string | null {
  const first = tokens.find((t) => t.kind !== 'punct');
  if (!first || first.kind !== 'word') return null;
  return SUBJECT_FORM[first.lower] ?? null;
}

/** "In Dr. Shadlen's words, “…”": a possessive name before a noun of speech. */
function speakerNamedByPossessive(context: SentenceContext, quoteToken: number): Entity | null {
  for (const mention of context.mentions) {
    if (!mention.possessive || mention.last > quoteToken) continue;
    const noun = context.tokens[mention.last + 2];
    if (noun && SPEECH_NOUNS.has(noun.lower)) return context.entityOf.get(mention) ?? null;
  }
  return null;
}

/** The first name in subject position before token `before`: at the start or after a clause, never after a preposition. */
function subjectMention(context: SentenceContext, before = Infinity): Mention | null {
  for (const mention of context.mentions) {
    if (mention.last >= before) break;
    const entity = context.entityOf.get(mention);
    if (!entity || mention.possessive) continue;
    const previous = context.tokens[mention.first - 1];
    if (!previous || previous.kind === 'quote' || SUBJECT_LEAD_INS.has(previous.lower)) return mention;
  }
  return null;
}

/**
 * The sentence's subject, when it is a body or a person we know is one: a lone capitalised word
 * opening a sentence ("Workers repair…") is as often a plural noun as a surname.
 */
function personSubject(context: SentenceContext): Entity | null {
  const entity = subjectOf(context);
  return entity?.kind === 'person' ? entity : null;
}

function subjectOf(context: SentenceContext): Entity | null {
  const mention = subjectMention(context, Infinity);
  const entity = mention ? context.entityOf.get(mention) : undefined;
  if (!entity) return null;
  return entity.kind !== 'person' || entity.words.length > 1 || entity.personEvidence ? entity : null;
}

function findCues(context: SentenceContext): Cue[] {
  const { tokens } = context;
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.text === ':' && tokens[i + 1]?.kind === 'quote') {
      // "John Harris: “…”" — a name and a colon introduce the quotation.
      const mention = context.mentionEnding.get(i - 1);
      if (mention && !mention.possessive) cues.push({ verb: i, boundQuote: i + 1, subject: { type: 'name', mention }, objects: [] });
      continue;
    }
    if (/^[―—–-]$/u.test(token.text) && tokens[i - 1]?.kind === 'quote') {
      // "“…” ― Pamela Padilla": a credit line after the quotation.
      const mention = context.mentionStarting.get(i + 1);
      if (mention) cues.push({ verb: i, boundQuote: i - 1, subject: { type: 'name', mention }, objects: [] });
      continue;
    }
    if (token.kind !== 'word') continue;
    if (token.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const subject = subjectAfter(context, i + 2);
      if (subject) cues.push({ verb: i, subject, objects: [] });
      continue;
    }
    if (!REPORTING_VERBS.has(token.lower)) continue;
    if (/^\p{Lu}/u.test(token.text) && i > 0) continue;
    if (WEAK_REPORTING_VERBS.has(token.lower) && !quoteFollows(tokens, i, 6)) continue;
    const previous = tokens[i - 1];
    // "a tough warning", "the briefing": an -ing form is a verb here only in "…, saying “…”".
    if (token.lower.endsWith('ing') && previous && previous.text !== ',' && previous.kind !== 'quote') continue;
    // "“…,” said Blinken" and ", says Parata," put the subject after the verb.
    const inverted = !previous || previous.kind === 'quote' || previous.text === ',';
    let subject: Subject | null = null;
    if (token.lower.endsWith('ing') && previous?.text === ',') {
      // "…, saying “…”": the speaker is the subject of the main clause.
      const main = subjectMention(context, i);
      subject = main ? { type: 'name', mention: main } : leadingPronoun(tokens);
    } else if (inverted) {
      subject = subjectAfter(context, i + 1) ?? subjectBefore(context, i - 1);
    } else {
      subject = subjectBefore(context, i - 1);
    }
    if (!subject) continue;
    const objects: Entity[] = [];
    for (let k = i + 1; k < tokens.length && tokens[k]!.kind !== 'quote' && tokens[k]!.text !== ','; k++) {
      const mention = context.mentionStarting.get(k);
      const entity = mention && context.entityOf.get(mention);
      if (entity) objects.push(entity);
    }
    cues.push({ verb: i, subject, objects });
  }
  return cues;
}

function leadingPronoun(tokens: readonly Token[]): Subject | null {
  const value = sentenceInitialPronoun(tokens);
  return value ? { type: 'pronoun', value } : null;
}

function quoteFollows(tokens: readonly Token[], from: number, within: number): boolean {
  for (let k = from + 1; k < tokens.length && k <= from + within; k++) {
    const token = tokens[k]!;
    if (token.kind === 'quote') return true;
    if (token.text === '.' || token.text === ';') return false;
  }
  return false;
}

/** The subject written before a speech verb: "Blinken said", "he told", "the ministry said". */
function subjectBefore(context: SentenceContext, from: number): Subject | null {
  const { tokens } = context;
  let j = from;
  while (j >= 0 && isLowerWord(tokens[j]) && (SKIPPED_BEFORE_VERB.has(tokens[j]!.lower) || /ly$/u.test(tokens[j]!.lower))) j--;
  const token = tokens[j];
  if (!token) return null;
  if (token.kind === 'word' && token.lower in PRONOUNS) return { type: 'pronoun', value: token.lower };
  const mention = context.mentionEnding.get(j);
  if (mention && !mention.possessive) {
    // "Senator Mitch McConnell of Kentucky called…": the person, not the place.
    const owner = tokens[mention.first - 1]?.lower === 'of' ? context.mentionEnding.get(mention.first - 2) : undefined;
    return { type: 'name', mention: owner && !owner.possessive ? owner : mention };
  }
  if (isWord(token) && PARTY_WORDS.has(token.lower)) return descriptionEndingAt(context, j);
  if (token.text === ',') {
    // "China's top diplomat, Wang Yi, said" — else "Wang Yi, China's top diplomat, said".
    const named = context.mentionEnding.get(j - 1);
    if (named && !named.possessive) return { type: 'name', mention: named };
    return appositiveSubject(context, j);
  }
  if (isLowerWord(token) && !NON_SUBJECT_WORDS.has(token.lower)) return descriptionEndingAt(context, j);
  return null;
}

/** "Wang Yi, China's top diplomat, said": the name before an apposition. */
function appositiveSubject(context: SentenceContext, comma: number): Subject | null {
  const { tokens } = context;
  for (let k = comma - 1; k >= 0 && k >= comma - 16; k--) {
    const token = tokens[k]!;
    if (token.kind === 'quote' || token.text === '.') return null;
    if (token.text === ',') {
      const mention = context.mentionEnding.get(k - 1);
      return mention && !mention.possessive ? { type: 'name', mention } : null;
    }
  }
  return null;
}

function descriptionEndingAt(context: SentenceContext, end: number): Subject | null {
  const { tokens } = context;
  for (let k = end; k >= 0 && k >= end - 6; k--) {
    const token = tokens[k]!;
    if (token.kind !== 'word') {
      if (/^['’]s?$/u.test(token.text)) continue;
      return bareNoun(tokens, k + 1, end);
    }
    if (DETERMINERS.has(token.lower)) return describe(tokens, k, end);
    const mention = context.mentionEnding.get(k - 1);
    if (/^['’]s?$/u.test(token.text) && mention) return describe(tokens, mention.first, end);
    if (REPORTING_VERBS.has(token.lower) && k !== end) return null;
    if (k === 0) return bareNoun(tokens, 0, end);
  }
  return null;
}

/** "officials said", "police say": a plural or collective noun with no determiner. */
function bareNoun(tokens: readonly Token[], start: number, end: number): Subject | null {
  if (start !== end) return null;
  const head = tokens[end]!.lower;
  if (!/s$/u.test(head) && !ORGANISATION_NOUNS.has(head)) return null;
  if (!isRoleNoun(head.replace(/s$/u, '')) && !ORGANISATION_NOUNS.has(head) && !/^(?:officials|experts|analysts|sources|witnesses|residents|authorities|investigators|prosecutors|researchers|scientists)$/u.test(head)) {
    return null;
  }
  return describe(tokens, start, end);
}

function describe(tokens: readonly Token[], start: number, end: number): Subject {
  const slice = tokens.slice(start, end + 1);
  const text = slice
    .map((t) => t.text)
    .join(' ')
    .replace(/ (['’]s?)\b/gu, '$1')
    .replace(/ (['’])(?=\s|$)/gu, '$1');
  return { type: 'description', text, words: slice.map((t) => t.lower) };
}

/** The subject written after the verb: "said Blinken", "says the ministry", "according to police". */
function subjectAfter(context: SentenceContext, from: number): Subject | null {
  const { tokens } = context;
  const token = tokens[from];
  if (!token || token.kind !== 'word') return null;
  if (token.lower in PRONOUNS) return { type: 'pronoun', value: token.lower };
  const mention = context.mentionStarting.get(from) ?? (token.lower === 'the' ? context.mentionStarting.get(from + 1) : undefined);
  if (mention) return { type: 'name', mention };
  // "said resident Tom Hale", "says former president Barack Obama": the name after a role.
  for (let k = from; k < tokens.length && k < from + 4 && isLowerWord(tokens[k]); k++) {
    const named = context.mentionStarting.get(k + 1);
    if (named && (isRoleNoun(tokens[k]!.lower) || ROLE_MODIFIERS.has(tokens[k]!.lower))) return { type: 'name', mention: named };
  }
  if (DETERMINERS.has(token.lower) || isLowerWord(token)) {
    let end = from;
    while (
      end + 1 < tokens.length &&
      end - from < 8 &&
      tokens[end + 1]!.kind === 'word' &&
      !DESCRIPTION_STOPS.has(tokens[end + 1]!.lower)
    ) {
      end++;
    }
    const head = tokens[end]!.lower;
    if (!DETERMINERS.has(token.lower) && !bareNoun(tokens, end, end)) return null;
    if (!isRoleNoun(head) && !ORGANISATION_NOUNS.has(head) && !/s$/u.test(head) && !context.mentionEnding.has(end)) return null;
    return describe(tokens, from, end);
  }
  return null;
}

/**
 * Reads roles from the words around a name: an apposition before ("China's top diplomat, Wang
 * Yi") or after ("Lotfi Azzouz, Tunisia country director for Amnesty International"), or a
 * lower-case title in front ("Chinese leader Xi Jinping").
 */
function collectRoles(context: SentenceContext): void {
  const { tokens } = context;
  for (const mention of context.mentions) {
    const entity = context.entityOf.get(mention);
    if (!entity || entity.role || entity.kind !== 'person') continue;
    const role = roleBefore(tokens, mention) ?? roleAfter(tokens, mention);
    if (role) entity.role = role;
  }
}

/** Lower-case words that qualify a role noun: "top diplomat", "former press secretary". */
const ROLE_MODIFIERS = new Set(
  'top senior former deputy chief press foreign vice acting assistant associate executive general managing junior lead principal national security prime defense defence interior finance trade health education party union police army district country regional local city county federal state longtime veteran current interim outgoing incoming founding communications campaign research planning public political military'.split(' '),
);

const ROLE_BOUNDARY = new Set(['with', 'by', 'to', 'for', 'from', 'and', 'but', 'said', 'says', 'told', 'met', 'of', 'including', 'like', 'as']);

function joinTokens(slice: readonly Token[]): string {
  return slice
    .map((t) => t.text)
    .join(' ')
    .replace(/ (['’]s?)(?=\s|$)/gu, '$1')
    .replace(/ ([,.])/gu, '$1');
}

function roleBefore(tokens: readonly Token[], mention: Mention): string | null {
  let end = mention.first - 1;
  const comma = tokens[end]?.text === ',';
  if (comma) end--;
  const head = tokens[end];
  if (!isLowerWord(head) || !isRoleNoun(head.lower)) return null;
  let start = end;
  while (start - 1 >= 0 && end - start < 6) {
    const previous = tokens[start - 1]!;
    const fits =
      /^['’]s?$/u.test(previous.text) ||
      (previous.kind === 'word' && (/^\p{Lu}/u.test(previous.text) || ROLE_MODIFIERS.has(previous.lower) || isRoleNoun(previous.lower)));
    const capitalisedFunctionWord = /^\p{Lu}/u.test(previous.text) && NOT_NAME_WORDS.has(previous.lower);
    if (!fits || ROLE_BOUNDARY.has(previous.lower) || DETERMINERS.has(previous.lower) || capitalisedFunctionWord) break;
    start--;
  }
  return start <= end ? joinTokens(tokens.slice(start, end + 1)) : null;
}

function roleAfter(tokens: readonly Token[], mention: Mention): string | null {
  if (tokens[mention.last + 1]?.text !== ',') return null;
  const start = mention.last + 2;
  let end = start;
  while (end < tokens.length && end - start < 12 && tokens[end]!.kind === 'word' && tokens[end]!.lower !== 'who') end++;
  const slice = tokens.slice(start, end);
  if (slice.length === 0 || /^\d+$/u.test(slice[0]!.text)) return null;
  if (slice.some((t) => REPORTING_VERBS.has(t.lower) && !isRoleNoun(t.lower))) return null;
  if (!slice.some((t) => isLowerWord(t) && isRoleNoun(t.lower))) return null;
  const firstWord = slice[0]!.lower;
  const role = DETERMINERS.has(firstWord) && firstWord !== 'the' ? slice.slice(1) : slice;
  return joinTokens(role);
}
