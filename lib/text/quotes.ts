import type { QuoteSpan } from '../contracts';
import type { QuoteRegion } from './tokens';

/** A quotation as printed: usually one span, several when it runs over paragraphs. */
export interface Quotation {
  text: string;
  spans: QuoteSpan[];
  /** The quote ran to the end of its paragraph without a closing mark. */
  open: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/:;,]/u;

/** Closing marks for each opening mark. German „…“ and reversed »…« are included. */
const CLOSERS: Record<string, string> = {
  '“': '”',
  // "…” is a mixed pair as common as “…".
  '"': '"”',
  '«': '»',
  '»': '«',
  '„': '“”',
  '‘': '’',
  "'": "'",
  '‚': '‘’',
  '「': '」',
  '『': '』',
};

function isOpening(text: string, index: number): boolean {
  const mark = text[index]!;
  if (!(mark in CLOSERS)) return false;
  const before = index === 0 ? ' ' : text[index - 1]!;
  const after = text[index + 1] ?? '';
  // French typography puts a space inside guillemets: « Nous gagnerons »; some pages put one
  // after a curly opening mark too (“ We will…”), which opens only where a quotation can start.
  const spaced = mark === '«' || (mark === '“' && (index === 0 || OPENING_CONTEXT.test(before)));
  if (!after || (/\s/u.test(after) && !spaced)) return false;
  // » opens a German or Danish »…« where a word starts after a space; elsewhere it closes «…».
  if (mark === '»' && (!(index === 0 || OPENING_CONTEXT.test(before)) || !/[\p{L}\p{N}‹„"'…(]/u.test(after))) return false;
  // Straight and single marks double as apostrophes and closers: they open only after a
  // space, a bracket or punctuation, never inside a word ("it's", "the '90s").
  if (mark === '"' || mark === "'" || mark === '‘') {
    if (!(index === 0 || OPENING_CONTEXT.test(before))) return false;
    if (mark !== '"' && !LETTER_OR_DIGIT.test(after) && !/[“"¿¡.]/u.test(after)) return false;
    if (mark === "'" && /^'\d0s\b/u.test(text.slice(index))) return false;
  }
  return true;
}

/** A closing single mark is followed by a non-letter; a word-final ’ of a plural ("players’ union") is not. */
function isClosingSingle(text: string, index: number): boolean {
  const before = text[index - 1] ?? '';
  const after = text[index + 1] ?? '';
  if (!before || /\s/u.test(before)) return false;
  return !after || !LETTER_OR_DIGIT.test(after);
}

function looksLikePluralPossessive(text: string, index: number): boolean {
  // Character tests only: slicing the whole paragraph here would make long paragraphs quadratic.
  return /s/iu.test(text[index - 1] ?? '') && /\s/u.test(text[index + 1] ?? '') && /\p{Ll}/u.test(text[index + 2] ?? '');
}

/** Where a quotation's text ends and its closing mark(s) end, or null when the paragraph never closes it. */
interface Closing {
  end: number;
  markEnd: number;
}

/**
 * Pages mix marks: “…", „…" and “…’’ close a curly quotation when no curly closer of its own (”,
 * or “ after „) follows in the paragraph: one further on would be the real closer, with a nested
 * straight quotation before it.
 */
function findMixedCloser(text: string, from: number): Closing | null {
  for (let i = from; i < text.length; i++) {
    const closingLike = !LETTER_OR_DIGIT.test(text[i + 1] ?? '');
    if (text[i] === '"' && closingLike) return { end: i, markEnd: i + 1 };
    if (text[i] === '’' && text[i + 1] === '’') return { end: i, markEnd: i + 2 };
  }
  return null;
}

/**
 * “…" or „…" with a curly closer further on: the first straight mark before that closer closes the
 * quotation when it stands where a closer does (after a word, before no letter: `win,"`); a nested
 * straight quotation opens after a space instead (“He told me "no"…”). Searched only up to the
 * curly closer, which the quotation would reach anyway, so the scan stays linear.
 */
function straightCloserBefore(text: string, from: number, curly: number): number {
  let straight = from;
  while (straight < curly && text[straight] !== '"') straight++;
  if (straight >= curly) return -1;
  const closingLike = /\S/u.test(text[straight - 1] ?? '') && !LETTER_OR_DIGIT.test(text[straight + 1] ?? '');
  return closingLike ? straight : -1;
}

/** Curly openers that pages also close with a straight mark: “…" and German „…". */
const MIXED_OPENERS = new Set(['“', '„']);

/** Where each of MIXED_OPENERS' own closers last stands in a paragraph: past it, only a mixed closer can close. */
function lastCurlyClosers(text: string): Record<string, number> {
  const english = text.lastIndexOf('”');
  return { '“': english, '„': Math.max(english, text.lastIndexOf('“')) };
}

function findClosing(text: string, opener: string, from: number, lastCurlyCloser: Record<string, number>): Closing | null {
  const close = findCloser(text, opener, from);
  const mixes = MIXED_OPENERS.has(opener);
  const mixed = mixes && close >= 0 ? straightCloserBefore(text, from, close) : -1;
  if (mixed >= 0) return { end: mixed, markEnd: mixed + 1 };
  if (close >= 0) return { end: close, markEnd: close + 1 };
  return mixes && lastCurlyCloser[opener]! < from ? findMixedCloser(text, from) : null;
}

function findCloser(text: string, opener: string, from: number): number {
  const closers = CLOSERS[opener]!;
  if (opener === '‘' || opener === "'") {
    let fallback = -1;
    for (let i = from; i < text.length; i++) {
      // "had been 'envious' of her… suing 'thief'": once a mark that could close stood after a
      // plural-looking word, a new single quotation opening means that mark was the closer.
      if (fallback >= 0 && (text[i] === opener || text[i] === closers) && isOpening(text, i)) return fallback;
      if (text[i] !== closers && !(opener === '‘' && text[i] === "'")) continue;
      if (!isClosingSingle(text, i)) continue;
      if (looksLikePluralPossessive(text, i)) {
        if (fallback < 0) fallback = i;
        continue;
      }
      return i;
    }
    return fallback;
  }
  for (let i = from; i < text.length; i++) {
    if (closers.includes(text[i]!)) return i;
  }
  return -1;
}

/**
 * Finds the quotations in a sequence of paragraphs. A quotation whose paragraph ends without a
 * closing mark continues into the next paragraph when that one opens with the same mark: the
 * printed convention for a quotation that runs over several paragraphs.
 */
export function findQuotations(paragraphs: readonly string[]): Quotation[] {
  const quotations: Quotation[] = [];
  let carried: Quotation | null = null;
  let carriedMark = '';

  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p]!;
    let index = 0;

    // Computed once per paragraph, so that each closing search stays linear.
    const lastCurlyCloser = lastCurlyClosers(text);

    if (carried) {
      const leading = text.length - text.trimStart().length;
      if (text[leading] === carriedMark) {
        index = leading + 1;
        const close = findClosing(text, carriedMark, index, lastCurlyCloser);
        const end = close ? close.end : text.length;
        carried.spans.push({ paragraph: p, start: index, end, markStart: leading, markEnd: close ? close.markEnd : end });
        carried.text += ' ' + text.slice(index, end).trim();
        if (!close) continue;
        carried.open = false;
        carried = null;
        index = close.markEnd;
      } else {
        carried = null;
      }
    }

    while (index < text.length) {
      const mark = text[index]!;
      // Two apostrophes stand for a double quote mark in some wire copy: ''Like this,'' he said.
      if (text.startsWith("''", index) && (index === 0 || OPENING_CONTEXT.test(text[index - 1]!)) && /\S/u.test(text[index + 2] ?? '')) {
        const close = text.indexOf("''", index + 2);
        if (close > index + 2) {
          const span = { paragraph: p, start: index + 2, end: close, markStart: index, markEnd: close + 2 };
          quotations.push({ text: text.slice(index + 2, close).trim(), spans: [span], open: false });
          index = close + 2;
          continue;
        }
      }
      if (!isOpening(text, index)) {
        index++;
        continue;
      }
      const start = index + 1;
      const close = findClosing(text, mark, start, lastCurlyCloser);
      const end = close ? close.end : text.length;
      const inner = text.slice(start, end);
      if (inner.trim().length > 0) {
        const span = { paragraph: p, start, end, markStart: index, markEnd: close ? close.markEnd : end };
        const quotation: Quotation = { text: inner.trim(), spans: [span], open: !close };
        quotations.push(quotation);
        if (!close) {
          carried = quotation;
          carriedMark = mark;
        }
      }
      if (!close) break;
      index = close.markEnd;
    }
  }
  // Trim white space inside the marks so offsets point at the words themselves.
  for (const quotation of quotations) {
    for (const span of quotation.spans) {
      const raw = paragraphs[span.paragraph]!.slice(span.start, span.end);
      span.start += raw.length - raw.trimStart().length;
      span.end = span.start + raw.trim().length;
    }
  }
  return quotations;
}

/** "Sascha Lohmann, Stiftung Wissenschaft und Politik", "— Murat Yakin": a name, and perhaps a role after a comma, alone on a short line. */
const CREDIT_BELOW = /^[―—–-]?\s*(?:\p{Lu}\p{Ll}[\p{L}'’-]*|\p{Lu}\.)(?:\s+(?:\p{Lu}\p{Ll}[\p{L}'’-]*|\p{Lu}\.)){1,3}\s*(?:,\s*[^.!?:;]{1,100})?$/u;
const MAX_CREDIT_CHARS = 120;
const MIN_BLOCK_QUOTE_WORDS = 6;

/**
 * Block quotes printed without marks, their speaker's name on the line below (a pull quote with
 * its credit): each whole paragraph is a quotation, added to those found by their marks in
 * reading order. Returns them all, and the paragraphs of the block quotes.
 */
export function withCreditedBlockQuotes(
  paragraphs: readonly { text: string; kind: string }[],
  quotations: readonly Quotation[],
): { quotations: Quotation[]; creditedBlocks: ReadonlySet<number> } {
  const marked = new Set(quotations.flatMap((q) => q.spans.map((s) => s.paragraph)));
  const blocks: Quotation[] = [];
  paragraphs.forEach(({ text, kind }, p) => {
    if (kind !== 'quote' || marked.has(p)) return;
    const credit = paragraphs[p + 1]?.text.trim() ?? '';
    if (credit.length > MAX_CREDIT_CHARS || !CREDIT_BELOW.test(credit)) return;
    // Speech, not a table's cells set in a block quote ("Release", "Date", "4.2.3"): a sentence's worth of words.
    if (text.split(/\s+/u).filter((word) => LETTER_OR_DIGIT.test(word)).length < MIN_BLOCK_QUOTE_WORDS) return;
    const start = text.length - text.trimStart().length;
    const end = text.trimEnd().length;
    blocks.push({ text: text.slice(start, end), spans: [{ paragraph: p, start, end, markStart: start, markEnd: end }], open: false });
  });
  if (blocks.length === 0) return { quotations: [...quotations], creditedBlocks: new Set() };
  const all = [...quotations, ...blocks].sort((a, b) => a.spans[0]!.paragraph - b.spans[0]!.paragraph || a.spans[0]!.start - b.spans[0]!.start);
  return { quotations: all, creditedBlocks: new Set(blocks.map((b) => b.spans[0]!.paragraph)) };
}

/** Quotation marks around a region, for tokenisation. */
export function regionsByParagraph(quotations: readonly Quotation[], count: number): QuoteRegion[][] {
  const regions: QuoteRegion[][] = Array.from({ length: count }, () => []);
  quotations.forEach((quotation, index) => {
    for (const span of quotation.spans) regions[span.paragraph]!.push({ start: span.markStart, end: span.markEnd, quote: index });
  });
  return regions;
}
