import { PREPOSITIONS, REPORTING_VERBS } from '../lexicon/speech';
import {
  COLLECTIVE_POSSESSORS,
  EVENT_NOUNS,
  HONORIFICS,
  JOINED_PARTICLE,
  NAME_CLOSING_WORDS,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  ORGANISATION_WORDS,
  PERSON_DESCRIPTORS,
  PLACE_WORDS,
  PUBLICATION_NOUNS,
  ROLE_NOUNS,
  TITLE_WORDS,
} from '../lexicon/names';
import { tokenize, type Token } from '../tokens';
import type { EntityKind } from '../../contracts';
import { countryLength, givenNameGender, isNationalGroup, isPeoplePlural, isRoleBeforeName, POSSESSIVE_S, type ArticleWords, type Gender } from './name-words';

/** A name as written in one place: "Secretary of State Antony Blinken" → title + name. */
export interface Mention {
  /** Token range [first, last] of the whole run, title included. */
  first: number;
  last: number;
  /** Index of the first token of the name proper. */
  nameFirst: number;
  name: string;
  title: string | null;
  kind: EntityKind;
  gender: Gender;
  possessive: boolean;
}

/** A short all-capital word that is not an initial: "DL", "QB", "CNN". */
const ACRONYM = /^\p{Lu}{2,4}$/u;

const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’\-.]*$/u;
const INITIAL = /^\p{Lu}\.$/u;

function isCapitalisedWord(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  if (!CAPITALISED.test(token.text.replace(JOINED_PARTICLE, ''))) return false;
  // All-capital words longer than four letters are datelines or shouting, not names.
  return !(token.text.length > 4 && token.text === token.text.toUpperCase());
}

/** How many name particles from `from` on come before a capitalised name word (0 if none does). */
function particlesThenName(tokens: readonly Token[], from: number): number {
  let count = 0;
  while (count < 2 && NAME_PARTICLES.has(tokens[from + count]?.lower ?? '')) count++;
  const word = tokens[from + count];
  return isCapitalisedWord(word) && !NOT_NAME_WORDS.has(word!.lower) ? count : 0;
}

function isTitleWord(token: Token): boolean {
  return TITLE_WORDS.has(token.lower) || token.lower in HONORIFICS;
}

/**
 * Finds runs of capitalised words and splits each into a title and a name. Sentence-initial
 * function words ("But", "The"), days and months never start a name.
 */
