import type { EntityKind } from '../../../contracts';
import type { Token } from '../../tokens';
import { givenNameGender, type Gender } from '../name-words';
import type { Mention } from '../names';
import type { Lexicon } from './lexicon';
import { ORGANISATION_WORDS } from '../../lexicon/names';

/** What the article tells about its words in a lexicon language, read once before its sentences. */
export interface LexiconArticleWords {
  /** Words the article writes in lower case: at a sentence's start, those are common words. */
  common: ReadonlySet<string>;
  /** Capitalised words the article writes right after an article or a contracted preposition: nouns, in German. */
  nouns: ReadonlySet<string>;
  /** Capitalised words the article writes as a source right after a speech verb or as an interview's turn (German). */
  speakingNames: ReadonlySet<string>;
  /** Capitalised words of the article, lower-cased (German). */
  capitalisedWords: ReadonlySet<string>;
  /** Pairs of capitalised words the article writes twice or more, lower-cased ("liat atzili"). */
  repeatedPairs: ReadonlySet<string>;
  /** The language's stop words (from the `stopword` lists the key points use). */
  stopWords: ReadonlySet<string>;
  /** Country names in the language, lower-cased: places are never speakers. */
  countries: ReadonlySet<string>;
  /** Has a name with these words been read already? */
  knows: (words: readonly string[]) => boolean;
}

const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’\-.]*$/u;
const INITIAL = /^\p{Lu}\.$/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;
/** German endings of abstract and collective nouns, never of a name. */
const NOUN_ENDINGS = /(?:ung|heit|keit|schaft|tion|sion|tät|ismus|nis|tum|chen|lein|ment|enz|anz|ik|ie)$/u;

/** A given name of the language or of the English lists, with its gender when known; undefined when it is none. */
function givenName(word: string, lexicon: Lexicon): 'm' | 'f' | null | undefined {
  return lexicon.givenNames.has(word) ? lexicon.givenNames.get(word)! : (givenNameGender(word) ?? undefined);
}

/** A role noun the word is or ends with (a German compound: "EU-Kommissionspräsidentin" ends with "präsidentin"). */
export function roleOf(word: string, lexicon: Lexicon): string | null {
  const lower = word.toLowerCase();
  if (lexicon.roles.has(lower)) return lower;
  if (!lexicon.capitalisedNouns) return null;
  // German declines its nouns ("des Landesvorsitzenden", "dem Sprecher"), and compounds them.
  for (const form of [lower, lower.replace(/(?:en|n|s|es)$/u, '')]) {
    if (lexicon.roles.has(form)) return form;
    for (const role of lexicon.roleEndings) if (role.length >= 4 && form.length > role.length && form.endsWith(role)) return role;
  }
  return null;
}

/** A body's noun the word is or ends with ("Bundesregierung" ends with "regierung"). */
export function bodyOf(word: string, lexicon: Lexicon): boolean {
  const lower = word.toLowerCase();
  // Bodies with English names are quoted in every language ("Kate Moss Agency", "Reuters News").
  if (lexicon.bodies.has(lower) || ORGANISATION_WORDS.has(lower)) return true;
  if (!lexicon.capitalisedNouns) return false;
  for (const body of lexicon.bodies) if (body.length >= 4 && lower.length > body.length && lower.endsWith(body)) return true;
  return false;
}

/** A body's noun written as a noun, capitalised: "Gewerkschaft", "Konzern". */
const isBodyNoun = (token: Token | undefined, lexicon: Lexicon) =>
  !!token && token.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(token.text) && bodyOf(token.lower, lexicon);

