/**
 * Hostile texts for the linearity bench: each class at about `words` words, made
 * from a seeded generator so every run measures the same input. A page can put all of it in
 * one paragraph, so each class is one paragraph unless its shape needs more.
 */
import { countWords } from '../../lib/text/article-text';

/** A small seeded generator (mulberry32): the same texts on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';

function makeName(next: () => number): string {
  const length = 3 + Math.floor(next() * 7);
  let name = UPPER[Math.floor(next() * 26)]!;
  for (let i = 1; i < length; i++) name += LOWER[Math.floor(next() * 26)]!;
  return name;
}

function repeatTo(words: number, unit: string): string {
  const per = countWords(unit);
  return Array.from({ length: Math.ceil(words / per) }, () => unit).join(' ');
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

/** The hostile classes, each a function of the word count and a normal text to draw words from. */
export const HOSTILE_CLASSES: Record<string, (words: number, normal: string) => string> = {
  'Mr. ×N': (words) => repeatTo(words, 'Mr.'),
  'random initials "A. B. C."': (words) => {
    const next = random(1);
    return Array.from({ length: words }, () => `${pick(next, UPPER.split(''))}.`).join(' ');
  },
  'random names, quote marks and "said"': (words) => {
    const next = random(2);
    const marks = ['"', '“', '”', '‘', '’', '«', '»', 'said', 'said', ',', '.', 'told'];
    return Array.from({ length: words }, () => (next() < 0.6 ? makeName(next) : pick(next, marks))).join(' ');
  },
  '"Yes," he said. repeated': (words) => repeatTo(words, '"Yes," he said.'),
  'one endless sentence': (words, normal) =>
    normal
      .replace(/[.!?;:]/gu, '')
      .replace(/\s+/gu, ' ')
      .split(' ')
      .slice(0, words)
      .join(' '),
  'nested quotes': (words) => {
    const opens = ['“', '‘', '«', '„', '"'];
    const closes = ['”', '’', '»', '“', '"'];
    const depth = 50;
    const unit =
      Array.from({ length: depth }, (_, i) => `${opens[i % 5]}Word${i} said`).join(' ') +
      ' end ' +
      Array.from({ length: depth }, (_, i) => closes[(depth - 1 - i) % 5]).join('') +
      '.';
    return repeatTo(words, unit);
  },
  'long runs of capitalised words': (words) => {
    const next = random(3);
    return Array.from({ length: words }, () => makeName(next)).join(' ');
  },
  'quote-mark floods': (words) => {
    const next = random(4);
    return Array.from(
      { length: words },
      () => Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(next, ['"', '“', '”', '‘', '’', '«', '»', '„', "''"])).join('') + 'x',
    ).join(' ');
  },
  'right-to-left and zero-width characters': (words, normal) =>
    normal
      .split(/\s+/u)
      .slice(0, words)
      .map((word, i) => (i % 3 === 0 ? `\u202E${word.split('').join('\u200B')}\u202C` : i % 3 === 1 ? `${word}\u200D\u200F` : 'שלום'))
      .join(' '),
  '100k-character words': (words, normal) => {
    const huge = Array.from({ length: 8 }, (_, i) => String.fromCharCode(97 + i).repeat(100_000));
    return [
      ...huge,
      normal
        .split(/\s+/u)
        .slice(0, words - huge.length)
        .join(' '),
    ].join(' ');
  },
};
