import type { Browser } from 'webextension-polyfill';

/** The extension APIs Gist uses, passed in so tests can hand over `fakeBrowser`. */
export type ExtensionApi = Pick<Browser, 'runtime' | 'tabs' | 'scripting' | 'storage' | 'permissions' | 'i18n'> &
  Partial<Pick<Browser, 'action' | 'browserAction'>>;

/** Host access asked for when the reader switches Auto-summarize on. */
export const ALL_SITES = { origins: ['<all_urls>'] };

/**
 * Gist's scripts for the page: WXT unlisted scripts (entrypoints/extract.ts, highlight.ts).
 * Not content scripts, because WXT's content-script wrapper announces every injection to the
 * page with `window.postMessage(…, "*")`.
 */
export const PAGE_SCRIPTS = { extract: '/extract.js', highlight: '/highlight.js' } as const;
export type PageScript = keyof typeof PAGE_SCRIPTS;

/**
 * Where each page script leaves its function, in the isolated world of the extension's scripts
 * (which the page cannot see). The background then calls it with its input in one injection, so
 * two injections that race each get their own input.
 */
export const PAGE_TOOLS_KEY = 'gistPageTools';

type PageTools = Partial<Record<PageScript, (input: unknown) => unknown>>;

/** Called by a page script: makes its function callable by the background's next injection. */
export function providePageTool(name: PageScript, tool: (input: unknown) => unknown): void {
  const world = globalThis as { [PAGE_TOOLS_KEY]?: PageTools };
  world[PAGE_TOOLS_KEY] ??= {};
  world[PAGE_TOOLS_KEY][name] = tool;
}

/**
 * Runs in the page's isolated world through `scripting.executeScript({ func })`: the browser
 * serialises it, so it names nothing outside itself.
 */
export function callPageTool(key: string, name: string, input: unknown): unknown {
  const tools = (globalThis as unknown as Record<string, Record<string, ((value: unknown) => unknown) | undefined> | undefined>)[key];
  const tool = tools?.[name];
  return tool ? tool(input) : null;
}
