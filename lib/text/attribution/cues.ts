import {
  ADDRESSING_VERBS,
  CLAUSE_JOINERS,
  MODALS,
  MODIFIER_DETERMINERS,
  NOUN_DETERMINERS,
  PREPOSITIONS,
  PRONOUNS,
  REPORTING_VERBS,
  TELLING_VERBS,
  WEAK_REPORTING_VERBS,
  WORK_NOUNS,
} from '../lexicon/speech';
import type { AttributionCue } from '../../contracts';
import { isEnglishStopWord } from '../terms';
import type { Token } from '../tokens';
import { POSSESSIVE_S } from './name-words';
import type { Entity } from './registry';
import { isUpperWord, subjectMention, type SentenceContext } from './sentence-context';
import { leadingPronoun, subjectAfter, subjectBefore, type Subject } from './subjects';
import { COMMA_HANDOVER_REACH, MAX_TITLE_WORDS, MIN_UNCUED_QUOTE_WORDS, SHORT_QUOTE_CUE_DISTANCE, WEAK_VERB_QUOTE_WINDOW } from './thresholds';

/** A place in a sentence that says who speaks: a speech verb, "according to", a colon or a credit dash. */
export interface Cue {
  /** How the cue is written: "X said", "said X", "according to", a colon, a credit line… */
  form: AttributionCue;
  verb: number;
  /** The quotation this cue can only belong to ("John Harris: “…”", "“…” ― Pamela Padilla"). */
  boundQuote?: number;
  subject: Subject;
  /** Entities named right after the verb ("he told Blinken"): never the pronoun's referent. */
  objects: Entity[];
}

/** Every cue of a sentence, in token order. */
export function findCues(context: SentenceContext): Cue[] {
  const { tokens } = context;
  const cues: Cue[] = [];
  // Found once: a cue asks whether a quotation stands before it.
  const firstQuote = tokens.findIndex((t) => t.kind === 'quote');
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.text === ':' && tokens[i + 1]?.kind === 'quote') {
      // "John Harris: “…”" — a name and a colon introduce the quotation.
      const mention = context.mentionEnding.get(i - 1);
      // "told Newsweek: “…”": the listener before the colon is not the speaker.
      // "told the Sunday Times:" too: the article and capitalised words before the name are skipped.
      let lead = (mention?.first ?? 0) - 1;
      while (lead > 0 && (mention?.first ?? 0) - lead <= 3 && (tokens[lead]!.lower === 'the' || isUpperWord(tokens[lead]))) lead--;
      const governed = TELLING_VERBS.has(tokens[lead]?.lower ?? '') || PREPOSITIONS.has(tokens[lead]?.lower ?? '');
      if (mention && !mention.possessive && !governed)
        cues.push({ form: 'colon', verb: i, boundQuote: i + 1, subject: { type: 'name', mention }, objects: [] });
      continue;
    }
    if (/^[―—–-]$/u.test(token.text) && tokens[i - 1]?.kind === 'quote') {
      // "“…” ― Pamela Padilla": a credit line after the quotation.
      const mention = context.mentionStarting.get(i + 1);
      if (mention) cues.push({ form: 'credit line', verb: i, boundQuote: i - 1, subject: { type: 'name', mention }, objects: [] });
      continue;
    }
    if (token.kind !== 'word') continue;
    if (token.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const subject = subjectAfter(context, i + 2);
      if (subject) cues.push({ form: 'according to', verb: i, subject, objects: [] });
      continue;
    }
    const cue = speechVerbCue(context, i, firstQuote) ?? putItCue(context, i);
    if (cue) cues.push(cue);
  }
  return cues;
}

/**
 * "as Fischer put it, “…”", "as the New York Times put it": "put it" is speech after "as" and its
 * subject. Not "as he might put it", a saying.
 */
function putItCue(context: SentenceContext, i: number): Cue | null {
  const { tokens } = context;
  if ((tokens[i]!.lower !== 'put' && tokens[i]!.lower !== 'puts') || tokens[i + 1]?.lower !== 'it' || isHypothetical(tokens, i)) return null;
  const subject = subjectBefore(context, i - 1);
  const first = subject?.type === 'name' ? subject.mention.first : subject?.type === 'pronoun' ? i - 1 : -1;
  const opener = tokens[first - 1]?.lower === 'the' ? tokens[first - 2] : tokens[first - 1];
  return subject && opener?.lower === 'as' ? { form: 'X said', verb: i, subject, objects: [] } : null;
}