export function findMentions(tokens: readonly Token[], article?: ArticleWords): Mention[] {
  const mentions: Mention[] = [];
  // Found once: the rules below ask at every run whether it opens the sentence.
  const firstWord = firstWordIndex(tokens);
  const headline = !!article && isHeadlineCase(tokens);
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const excluded = NOT_NAME_WORDS.has(token.lower) && !(token.lower in HONORIFICS);
    // A sentence-initial participle ("Welcoming Blinken to…") or adverb ("Apparently Lindsey…") is
    // no first name; "Kelly" and "Beverly" are.
    const participle = i === firstWord && (/ing$/u.test(token.lower) || (/ly$/u.test(token.lower) && token.lower.length >= 6 && !givenNameGender(token.lower)));
    if (!isCapitalisedWord(token) || excluded || participle) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < tokens.length) {
      const next = tokens[end + 1]!;
      const joined = (next.lower === 'and' || next.text === '&') && joinsBodyName(tokens, i, end) ? bodyNameAfterAnd(tokens, end + 2) : 0;
      if (isCapitalisedWord(next) && (!NOT_NAME_WORDS.has(next.lower) || NAME_CLOSING_WORDS.has(next.lower))) {
        end++;
      } else if (INITIAL.test(next.text)) {
        end++;
      } else if (NAME_PARTICLES.has(next.lower) && particlesThenName(tokens, end + 1) > 0) {
        // "Leonardo da Vinci", "Ursula von der Leyen", "Oscar de la Hoya".
        end += particlesThenName(tokens, end + 1) + 1;
      } else if (
        next.lower === 'of' &&
        (isTitleWord(tokens[end]!) || ORGANISATION_WORDS.has(tokens[end]!.lower)) &&
        isCapitalisedWord(tokens[end + 2]) &&
        !NOT_NAME_WORDS.has(tokens[end + 2]!.lower)
      ) {
        end += 2;
      } else if (joined > 0) {
        // "United Nations Relief and Works Agency", "the Food and Drug Administration": a body's
        // name that goes on after "and".
        end = joined;
      } else if (next.text === '-' && isCapitalisedWord(tokens[end + 2])) {
        end += 2;
      } else if (
        (next.lower === 'for' || next.lower === 'against') &&
        end === i &&
        isPeoplePlural(tokens[end]!.text) &&
        isCapitalisedWord(tokens[end + 2]) &&
        !NOT_NAME_WORDS.has(tokens[end + 2]!.lower)
      ) {
        // "Physicians for Human Rights", "Doctors for Camp Closure": a group named for its cause.
        end += 2;
      } else if (
        POSSESSIVE_S.test(next.text) &&
        COLLECTIVE_POSSESSORS.has(tokens[end]!.lower) &&
        isCapitalisedWord(tokens[end + 2]) &&
        !NOT_NAME_WORDS.has(tokens[end + 2]!.lower)
      ) {
        // "People’s Daily said": the possessive is part of the body's name.
        end += 2;
      } else {
        break;
      }
    }
    // "Gold Star Mom Corners Obama On His Refusal…": in a headline every word is capitalised, so
    // its names are only the runs the article's prose also writes as names ("Obama").
    if (headline) {
      mentions.push(...namesProseWrites(tokens, i, end, article!));
      i = end + 1;
      continue;
    }
    // "a Margaret Hamilton Lego minifigure", "a Taylor Swift song": after "a" and before a noun, a
    // name only describes a thing; its last word may not even be part of the name.
    const attributive = /^an?$/iu.test(tokens[i - 1]?.text ?? '') && /^\p{Ll}/u.test(tokens[end + 1]?.text ?? '');
    if (attributive) {
      i = end + 1;
      continue;
    }
    // "ambassador to Britain Liu Xiaming", "envoy for Ukraine Kurt Volker": the place before the name.
    if (end - i >= 2 && placeBeforeName(tokens, i, end)) i = end - 1;
    // "Scientologist John Travolta", "Democrat Hillary Clinton": a descriptor before a given name and
    // a surname describes the person ("San Francisco" and "Andrés Manuel López Obrador" do not).
    if (end - i >= 2 && isDescriptor(token, article) && givenNameGender(tokens[i + 1]!.lower) && isCapitalisedWord(tokens[i + 1])) i++;
    // "Author Rushdiyah Narker", "Architect Marwan Al-Sayed", "Veteran Wall Streeter Charlotte
    // Beyer": a role noun, or a trade's word before a given name, leads the run as its title.
    else if (end - i >= 2) i = afterLeadingRole(tokens, i, end);
    // "Back in 2008…", "Abortions Jeb Bush…": a sentence's first word that the article also writes
    // in lower case is a common word, unless a name read before holds it.
    if (article && i === firstWord && !isTitleWord(token) && article.common.has(token.lower)) {
      const rest = tokens.slice(i + 1, end + 1).map((t) => t.text);
      if (end === i && !article.knows([token.text])) {
        i++;
        continue;
      }
      if (rest.length >= 2 && article.knows(rest)) i++;
    }
    // "Replied Stephen Colbert:", "Added Smith:": a speech verb in the past opening the sentence
    // reports the name after it, and is no part of it.
    if (i === firstWord && end > i && REPORTING_VERBS.has(token.lower) && /ed$/u.test(token.lower)) i++;
    // "Officials said…", "Delegates cheered…": a capitalised plural of people opening a sentence.
    const pluralRole = i === end && i === firstWord && isPeoplePlural(token.lower);
    const mention = pluralRole ? null : splitTitle(tokens, i, end, article?.common);
    if (mention) mentions.push(mention);
    i = end + 1;
  }
  return mentions;
}

