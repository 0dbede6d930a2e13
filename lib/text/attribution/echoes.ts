import { foldText } from '../article-text';
import type { Entity } from './registry';
import { MAX_ECHO_PLACES, MIN_ECHO_WORDS } from './thresholds';

/** Quote marks inside a quotation: it quotes someone else ("A kid said: “Has she got…”"). */
const NESTED_QUOTE_MARK = /["“”«»„‘]/u;

/**
 * Quotations without a speaker that repeat a passage of one with a speaker (a tweet quoted again
 * with "… " in front). Returns, for each such quotation, the attributed quotation it repeats. Only
 * when every place holding those words has the same speaker, and never from a quotation that quotes
 * someone inside it; work is linear, since each opening is looked up in a bounded number of places.
 * Which quotations may be looked up at all is the caller's to say.
 */
export function findEchoes(texts: readonly string[], speakerOf: ReadonlyMap<number, Entity>, unattributed: readonly number[]): Map<number, number> {
  const words = (quote: number) => foldText(texts[quote]!).split(' ');
  const attributedWords = new Map<number, string[]>();
  const places = new Map<string, { quote: number; at: number }[]>();
  for (const quote of speakerOf.keys()) {
    if (NESTED_QUOTE_MARK.test(texts[quote]!)) continue;
    const said = words(quote);
    attributedWords.set(quote, said);
    for (let at = 0; at + MIN_ECHO_WORDS <= said.length; at++) {
      const key = said.slice(at, at + MIN_ECHO_WORDS).join(' ');
      const list = places.get(key) ?? [];
      if (list.length <= MAX_ECHO_PLACES) list.push({ quote, at });
      places.set(key, list);
    }
  }
  const echoes = new Map<number, number>();
  for (const quote of unattributed) {
    const repeated = words(quote);
    if (repeated.length < MIN_ECHO_WORDS) continue;
    const candidates = places.get(repeated.slice(0, MIN_ECHO_WORDS).join(' ')) ?? [];
    if (candidates.length > MAX_ECHO_PLACES) continue;
    const sources = candidates.filter(({ quote: source, at }) => repeated.every((word, k) => attributedWords.get(source)![at + k] === word));
    const speakers = new Set(sources.map(({ quote: source }) => speakerOf.get(source)));
    if (speakers.size === 1) echoes.set(quote, sources[0]!.quote);
  }
  return echoes;
}
