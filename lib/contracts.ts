/**
 * What the extract page script (or the command line) hands to the digest: plain text, never HTML.
 * `link`: a short paragraph that is (nearly) all link text, a teaser or promo.
 */
export type ParagraphKind = 'text' | 'heading' | 'caption' | 'list' | 'quote' | 'link';

export interface Paragraph {
  text: string;
  kind: ParagraphKind;
}

export interface ArticleMetadata {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  url: string | null;
  /** The page's standfirst (dek, subheading): what the story is, in a sentence or two; null if none. */
  standfirst: string | null;
}

/** The longest standfirst kept: a dek is a sentence or two, anything longer is not one. */
export const MAX_STANDFIRST_CHARS = 400;

export interface Article extends ArticleMetadata {
  paragraphs: Paragraph[];
}

/**
 * The longest article Gist digests, in characters (about 170,000 words, under a second to digest
 * on a 2-core machine): beyond it the reader is told the page is too long, rather than waiting.
 */
export const MAX_ARTICLE_CHARS = 1_000_000;
export const MAX_PARAGRAPHS = 20_000;

export function isTooLong(paragraphs: readonly Paragraph[]): boolean {
  if (paragraphs.length > MAX_PARAGRAPHS) return true;
  let chars = 0;
  for (const paragraph of paragraphs) chars += paragraph.text.length;
  return chars > MAX_ARTICLE_CHARS;
}

/** What a speaker is: a named person, a named organisation, or an unnamed source ("a senior official"). */
export type EntityKind = 'person' | 'organization' | 'unnamed';

/** The three digest lengths and how many key points each shows: the one place they are spelled. */
export const KEY_POINT_COUNTS = { short: 3, medium: 5, long: 7 } as const;

export type DigestLength = keyof typeof KEY_POINT_COUNTS;

export const DIGEST_LENGTHS = Object.keys(KEY_POINT_COUNTS) as readonly DigestLength[];

export function isDigestLength(value: unknown): value is DigestLength {
  return typeof value === 'string' && Object.hasOwn(KEY_POINT_COUNTS, value);
}

export interface KeyPoint {
  text: string;
  /** The sentence exactly as the article has it (`text` may name a pronoun's referent). */
  source: string;
  /** Where the sentence stands in the article, so the popup can jump to it. */
  paragraph: number;
  start: number;
  end: number;
  /** 0 for the strongest point: the first N by rank are the points of a shorter digest. */
  rank: number;
}

/** One stretch of quoted text inside one paragraph; offsets exclude the quote marks. */
export interface QuoteSpan {
  paragraph: number;
  start: number;
  end: number;
  /** Offsets of the quote marks around the span: [markStart, markEnd) holds both marks. */
  markStart: number;
  markEnd: number;
}

/**
 * What told attribution who said a quotation: a speech verb with its subject before ("X said") or
 * after it ("said X"), "according to", a colon or credit line, a pronoun to resolve, or, without a cue in the
 * sentence, the speaker carried over from before or named by a nearby sentence; "repeated" when the
 * same words were quoted before with a speaker.
 */
export type AttributionCue =
  | 'X said'
  | 'said X'
  | 'X, saying'
  | 'according to'
  | 'colon'
  | 'credit line'
  | 'pronoun'
  | 'possessive'
  | 'sentence subject'
  | 'focus carry-over'
  | 'previous paragraph'
  | 'other sentence'
  | 'repeated'
  | 'narrative before'
  | 'person in focus';

/** A quotation as reported: verbatim text and where it stands in the article. */
export interface QuoteRef {
  /** Verbatim, as between the marks. */
  text: string;
  /** For reading: a trailing comma (“We will win,” she said) becomes a full stop. */
  display: string;
  paragraph: number;
  start: number;
  end: number;
  spans: QuoteSpan[];
  /** How the speaker was found; on unattributed quotations, the cue that was too weak. */
  cue?: AttributionCue;
  /** Estimated chance (0–1) that the speaker is right, from a model fitted on PolNeAR and gold pages. */
  confidence?: number;
}

export interface Speaker {
  name: string;
  role: string | null;
  kind: EntityKind;
  aliases: string[];
  quotes: QuoteRef[];
}

/** A speaker as the digest lists them: name, role, kind and verbatim quotations. */
export type DigestSpeaker = Speaker;

/** How varied the sources are: how many speakers, how many named, the top one's share of quotes. */
export interface SourceBalance {
  speakers: number;
  named: number;
  quotations: number;
  topShare: number;
}

/**
 * The digest of one article: its metadata and what Gist found. Field names are a contract
 * (`npx gist digest`): add, never rename.
 */
export interface Digest extends ArticleMetadata {
  wordCount: number;
  readingMinutes: number;
  keyPoints: KeyPoint[];
  speakers: DigestSpeaker[];
  mentioned: { name: string }[];
  unattributedQuotes: QuoteRef[];
  balance: SourceBalance;
  /**
   * The digest ran past its time budget and stopped early; `notes` says what was
   * left out. A hostile page can slow a digest down, never hang it.
   */
  partial: boolean;
  notes: string[];
  /** With `npx gist digest --explain` only. */
  explain?: DigestExplanation;
  /**
   * Only in the extension, on a digest with more quotations than the browser's storage keeps:
   * it holds the first `quotesPerSpeaker` of each speaker (and of the quotations without one),
   * `kept` of the page's `quotations`; `notes` says so too, and `balance` counts them all.
   */
  shortened?: { quotations: number; kept: number; quotesPerSpeaker: number };
  /**
   * Only in the extension: the page was still arriving when it was read, so the digest covers
   * the part that had come; it is shown, not kept, and the next opening reads the page again.
   */
  readWhileLoading?: boolean;
}

/**
 * Why the digest says what it says, like Readability's debug log: for every quotation that is
 * speech, the attribution steps tried in order and the one that chose its speaker, with the
 * confidence model's verdict; for every sentence not chosen as a key point, the check that turned
 * it down.
 */
export interface DigestExplanation {
  quotations: {
    text: string;
    paragraph: number;
    start: number;
    /** The speaker listed, or null when the quotation went without one. */
    speaker: string | null;
    step: string | null;
    /** Whom the steps named, kept or not (a name the confidence model turned down shows here only). */
    candidate: string | null;
    confidence: number | null;
    tried: { step: string; speaker: string | null; outcome: 'chose' | 'no one' | 'passed' }[];
    /** No step ran: a heading, a page in a language attribution does not read, or a partial quotation (a few words quoted mid-sentence without a speech verb). */
    skipped?: string;
  }[];
  rejectedSentences: { text: string; paragraph: number; start: number; end: number; reason: string }[];
}