/**
 * Can the run [first, last] open a body's name that goes on after "and"? After "the" or "of" it
 * can ("the Bill and Melinda Gates Foundation"); elsewhere only a run of two words or more that
 * holds no title and no given name ("United Nations Relief", not "President Trump", "Sen. Ted Cruz").
 */
function joinsBodyName(tokens: readonly Token[], first: number, last: number): boolean {
  if (/^(?:the|of)$/u.test(tokens[first - 1]?.lower ?? '')) return true;
  return last > first && last - first < BODY_NAME_AFTER_AND * 2 && tokens.slice(first, last + 1).every((t) => !isTitleWord(t) && !givenNameGender(t.lower));
}

/** How many capitalised words after "and" may end in a body's word and so finish its name. */
const BODY_NAME_AFTER_AND = 3;

/** The last token of a run of capitalised words from `from` that ends in a body's word ("Works Agency"), or 0. */
function bodyNameAfterAnd(tokens: readonly Token[], from: number): number {
  for (let k = from; k < from + BODY_NAME_AFTER_AND && isCapitalisedWord(tokens[k]) && !NOT_NAME_WORDS.has(tokens[k]!.lower); k++) {
    if (ORGANISATION_WORDS.has(tokens[k]!.lower) && !isCapitalisedWord(tokens[k + 1])) return k;
  }
  return 0;
}

/** The longest run of capitalised words a headline's name is looked up by. */
const MAX_NAME_RUN = 6;

const runKey = (tokens: readonly Token[], first: number, last: number) =>
  tokens
    .slice(first, last + 1)
    .map((t) => t.lower)
    .join(' ');

/**
 * The runs inside tokens[first..last] that prose writes as names, longest first from the left; a
 * single word the article also writes in lower case ("Debate") opened a prose sentence, not a name.
 */
function namesProseWrites(tokens: readonly Token[], first: number, last: number, article: ArticleWords): Mention[] {
  const proseNames = article.proseNames();
  const found: Mention[] = [];
  let k = first;
  while (k <= last) {
    let length = Math.min(MAX_NAME_RUN, last - k + 1);
    while (length > 0 && !proseNames.has(runKey(tokens, k, k + length - 1))) length--;
    const common = length === 1 && article.common.has(tokens[k]!.lower);
    const mention = length > 0 && !common ? splitTitle(tokens, k, k + length - 1) : null;
    if (mention) found.push(mention);
    k += Math.max(1, length);
  }
  return found;
}

/**
 * Four or more words of four letters or more, all capitalised: a headline's case ("Gold Star Mom
 * Corners Obama On His Refusal…"), where a capital does not mark a name. Prose has its verbs and
 * nouns in lower case, even around a long title ("said Deputy Director of Public Prosecution…").
 */
function isHeadlineCase(tokens: readonly Token[]): boolean {
  let long = 0;
  let capitalised = 0;
  for (const token of tokens) {
    if (token.kind !== 'word' || token.text.length < 4) continue;
    long++;
    if (/^\p{Lu}/u.test(token.text)) capitalised++;
  }
  return long >= 4 && capitalised === long;
}

/**
 * Every run of capitalised words the article's prose writes (outside headlines), and every shorter
 * run inside one, lower-cased: what a headline's names are checked against.
 */
export function namesWrittenInProse(texts: readonly string[]): Set<string> {
  const runs = new Set<string>();
  for (const text of texts) {
    const tokens = tokenize(text, 0, text.length, []);
    if (isHeadlineCase(tokens)) continue;
    let start = 0;
    for (let i = 0; i <= tokens.length; i++) {
      if (i < tokens.length && isCapitalisedWord(tokens[i])) continue;
      for (let first = start; first < i; first++) {
        for (let last = first; last < i && last - first < MAX_NAME_RUN; last++) runs.add(runKey(tokens, first, last));
      }
      start = i + 1;
    }
  }
  return runs;
}

/**
 * Where the name starts in a run that a role opens: after the last role noun among all but its
 * last two words, or after a trade's word that a given name follows; `first` when none does.
 */
