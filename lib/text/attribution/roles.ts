import { DETERMINERS, POSSESSIVE_DETERMINERS, REPORTING_VERBS, SKIPPED_BEFORE_VERB } from '../lexicon/speech';
import { EXAMPLE_OPENERS, NOT_NAME_WORDS, ROLE_BOUNDARY, ROLE_MODIFIERS } from '../lexicon/names';
import { isEnglishStopWord } from '../terms';
import type { Token } from '../tokens';
import { type Mention } from './names';
import { isRoleBeforeName, isRoleNoun } from './name-words';
import { setRole } from './registry';
import { isLowerWord, isUpperWord, type SentenceContext } from './sentence-context';
import { ROLE_AFTER_WINDOW, ROLE_BEFORE_WINDOW } from './thresholds';

/**
 * Reads roles from the words around a name: an apposition before ("China's top diplomat, Wang
 * Yi") or after ("Lotfi Azzouz, Tunisia country director for Amnesty International"), or a
 * lower-case title in front ("Chinese leader Xi Jinping").
 */
export function collectRoles(context: SentenceContext): void {
  const { tokens } = context;
  for (const mention of context.mentions) {
    const entity = context.entityOf.get(mention);
    if (!entity || entity.role || entity.kind !== 'person') continue;
    const role = roleBefore(tokens, mention) ?? roleAfter(tokens, mention);
    if (role) setRole(entity, role);
  }
}

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
  if (!isLowerWord(head) || !(isRoleNoun(head.lower) || (!comma && isRoleBeforeName(head.lower) && opensNounPhrase(tokens[end - 1])))) return null;
  let start = end;
  while (start - 1 >= 0 && end - start < ROLE_BEFORE_WINDOW) {
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

/**
 * Can a trade no list holds ("pollster", "blogger") stand right after this token? After an
 * article, a capitalised word, a comma, a speech verb, a role's modifier or a noun ("beauty
 * blogger"); not after a function word, a past tense or an adverb, where the same shape is a verb
 * or another word ("will monitor Anna Hale", "to transfer Anna Hale", "cheered whenever Anna Hale").
 */
function opensNounPhrase(previous: Token | undefined): boolean {
  if (!previous || previous.kind !== 'word') return !previous || previous.text === ',' || previous.kind === 'quote';
  if (DETERMINERS.has(previous.lower) || /^\p{Lu}/u.test(previous.text) || REPORTING_VERBS.has(previous.lower) || ROLE_MODIFIERS.has(previous.lower))
    return true;
  return !isEnglishStopWord(previous.lower) && !SKIPPED_BEFORE_VERB.has(previous.lower) && !/(?:ed|ly)$/u.test(previous.lower);
}

/** A role noun written in lower case: "fellow", "head". */
const isRoleWord = (token: Token) => isLowerWord(token) && isRoleNoun(token.lower);

function roleAfter(tokens: readonly Token[], mention: Mention): string | null {
  if (tokens[mention.last + 1]?.text !== ',') return null;
  const start = mention.last + 2;
  let end = start;
  while (end < tokens.length && end - start < ROLE_AFTER_WINDOW && tokens[end]!.kind === 'word' && tokens[end]!.lower !== 'who') end++;
  let slice = tokens.slice(start, end);
  // Cut by the window mid-phrase ("…at the Center for Health and Human"), or at a comma inside a
  // name that lists capitalised words ("MIT’s Science, Technology and Society program"; "U.S.
  // Games Systems, Inc." lists nothing): the role would stop mid-name, so it ends at its last
  // role word instead ("senior fellow", "the department head").
  const cutMidPhrase = tokens[end]?.kind === 'word' && tokens[end]!.lower !== 'who';
  const listGoesOn = tokens[end + 2]?.lower === 'and' || (tokens[end + 2]?.text === ',' && isUpperWord(tokens[end + 3]));
  const commaInName = tokens[end]?.text === ',' && isUpperWord(tokens[end - 1]) && isUpperWord(tokens[end + 1]) && listGoesOn;
  if (cutMidPhrase || commaInName) slice = slice.slice(0, slice.findLastIndex(isRoleWord) + 1);
  // "Lorenz, his secretary, his programmer and…": a list of people, not what the first one is.
  if (
    POSSESSIVE_DETERMINERS.has(slice[0]?.lower ?? '') &&
    (tokens[end]?.text === ',' || tokens[end]?.lower === 'and') &&
    POSSESSIVE_DETERMINERS.has(tokens[end + 1]?.lower ?? '')
  )
    return null;
  if (slice.length === 0 || /^\d+$/u.test(slice[0]!.text)) return null;
  // "Celebrities, like actress Lindsay Lohan, …": examples of the name, not what it is.
  if (EXAMPLE_OPENERS.has(slice[0]!.lower)) return null;
  if (slice.some((t) => REPORTING_VERBS.has(t.lower) && !isRoleNoun(t.lower))) return null;
  if (!slice.some(isRoleWord)) return null;
  const firstWord = slice[0]!.lower;
  const role = DETERMINERS.has(firstWord) && firstWord !== 'the' ? slice.slice(1) : slice;
  return joinTokens(role);
}
