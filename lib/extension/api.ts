import type { Browser } from 'webextension-polyfill';

/** The extension APIs Gist uses, passed in so tests can hand over `fakeBrowser`. */
export type ExtensionApi = Pick<Browser, 'runtime' | 'tabs' | 'scripting' | 'storage' | 'permissions'> &
  Partial<Pick<Browser, 'action' | 'browserAction'>>;

/** Host access asked for when the reader switches Auto-summarize on. */
export const ALL_SITES = { origins: ['<all_urls>'] };

/** The content script's file in the built extension (see entrypoints/extract.content.ts). */
export const EXTRACT_SCRIPT = '/content-scripts/extract.js';

/** Scrolls to and highlights a sentence (see entrypoints/highlight.content.ts). */
export const HIGHLIGHT_SCRIPT = '/content-scripts/highlight.js';

/**
 * What the background handed the content script it is about to inject: a file cannot take
 * arguments, so a one-line function leaves them in the isolated world's `gistScriptInput`
 * first (background.ts, runScript) and the script takes them here.
 */
export function takeScriptInput(): unknown {
  const world = globalThis as { gistScriptInput?: unknown };
  const input = world.gistScriptInput;
  delete world.gistScriptInput;
  return input;
}