/**
 * Is the word at `i` a speech verb used as one (not "the report", "a warning", "as he would say")?
 * With `gerunds`, an -ing form counts after any word ("by saying “Too many.”").
 */
function isSpeechVerbAt(tokens: readonly Token[], i: number, gerunds = false): boolean {
  const token = tokens[i]!;
  if (token.kind !== 'word' || !REPORTING_VERBS.has(token.lower)) return false;
  if (/^\p{Lu}/u.test(token.text) && i > 0) return false;
  if (WEAK_REPORTING_VERBS.has(token.lower) && !quoteFollows(tokens, i, WEAK_VERB_QUOTE_WINDOW) && !reportsQuoteBefore(tokens, i)) return false;
  const previous = tokens[i - 1];
  // "the state’s meth epidemic", "his report": after an article or a possessive, or before "’s",
  // the word is a noun, and must not take the quotation from the verb that reports it.
  if ((previous && NOUN_DETERMINERS.has(previous.lower)) || POSSESSIVE_S.test(tokens[i + 1]?.text ?? '')) return false;
  // "a tough warning", "by announcing “Super Mario Run,”": an -ing form is a verb here only in
  // "…, saying “…”".
  if (!gerunds && token.lower.endsWith('ing') && previous && previous.text !== ',' && previous.kind !== 'quote') return false;
  return !isHypothetical(tokens, i);
}

/** A cue at a speech verb, with its subject read before or after it; `firstQuote`: the sentence's first quotation token, or -1. */
function speechVerbCue(context: SentenceContext, i: number, firstQuote: number): Cue | null {
  const { tokens } = context;
  if (!isSpeechVerbAt(tokens, i)) return null;
  const token = tokens[i]!;
  const previous = tokens[i - 1];
  // "“…,” said Blinken" and ", says Parata," put the subject after the verb; after "told" stands
  // the listener ("…, told NBC News"), never the speaker. So it does after "asked" or "urged"
  // unless a quotation came first: in "Smith, delivering the speech, asked the crowd “…”" the
  // comma closes a phrase, and the crowd is asked.
  const addressed = ADDRESSING_VERBS.has(token.lower) && !(firstQuote >= 0 && firstQuote < i);
  const inverted = (!previous || previous.kind === 'quote' || previous.text === ',') && !TELLING_VERBS.has(token.lower) && !addressed;
  let subject: Subject | null;
  let form: AttributionCue = 'X said';
  if (token.lower.endsWith('ing') && previous?.text === ',') {
    // "…, saying “…”": the speaker is the subject of the main clause.
    const main = subjectMention(context, i);
    subject = main ? { type: 'name', mention: main } : leadingPronoun(tokens);
    form = 'X, saying';
  } else if (inverted) {
    // "Sen. Dawn Addiego, for example, said Christie “…”": with the quotation still to come, a
    // subject before the comma is the speaker, and the name after the verb opens what was said.
    const before = previous?.text === ',' && firstQuote > i ? subjectBefore(context, i - 1) : null;
    subject = before ?? subjectAfter(context, i + 1);
    if (!before && subject) form = 'said X';
    subject ??= subjectBefore(context, i - 1);
  } else {
    subject = subjectBefore(context, i - 1);
  }
  if (!subject) return null;
  return { form, verb: i, subject, objects: objectsAfter(context, i) };
}

/** Entities named after the verb up to the next quotation or comma: "he told Blinken". */
function objectsAfter(context: SentenceContext, verb: number): Entity[] {
  const { tokens } = context;
  const objects: Entity[] = [];
  for (let k = verb + 1; k < tokens.length && tokens[k]!.kind !== 'quote' && tokens[k]!.text !== ','; k++) {
    const mention = context.mentionStarting.get(k);
    const entity = mention && context.entityOf.get(mention);
    if (entity) objects.push(entity);
  }
  return objects;
}

/** "as Sherlock would say", "as they might put it": a saying, not something anyone said here. */
function isHypothetical(tokens: readonly Token[], verb: number): boolean {
  const modal = tokens[verb - 1];
  if (!modal || !MODALS.has(modal.lower)) return false;
  for (let k = verb - 2; k >= 0 && k >= verb - 5; k--) {
    if (tokens[k]!.lower === 'as') return true;
    if (tokens[k]!.kind !== 'word') return false;
  }
  return false;
}

/**
 * “…,” comments Jane Doe / “…,” she noted: a verb in a finite form right after a quotation, or
 * right after its subject (a pronoun or a capitalised name) right after one, reports it, also one
 * that doubles as a noun; a bare form there is a noun ("“…,” White House press secretary…"), and so
 * is a plural that a verb of its own follows.
 */
