/**
 * The interface's words through the browser's i18n: `public/_locales` in the browser's language,
 * English where Gist has no translation. The one place that reads it; Chrome's and Firefox's
 * `getMessage` are synchronous, in the background and in the extension's pages alike.
 */
import type { Browser } from 'webextension-polyfill';
import { say, sayCount, type Locale, type MessageKey, type PluralKey } from '../locale';

export type I18nApi = Pick<Browser['i18n'], 'getMessage'>;

/** The browser's translation. A missing message shows its key, so a gap is seen rather than blank. */
export function browserLocale(i18n: I18nApi): Locale {
  const message = (key: MessageKey, substitutions?: string[]) => i18n.getMessage(key, substitutions) || key;
  return { language: i18n.getMessage('uiLanguage') || 'en', message };
}

type Global = { browser?: { i18n: I18nApi }; chrome: { i18n: I18nApi } };
let pageLocale: Locale | undefined;

/** The locale of the extension's pages (popup, side panel, settings), read once. */
export function uiLocale(): Locale {
  const { browser, chrome } = globalThis as unknown as Global;
  return (pageLocale ??= browserLocale((browser ?? chrome).i18n));
}

/** A message in the reader's language. */
export const t = (key: MessageKey, ...values: (string | number)[]): string => say(uiLocale(), key, ...values);

/** A plural message in the reader's language, in the form `count` takes. */
export const tCount = (key: PluralKey, count: number, ...values: (string | number)[]): string => sayCount(uiLocale(), key, count, ...values);

/**
 * Gives an extension page its language and title in the reader's language: the HTML cannot
 * (only the manifest and CSS take `__MSG_` keys), and screen readers pick their voice by `lang`.
 */
export function localizeDocument(doc: Document, title: MessageKey): void {
  doc.documentElement.lang = uiLocale().language;
  doc.title = t(title);
}
