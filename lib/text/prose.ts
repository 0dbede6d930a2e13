import type { Paragraph } from '../contracts';
import model from './prose-weights.json';
import { foldText } from './article-text';

/**
 * Is a paragraph the story's own prose, or what a site leaves around it (a date line, a byline, a
 * photo credit, a prompt to subscribe, a teaser)? A logistic model over features that carry across
 * sites and languages: the paragraph's shape, where it stands, and words that mark furniture on
 * many sites (learned from pages whose article body is marked by hand: scripts/train/prose.ts).
 */

/** Words read from the start of a paragraph: furniture says what it is early. */
const MAX_WORDS_READ = 40;
/** Paragraphs longer than this are prose or nothing: only their start is read. */
const MAX_CHARS_READ = 2000;

const WORD = /[\p{L}\p{M}]+/gu;

/** Digits, letters and capitals in a text; ASCII is counted without a pattern, as most text is. */
function characterCounts(text: string): { digits: number; letters: number; upper: number } {
  let digits = 0;
  let letters = 0;
  let upper = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 128) {
      if (code >= 48 && code <= 57) digits++;
      else if (code >= 97 && code <= 122) letters++;
      else if (code >= 65 && code <= 90) {
        letters++;
        upper++;
      }
    } else if (/\p{N}/u.test(char)) digits++;
    else if (/\p{L}/u.test(char)) {
      letters++;
      if (/\p{Lu}/u.test(char)) upper++;
    }
  }
  return { digits, letters, upper };
}

/** The features of one paragraph, as named numbers (what the model reads). */
export function proseFeatures(paragraph: Paragraph, index: number, count: number): Record<string, number> {
  const text = paragraph.text.trim().slice(0, MAX_CHARS_READ);
  const words = text.split(/\s+/u).filter(Boolean);
  const { digits, letters, upper } = characterCounts(text);
  const features: Record<string, number> = {
    logChars: Math.log1p(text.length) / 8,
    logWords: Math.log1p(words.length) / 6,
    sentences: Math.min(5, text.match(/[.!?…]["”’»)]*(?:\s|$)/gu)?.length ?? 0) / 5,
    endsSentence: /[.!?…]["”’»)\]]*$/u.test(text) ? 1 : 0,
    endsColon: text.endsWith(':') ? 1 : 0,
    startsUpper: /^\p{Lu}/u.test(text) ? 1 : 0,
    startsDigit: /^\p{N}/u.test(text) ? 1 : 0,
    digitShare: digits / Math.max(1, text.length),
    upperShare: upper / Math.max(1, letters),
    capitalisedWords: words.filter((w) => /^\p{Lu}/u.test(w)).length / Math.max(1, words.length),
    time: /\b\d{1,2}[:.]\d{2}\b/u.test(text) ? 1 : 0,
    date: /\b\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/u.test(text) ? 1 : 0,
    separator: /[|·•©®]/u.test(text) ? 1 : 0,
    address: /https?:\/\/|www\.|@\w/u.test(text) ? 1 : 0,
    first: index < 2 ? 1 : 0,
    last: count - index <= 3 ? 1 : 0,
    position: index / Math.max(1, count),
    short: words.length < 8 ? 1 : 0,
    [`kind=${paragraph.kind}`]: 1,
  };
  const tokens = (text.toLowerCase().match(WORD) ?? []).slice(0, MAX_WORDS_READ);
  for (const token of new Set(tokens)) features[`w:${token}`] = 1;
  for (const token of tokens.slice(0, 2)) features[`s:${token}`] = 1;
  return features;
}

/** A logistic model over named features; words outside its vocabulary weigh nothing. */
export interface ProseModel {
  bias: number;
  weights: Record<string, number>;
  threshold: number;
}

const shipped = model as ProseModel;

/** The chance that a paragraph is the story's prose. */
export function proseProbability(features: Readonly<Record<string, number>>, weights: ProseModel = shipped): number {
  let z = weights.bias;
  for (const [name, value] of Object.entries(features)) z += (weights.weights[name] ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}

/** Below this chance a paragraph's sentences are never key points (chosen by scripts/train/prose.ts). */
export const MIN_PROSE_PROBABILITY = shipped.threshold;

/** Furniture is short: a paragraph of more words is the story's (a whole article pasted as one paragraph, too). */
const MAX_FURNITURE_WORDS = 100;

/** Whether a paragraph reads as furniture rather than the story, by the model. */
export function isFurniture(paragraphs: readonly Paragraph[], index: number, weights: ProseModel = shipped): boolean {
  const paragraph = paragraphs[index]!;
  if (paragraph.text.split(/\s+/u, MAX_FURNITURE_WORDS + 1).length > MAX_FURNITURE_WORDS) return false;
  return proseProbability(proseFeatures(paragraph, index, paragraphs.length), weights) < weights.threshold;
}

/**
 * List items the article prints more than once: a subscription offer, or a menu repeated for
 * another screen size. A story's list is printed once: on modern/ and news/, all 23 repeated list
 * items lie outside the hand-marked article bodies.
 */
export function repeatedListItems(paragraphs: readonly Paragraph[]): ReadonlySet<number> {
  const byText = new Map<string, number[]>();
  paragraphs.forEach((paragraph, index) => {
    if (paragraph.kind !== 'list') return;
    const key = foldText(paragraph.text);
    if (!key) return;
    const indices = byText.get(key);
    if (indices) indices.push(index);
    else byText.set(key, [index]);
  });
  return new Set([...byText.values()].filter((indices) => indices.length > 1).flat());
}
