import { SPEECH_NOUNS, SUBJECT_FORM, SUBJECT_LEAD_INS } from '../lexicon/speech';
import { BODY_DESCRIPTION_HEADS, ROLE_MODIFIERS } from '../lexicon/names';
import type { Sentence } from '../sentences';
import { tokenize, type QuoteRegion, type Token } from '../tokens';
import { findMentions, type Mention } from './names';
import { isPeoplePlural, isPlaceName, isRoleBeforeName, isRoleNoun, type ArticleWords } from './name-words';
import type { Entity, EntityRegistry } from './registry';

/** What the whole article tells about its words, read once before its sentences. */
export type ArticleVocabulary = Omit<ArticleWords, 'knows'>;

/** One sentence as attribution reads it: its tokens, the names in it and who each name is. */
export interface SentenceContext {
  tokens: Token[];
  mentions: Mention[];
  mentionEnding: Map<number, Mention>;
  mentionStarting: Map<number, Mention>;
  entityOf: Map<Mention, Entity>;
  /** The people the sentence names, each once: a sentence of many quotations asks for them for each. */
  peopleNamed: ReadonlySet<Entity>;
  /** The first name in subject position (see `subjectMention`), found once: many cues ask for it. */
  firstSubject: Mention | null;
}

export const isWord = (token: Token | undefined): token is Token => !!token && token.kind === 'word';
export const isLowerWord = (token: Token | undefined): token is Token => isWord(token) && /^\p{Ll}/u.test(token.text);
export const isUpperWord = (token: Token | undefined): token is Token => isWord(token) && /^\p{Lu}/u.test(token.text);

/** A sentence's context with every name resolved to its entity; its subject is left for the grammar to find. */
export function resolveMentions(tokens: Token[], mentions: Mention[], registry: EntityRegistry): SentenceContext {
  const entityOf = new Map(mentions.map((mention) => [mention, registry.resolve(mention)] as const));
  return {
    tokens,
    mentions,
    mentionEnding: new Map(mentions.map((m) => [m.last, m])),
    mentionStarting: new Map(mentions.map((m) => [m.first, m])),
    entityOf,
    peopleNamed: new Set([...entityOf.values()].filter((e) => e.kind === 'person')),
    firstSubject: null,
  };
}

/** Tokenises a sentence (each quotation one token) and resolves every name in it to an entity. */
export function readSentence(
  text: string,
  sentence: Sentence,
  regions: readonly QuoteRegion[],
  registry: EntityRegistry,
  vocabulary: ArticleVocabulary,
): SentenceContext {
  const tokens = tokenize(text, sentence.start, sentence.end, regions);
  // "JAKARTA (Reuters) - Rescuers…": a name alone in brackets is a credit or an aside, no one the
  // story is about.
  const mentions = findMentions(tokens, { ...vocabulary, knows: (words) => registry.knows(words) }).filter(
    (m) => !(tokens[m.first - 1]?.text === '(' && tokens[m.last + 1]?.text === ')'),
  );
  const context = resolveMentions(tokens, mentions, registry);
  // At the start or after a clause, never after a preposition.
  const opensClause = (previous: Token | undefined, wordsOnly = false) =>
    !previous || previous.kind === 'quote' || ((!wordsOnly || previous.kind === 'word') && SUBJECT_LEAD_INS.has(previous.lower));
  const opening =
    mentions.find((mention) => {
      if (!context.entityOf.has(mention) || mention.possessive) return false;
      const previous = tokens[mention.first - 1];
      if (opensClause(previous)) return true;
      // "The Food Standards Agency warned…", "But the Pentagon said…": the article opens the
      // subject, unless a noun follows the name ("The Trump campaign said" is the campaign's);
      // after punctuation "the" opens an apposition as often ("her magazine, The Green Sheaf, …").
      return previous?.lower === 'the' && opensClause(tokens[mention.first - 2], true) && !isBodyNoun(tokens[mention.last + 1]);
    }) ?? null;
  context.firstSubject = opening && personAfterBody(context, opening);
  return context;
}

/** How many tokens a body's name and a role may take before the person they describe. */
const BODY_AND_ROLE_REACH = 12;

/**
 * "NASA climatologist Gavin Schmidt likened…", "said NFL executive vice president Troy Vincent",
 * "said Kyiv resident Svitlana Onofryichuk", "Trump adviser Kellyanne Conway said": a name and a
 * role before a person's name describe the person, who is the subject. Only names, the words
 * inside a body's name and role words may stand between ("NASA hired climatologist Gavin Schmidt"
 * keeps NASA).
 */
export function personAfterBody(context: SentenceContext, opening: Mention): Mention {
  const { tokens } = context;
  let k = opening.last + 1;
  while (k <= opening.last + BODY_AND_ROLE_REACH) {
    const mention = context.mentionStarting.get(k);
    if (mention) {
      const entity = context.entityOf.get(mention);
      if (entity?.kind === 'person' && isRoleBeforeName(tokens[k - 1]!.text) && k - 1 > opening.last) return mention.possessive ? opening : mention;
      k = mention.last + 1;
      continue;
    }
    const token = tokens[k];
    if (!isLowerWord(token) || !(NAME_LINKS.has(token.lower) || isRoleBeforeName(token.lower) || ROLE_MODIFIERS.has(token.lower))) return opening;
    k++;
  }
  return opening;
}

/** Words inside a body's name: "Institute for Space Studies", "Department of the Interior". */
const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and']);

/** A lower-case noun a name may qualify: "(The Trump) campaign", "administration", "family", "spokesman". */
export function isBodyNoun(token: Token | undefined): boolean {
  return isLowerWord(token) && (BODY_DESCRIPTION_HEADS.has(token.lower) || isRoleNoun(token.lower) || isPeoplePlural(token.lower) || token.lower === 'family');
}

/** The personal pronoun a sentence opens with, in subject form ("His" → "he"). */
export function sentenceInitialPronoun(tokens: readonly Token[]): string | null {
  const first = tokens.find((t) => t.kind !== 'punct');
  if (!first || first.kind !== 'word') return null;
  return SUBJECT_FORM[first.lower] ?? null;
}

/** "In Dr. Shadlen's words, “…”": a possessive name before a noun of speech. */
export function speakerNamedByPossessive(context: SentenceContext, quoteToken: number): Entity | null {
  for (const mention of context.mentions) {
    if (!mention.possessive || mention.last > quoteToken) continue;
    const noun = context.tokens[mention.last + 2];
    if (noun && SPEECH_NOUNS.has(noun.lower)) return context.entityOf.get(mention) ?? null;
  }
  return null;
}

/** The first name in subject position before token `before`: at the start or after a clause, never after a preposition. */
export function subjectMention(context: SentenceContext, before = Infinity): Mention | null {
  const first = context.firstSubject;
  return first && first.last < before ? first : null;
}

/**
 * The sentence's subject, when it is a body or a person we know is one: a lone capitalised word
 * opening a sentence ("Workers repair…") is as often a plural noun as a surname.
 */
export function subjectOf(context: SentenceContext): Entity | null {
  const mention = subjectMention(context, Infinity);
  const entity = mention ? context.entityOf.get(mention) : undefined;
  if (!entity) return null;
  return entity.kind !== 'person' || entity.words.length > 1 || entity.personEvidence ? entity : null;
}

/** The sentence's subject when it is a person: never a place ("Hong Kong", "Wall Street"). */
export function personSubject(context: SentenceContext): Entity | null {
  const entity = subjectOf(context);
  return entity?.kind === 'person' && !isPlaceName(entity.words) ? entity : null;
}