/** Can this word be part of a person's or body's name? */
function isNameWord(token: Token | undefined, lexicon: Lexicon, article: LexiconArticleWords, opensSentence: boolean): boolean {
  if (!token || token.kind !== 'word' || !CAPITALISED.test(token.text)) return false;
  const lower = token.lower;
  // A surname that is also a common word ("Lang", "Weil", "Kurz") is a name alone, mid-sentence, once read in full.
  if (article.stopWords.has(lower)) return !opensSentence && !lexicon.pronouns.has(lower) && article.knows([lower]);
  if (lexicon.notNames.has(lower) || lexicon.pronouns.has(lower)) return false;
  if (lexicon.definite.has(lower) || lexicon.indefinite.has(lower) || lexicon.reportingVerbs.has(lower)) return false;
  // All capitals longer than six letters: a dateline or a shout, not a name.
  if (token.text.length > 6 && token.text === token.text.toUpperCase()) return false;
  if (givenName(lower, lexicon) !== undefined) return true;
  if (lexicon.capitalisedNouns) {
    // A German noun is capitalised too: a word the article puts after an article, or of a noun's shape, is none.
    const nounShaped = lower.length >= 6 && NOUN_ENDINGS.test(lower);
    if (article.nouns.has(lower) || nounShaped || roleOf(lower, lexicon) || bodyOf(lower, lexicon)) return ACRONYM.test(token.text);
    return !(opensSentence && article.common.has(lower));
  }
  // At a sentence's start a capital says nothing: a word the article also writes in lower case is a common one.
  return !(opensSentence && article.common.has(lower));
}

/**
 * A common word capitalised right after a name word, ending the run, is a surname: "Nico Lange",
 * "Stephan Weil", "Sebastian Kurz" (German stop words, which a name otherwise never runs through).
 */
function isSurnameAfterName(tokens: readonly Token[], last: number, lexicon: Lexicon, article: LexiconArticleWords): boolean {
  const next = tokens[last + 1];
  if (!lexicon.capitalisedNouns || !next || next.kind !== 'word' || !/^\p{Lu}\p{Ll}+$/u.test(next.text) || /^\p{Lu}/u.test(tokens[last + 2]?.text ?? ''))
    return false;
  const lower = next.lower;
  if (!article.stopWords.has(lower) || lexicon.leaningPronouns.has(lower) || lexicon.pronouns.has(lower)) return false;
  return !lexicon.definite.has(lower) && !lexicon.indefinite.has(lower) && !lexicon.reportingVerbs.has(lower) && !lexicon.auxiliaries.has(lower);
}

/**
 * How many particles from `from` on come before a name's last word (0 if none does): "von der
 * Leyen", "de la Fuente". One word ends the name: "Andreas Pfeiffer von der Berliner Charité" is
 * where he works, and so is a body's word ("de la Universidad").
 */
function particlesThenName(tokens: readonly Token[], from: number, lexicon: Lexicon, article: LexiconArticleWords): number {
  let count = 0;
  while (count < 3 && lexicon.particles.has(tokens[from + count]?.text ?? '')) count++;
  const last = tokens[from + count];
  if (count === 0 || !isNameWord(last, lexicon, article, false) || bodyOf(last!.lower, lexicon)) return 0;
  return isNameWord(tokens[from + count + 1], lexicon, article, false) ? 0 : count;
}

/**
 * Runs of name words, with a role written just before them as the title ("EU-Kommissionspräsidentin
 * Ursula von der Leyen", "la ministre Rachida Dati", "Premier ministre Michel Barnier"). A run
 * that is a country, or only a role or a body's noun, is no name; a run with a body's word or an
 * acronym is a body.
 */
