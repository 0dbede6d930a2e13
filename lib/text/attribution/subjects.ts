import {
  CLAUSE_JOINERS,
  DEFINITE,
  DESCRIPTION_STOPS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  FINITE_AUXILIARIES,
  MODALS,
  NON_SUBJECT_WORDS,
  PREPOSITIONS,
  PRONOUNS,
  REPORTING_VERBS,
  SKIPPED_BEFORE_VERB,
} from '../lexicon/speech';
import { DEMONYMS, BODY_DESCRIPTION_HEADS, ORGANISATION_WORDS, PERSON_DESCRIPTORS, ROLE_MODIFIERS, SOURCE_PLURALS } from '../lexicon/names';
import type { Token } from '../tokens';
import { type Mention } from './names';
import { isPeoplePlural, isPlaceName, isRoleBeforeName, isRoleNoun } from './name-words';
import {
  isBodyNoun,
  isLowerWord,
  isUpperWord,
  isWord,
  personAfterBody,
  sentenceInitialPronoun,
  subjectMention,
  type SentenceContext,
} from './sentence-context';
import { APPOSITION_WINDOW, DESCRIPTION_AFTER_VERB_WINDOW, DESCRIPTION_BEFORE_VERB_WINDOW, PREPOSITION_REACH, ROLE_BEFORE_NAME_WINDOW } from './thresholds';

/** Who a speech verb's subject is, as written: a name, a pronoun or a description ("a senior official"). */
export type Subject =
  | { type: 'name'; mention: Mention }
  | { type: 'pronoun'; value: string }
  | { type: 'description'; text: string; words: string[] }
  /** A description in a lexicon language ("der Arzt", "eine Sprecherin", "la police"): its role or body noun. */
  | { type: 'role'; text: string; head: string; definite: boolean; body: boolean; gender?: 'm' | 'f' | null }
  /** A verb without a subject (Spanish, Italian, Portuguese: «…», añadió): the person in focus. */
  | { type: 'implicit' };

export function leadingPronoun(tokens: readonly Token[]): Subject | null {
  const value = sentenceInitialPronoun(tokens);
  return value ? { type: 'pronoun', value } : null;
}

