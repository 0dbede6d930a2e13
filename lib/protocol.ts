/**
 * The one message protocol between popup, background and content script, with runtime checks:
 * everything that crosses a context boundary is validated before use.
 */
import type { Article, Paragraph, ParagraphKind } from './article';
import type { Digest, DigestLength } from './digest';
import type { ExtractResult } from './extract';

export const DIGEST_LENGTHS: readonly DigestLength[] = ['short', 'medium', 'long'];

/** popup → background: the digest of a tab, built now or taken from the cache. */
export interface DigestRequest {
  type: 'popup:get-digest';
  tabId: number;
  length: DigestLength;
  /** Summarize even a page that does not look like an article ("Summarize anyway"). */
  force: boolean;
}

export type DigestResponse =
  | { status: 'ready'; digest: Digest; text: string; markdown: string; fromCache: boolean }
  | { status: 'not-article'; reason: 'not-readerable' | 'no-content' }
  | { status: 'unavailable' }
  | { status: 'error'; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';
const PARAGRAPH_KINDS: readonly ParagraphKind[] = ['text', 'heading', 'caption', 'list', 'quote'];

export function isDigestLength(value: unknown): value is DigestLength {
  return typeof value === 'string' && (DIGEST_LENGTHS as readonly string[]).includes(value);
}

export function isDigestRequest(value: unknown): value is DigestRequest {
  return (
    isRecord(value) &&
    value.type === 'popup:get-digest' &&
    Number.isInteger(value.tabId) &&
    (value.tabId as number) >= 0 &&
    isDigestLength(value.length) &&
    typeof value.force === 'boolean'
  );
}

function isParagraph(value: unknown): value is Paragraph {
  return (
    isRecord(value) &&
    typeof value.text === 'string' &&
    (PARAGRAPH_KINDS as readonly unknown[]).includes(value.kind)
  );
}

/** Upper bounds on what a page can hand the background, so a hostile page cannot exhaust it. */
export const MAX_PARAGRAPHS = 5000;
export const MAX_ARTICLE_CHARS = 2_000_000;

export function isArticle(value: unknown): value is Article {
  if (!isRecord(value)) return false;
  if (typeof value.title !== 'string') return false;
  for (const key of ['byline', 'siteName', 'lang', 'publishedTime', 'url'] as const) {
    if (!isStringOrNull(value[key])) return false;
  }
  const paragraphs = value.paragraphs;
  if (!Array.isArray(paragraphs) || paragraphs.length > MAX_PARAGRAPHS || !paragraphs.every(isParagraph)) return false;
  let chars = 0;
  for (const paragraph of paragraphs as Paragraph[]) chars += paragraph.text.length;
  return chars <= MAX_ARTICLE_CHARS;
}

/** Checks what the content script returned through `scripting.executeScript`. */
export function parseExtractResult(value: unknown): ExtractResult | null {
  if (!isRecord(value)) return null;
  if (value.kind === 'not-article') {
    return value.reason === 'not-readerable' || value.reason === 'no-content'
      ? { kind: 'not-article', reason: value.reason }
      : null;
  }
  if (value.kind === 'article' && isArticle(value.article) && typeof value.readerable === 'boolean') {
    return { kind: 'article', article: value.article, readerable: value.readerable };
  }
  return null;
}

export function isDigestResponse(value: unknown): value is DigestResponse {
  if (!isRecord(value)) return false;
  switch (value.status) {
    case 'ready':
      return isRecord(value.digest) && typeof value.text === 'string' && typeof value.markdown === 'string';
    case 'not-article':
      return value.reason === 'not-readerable' || value.reason === 'no-content';
    case 'unavailable':
      return true;
    case 'error':
      return typeof value.message === 'string';
    default:
      return false;
  }
}