export function findLexiconMentions(tokens: readonly Token[], lexicon: Lexicon, article: LexiconArticleWords): Mention[] {
  const mentions: Mention[] = [];
  const firstWord = tokens.findIndex((t) => t.kind === 'word');
  let i = 0;
  while (i < tokens.length) {
    const opens = i === firstWord || tokens[i - 1]?.kind === 'quote' || tokens[i - 1]?.text === ':';
    // "eine Art Zimmer": a given name of another language right after "ein" is a noun.
    const nounAfterArticle = lexicon.capitalisedNouns && lexicon.indefinite.has(tokens[i - 1]?.lower ?? '') && !lexicon.givenNames.has(tokens[i]!.lower);
    if (nounAfterArticle || !isNameWord(tokens[i], lexicon, article, opens)) {
      i++;
      continue;
    }
    let end = i;
    // "Sebastian Hendels Karriere", "Irans Justiz": a German genitive ends the name before the noun
    // it governs, when the article also writes the name without its "s".
    let genitive = false;
    for (;;) {
      if (lexicon.capitalisedNouns && isGenitive(tokens, end, article)) {
        genitive = true;
        break;
      }
      const next = tokens[end + 1];
      if (isNameWord(next, lexicon, article, false) || (next && INITIAL.test(next.text)) || isSurnameAfterName(tokens, end, lexicon, article)) end++;
      else {
        // In German "von" after a surname says where someone is from ("Alex Kirsch von Lidl"): a
        // particle joins only given names to a surname ("Ursula von der Leyen").
        const givenOnly = tokens.slice(i, end + 1).every((t) => givenName(t.lower, lexicon) !== undefined);
        const particles = lexicon.capitalisedNouns && !givenOnly ? 0 : particlesThenName(tokens, end + 1, lexicon, article);
        if (particles === 0) break;
        end += particles + 1;
      }
    }
    const words = tokens.slice(i, end + 1).map((t) => t.lower);
    if (lexicon.capitalisedNouns && !genitive && words.length > 1) {
      // "Sebastian Hendels 2:10:37 Stunden": the name read before, with an "s".
      const stem = words[words.length - 1]!.replace(/([^s])s$/u, '$1');
      genitive = stem !== words[words.length - 1] && article.knows([...words.slice(0, -1), stem]);
    }
    if (article.countries.has(words.join(' '))) {
      i = end + 1;
      continue;
    }
    // "Ratsherr Jonas Brandt": words before a given name inside the run are its title, roles no list holds.
    const given = words.findIndex(
      (word, k) =>
        k > 0 && k < words.length - 1 && givenName(word, lexicon) !== undefined && words.slice(0, k).every((w) => givenName(w, lexicon) === undefined),
    );
    const mention = given > 0 ? withTitle(tokens, i + given, end, lexicon, i) : withTitle(tokens, i, end, lexicon);
    if (mention && genitive) {
      mention.name = mention.name.slice(0, -1);
      mention.possessive = true;
    }
    if (mention && (!lexicon.capitalisedNouns || isSurelyName(tokens, mention, lexicon, article))) mentions.push(mention);
    i = end + 1;
  }
  return mentions;
}

/** A word in "s" before a capitalised noun, whose stem the article writes as a name too ("Hendels Karriere", "Hendel"). */
function isGenitive(tokens: readonly Token[], k: number, article: LexiconArticleWords): boolean {
  const token = tokens[k]!;
  const next = tokens[k + 1];
  if (!next || next.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(next.text) || !/^\p{Lu}\p{Ll}+[^s]s$/u.test(token.text)) return false;
  return article.capitalisedWords.has(token.lower.slice(0, -1));
}

/** Words right before a source, or right after it: a speech verb, "so", "laut". */
function nextToSpeech(tokens: readonly Token[], mention: Mention, lexicon: Lexicon): boolean {
  const before = tokens[mention.first - 1];
  const after = tokens[mention.last + 1];
  const speaks = (token: Token | undefined) =>
    !!token && token.kind === 'word' && (lexicon.reportingVerbs.has(token.lower) || lexicon.participles.has(token.lower));
  return speaks(before) || speaks(after) || (!!before && (lexicon.handOver.has(before.text) || lexicon.accordingTo.has(before.lower)));
}

/**
 * In German every noun has a capital, so a run of capitalised words is a name only with more to
 * go on: a title before it, a known given name first, a name read before, a body's word, a place
 * beside a speech verb ("sagte Yotam Ophir", "so Dawidowski"), or a word the article gives speech
 * to elsewhere.
 */
function isSurelyName(tokens: readonly Token[], mention: Mention, lexicon: Lexicon, article: LexiconArticleWords): boolean {
  if (mention.title || mention.kind === 'organization') return true;
  const words = mention.name.toLowerCase().split(' ');
  if (words.length > 1 && givenName(words[0]!, lexicon) !== undefined) return true;
  // A word the article gives speech to, as a surname, is enough ("Milkesa Mengesha" of "sagte
  // Mengesha"); as a given name the pair must recur ("Liat Atzili" of "Liat: „…“", not the
  // once-written "hatte Liat Glück").
  const speaks = (word: string) => article.speakingNames.has(word) && !article.nouns.has(word);
  if (words.length > 1 && (speaks(words[words.length - 1]!) || (speaks(words[0]!) && article.repeatedPairs.has(`${words[0]} ${words[1]}`)))) return true;
  // A single capitalised word beside a verb is as often a noun ("Wermutstropfen", "Sömmerda"): only a name read in full before.
  return article.knows(words) || (words.length > 1 && nextToSpeech(tokens, mention, lexicon));
}

