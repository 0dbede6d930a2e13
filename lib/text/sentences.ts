import { segmentsOf } from './segmenter';
import { isStopWord } from './terms';
import { ABBREVIATIONS, REPORTING_VERBS } from './lexicon/speech';

/** A sentence with its place in the paragraph it came from. */
export interface Sentence {
  text: string;
  paragraph: number;
  /** Character offsets of `text` inside the paragraph's text. */
  start: number;
  end: number;
}

// Datelines that open wire stories: "WASHINGTON (AP) —", "BEIJING —", and the agency in
// parentheses glued to the first word, with or without a place: "(CNN)President…",
// "Hong Kong (CNN Business)A muddled view…", "(The Hollywood Reporter)Stan Freberg…", and a
// place list before a colon: "Washington, DC, United States: Getting to the Moon…".
const DATELINE = new RegExp(
  '^(?:' +
    "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*)*(?:, \\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*)*){1,3}:\\s+" +
    '|' +
    "[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z0-9][A-Za-z0-9.'’-]*){0,3}\\s*(?:\\([^)]{1,40}\\)\\s*)?[—–-]{1,2}\\s+" +
    '|' +
    "(?:\\p{Lu}[\\p{L}.'’-]*(?:,? \\p{Lu}[\\p{L}.'’-]*){0,3} ?)?\\((?:\\p{Lu}[\\p{L}&.'’-]*\\s?){1,4}\\)(?:\\s*[—–-]{1,2}\\s*|(?=\\S))" +
    ')',
  'u',
);

