import type messages from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

type GetMessage = (key: string, substitutions?: string[]) => string;

/** The browser's i18n: Chrome's and Firefox's `getMessage` are both synchronous. */
const getMessage: GetMessage | undefined =
  (globalThis as { browser?: { i18n?: { getMessage: GetMessage } } }).browser?.i18n?.getMessage ??
  (globalThis as { chrome?: { i18n?: { getMessage: GetMessage } } }).chrome?.i18n?.getMessage;

/**
 * A UI string in the reader's language, from `_locales` (English in `public/_locales/en`). The
 * key itself shows where a message is missing, so a gap is visible rather than blank.
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return getMessage?.(key, substitutions.map(String)) || key;
}