function afterLeadingRole(tokens: readonly Token[], first: number, last: number): number {
  for (let k = last - 2; k >= first; k--) {
    const word = tokens[k]!.lower;
    if (givenNameGender(word) || TITLE_WORDS.has(word) || word in HONORIFICS) continue;
    if (ROLE_NOUNS.has(word) || (isRoleBeforeName(word) && !!givenNameGender(tokens[k + 1]!.lower))) return k + 1;
  }
  return first;
}

/** A run after "role noun + preposition" whose first words are the place of the role, not the name. */
function placeBeforeName(tokens: readonly Token[], first: number, last: number): boolean {
  const preposition = tokens[first - 1];
  const role = tokens[first - 2];
  if (!preposition || !role || !PREPOSITIONS.has(preposition.text) || !ROLE_NOUNS.has(role.text)) return false;
  const run = tokens.slice(first, last + 1);
  return !run.some((t) => INITIAL.test(t.text) || ORGANISATION_WORDS.has(t.lower) || TITLE_WORDS.has(t.lower));
}

function firstWordIndex(tokens: readonly Token[]): number {
  return tokens.findIndex((t) => t.kind === 'word');
}

/**
 * A capitalised word that describes rather than names: one the article also writes in lower case,
 * a party, or a word of a descriptor's shape ("Scientologist", "Republican", "Actor", "Actress"),
 * never a given name, an initial, a title, or a word with an accent or of a place ("San").
 */
function isDescriptor(token: Token, article: ArticleWords | undefined): boolean {
  const word = token.lower;
  if (INITIAL.test(token.text) || isTitleWord(token) || givenNameGender(word) || NAME_PARTICLES.has(word) || PLACE_WORDS.has(word)) return false;
  if (article?.common.has(word) || PERSON_DESCRIPTORS.has(word)) return true;
  return /^[a-z]+(?:ist|ian|can|or|ress|er)$/u.test(word);
}

