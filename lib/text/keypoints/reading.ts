import type { Speaker } from '../../contracts';
import type { AnalyzedSentence } from '../attribution/types';
import { stripDateline } from '../sentences';
import type { PointRejection } from './rejections';
import { NAMEABLE_PRONOUN, opening } from './standalone';
import type { Lexicon } from '../attribution/languages/lexicon';

/**
 * How a candidate reads as a point: its text, and the sentence it continues when it reads only
 * right after that one ("The 39-year-old…", "But…"): it is shown only when that sentence is the
 * point before it.
 */
export interface PointReading {
  text: string;
  continues: AnalyzedSentence | null;
}

/** A stretch of quoted text and who the speaker list credits with its quotation (null: no one). */
export interface CreditedSpan {
  start: number;
  end: number;
  speaker: Speaker | null;
}

/**
 * The point's text: the sentence less its dateline, with a leading "He"/"She" named when the
 * person is certain (see `certainReferent`); else why the sentence cannot stand alone.
 */
export function pointReading(
  sentence: AnalyzedSentence,
  previous: AnalyzedSentence | null,
  people: readonly string[],
  lexicon?: Lexicon | null,
): PointReading | PointRejection {
  const text = stripDateline(sentence.text);
  const before = previous?.text ?? '';
  const pronoun = NAMEABLE_PRONOUN.exec(text);
  if (pronoun) {
    const referent = /^The/u.test(pronoun[0]) ? null : certainReferent(sentence.pronounReferent, before, people);
    return referent ? { text: referent + (pronoun[2] ? '’s' : '') + text.slice(pronoun[0].length), continues: null } : 'opens with a pronoun';
  }
  const leaning = opening(text, previous === null) ?? (lexicon ? lexiconOpening(text, lexicon, people) : null);
  if (leaning === 'pronoun') return 'opens with a pronoun';
  if (leaning === 'continuation' && !previous) return 'continues a sentence before it';
  return { text, continues: leaning ? previous : null };
}

/**
 * How a sentence in a lexicon language leans on the one before: through its first word, a pronoun
 * or a connective ("Gleichzeitig…", "Sin embargo, …"), or through a subject pronoun in its first
 * clause that no person named before it in the sentence accounts for ("Kurz dachte er…").
 */
function lexiconOpening(text: string, lexicon: Lexicon, people: readonly string[]): 'pronoun' | 'continuation' | null {
  const lower = text.replace(/^["“‘'«„(]+/u, '').toLowerCase();
  const first = /^\p{L}+/u.exec(lower)?.[0] ?? '';
  if (lexicon.leaningPronouns.has(first)) return 'pronoun';
  // Only German has such pronouns: the other languages skip reading the clause.
  const firstClause = lexicon.firstClausePronouns.size > 0 ? /^[^,;:–—]*/u.exec(text)![0] : '';
  for (const word of firstClause.matchAll(/\p{L}+/gu)) {
    if (!lexicon.firstClausePronouns.has(word[0])) continue;
    const before = text.slice(0, word.index);
    if (!people.some((name) => before.includes(name))) return 'pronoun';
  }
  return lexicon.leaningConnectives.some((phrase) => lower.startsWith(phrase) && !/\p{L}/u.test(lower[phrase.length] ?? '')) ? 'continuation' : null;
}

/**
 * A pronoun's referent is certain when attribution resolved it, the article writes the name
 * exactly so in the sentence before, and no other person is named there. "They" is never named:
 * one name cannot stand for a group.
 */
function certainReferent(referent: string | null, previous: string, people: readonly string[]): string | null {
  if (!referent || !previous.includes(referent)) return null;
  const others = people.filter((name) => name !== referent && !referent.includes(name) && previous.includes(name));
  return others.length === 0 ? referent : null;
}

/** A point never credits a quotation to someone other than the speaker list does. */
export function agreesWithSpeakers(text: string, spans: readonly CreditedSpan[]): boolean {
  return spans.every(({ speaker }) => !speaker || [speaker.name, ...speaker.aliases].some((name) => text.includes(name)));
}
