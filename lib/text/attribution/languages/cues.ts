import type { AttributionCue } from '../../../contracts';
import type { Token } from '../../tokens';
import type { Cue } from '../cues';
import type { Entity } from '../registry';
import type { SentenceContext } from '../sentence-context';
import type { Subject } from '../subjects';
import type { Lexicon } from './lexicon';
import { bodyOf, genderOfRole, roleOf } from './mentions';

/** How many words a description after its determiner may run before its noun ("eine langjährige Sprecherin"). */
const DESCRIPTION_WINDOW = 4;
/** How many words may complete a description's noun ("un porte-parole du ministère de l'Intérieur"). */
const COMPLEMENT_WINDOW = 5;
/** A speech verb this near before a quotation marks it as speech, even without a subject read. */
const UNREAD_CUE_DISTANCE = 4;

/** "explique-t-il", "a-t-elle", "dit-il": a verb with its subject pronoun joined after it (French). */
const INVERTED_PRONOUN = /^(\p{Ll}+)-(?:t-)?(il|elle|ils|elles|on)$/u;
const CONJUNCTIONS = new Set(['und', 'et', 'y', 'e', 'ed']);

const isWord = (token: Token | undefined): token is Token => !!token && token.kind === 'word';
const opensClause = (token: Token | undefined) => !token || token.kind === 'quote' || token.text === ',' || token.text === ':';

/** Every cue of a sentence in a lexicon language, in token order. */
export function findLexiconCues(context: SentenceContext, lexicon: Lexicon, stopWords: ReadonlySet<string>): Cue[] {
  const { tokens } = context;
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.text === ':' && tokens[i + 1]?.kind === 'quote') {
      // "Scholz: „…“": a name and a colon introduce the quotation.
      const mention = context.mentionEnding.get(i - 1);
      if (mention) cues.push({ form: 'colon', verb: i, boundQuote: i + 1, subject: { type: 'name', mention }, objects: [] });
      continue;
    }
    if (!isWord(token)) continue;
    if (isAccordingTo(tokens, i, lexicon)) {
      const subject = subjectAfter(context, i + 1, lexicon);
      if (subject) cues.push({ form: 'according to', verb: i, subject, objects: [] });
      continue;
    }
    // „…“, so Scholz / Die Lage sei „ernst“, so Scholz: a hand-over word after a quotation or a comma.
    if (lexicon.handOver.has(token.text) && (tokens[i - 1]?.kind === 'quote' || tokens[i - 1]?.text === ',')) {
      const subject = subjectAfter(context, i + 1, lexicon, undefined, true);
      if (subject) cues.push({ form: 'said X', verb: i, subject, objects: [] });
      continue;
    }
    const cue = verbCue(context, i, lexicon) ?? verbAfterQuotation(context, i, lexicon, stopWords);
    if (cue) cues.push(cue);
  }
  return cues;
}

/** Right after a quotation and its comma: „…“, freut sich… / « … », s'emporte… */
const followsQuotation = (tokens: readonly Token[], i: number) =>
  tokens[i - 1]?.kind === 'quote' || (tokens[i - 1]?.text === ',' && tokens[i - 2]?.kind === 'quote');

/**
 * „…“, freut sich Kluckers / „…“, stellt Nora Back klar: after a quotation and its comma, the verb
 * that opens the clause introduces the quotation whatever verb it is, when a name or a description
 * follows it as its subject. Words of no content (stop words: "dass", "und", "ist") open other clauses.
 */
function verbAfterQuotation(context: SentenceContext, i: number, lexicon: Lexicon, stopWords: ReadonlySet<string>): Cue | null {
  const { tokens } = context;
  const token = tokens[i]!;
  if (!followsQuotation(tokens, i) || !/^\p{Ll}+$/u.test(token.text) || stopWords.has(token.lower) || lexicon.handOver.has(token.lower)) return null;
  // „…“, zitierte der Daily Star den Autor: who passes the words on is not who said them.
  if (lexicon.citingVerbs.has(token.lower)) return null;
  const subject = subjectAfter(context, skipBeforeSubject(tokens, i + 1, lexicon), lexicon, token);
  return subject && subject.type !== 'pronoun' ? { form: 'said X', verb: i, subject, objects: listenersAfter(context, i, lexicon) } : null;
}