function splitTitle(tokens: readonly Token[], first: number, last: number, common?: ReadonlySet<string>): Mention | null {
  let lastTitle = -1;
  let gender: Gender = null;
  for (let k = first; k <= last; k++) {
    const token = tokens[k]!;
    // "Edmund King", "Martin Luther King": a title word ending a run that opens with a given name is
    // a surname; "Prime Minister" and "United Nations High Commissioner for…" are offices.
    const surname = k === last && k > first && !!givenNameGender(tokens[first]!.lower) && !/^(?:for|of)$/u.test(tokens[last + 1]?.lower ?? '');
    if (isTitleWord(token) && !surname) {
      lastTitle = k;
      const honorific = HONORIFICS[token.lower.replace(/\.$/u, '')];
      if (honorific) gender = honorific;
    }
  }
  // "Virginia Democrat", "Oklahoma Republican", "the German": a description of a person, not a name.
  if (PERSON_DESCRIPTORS.has(tokens[last]!.lower)) return null;
  // A place is never a speaker or a person: "China said".
  const country = countryLength(tokens, first, last);
  if (country === last - first + 1) return null;
  if (lastTitle < first) {
    // Words from `from` on that could be a person's name: no body's or place's word among them.
    const personLike = (from: number) => tokens.slice(from, last + 1).every((t) => !ORGANISATION_WORDS.has(t.lower) && !PLACE_WORDS.has(t.lower));
    // "Britain Liu Xiaming", "Ukraine Kurt Volker": a country glued before a two-word name (not
    // "New Zealand Department of Conservation", a body).
    if (country > 0 && last - first + 1 - country >= 2 && personLike(first + country)) first += country;
    // "Browns DL Sheldon Richardson", "CNN John King": a team or outlet and an abbreviation
    // before a two-word name are its description.
    for (let k = last - 2; k >= first; k--) {
      if (ACRONYM.test(tokens[k]!.text) && last - k <= 3 && personLike(k + 1)) {
        lastTitle = k;
        break;
      }
    }
  }
  let nameFirst = lastTitle + 1 > first ? lastTitle + 1 : first;
  // "Secretary of State Antony Blinken": the "of State" belongs to the title.
  if (lastTitle >= first && tokens[nameFirst]?.lower === 'of') nameFirst += 2;
  // "Justice Department", "State Department": what follows the title-like words is only a body's
  // word, so the whole run is the body's name.
  const bodyOnly = nameFirst <= last && tokens.slice(nameFirst, last + 1).every((t) => ORGANISATION_WORDS.has(t.lower));
  if (nameFirst > last || bodyOnly) {
    // "Department of Health": all title-like words, but a body, named by the whole run.
    const runWords = tokens.slice(first, last + 1).map((t) => t.lower);
    if (!runWords.some((w) => ORGANISATION_WORDS.has(w))) return null;
    nameFirst = first;
    lastTitle = -1;
  }
  const nameTokens = tokens.slice(nameFirst, last + 1);
  // With a title in front, a long run is a place or body plus a name: keep the last two words.
  // After "of" ("Director of Public Prosecution Eva-Marie Persson") three words are already one
  // too many, unless initials make them one name.
  const afterOf = tokens[nameFirst - 2]?.lower === 'of' && lastTitle >= first;
  const longRun = nameTokens.length > 3 || (afterOf && nameTokens.length === 3 && !nameTokens.some((t) => INITIAL.test(t.text)));
  if (lastTitle >= first && longRun) nameFirst = last - 1;
  const name = tokens
    .slice(nameFirst, last + 1)
    .map((t) => t.text)
    .join(' ')
    .replace(/ - /gu, '-')
    .replace(/ (['’]s) /gu, '$1 ');
  const titleTokens = tokens.slice(first, nameFirst).filter((t) => !(t.lower.replace(/\.$/u, '') in HONORIFICS));
  const title = titleTokens.length > 0 ? titleTokens.map((t) => t.text).join(' ') : null;
  // "Shanghai Communist Party Secretary Chen Jining" is a person: once a title is split off,
  // only the name decides.
  const words = tokens.slice(nameFirst > first ? nameFirst : first, last + 1).map((t) => t.lower);
  // "Vulture magazine": a lower-case noun of a publication after the name says what it is, unless
  // the name is a person's ("the Rupert Murdoch tabloid").
  const publicationNounAfter = PUBLICATION_NOUNS.has(tokens[last + 1]?.text ?? '') && !givenNameGender(tokens[nameFirst]!.lower);
  // "its annual Camp Strava event", "World Governments Summit": an event or programme.
  const eventName = (EVENT_NOUNS.has(tokens[last + 1]?.text ?? '') || words.some((w) => EVENT_NOUNS.has(w))) && !words.some((w) => givenNameGender(w));
  // "LCWR", "NATO": a name of capitals alone is a body's. So is a name of two words or more that
  // no given name opens and a word the article also writes in lower case ends or opens ("World
  // Governments Summit", "Google Search", "Camp Strava"): a thing's or an event's, not a person's.
  const acronym = nameFirst === last && /^\p{Lu}{2,6}$/u.test(tokens[last]!.text);
  const commonWords =
    !!common && last > nameFirst && lastTitle < first && !givenNameGender(words[0]!) && (common.has(words[0]!) || common.has(words[words.length - 1]!));
  const kind: EntityKind =
    words.some((w) => ORGANISATION_WORDS.has(w) || POSSESSIVE_S.test(w) || w === 'for' || w === 'against') ||
    publicationNounAfter ||
    eventName ||
    acronym ||
    commonWords
      ? 'organization'
      : isNationalGroup(words)
        ? 'unnamed'
        : 'person';
  // "Marcus Rojo" is a man and "Susan Miller" a woman: a given name before a surname tells.
  if (!gender && kind === 'person' && last - nameFirst >= 1) gender = givenNameGender(tokens[nameFirst]!.lower);
  const after = tokens[last + 1];
  return {
    first,
    last,
    nameFirst,
    name,
    title,
    kind,
    gender,
    possessive: !!after && /^['’]s?$/u.test(after.text),
  };
}
