/**
 * What Gist's extract script does when the background calls it (entrypoints/extract.ts): check
 * the input that crossed from the background, wait for the page if asked, then extract.
 */
import { extractArticleInSteps, type ExtractResult } from './extract';

export interface ExtractInput {
  /** Extract even when Readability judges the page not to be an article ("Summarize anyway"). */
  force: boolean;
  /** Auto-summarize: wait for the page to load and go idle before reading it. */
  whenIdle: boolean;
  /**
   * Read the page only if it is still at this address (a single-page app may have moved on).
   * Optional rather than null: Chromium drops null-valued properties from injection arguments.
   */
  expectedUrl?: string;
}

/** Auto-summarize waits at most this long for an idle moment after the load event. */
const IDLE_TIMEOUT_MS = 2000;

/**
 * A click on a page whose document is still arriving waits this long for the rest of it (under
 * the background's 5 s for an answer), then reads what has come and says so.
 */
const PARSE_WAIT_MS = 3000;

export function isExtractInput(value: unknown): value is ExtractInput {
  if (typeof value !== 'object' || value === null) return false;
  const input = value as Record<string, unknown>;
  return typeof input.force === 'boolean' && typeof input.whenIdle === 'boolean' && (input.expectedUrl === undefined || typeof input.expectedUrl === 'string');
}

/** A macrotask boundary: the page's own tasks (input, rendering) run before Gist's next step. */
function pause(view: Window | null): Promise<void> {
  const scheduler = (view as unknown as { scheduler?: { yield?: () => Promise<void> } } | null)?.scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => (view ?? globalThis).setTimeout(resolve, 0));
}

function loadedThenIdle(doc: Document): Promise<void> {
  const view = doc.defaultView;
  if (!view) return Promise.resolve();
  const loaded =
    doc.readyState === 'complete' ? Promise.resolve() : new Promise<void>((resolve) => view.addEventListener('load', () => resolve(), { once: true }));
  return loaded.then(
    () =>
      new Promise<void>((resolve) => {
        if (typeof view.requestIdleCallback === 'function') view.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
        else view.setTimeout(resolve, 0);
      }),
  );
}

/** Whether the whole document was parsed within `limitMs`. */
function parsedWithin(doc: Document, limitMs: number): Promise<boolean> {
  const view = doc.defaultView;
  if (doc.readyState !== 'loading' || !view) return Promise.resolve(doc.readyState !== 'loading');
  return new Promise<boolean>((resolve) => {
    const timer = view.setTimeout(() => resolve(false), limitMs);
    doc.addEventListener(
      'DOMContentLoaded',
      () => {
        view.clearTimeout(timer);
        resolve(true);
      },
      { once: true },
    );
  });
}

export type InPageExtractResult = ExtractResult | { kind: 'moved' };

export async function extractInPage(doc: Document, input: unknown): Promise<InPageExtractResult | null> {
  if (!isExtractInput(input)) return null;
  const stillThere = () => input.expectedUrl === undefined || doc.location?.href === input.expectedUrl;
  if (!stillThere()) return { kind: 'moved' };
  if (input.whenIdle) await loadedThenIdle(doc);
  const parsed = await parsedWithin(doc, PARSE_WAIT_MS);
  if (!stillThere()) return { kind: 'moved' };
  const result = await extractArticleInSteps(doc, { force: input.force, url: doc.location?.href ?? null }, () => pause(doc.defaultView));
  return result.kind === 'article' && !parsed ? { ...result, readWhileLoading: true } : result;
}