/** The subject written before a speech verb: "Blinken said", "he told", "the ministry said". */
export function subjectBefore(context: SentenceContext, from: number): Subject | null {
  const { tokens } = context;
  let j = from;
  // Lower case only: "Will said" is a name. A contraction ("he’d say") opens with its apostrophe.
  const skipped = (token: Token | undefined): boolean =>
    !!token && token.kind === 'word' && /^[\p{Ll}'’]/u.test(token.text) && (SKIPPED_BEFORE_VERB.has(token.lower) || /ly$/u.test(token.lower));
  while (j >= 0 && skipped(tokens[j])) j--;
  const token = tokens[j];
  if (!token) return null;
  if (token.kind === 'word' && token.lower in PRONOUNS) return { type: 'pronoun', value: token.lower };
  const issuer = documentIssuer(context, j);
  if (issuer) return issuer;
  // "Lopez welcomed the vote and (then) said: “…”", "He smiled but said “…”": a verb after the
  // conjunction shares the subject of the clause before it.
  if (token.lower === 'and' || token.lower === 'but') {
    const main = subjectMention(context, j);
    return main ? { type: 'name', mention: main } : leadingPronoun(context.tokens);
  }
  const mention = context.mentionEnding.get(j);
  if (mention && !mention.possessive) {
    // "…Between the United States and the Chinese Communist Party wrote": the last of bodies joined
    // by "and" is not who spoke, and no one else is named alone: a description that names no one
    // keeps the quotation from every other step. (Of two people, "Omwansa and Sullivan write", the
    // second stands for both.)
    if (mention.kind !== 'person' && isJoinedName(context, mention)) return { type: 'description', text: mention.name, words: [mention.name.toLowerCase()] };
    // "Senator Mitch McConnell of Kentucky called…", "the High Commissioner for Human Rights
    // said": the person or body, not the place or field.
    const linked = tokens[mention.first - 1]?.lower;
    const owner = linked === 'of' || linked === 'for' ? context.mentionEnding.get(mention.first - 2) : undefined;
    if (owner && !owner.possessive) return { type: 'name', mention: owner };
    // "A spokesperson for the British Foreign Office said": the one described before the phrase.
    const preposition = linked === 'the' ? mention.first - 2 : mention.first - 1;
    const described = /^(?:of|for)$/u.test(tokens[preposition]?.lower ?? '') ? describedBefore(context, preposition, j) : null;
    if (described) return described;
    // "published in the journal JAMA Psychiatry argued": a name inside a phrase is not the subject.
    return afterPreposition(context, mention) ? null : { type: 'name', mention };
  }
  if (isWord(token) && PERSON_DESCRIPTORS.has(token.lower)) return descriptionEndingAt(context, j);
  const title = titleEndingAt(context, j);
  if (title) return title;
  if (token.text === ',') {
    // "China's top diplomat, Wang Yi, said" — else "Wang Yi, China's top diplomat, said", or
    // "Steve Clarke, deputy administrator in NASA's Science Mission Directorate, said".
    const named = context.mentionEnding.get(j - 1);
    // The name stands alone between commas ("…, Wang Yi, said"), not after a word of place
    // ("of Upminster, east London, said").
    const standsAlone = !isLowerWord(tokens[(named?.first ?? 0) - 1]);
    if (named && standsAlone && isAppositionName(context, named)) return { type: 'name', mention: named };
    const opening = subjectMention(context, j);
    return appositiveSubject(context, j) ?? (opening ? { type: 'name', mention: opening } : openingDescription(context, j));
  }
  if (isLowerWord(token) && !NON_SUBJECT_WORDS.has(token.lower)) return descriptionEndingAt(context, j);
  return null;
}

/**
 * A document as the subject ("The tweet from Vulture magazine reads", "Smith's statement said"):
 * it speaks for whoever issued it, when the subject names them; a bare "the statement said" gets
 * no speaker (`documentAlone`). Undefined when the subject is no document.
 */
function documentIssuer(context: SentenceContext, end: number): Subject | undefined {
  const { tokens } = context;
  if (DOCUMENT_NOUNS.has(tokens[end]!.lower)) {
    // "Smith's statement", "the White House statement": the name before the document issued it;
    // "the ministry's statement" is the ministry's.
    const possessive = /^['’]s?$/u.test(tokens[end - 1]?.text ?? '');
    const owner = possessive ? context.mentionEnding.get(end - 2) : context.mentionEnding.get(end - 1);
    if (owner) return { type: 'name', mention: owner };
    if (possessive && isLowerWord(tokens[end - 2]) && BODY_DESCRIPTION_HEADS.has(tokens[end - 2]!.lower)) {
      const body = descriptionEndingAt(context, end - 2);
      if (body) return body;
    }
    return descriptionEndingAt(context, end) ? documentAlone(tokens[end]!) : undefined;
  }
  // "The tweet from Vulture magazine reads": the name after the document's "from".
  const last = isLowerWord(tokens[end]) && ORGANISATION_WORDS.has(tokens[end]!.lower) ? end - 1 : end;
  const owner = context.mentionEnding.get(last);
  if (!owner) return undefined;
  const document = owner.first - (tokens[owner.first - 1]?.lower === 'the' ? 3 : 2);
  return DOCUMENT_NOUNS.has(tokens[document]?.lower ?? '') ? (issuerAfterDocument(context, document) ?? undefined) : undefined;
}

/** A document with no issuer named: a description that names no one, so its quotation keeps its cue. */
function documentAlone(document: Token): Subject {
  return { type: 'description', text: document.text, words: [document.lower] };
}

/** "a statement from (the) Amnesty International": the name after the document's "from", "by" or "of". */
function issuerAfterDocument(context: SentenceContext, document: number): Subject | null {
  const { tokens } = context;
  if (!/^(?:from|by|of)$/u.test(tokens[document + 1]?.lower ?? '')) return null;
  const first = tokens[document + 2]?.lower === 'the' ? document + 3 : document + 2;
  const owner = context.mentionStarting.get(first);
  // "a statement from the Hale family": the family, not a person called Hale.
  return owner && !owner.possessive && !isBodyNoun(tokens[owner.last + 1]) ? { type: 'name', mention: owner } : null;
}

/**
 * "One mother, who asked not to be named, said", "A senior official, speaking on condition of
 * anonymity, said": the description that opens the sentence, before a clause set off by commas.
 */
function openingDescription(context: SentenceContext, comma: number): Subject | null {
  const { tokens } = context;
  const first = tokens.findIndex((t) => t.kind === 'word');
  const opening = tokens.findIndex((t) => t.text === ',');
  if (first < 0 || opening <= first || opening >= comma || !DETERMINERS.has(tokens[first]!.lower)) return null;
  const clause = tokens[opening + 1];
  if (!clause || !(clause.lower === 'who' || /ing$/u.test(clause.lower))) return null;
  const description = descriptionEndingAt(context, opening - 1);
  return description?.type === 'description' && description.words.length === opening - first ? description : null;
}

/** Does a preposition govern the name: "in NASA's Science Mission Directorate", "in the journal JAMA Psychiatry"? */
function afterPreposition(context: SentenceContext, mention: Mention): boolean {
  const { tokens } = context;
  for (let k = mention.first - 1; k >= 0 && k >= mention.first - PREPOSITION_REACH; k--) {
    const token = tokens[k]!;
    if (token.kind !== 'word') return false;
    // "to which O'Malley interjected", "to deliver what UiPath CEO Bob Enslin calls": a relative
    // pronoun opens a clause whose subject the name is.
    if (token.lower === 'which' || token.lower === 'whom' || token.lower === 'what') return false;
    // "ambassador to Britain Liu Xiaming": the place belongs to the role; the name stands beside it.
    // So does the field in "director of research Steven Camarota" (not the body in "director of
    // the Global Spaceport Alliance").
    if (PREPOSITIONS.has(token.text))
      return !isPlaceOfRole(tokens, k, mention) && !(token.text === 'of' && isRoleNoun(tokens[k - 1]?.lower ?? '') && !namedRightAfter(tokens, k, mention));
    if (REPORTING_VERBS.has(token.lower) || SKIPPED_BEFORE_VERB.has(token.lower) || PREPOSITIONS.has(token.lower)) return false;
  }
  return false;
}

/**
 * Can a name beside a comma be the subject? Not a possessive, not a name governed by a preposition,
 * and not the last of a list of places ("in Munich, Germany, said").
 */
function isAppositionName(context: SentenceContext, mention: Mention): boolean {
  if (mention.possessive || afterPreposition(context, mention)) return false;
  return !(context.tokens[mention.first - 1]?.text === ',' && context.mentionEnding.has(mention.first - 2));
}

/** Is the name the last of bodies or places joined by "and" ("X and Y", "X and the Y")? */
function isJoinedName(context: SentenceContext, mention: Mention): boolean {
  const { tokens } = context;
  const joiner = tokens[mention.first - 1]?.lower === 'the' ? mention.first - 2 : mention.first - 1;
  if (tokens[joiner]?.lower !== 'and' && tokens[joiner]?.text !== '&') return false;
  // A body or a place before it: "the Pentagon and the State Department", "the United States and…".
  const before = context.mentionEnding.get(joiner - 1);
  const entity = before && context.entityOf.get(before);
  return entity ? entity.kind !== 'person' || isPlaceName(entity.words) : isUpperWord(tokens[joiner - 1]) && isPlaceName([tokens[joiner - 1]!.lower]);
}

/**
 * Does the name follow "of" (or "of the") at once? Then it is the body of a role ("director of
 * the Global Spaceport Alliance"); with a field or an office between ("director of research
 * Steven Camarota", "Secretary of the Treasury Janet Yellen") the name is the person's.
 */
function namedRightAfter(tokens: readonly Token[], of: number, mention: Mention): boolean {
  return mention.nameFirst === of + 1 || (DETERMINERS.has(tokens[of + 1]?.lower ?? '') && mention.nameFirst === of + 2);
}

/** "ambassador to Britain Liu Xiaming", "envoy for Ukraine Kurt Volker": one capitalised place between. */
function isPlaceOfRole(tokens: readonly Token[], preposition: number, mention: Mention): boolean {
  const place = tokens[preposition + 1];
  return (
    (tokens[preposition]!.text === 'to' || tokens[preposition]!.text === 'for') &&
    isRoleNoun(tokens[preposition - 1]?.lower ?? '') &&
    preposition === mention.first - 2 &&
    !!place &&
    /^\p{Lu}/u.test(place.text)
  );
}

/** "Wang Yi, China's top diplomat, said": the name before an apposition. */
function appositiveSubject(context: SentenceContext, comma: number): Subject | null {
  const { tokens } = context;
  let pastDescription = false;
  for (let k = comma - 1; k >= 0 && k >= comma - APPOSITION_WINDOW; k--) {
    const token = tokens[k]!;
    if (token.kind === 'quote' || token.text === '.') return null;
    if (token.text === ',') {
      const mention = context.mentionEnding.get(k - 1);
      // Past a second description, only the sentence's opening name: in "…fired James Comey, his
      // allies, who had defended him, said" the allies speak.
      if (mention && isAppositionName(context, mention) && (!pastDescription || mention === context.firstSubject)) return { type: 'name', mention };
      // "Lucy, 32, of Upminster, east London, said": an age and the places she is from lie
      // between the name and the verb.
      const before = tokens[k - 1];
      const placeOrAge = mention ? afterPreposition(context, mention) : !!before && /^\p{N}+$/u.test(before.text);
      if (placeOrAge) continue;
      // "James Causey, executive director of the Global Spaceport Alliance, an international
      // association for launch sites, told": a second description, or a clause ("who was…"),
      // opens in lower case; the name stands before it. One that opens with "and" ("…, and a
      // spokesperson, who…, said") is a subject of its own.
      const opening = tokens[k + 1];
      if (!isLowerWord(opening) || CLAUSE_JOINERS.has(opening.lower)) return null;
      pastDescription = true;
    }
  }
  return null;
}

function descriptionEndingAt(context: SentenceContext, end: number): Subject | null {
  const { tokens } = context;
  for (let k = end; k >= 0 && k >= end - DESCRIPTION_BEFORE_VERB_WINDOW; k--) {
    const token = tokens[k]!;
    if (token.kind !== 'word') {
      if (/^['’]s?$/u.test(token.text)) continue;
      return bareNoun(tokens, k + 1, end);
    }
    // "demand that Republican voters answer": before a plural, "that" joins a clause; it determines nothing.
    if ((token.lower === 'that' || token.lower === 'this') && isPeoplePlural(tokens[end]!.lower)) return bareNoun(tokens, k + 1, end);
    if (DETERMINERS.has(token.lower)) {
      // "a source close to the club told": the description is the one before the phrase, or none.
      const preposition = tokens[k - 1];
      if (preposition && PREPOSITIONS.has(preposition.lower) && isLowerWord(tokens[k - 2])) return describedBefore(context, k - 1, end);
      return describe(tokens, k, end);
    }
    if (/^['’]s?$/u.test(token.text)) {
      const mention = context.mentionEnding.get(k - 1);
      if (mention) return describe(tokens, mention.first, end);
      // "Russia's foreign ministry said": a country is no mention, but it still owns the body.
      if (isUpperWord(tokens[k - 1])) {
        let start = k - 1;
        while (start > 0 && k - start < 3 && isUpperWord(tokens[start - 1])) start--;
        return describe(tokens, start, end);
      }
    }
    if (REPORTING_VERBS.has(token.lower) && k !== end) return null;
    if (k === 0) return bareNoun(tokens, 0, end);
  }
  return null;
}

/**
 * "The Prime Minister said", "the High Commissioner said": a capitalised title after a determiner
 * and without a name is a description, as it is in lower case.
 */
function titleEndingAt(context: SentenceContext, end: number): Subject | null {
  const { tokens } = context;
  if (!isUpperWord(tokens[end]) || !isRoleNoun(tokens[end].lower)) return null;
  for (let k = end - 1; k >= 0 && k >= end - DESCRIPTION_BEFORE_VERB_WINDOW; k--) {
    const token = tokens[k]!;
    if (!isWord(token)) return null;
    if (DEFINITE.has(token.lower) || token.lower === 'a' || token.lower === 'an') return describe(tokens, k, end);
    if (!isUpperWord(token) || context.mentionEnding.has(k)) return null;
  }
  return null;
}

/**
 * A description before "for" or "of" whose head can speak ("a spokesperson", "the High
 * Commissioner"): the subject, named with the phrase after it.
 */
function describedBefore(context: SentenceContext, preposition: number, end: number): Subject | null {
  const head = titleEndingAt(context, preposition - 1) ?? (isLowerWord(context.tokens[preposition - 1]) ? descriptionEndingAt(context, preposition - 1) : null);
  if (head?.type !== 'description') return null;
  const noun = head.words[head.words.length - 1]!;
  if (!isRoleNoun(noun) && !isPeoplePlural(noun)) return null;
  return { ...describe(context.tokens, preposition - head.words.length, end), words: head.words };
}

/** "officials said", "police say": a plural or collective noun with no determiner. */
function bareNoun(tokens: readonly Token[], start: number, end: number): Subject | null {
  if (start !== end) return null;
  const head = tokens[end]!.lower;
  if (!/s$/u.test(head) && !BODY_DESCRIPTION_HEADS.has(head)) return null;
  if (!isRoleNoun(head.replace(/s$/u, '')) && !BODY_DESCRIPTION_HEADS.has(head) && !SOURCE_PLURALS.has(head)) {
    return null;
  }
  return describe(tokens, start, end);
}

function describe(tokens: readonly Token[], start: number, end: number): Extract<Subject, { type: 'description' }> {
  const slice = tokens.slice(start, end + 1);
  const text = slice
    .map((t) => t.text)
    .join(' ')
    .replace(/ (['’]s?)\b/gu, '$1')
    .replace(/ (['’])(?=\s|$)/gu, '$1');
  return { type: 'description', text, words: slice.map((t) => t.lower) };
}

/**
 * A modal or finite auxiliary, written in lower case (not the month "May"): the word after a name
 * that makes the name a clause's subject.
 */
function isAuxiliaryVerb(token: Token | undefined): boolean {
  return !!token && token.kind === 'word' && token.text === token.lower && (MODALS.has(token.lower) || FINITE_AUXILIARIES.has(token.lower));
}

/** The subject written after the verb: "said Blinken", "says the ministry", "according to police". */
export function subjectAfter(context: SentenceContext, from: number): Subject | null {
  const { tokens } = context;
  const token = tokens[from];
  if (!token || token.kind !== 'word') return null;
  if (token.lower in PRONOUNS) return { type: 'pronoun', value: token.lower };
  // "said in a statement", "warned that there is…": a phrase or a clause, never a speaker.
  if (DESCRIPTION_STOPS.has(token.lower) || PREPOSITIONS.has(token.lower)) return null;
  // "said a statement from Amnesty International": the document's issuer.
  const document = DOCUMENT_NOUNS.has(token.lower) ? from : DETERMINERS.has(token.lower) && DOCUMENT_NOUNS.has(tokens[from + 1]?.lower ?? '') ? from + 1 : -1;
  // "said study co-author Paul Expert": a document's noun before a role is the person's field.
  const fieldOfRole = (k: number) => isLowerWord(tokens[k + 1]) && isRoleBeforeName(tokens[k + 1]!.lower) && context.mentionStarting.has(k + 2);
  if (document >= 0 && !fieldOfRole(document)) return issuerAfterDocument(context, document) ?? documentAlone(tokens[document]!);
  const afterThe = token.lower === 'the' ? context.mentionStarting.get(from + 1) : undefined;
  // "added the Barcelona defender": a name between "the" and a noun only says which one.
  const noun = afterThe ? tokens[afterThe.last + 1] : undefined;
  const modifier = isLowerWord(noun) && (isRoleNoun(noun.lower) || BODY_DESCRIPTION_HEADS.has(noun.lower) || isPeoplePlural(noun.lower));
  const opening = context.mentionStarting.get(from) ?? (modifier ? undefined : afterThe);
  const mention = opening && personAfterBody(context, opening);
  // "said Yoon’s “…”": a possessive opens the object of the verb, never its subject; "said
  // Kowalski would appeal": a name with a verb after it opens what was said.
  if (mention) return mention.possessive || isAuxiliaryVerb(tokens[mention.last + 1]) ? null : { type: 'name', mention };
  // "said resident Tom Hale", "says former president Barack Obama", "said beauty blogger Amber
  // Katz": the name after a role.
  // Not across a preposition: "said the manager of boxer Anna Hale" is the manager. A nationality
  // may lead the role ("said Kenyan runner Eliud Kipchoge", "said American Venus Williams").
  const describesPerson = (token: Token | undefined) => !!token && token.kind === 'word' && (/^\p{Ll}/u.test(token.text) || DEMONYMS.has(token.lower));
  for (let k = from; k < tokens.length && k < from + ROLE_BEFORE_NAME_WINDOW && describesPerson(tokens[k]) && !PREPOSITIONS.has(tokens[k]!.lower); k++) {
    const named = context.mentionStarting.get(k + 1);
    const word = tokens[k]!.lower;
    if (named && (isRoleBeforeName(word) || ROLE_MODIFIERS.has(word) || DEMONYMS.has(word)))
      return isAuxiliaryVerb(tokens[named.last + 1]) ? null : { type: 'name', mention: named };
  }
  if (DETERMINERS.has(token.lower) || isLowerWord(token)) {
    let end = from;
    while (
      end + 1 < tokens.length &&
      end - from < DESCRIPTION_AFTER_VERB_WINDOW &&
      tokens[end + 1]!.kind === 'word' &&
      !DESCRIPTION_STOPS.has(tokens[end + 1]!.lower)
    ) {
      end++;
    }
    const head = tokens[end]!.lower;
    if (!DETERMINERS.has(token.lower) && !bareNoun(tokens, end, end)) return null;
    // "wrote the center": a word of bodies' names after an article is the body so named (focus.ts).
    const bodyWord = DETERMINERS.has(token.lower) && ORGANISATION_WORDS.has(head) && !tokens.slice(from, end).some((t) => PREPOSITIONS.has(t.lower));
    if (!isRoleNoun(head) && !BODY_DESCRIPTION_HEADS.has(head) && !isPeoplePlural(head) && !bodyWord && !context.mentionEnding.has(end)) return null;
    return describe(tokens, from, end);
  }
  return null;
}