/** The first token after `from` that is not a word allowed between a verb and its subject ("sich", "derweil"). */
function skipBeforeSubject(tokens: readonly Token[], from: number, lexicon: Lexicon): number {
  let k = from;
  while (k < from + 2 && isWord(tokens[k]) && lexicon.beforeSubject.has(tokens[k]!.lower)) k++;
  return k;
}

function isAccordingTo(tokens: readonly Token[], i: number, lexicon: Lexicon): boolean {
  const token = tokens[i]!;
  if (lexicon.accordingTo.has(token.lower)) return true;
  // "d'après" read as "d'" + "après".
  return token.lower === 'après' && /^d['’]$/u.test(tokens[i - 1]?.lower ?? '');
}

/** Is the word at `i` a speech verb: a finite form, a participle after an auxiliary, or a French verb with its pronoun joined? */
function verbAt(tokens: readonly Token[], i: number, lexicon: Lexicon): { first: number; pronoun: string | null } | null {
  const token = tokens[i]!;
  if (!/^\p{Ll}/u.test(token.text)) return null;
  const inverted = INVERTED_PRONOUN.exec(token.lower);
  if (inverted && lexicon.reportingVerbs.has(inverted[1]!)) return { first: i, pronoun: inverted[2]! };
  if (lexicon.reportingVerbs.has(token.lower)) return { first: i, pronoun: null };
  if (!lexicon.participles.has(token.lower)) return null;
  const auxiliary = tokens[i - 1];
  if (!isWord(auxiliary)) return null;
  const invertedAuxiliary = INVERTED_PRONOUN.exec(auxiliary.lower);
  if (invertedAuxiliary && lexicon.auxiliaries.has(invertedAuxiliary[1]!)) return { first: i - 1, pronoun: invertedAuxiliary[2]! };
  return lexicon.auxiliaries.has(auxiliary.lower) ? { first: i - 1, pronoun: null } : null;
}

function verbCue(context: SentenceContext, i: number, lexicon: Lexicon): Cue | null {
  const { tokens } = context;
  const verb = verbAt(tokens, i, lexicon);
  if (!verb) return null;
  let subject: Subject | null;
  let form: AttributionCue = 'said X';
  if (verb.pronoun) subject = pronounSubject(verb.pronoun, lexicon, tokens[i]!);
  else if (opensClause(tokens[verb.first - 1])) {
    // „…“, sagte Scholz / « … », a déclaré le ministre / «…», dijo (the subject dropped) / „…“, meint derweil Kess.
    subject = subjectAfter(context, skipBeforeSubject(tokens, i + 1, lexicon), lexicon, tokens[i]!);
    if (!subject && lexicon.dropsSubject && tokens[verb.first - 1] !== undefined && !writesSubject(tokens[i + 1], lexicon)) subject = { type: 'implicit' };
  } else if (verb.first === i && lexicon.participles.has(tokens[i]!.lower) && auxiliaryBefore(tokens, i, lexicon) >= 0) {
    // "hat Hendel dem Tagesspiegel erzählt:": the subject stands by the auxiliary, the participle at the end.
    const auxiliary = auxiliaryBefore(tokens, i, lexicon);
    subject = subjectAfter(context, auxiliary + 1, lexicon) ?? subjectBefore(context, auxiliary - 1, lexicon, tokens[auxiliary]!);
    form = 'X said';
  } else {
    form = 'X said';
    subject = subjectBefore(context, verb.first - 1, lexicon, tokens[i]!);
    // "Am Montag sagte Scholz: „…“": after an adverbial the subject follows the verb.
    if (!subject) {
      subject = subjectAfter(context, i + 1, lexicon, tokens[i]!);
      form = 'said X';
    }
  }
  if (!subject) return null;
  return { form, verb: i, subject, objects: listenersAfter(context, i, lexicon) };
}

/**
 * Does the verb go on with a subject of its own, one no rule could read ("declaró la mujer de 35
 * años", "acrescentou o comandante")? Then it is not the person in focus who spoke.
 */
function writesSubject(next: Token | undefined, lexicon: Lexicon): boolean {
  if (!isWord(next)) return false;
  return (
    /^\p{Lu}/u.test(next.text) ||
    lexicon.definite.has(next.lower) ||
    lexicon.indefinite.has(next.lower) ||
    !!roleOf(next.lower, lexicon) ||
    bodyOf(next.lower, lexicon)
  );
}

/** How many tokens back an auxiliary may stand from its verb-final participle (German). */
const AUXILIARY_REACH = 10;

/** The auxiliary a German participle at the end of its clause belongs to, or -1. */
function auxiliaryBefore(tokens: readonly Token[], participle: number, lexicon: Lexicon): number {
  if (!lexicon.capitalisedNouns) return -1;
  for (let k = participle - 1; k >= 0 && participle - k <= AUXILIARY_REACH; k--) {
    const token = tokens[k]!;
    if (token.kind === 'quote' || token.text === ',' || token.text === '.') return -1;
    if (isWord(token) && lexicon.auxiliaries.has(token.lower)) return k;
  }
  return -1;
}

/** "er", "elle", "ella": who a pronoun subject means; German "sie" with a plural verb is "they". */
function pronounSubject(word: string, lexicon: Lexicon, verb: Token | undefined): Subject | null {
  const meaning = lexicon.pronouns.get(word);
  if (!meaning) return null;
  const plural = lexicon.language === 'de' && word === 'sie' && !!verb && /en$/u.test(verb.lower);
  return { type: 'pronoun', value: plural ? 'they' : meaning };
}

/** The subject written after the verb: a pronoun, a name (with its title), or a description ("der Arzt Hilary Jones", "eine Sprecherin", "le ministre"). */
function subjectAfter(context: SentenceContext, from: number, lexicon: Lexicon, verb?: Token, handOver = false): Subject | null {
  const { tokens } = context;
  const token = tokens[from];
  if (!isWord(token)) return null;
  const pronoun = pronounSubject(token.lower, lexicon, verb);
  if (pronoun) return pronoun;
  const mention = context.mentionStarting.get(from);
  if (mention) return { type: 'name', mention };
  // "erklärt Ernährungsberaterin und Autorin Rhiannon Lambert", "sagte Liverpools Trainer Jürgen
  // Klopp": roles joined before the name, or whose they are. A German noun there is a role no list
  // holds ("erklärt Endokrinologe und Ernährungsmediziner Andreas Pfeiffer").
  const leadsRole = (token: Token) =>
    !!roleOf(token.lower, lexicon) ||
    (lexicon.capitalisedNouns && /^\p{Lu}\p{Ll}/u.test(token.text)) ||
    CONJUNCTIONS.has(token.lower) ||
    (/^\p{Lu}\p{L}+s$/u.test(token.text) && !!roleOf(tokens[tokens.indexOf(token) + 1]?.lower ?? '', lexicon));
  for (let k = from; k < tokens.length && k - from < 4 && isWord(tokens[k]) && leadsRole(tokens[k]!); k++) {
    const named = context.mentionStarting.get(k + 1);
    if (named) return { type: 'name', mention: named };
  }
  if (lexicon.definite.has(token.lower) || lexicon.indefinite.has(token.lower) || /^\p{L}+['’]$/u.test(token.text))
    return descriptionFrom(context, from, lexicon, verb, handOver);
  return null;
}

/** A determiner, a few modifiers and a role or body noun, with the phrase that completes it; or a name right after the role. */
function descriptionFrom(context: SentenceContext, determiner: number, lexicon: Lexicon, verb?: Token, handOver = false): Subject | null {
  const { tokens } = context;
  const definite = lexicon.definite.has(tokens[determiner]!.lower) || /^\p{L}+['’]$/u.test(tokens[determiner]!.text);
  for (let k = determiner + 1; k < tokens.length && k <= determiner + DESCRIPTION_WINDOW; k++) {
    const token = tokens[k]!;
    // "der Arzt Hilary Jones": the name after the role is the subject.
    const named = context.mentionStarting.get(k);
    // "der Drittplatzierte Kess", "der peruanische Schriftsteller Alfredo Bryce Echenique": in German any noun before the name is its title.
    const titleBefore = (title: Token) => !!roleOf(title.lower, lexicon) || (lexicon.capitalisedNouns && /^\p{Lu}\p{Ll}/u.test(title.text));
    if (named)
      return k > determiner + 1 && titleBefore(tokens[k - 1]!)
        ? { type: 'name', mention: named }
        : named.first === determiner + 1
          ? { type: 'name', mention: named }
          : null;
    if (!isWord(token)) return null;
    const role = roleOf(token.lower, lexicon);
    const body = !role && bodyOf(token.lower, lexicon);
    // Another noun heads the phrase ("der 86-Jährige", "ein Bild beider…"), or a new phrase opens: no speaker noun here.
    const nounBeforeName = lexicon.capitalisedNouns && /^\p{Lu}\p{Ll}/u.test(token.text) && context.mentionStarting.has(k + 1);
    // After a hand-over word there is no verb to tell the number: "so der Zehntplatzierte" is one man.
    const singular = verb ? !/en$/u.test(verb.lower) : handOver && tokens[determiner]!.lower === 'der';
    if (!role && !body && !nounBeforeName && definite && singular && isGermanDescriptionNoun(tokens, k, lexicon))
      // "fand der 31-Jährige", "schimpft der Coach": a person described by a noun no list holds.
      return {
        type: 'role',
        text: tokens[determiner]!.text + ' ' + token.text,
        head: token.lower,
        definite,
        body: false,
        gender: determinerGender(tokens[determiner]!, verb),
      };
    if (!role && !body && !nounBeforeName && (lexicon.definite.has(token.lower) || lexicon.indefinite.has(token.lower) || /^\p{Lu}/u.test(token.text)))
      return null;
    if (role || body) {
      const end = complementEnd(context, k, lexicon);
      const text = tokens
        .slice(determiner, end + 1)
        .map((t) => t.text)
        .join(' ')
        .replace(/(['’]) /gu, '$1');
      return {
        type: 'role',
        text,
        head: role ?? token.lower,
        definite,
        body: !!body,
        gender: role ? (genderOfRole(role, lexicon) ?? (lexicon.capitalisedNouns ? determinerGender(tokens[determiner]!, verb) : null)) : null,
      };
    }
  }
  return null;
}

/**
 * A German noun right after a description's article (and its adjectives) that ends the phrase, its
 * subject in the singular: "der 31-Jährige", "der Coach", "der Finanzprofessor". Then the description
 * is of someone the article named, unless a name follows ("der Coach Murat Yakin").
 */
function isGermanDescriptionNoun(tokens: readonly Token[], k: number, lexicon: Lexicon): boolean {
  const token = tokens[k]!;
  if (!lexicon.capitalisedNouns || !/^[\p{Lu}\d][\p{L}\d-]*\p{Ll}$/u.test(token.text)) return false;
  const next = tokens[k + 1];
  return !next || next.kind !== 'word' || /^\p{Ll}/u.test(next.text);
}

/** In German the subject's article tells its gender: "der" a man, "die" (with a verb in the singular) a woman. */
function determinerGender(determiner: Token, verb: Token | undefined): 'm' | 'f' | null {
  if (determiner.lower === 'der') return 'm';
  return determiner.lower === 'die' && !!verb && !/en$/u.test(verb.lower) ? 'f' : null;
}

/** "un porte-parole du ministère", "eine Sprecherin von Tiktok": the noun's complement, up to a comma or a verb. */
function complementEnd(context: SentenceContext, noun: number, lexicon: Lexicon): number {
  const { tokens } = context;
  let end = noun;
  for (let k = noun + 1; k < tokens.length && k <= noun + COMPLEMENT_WINDOW; k++) {
    const token = tokens[k]!;
    if (!isWord(token) || lexicon.reportingVerbs.has(token.lower) || lexicon.listeners.has(token.lower)) break;
    // Only a complement that opens with a preposition or a genitive article and ends in a name or noun.
    if (k === noun + 1 && !/^(?:von|vom|des|der|de|du|des|del|della|dello|dei|degli|delle|da|do|dos|das|di|d['’])$/u.test(token.lower)) break;
    if (/^\p{Lu}/u.test(token.text) || roleOf(token.lower, lexicon) || bodyOf(token.lower, lexicon)) end = k;
  }
  return end;
}

/** The subject written before the verb: "Scholz sagte", "Er sagte", "Le ministre a déclaré", "…und sagte". */
function subjectBefore(context: SentenceContext, end: number, lexicon: Lexicon, verb: Token): Subject | null {
  const { tokens } = context;
  const token = tokens[end];
  if (!isWord(token)) return null;
  const pronoun = pronounSubject(token.lower, lexicon, verb);
  if (pronoun) return pronoun;
  const mention = context.mentionEnding.get(end);
  if (mention) return { type: 'name', mention };
  // "Voigt bedankt sich … und sagt dann:": the verb after "und" shares the sentence's subject.
  if (CONJUNCTIONS.has(token.lower)) return context.firstSubject ? { type: 'name', mention: context.firstSubject } : null;
  const role = roleOf(token.lower, lexicon);
  if (role || bodyOf(token.lower, lexicon)) {
    for (let k = end - 1; k >= 0 && end - k <= DESCRIPTION_WINDOW; k--) {
      const word = tokens[k]!;
      if (!isWord(word)) return null;
      if (lexicon.definite.has(word.lower) || lexicon.indefinite.has(word.lower) || /^\p{L}+['’]$/u.test(word.text)) {
        const text = tokens
          .slice(k, end + 1)
          .map((t) => t.text)
          .join(' ')
          .replace(/(['’]) /gu, '$1');
        return { type: 'role', text, head: role ?? token.lower, definite: !lexicon.indefinite.has(word.lower), body: !role };
      }
    }
  }
  return null;
}

/** Who is spoken to: names after "gegenüber" or "à" ("sagte er gegenüber AFP"), never the speaker. */
function listenersAfter(context: SentenceContext, verb: number, lexicon: Lexicon): Entity[] {
  const { tokens } = context;
  const objects: Entity[] = [];
  for (let k = verb + 1; k < tokens.length && k <= verb + 8 && tokens[k]!.kind !== 'quote'; k++) {
    if (!lexicon.listeners.has(tokens[k]!.lower)) continue;
    const mention = context.mentionStarting.get(k + 1) ?? context.mentionStarting.get(k + 2);
    const entity = mention && context.entityOf.get(mention);
    if (entity) objects.push(entity);
  }
  return objects;
}

/** A speech verb just before the quotation, whose subject could not be read: the quotation is speech. Its distance, or null. */
export function lexiconUnreadCueBefore(tokens: readonly Token[], quoteToken: number, lexicon: Lexicon): number | null {
  for (let k = quoteToken - 1; k >= 0 && quoteToken - k <= UNREAD_CUE_DISTANCE; k--) {
    const token = tokens[k]!;
    if (token.kind === 'quote' || token.text === '.' || token.text === ';') return null;
    if (isWord(token) && verbAt(tokens, k, lexicon)) return quoteToken - k;
  }
  return null;
}

/** The shortest end of a German compound read as its work noun ("Radiosendung"; not "Mitglied" as "Lied"). */
const MIN_COMPOUND_WORK_NOUN = 5;

/**
 * A title right after the noun of a work ("in der BBC-Radiosendung "Desert Island Discs"", "le livre
 * « … »", "la canción «…»"): a name, not speech. Titles open with a capital or a digit.
 */
export function lexiconNamesAWork(tokens: readonly Token[], quoteToken: number, text: string, lexicon: Lexicon): boolean {
  const before = tokens[quoteToken - 1];
  if (!isWord(before) || !/^[\p{Lu}\p{N}]/u.test(text)) return false;
  const noun = before.lower.slice(before.lower.lastIndexOf('-') + 1);
  if (lexicon.workNouns.has(noun)) return true;
  if (!lexicon.capitalisedNouns) return false;
  for (const work of lexicon.workNouns) if (work.length >= MIN_COMPOUND_WORK_NOUN && noun.length > work.length && noun.endsWith(work)) return true;
  return false;
}