/**
 * The gender a role noun tells, by the language's pairs of endings ("in>": "präsidentin" is the
 * woman's form of "präsident"; "a>o": "ministra" of "ministro"): only when both forms are roles.
 */
export function genderOfRole(role: string, lexicon: Lexicon): Gender {
  for (const pair of lexicon.feminineEndings) {
    const [feminine = '', masculine = ''] = pair.split('>');
    const stem = role.slice(0, role.length - feminine.length);
    if (feminine && role.endsWith(feminine) && lexicon.roles.has(stem + masculine)) return 'f';
    const root = role.slice(0, role.length - masculine.length);
    if (role.endsWith(masculine) && lexicon.roles.has(root + feminine) && root + feminine !== role) return 'm';
  }
  return null;
}

/** The title before a name: role words (and their modifiers) right before the run; the gender a role tells. */
function withTitle(tokens: readonly Token[], first: number, last: number, lexicon: Lexicon, titleStart = first): Mention | null {
  let start = titleStart;
  let role: string | null = titleStart < first ? tokens[first - 1]!.lower : null;
  // Role words written right before the name, lower or upper case, with a hyphenated prefix ("AfD-Chef").
  for (let k = start - 1; k >= 0 && start - k <= 3; k--) {
    const token = tokens[k]!;
    if (token.kind !== 'word') break;
    const found = roleOf(token.lower, lexicon);
    if (found) {
      role ??= found;
      start = k;
      continue;
    }
    // "Premier ministre", "primo ministro": a modifier before the role.
    if (
      role &&
      /^\p{L}/u.test(token.text) &&
      !lexicon.definite.has(token.lower) &&
      !lexicon.indefinite.has(token.lower) &&
      k === start - 1 &&
      token.text.length <= 12 &&
      !lexicon.reportingVerbs.has(token.lower) &&
      /^(?:premier|première|primo|prima|primer|primera|primeiro|primeira|vice|ex)$/u.test(token.lower)
    ) {
      start = k;
      continue;
    }
    break;
  }
  const nameTokens = tokens.slice(first, last + 1);
  const words = nameTokens.map((t) => t.lower);
  // "die Gewerkschaft Komba", "der Konzern Bayer": a name right after a body's noun is that body's.
  const before = tokens[first - 1];
  const namedBody = start === first && lexicon.capitalisedNouns && isBodyNoun(before, lexicon) && givenName(words[0]!, lexicon) === undefined;
  if (namedBody) start = first - 1;
  // A run that is only role words and body nouns names no one ("Kommission", "Bundesregierung" alone is a body).
  // A person's name set in capitals ("KATE MOSS trägt …" in a caption) opens with a given name.
  const shoutedPerson = last > first && givenName(words[0]!, lexicon) !== undefined && nameTokens.every((t) => t.text === t.text.toUpperCase());
  const bodyWord = namedBody || words.some((w) => bodyOf(w, lexicon)) || (!shoutedPerson && nameTokens.some((t) => ACRONYM.test(t.text)));
  if (!bodyWord && words.every((w) => roleOf(w, lexicon))) return null;
  const kind: EntityKind = bodyWord ? 'organization' : 'person';
  const title =
    start < first
      ? tokens
          .slice(start, first)
          .map((t) => t.text)
          .join(' ')
      : null;
  let gender: Gender = null;
  if (kind === 'person') {
    gender = last > first ? (givenName(words[0]!, lexicon) ?? null) : null;
    if (!gender && role) gender = genderOfRole(role, lexicon);
  }
  return { first: start, last, nameFirst: first, name: nameTokens.map((t) => t.text).join(' '), title, kind, gender, possessive: false };
}
