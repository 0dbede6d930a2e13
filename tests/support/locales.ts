import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { catalogLocale, type Catalog, type Locale, type MessageKey } from '../../lib/locale';

export const LOCALES_DIR = resolve(import.meta.dirname, '../../public/_locales');

/** The folders under public/_locales: en, de, pt_BR… */
export const LOCALE_FOLDERS: readonly string[] = readdirSync(LOCALES_DIR).sort();

export const readCatalog = (folder: string): Catalog => JSON.parse(readFileSync(resolve(LOCALES_DIR, folder, 'messages.json'), 'utf8')) as Catalog;

/** The translation in `public/_locales/<folder>`, substituted as `i18n.getMessage` does. */
export const localeOf = (folder: string): Locale => catalogLocale(readCatalog(folder));

/** The browser's i18n as the extension sees it in `folder`'s language (for fakeBrowser): "" for a message it lacks. */
export function i18nOf(folder: string): { getMessage: (key: string, substitutions?: string | string[]) => string } {
  const catalog = readCatalog(folder);
  const { message } = catalogLocale(catalog);
  return {
    getMessage: (key, substitutions) =>
      Object.hasOwn(catalog, key) ? message(key as MessageKey, typeof substitutions === 'string' ? [substitutions] : substitutions) : '',
  };
}

/**
 * English messages of two words or more, without placeholders, that `folder` words differently,
 * found in `text`: what an interface in that language should never show.
 */
export function englishIn(text: string, folder: string): string[] {
  const english = readCatalog('en');
  const translated = readCatalog(folder);
  return Object.entries(english)
    .map(([key, { message }]) => ({ message, other: translated[key]?.message }))
    .filter(({ message, other }) => !message.includes('$') && /\S\s+\S/u.test(message) && other !== message && text.includes(message))
    .map(({ message }) => message);
}