function reportsQuoteBefore(tokens: readonly Token[], verb: number): boolean {
  if (!/(?:[^s]s|ed)$/u.test(tokens[verb]!.lower)) return false;
  // "“…,” Facebook posts show": a plural noun goes on with its own verb; a reporting verb here ends
  // the clause or names who spoke ("comments Jane Doe").
  const next = tokens[verb + 1];
  if (next && !(next.kind === 'punct' || isUpperWord(next))) return false;
  let k = verb - 1;
  while (k >= 0 && verb - k <= 3 && tokens[k]!.kind === 'word' && (tokens[k]!.lower in PRONOUNS || isUpperWord(tokens[k]))) k--;
  if (tokens[k]?.text === ',') k--;
  return tokens[k]?.kind === 'quote' && ENDS_ON_COMMA.test(tokens[k]!.text);
}

function quoteFollows(tokens: readonly Token[], from: number, within: number): boolean {
  for (let k = from + 1; k < tokens.length && k <= from + within; k++) {
    const token = tokens[k]!;
    if (token.kind === 'quote') return true;
    if (token.text === '.' || token.text === ';') return false;
  }
  return false;
}

/**
 * A speech verb just before the quotation whose subject no rule could read ("The 72-year-old
 * told reporters “…”", "by saying “Too many.”"): the quotation is speech, by someone the sentence
 * doesn't name. Returns its distance in tokens, or null. A title-cased quotation there that doesn't
 * end a sentence is what was announced or named ("by announcing “Super Mario Run,”"), not words
 * spoken; “USA! USA!” is.
 */
export function unreadCueBefore(tokens: readonly Token[], quoteToken: number, text: string): number | null {
  if (isTitleCased(text) && !ENDS_SENTENCE.test(text)) return null;
  for (let k = quoteToken - 1; k >= 0 && quoteToken - k <= SHORT_QUOTE_CUE_DISTANCE; k--) {
    const token = tokens[k]!;
    if (token.kind === 'quote' || token.text === '.' || token.text === ';') return null;
    // Not a verb that doubles as a noun ("called it “a betrayal”"): alone, it can't tell speech.
    if (isSpeechVerbAt(tokens, k, true) && !WEAK_REPORTING_VERBS.has(token.lower)) return quoteToken - k;
  }
  return null;
}

