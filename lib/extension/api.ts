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
 * Where each page script leaves its functions in the extension's isolated world: a Map under
 * `Symbol.for(PAGE_TOOLS_KEY)`, an own property of that world's global. The page cannot see that
 * world, but it can name things in it: an element's `id` or `name` (`<form name=…>`,
 * `<iframe name=…>`) shows up as a string-keyed property of `window` there too. No element can
 * make a symbol-keyed own property, and a DOM object is never a Map of the isolated world.
 * The background then calls a function with its input in one injection, so two injections that
 * race each get their own input.
 */
export const PAGE_TOOLS_KEY = 'gist.pageTools';

/** Called by a page script: makes its function callable by the background's next injection. */
export function providePageTool(name: PageScript, tool: (input: unknown) => unknown): void {
  const key = Symbol.for(PAGE_TOOLS_KEY);
  const found: unknown = Object.getOwnPropertyDescriptor(globalThis, key)?.value;
  const tools = found instanceof Map ? found : new Map<string, unknown>();
  if (tools !== found) Object.defineProperty(globalThis, key, { value: tools, configurable: true });
  tools.set(name, tool);
}

/**
 * Runs in the page's isolated world through `scripting.executeScript({ func })`: the browser
 * serialises it, so it names nothing outside itself. It trusts no global by name: only Gist's own
 * Map, found as providePageTool left it, and a function in it.
 */
export function callPageTool(key: string, name: string, input: unknown): unknown {
  const tools: unknown = Object.getOwnPropertyDescriptor(globalThis, Symbol.for(key))?.value;
  const tool: unknown = tools instanceof Map ? tools.get(name) : undefined;
  return typeof tool === 'function' ? (tool as (value: unknown) => unknown)(input) : null;
}
