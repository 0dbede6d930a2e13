/**
 * The one message protocol between popup, background and the page scripts, with runtime checks:
 * everything that crosses a context boundary is validated before use.
 */
import {
  isDigestLength,
  isTooLong,
  MAX_PARAGRAPHS,
  MAX_STANDFIRST_CHARS,
  type Article,
  type Digest,
  type DigestLength,
  type Paragraph,
  type ParagraphKind,
} from '../contracts';
import type { ExtractResult, NotArticleReason } from '../page/extract';
import { isLanguageTag, METADATA_LIMITS } from '../page/metadata';

/** popup → background: the digest of a tab, built now or taken from the cache. */
export interface DigestRequest {
  type: 'popup:get-digest';
  tabId: number;
  length: DigestLength;
  /** Summarize even a page that does not look like an article ("Summarize anyway"). */
  force: boolean;
  /**
   * The reader asked for this page: opened the popup on it, or clicked "Summarize anyway" or
   * "Allow on all sites". False when the side panel asks on its own as it follows the tab in
   * front: then a page on a paused site is left unread.
   */
  asked: boolean;
}

/** popup → background: scroll the page to a sentence of the digest and highlight it. */
export interface ShowInPageRequest {
  type: 'popup:show-in-page';
  tabId: number;
  text: string;
}

export const MAX_SHOWN_TEXT = 2000;

/**
 * background → popup: the sentence was shown, is no longer on the page, or the page was too busy
 * to answer in time (then nothing is shown later either).
 */
export type ShowInPageOutcome = 'shown' | 'gone' | 'busy';
export interface ShowInPageResponse {
  outcome: ShowInPageOutcome;
}
const SHOW_IN_PAGE_OUTCOMES: readonly ShowInPageOutcome[] = ['shown', 'gone', 'busy'];

export type PopupRequest = DigestRequest | ShowInPageRequest;

/** Why Gist cannot read a tab: the browser keeps it out, local files are off, or Gist lacks access. */
export type UnavailableReason = 'browser-page' | 'local-file' | 'permission';
const UNAVAILABLE_REASONS: readonly (UnavailableReason | undefined)[] = [undefined, 'browser-page', 'local-file', 'permission'];

export type DigestResponse =
  | { status: 'ready'; digest: Digest; text: string; markdown: string; fromCache: boolean }
  | { status: 'not-article'; reason: NotArticleReason }
  | { status: 'unavailable'; reason?: UnavailableReason }
  /** The page is on a paused site and the reader has not asked for it: it was not read. */
  | { status: 'paused'; site: string }
  | { status: 'error'; message: string };

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';
const isBoundedField = (value: unknown, limit: number): value is string | null => isStringOrNull(value) && (value === null || value.length <= limit);
const PARAGRAPH_KINDS: readonly ParagraphKind[] = ['text', 'heading', 'caption', 'list', 'quote', 'link'];

/** A popup request of the given type about a tab. */
function isTabRequest(value: unknown, type: PopupRequest['type']): value is Record<string, unknown> {
  return isRecord(value) && value.type === type && Number.isInteger(value.tabId) && (value.tabId as number) >= 0;
}

export function isDigestRequest(value: unknown): value is DigestRequest {
  return isTabRequest(value, 'popup:get-digest') && isDigestLength(value.length) && typeof value.force === 'boolean' && typeof value.asked === 'boolean';
}

export function isShowInPageRequest(value: unknown): value is ShowInPageRequest {
  return isTabRequest(value, 'popup:show-in-page') && typeof value.text === 'string' && value.text.length > 0 && value.text.length <= MAX_SHOWN_TEXT;
}

export function isShowInPageResponse(value: unknown): value is ShowInPageResponse {
  return isRecord(value) && (SHOW_IN_PAGE_OUTCOMES as readonly unknown[]).includes(value.outcome);
}

function isParagraph(value: unknown): value is Paragraph {
  return isRecord(value) && typeof value.text === 'string' && (PARAGRAPH_KINDS as readonly unknown[]).includes(value.kind);
}

const NOT_ARTICLE_REASONS: readonly NotArticleReason[] = ['not-readerable', 'no-content', 'too-long'];
const isNotArticleReason = (value: unknown): value is NotArticleReason => (NOT_ARTICLE_REASONS as readonly unknown[]).includes(value);

/** Checks an article's shape and size: a hostile page cannot hand the background more than the limits. */
export function isArticle(value: unknown): value is Article {
  if (!isRecord(value)) return false;
  if (typeof value.title !== 'string' || value.title.length > METADATA_LIMITS.title) return false;
  for (const key of ['byline', 'siteName', 'lang', 'publishedTime', 'url'] as const) {
    if (!isBoundedField(value[key], METADATA_LIMITS[key])) return false;
  }
  if (typeof value.lang === 'string' && !isLanguageTag(value.lang)) return false;
  if (!isBoundedField(value.standfirst, MAX_STANDFIRST_CHARS)) return false;
  const paragraphs = value.paragraphs;
  return Array.isArray(paragraphs) && paragraphs.length <= MAX_PARAGRAPHS && paragraphs.every(isParagraph) && !isTooLong(paragraphs);
}

/** Checks what the extract page script returned through `scripting.executeScript`. */
export function parseExtractResult(value: unknown): ExtractResult | null {
  if (!isRecord(value)) return null;
  if (value.kind === 'not-article') return isNotArticleReason(value.reason) ? { kind: 'not-article', reason: value.reason } : null;
  if (value.kind === 'article' && isArticle(value.article) && typeof value.readerable === 'boolean') {
    return { kind: 'article', article: value.article, readerable: value.readerable, ...(value.readWhileLoading === true ? { readWhileLoading: true } : {}) };
  }
  return null;
}

export function isDigestResponse(value: unknown): value is DigestResponse {
  if (!isRecord(value)) return false;
  switch (value.status) {
    case 'ready':
      return isRecord(value.digest) && typeof value.text === 'string' && typeof value.markdown === 'string';
    case 'not-article':
      return isNotArticleReason(value.reason);
    case 'unavailable':
      return UNAVAILABLE_REASONS.includes(value.reason as UnavailableReason | undefined);
    case 'paused':
      return typeof value.site === 'string';
    case 'error':
      return typeof value.message === 'string';
    default:
      return false;
  }
}