export function stripDateline(text: string): string {
  const match = DATELINE.exec(text);
  if (!match) return text;
  const rest = text.slice(match[0].length);
  return /^["“‘']?\p{Lu}/u.test(rest) ? rest : text;
}

/** Longer than any abbreviation: only this much of a sentence's end is read. */
const LONGEST_ABBREVIATION = 40;

/** The word just before the final period of `text` (whole, or the end of a longer text), if it ends with one. */
function lastWordBeforePeriod(text: string, whole: boolean): string | null {
  const match = /(?:^|[\s(“"‘'«„/\-–—])([\p{L}.]+)\.\s*$/u.exec(text);
  // A word that reaches the start of a cut tail may be longer than it looks.
  if (!match || (match.index === 0 && !whole && !/^[\s(“"‘'«„/\-–—]/u.test(text))) return null;
  return match[1]!.toLowerCase();
}

/**
 * Decides whether the segmenter's break after `left` is wrong: an abbreviation ("Mr."), an
 * initial ("J."), a country abbreviation split by a space ("U. S."), or a break before a
 * lower-case word or a digit, which does not start a sentence.
 */
function isFalseBreak(left: string, right: string, leftIsWhole: boolean, lang: string | null): boolean {
  const trimmedLeft = left.trimEnd();
  const next = right.trimStart();
  if (!next) return false;
  if (/^\p{Ll}/u.test(next)) return true;
  // A credit after a quotation ("…shame.” ― Sonya Herridge") belongs to it.
  if (/^[,;:)\]―—–]/u.test(next)) return true;
  // “Who is she?” Rothman recalls…: a question or exclamation quoted before its speaker's name
  // and verb is one sentence with them.
  if (/[?!]["”’»]$/u.test(trimmedLeft)) {
    const verb = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(\p{Ll}+)/u.exec(next)?.[1];
    if (verb && REPORTING_VERBS.has(verb)) return true;
  }
  // "said Sen. Chris Coons, D-Del. “It will…”": a party and state after a name end a sentence
  // when a capital or a quotation follows; inside one, a comma or a bracket does.
  if (/(?:^|[\s(])[DRI]-\p{Lu}[\p{L}.]*\.$/u.test(trimmedLeft)) return false;
  // "am 17. März", "der 2. Weltkrieg": German writes a day and an ordinal with a period.
  // A function word after it opens a new sentence ("Er erhielt 12. Das reicht nicht.").
  if (/^de\b/iu.test(lang ?? '') && /(?:^|[\s(])\d{1,2}\.$/u.test(trimmedLeft) && /^\p{Lu}/u.test(next) && !isStopWord(/^\p{L}+/u.exec(next)?.[0] ?? '', lang))
    return true;
  const word = lastWordBeforePeriod(trimmedLeft, leftIsWhole);
  if (word === null) return false;
  if (/^\p{L}$/u.test(word)) return true; // initials: "J. K. Rowling", "U. S."
  if (ABBREVIATIONS.has(word)) {
    // "No." and month abbreviations end a sentence only when nothing numeric follows.
    if (word === 'no' || word === 'nos') return /^\d/.test(next);
    return true;
  }
  // Unlisted dotted abbreviations ("N.Y.", "a.k.a.") are more often inside a sentence than at its end.
  return /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/** Reference marks after a sentence: "[8][9]", "[1]: 207", "[citation needed]". */
const CITATION_RUN = /(?:\[[^[\]\n]{1,20}\])+(?::\s?\d+(?:[–-]\d+)?)?/uy;

/**
 * "…for several years.A series of incidents…": a line break the page drew with a styled element,
 * lost with the markup, glues two sentences into what ICU reads as one word. Two lower-case letters
 * before the stop keep initials and abbreviations ("U.S.", "Mr.Smith") whole.
 */
const GLUED_SENTENCE_END = /(?<=\p{Ll}{2})[.!?]["”’]?(?=\p{Lu}(?:\p{Ll}|\s))/gu;

/**
 * The pieces of [start, end) split after every glued sentence end but an abbreviation's
 * ("Gov.Brown"). Only when a finished sentence follows: a caption's glued credit ("…in New
 * York.Reuters") stays with it, so the caption still reads as one.
 */
function unglued(text: string, start: number, end: number): { start: number; end: number }[] {
  const piece = text.slice(start, end);
  const cuts: number[] = [];
  for (const match of piece.matchAll(GLUED_SENTENCE_END)) {
    const stop = start + match.index;
    // Only the end of the word before is read, so a page's endless "word" stays linear.
    const word = /\p{L}+$/u.exec(text.slice(Math.max(start, stop - LONGEST_ABBREVIATION), stop))![0];
    if (!ABBREVIATIONS.has(word.toLowerCase())) cuts.push(stop + match[0].length);
  }
  // Most sentences have no glued end: whether the piece ends finished is asked only when one does.
  if (cuts.length === 0 || !/[.!?…]["”’»)]?\s*$/u.test(piece)) return [{ start, end }];
  return [start, ...cuts].map((from, i) => ({ start: from, end: cuts[i] ?? end }));
}

/** Splits one paragraph into sentences with `Intl.Segmenter`, then repairs its known misses. */
export function splitSentences(text: string, paragraph = 0, lang: string | null = null): Sentence[] {
  const pieces: { start: number; end: number }[] = [];
  for (const segment of segmentsOf(text, lang, 'sentence')) {
    const start = segment.index;
    const end = start + segment.segment.length;
    const previous = pieces[pieces.length - 1];
    // Only the end of the sentence so far is read: one grown over 20,000 false breaks
    // ("Mr. Mr. …") was copied and searched whole at each of them.
    const leftStart = previous ? Math.max(previous.start, previous.end - LONGEST_ABBREVIATION - 2) : 0;
    if (previous && isFalseBreak(text.slice(leftStart, previous.end), segment.segment, leftStart === previous.start, lang)) {
      previous.end = end;
    } else {
      pieces.push({ start, end });
    }
  }
  pieces.forEach((piece, i) => {
    const next = pieces[i + 1];
    if (!next || text[piece.end - 1] !== '[') return;
    // ICU ends a sentence after the bracket of a citation that follows it ("…free.[" | "8][9] A
    // small group…"): the citation marks belong to the sentence they cite.
    CITATION_RUN.lastIndex = piece.end - 1;
    const citation = CITATION_RUN.exec(text);
    if (citation) piece.end = next.start = Math.min(next.end, piece.end - 1 + citation[0].length);
  });
  const sentences: Sentence[] = [];
  for (const piece of pieces.flatMap((p) => unglued(text, p.start, p.end))) {
    const raw = text.slice(piece.start, piece.end);
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = piece.start + leading;
    sentences.push({ text: trimmed, paragraph, start, end: start + trimmed.length });
  }
  return sentences;
}

/**
 * Splits a paragraph into sentences without breaking inside a quotation: the quoted words are
 * masked while segmenting, except the punctuation that ends the quotation, which may also end
 * the sentence (“We won.” Then…).
 */
export function splitSentencesAroundQuotes(
  text: string,
  paragraph: number,
  lang: string | null,
  regions: readonly { start: number; end: number }[],
): Sentence[] {
  if (regions.length === 0) return splitSentences(text, paragraph, lang);
  // Masking keeps UTF-16 offsets, so sentence offsets hold for the original text. Capitals,
  // because ICU never breaks before a lower-case letter ("…discussions. “overall…").
  const units = text.split('');
  for (const region of regions) {
    let innerEnd = region.end - 1;
    while (innerEnd > region.start + 1 && /[.?!…,]/u.test(units[innerEnd - 1]!)) innerEnd--;
    for (let i = region.start + 1; i < innerEnd; i++) units[i] = /\s/u.test(units[i]!) ? ' ' : 'X';
  }
  const masked = units.join('');
  return splitSentences(masked, paragraph, lang).map((sentence) => ({
    ...sentence,
    text: text.slice(sentence.start, sentence.end),
  }));
}