// How a quotation's text ends, before any closing marks of a quotation inside it.
const ENDS_SENTENCE = /[.!?…]['’"”»]*$/u;
const ENDS_CLAUSE = /[,.!?…]['’"”»]*$/u;
const ENDS_ON_COMMA = /,['’"”»]*$/u;

/** Every word of four letters or more capitalised: "Super Mario Run", "The Lawrence Welk Show". */
function isTitleCased(text: string): boolean {
  const significant = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return significant.filter((w) => w.length > 3).every((w) => /^\p{Lu}/u.test(w));
}

/** A lower-case content word that is not a verb's past or an adverb: "formula", "policy". */
function isModifiedNoun(token: Token): boolean {
  return (
    token.kind === 'word' &&
    /^\p{Ll}/u.test(token.text) &&
    !isEnglishStopWord(token.lower) &&
    !REPORTING_VERBS.has(token.lower) &&
    !/(?:ed|ly)$/u.test(token.lower)
  );
}

/**
 * A title right after the noun of a work ("in her book “A Paradise…”", "the song “We will…”"), or a
 * quoted modifier: a name, not speech. Titles open with a capital; "each film “the way it was meant
 * to be”" is words.
 */
export function namesAWork(tokens: readonly Token[], quoteToken: number, text: string): boolean {
  const before = tokens[quoteToken - 1];
  if (!before) return false;
  // "a piece entitled, “Why Are People…?”": a comma may stand between.
  const noun = before.text === ',' ? tokens[quoteToken - 2] : before;
  if (noun && WORK_NOUNS.has(noun.lower) && /^[\p{Lu}\p{N}]/u.test(text)) return true;
  // "the “one country, two systems” formula", "his “America First” policy": a quotation between a
  // determiner and the noun it modifies names that thing; nobody says it there.
  const after = tokens[quoteToken + 1];
  return MODIFIER_DETERMINERS.has(before.lower) && !!after && isModifiedNoun(after);
}

/**
 * A reply of one or two words with a subject of its own (“I’m not,” “We will.”): without one,
 * such a short quotation was a term, a title or a scare quote in every page read so far (“Sure,”
 * “double-edged sword,” “White Zombie.”: 0 of 7 right on the development pages).
 */
const COMPLETE_REPLY = /^(?:I|we|you|he|she|it|they)(?:['’]\p{L}+)?\b|^\p{L}+['’](?:m|re|s|ve|ll|d|t)\b/iu;

/**
 * Tells a quotation from a scare quote, a title or a nickname: one or two words count only as a
 * complete reply with a subject and its own speech verb (“I’m not,” he said); title-cased phrases
 * are names of things.
 */
export function isQuotation(text: string, words: number, cueDistance: number, titleCaseIsName = true): boolean {
  const hasCue = cueDistance < Infinity;
  if (words <= 2) return cueDistance <= SHORT_QUOTE_CUE_DISTANCE && ENDS_CLAUSE.test(text) && COMPLETE_REPLY.test(text);
  // A comma inside the marks closes a title as often as speech ("by announcing “Super Mario Run,”
  // the company's…"): without a speech verb, a title-cased phrase ending in one is a name.
  if (titleCaseIsName && isTitleCased(text) && words <= MAX_TITLE_WORDS && (!ENDS_CLAUSE.test(text) || (!hasCue && ENDS_ON_COMMA.test(text)))) return false;
  return true;
}

/**
 * A few words quoted inside a sentence without a speech verb near (“called the deal “a total
 * disaster” on Monday”): a partial quotation, listed among the quotations but never given a
 * speaker, nor carried over to one.
 */
export function isPartialQuotation(words: number, cueDistance: number, startsSentence: boolean): boolean {
  return cueDistance === Infinity && !startsSentence && words < MIN_UNCUED_QUOTE_WORDS;
}

/** Cues of one sentence, in token order, ready for nearest-cue lookups in logarithmic time. */
export interface ResolvedCue {
  cue: Cue;
  entity: Entity | null;
}

export interface SentenceCues {
  bound: Map<number, ResolvedCue>;
  free: ResolvedCue[];
}

export function indexCues(cues: readonly ResolvedCue[]): SentenceCues {
  const bound = new Map<number, ResolvedCue>();
  const free: ResolvedCue[] = [];
  for (const resolved of cues) {
    if (resolved.cue.boundQuote !== undefined) bound.set(resolved.cue.boundQuote, resolved);
    else free.push(resolved);
  }
  return { bound, free };
}

/** The cue nearest a quotation in its sentence, and how many tokens away it stands. */
export interface NearestCue extends ResolvedCue {
  distance: number;
}

/**
 * Is the cue after near enough, in the same clause ("“…,” Susan said", not "“…,” and Jones said")?
 * Reads at most COMMA_HANDOVER_REACH tokens.
 */
function handsOver(tokens: readonly Token[], quoteToken: number, after: ResolvedCue): boolean {
  if (after.cue.verb - quoteToken > COMMA_HANDOVER_REACH) return false;
  for (let k = quoteToken + 1; k < after.cue.verb; k++) if (CLAUSE_JOINERS.has(tokens[k]?.lower ?? '')) return false;
  return true;
}

/**
 * Does the cue before introduce the quotation right away, only punctuation between ("Feinstein
 * said “…,” she said", "saying, “…,”")? Stops at the first word, so a long sentence costs nothing.
 */
function introduces(tokens: readonly Token[], before: ResolvedCue | undefined, quoteToken: number): boolean {
  if (!before) return false;
  for (let k = before.cue.verb + 1; k < quoteToken; k++) if (tokens[k]?.kind !== 'punct') return false;
  return true;
}

/**
 * The cue a quotation belongs to: one bound to it, else the nearest. A quotation that closes on a
 * comma (“…,” Susan said) hands over to the words after it, so a cue that near after it wins over
 * a nearer one before ("calling Trump “an orange buffoon,” Susan said").
 */
export function nearestCue(cues: SentenceCues, quoteToken: number, closesOnComma: boolean, tokens: readonly Token[]): NearestCue | null {
  const bound = cues.bound.get(quoteToken);
  if (bound) return { ...bound, distance: 1 };
  const free = cues.free;
  let low = 0;
  let high = free.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (free[middle]!.cue.verb < quoteToken) low = middle + 1;
    else high = middle;
  }
  const before = free[low - 1];
  const after = free[low];
  if (!before && !after) return null;
  if (closesOnComma && after && handsOver(tokens, quoteToken, after) && !introduces(tokens, before, quoteToken)) {
    return { ...after, distance: after.cue.verb - quoteToken };
  }
  const pick = !after || (before && quoteToken - before.cue.verb <= after.cue.verb - quoteToken) ? before! : after;
  return { ...pick, distance: Math.abs(pick.cue.verb - quoteToken) };
}
