/**
 * The interface's words in the reader's language, as pure functions of a Locale: a translation
 * from `public/_locales` (through the browser's i18n in the extension, read from disk by the
 * command line and the tests) and the language it is written in, which numbers, dates and
 * plurals follow.
 */
import type english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

/** A message in plural forms, `<key>_one` and `<key>_other`. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}_other` ? (`${Base}_one` extends MessageKey ? Base : never) : never;
}[MessageKey];

export interface Locale {
  /** The BCP 47 tag of the translation in use (its `uiLanguage` message), not the browser's. */
  language: string;
  /** The message with `$1`… replaced by the substitutions, as `i18n.getMessage` does. */
  message(key: MessageKey, substitutions?: string[]): string;
}

/** A message; numbers among the values are written the language's way (1,234 or 1.234). */
export function say(locale: Locale, key: MessageKey, ...values: (string | number)[]): string {
  const numbers = new Intl.NumberFormat(locale.language);
  return locale.message(
    key,
    values.map((value) => (typeof value === 'number' ? numbers.format(value) : value)),
  );
}

/**
 * The form of a plural message for `count` (the first value). Only "one" and "other": in Gist's
 * languages every count under a million falls in one of the two (French "many" is for a million
 * and more), and a test holds each catalog's language to that.
 */
export function sayCount(locale: Locale, key: PluralKey, count: number, ...values: (string | number)[]): string {
  const form = new Intl.PluralRules(locale.language).select(count) === 'one' ? 'one' : 'other';
  return say(locale, `${key}_${form}`, count, ...values);
}

/** A share as a percentage, whole: "50%", "50 %" in German and French. */
export function percent(locale: Locale, share: number): string {
  return new Intl.NumberFormat(locale.language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/**
 * The day a page was published, as the page states it ("2019-11-05T18:04:00-05:00" is the 5th
 * of November 2019 wherever the copy is made), written the interface language's way.
 */
export function publishedDay(locale: Locale, iso: string | null): string | null {
  const day = iso && /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso);
  if (!day) return null;
  const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale.language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A catalog as `messages.json` holds it. */
export type Catalog = Record<string, { message: string; description?: string }>;

/**
 * A Locale from a catalog, with the substitution `i18n.getMessage` does: `$1`…`$9` by the
 * substitutions (missing ones empty), `$$` a dollar sign; the key for a missing message.
 */
export function catalogLocale(catalog: Catalog): Locale {
  const message = (key: string, substitutions: string[] = []) =>
    catalog[key]?.message.replace(/\$(\$|[1-9])/gu, (_, which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? ''))) ?? key;
  return { language: catalog.uiLanguage?.message || 'en', message };
}
