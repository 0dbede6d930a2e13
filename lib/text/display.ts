/**
 * How the digest's metadata reads on screen and in copies: titles without the site's suffix,
 * one byline without trailing punctuation, "Also mentioned" with people only. Pure, so the
 * popup, the side panel and the copy formats show the same thing.
 */
import type { Digest, QuoteRef } from '../contracts';

/** Squeezes a site name to compare it: "The Hill", "TheHill" and "thehill.com" all give "thehill". */
function siteKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\.(?:com|co\.uk|org|net|news)$/u, '')
    .replace(/^www\./u, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The host's main label ("latimes" for www.latimes.com), to recognise a suffix that names it. */
function hostKey(url: string | null): string | null {
  if (!url) return null;
  try {
    const labels = new URL(url).hostname.replace(/^www\./u, '').split('.');
    return labels.length > 1 ? labels[labels.length - 2]! : null;
  } catch {
    return null;
  }
}

const isTitleCase = (segment: string) => segment.split(/\s+/u).every((word) => /^[\p{Lu}\p{N}&]/u.test(word));

/**
 * A title without the site name pages add after a separator (" - Los Angeles Times",
 * " | TheHill"). A segment after " | " is page furniture when it is short; after a dash only when
 * it names the site (its name or its address), so a headline's own dash stays.
 */
export function cleanTitle(title: string, siteName: string | null, url: string | null): string {
  const names = [siteName && siteKey(siteName), hostKey(url)].filter((name): name is string => Boolean(name));
  let cleaned = title.replace(/\s+/gu, ' ').trim();
  for (let round = 0; round < 2; round++) {
    // The last " | ", " - ", " – ", " — " or " · " with spaces on both sides: "Al-Bawaba" is one word.
    const match = /^(.{12,})\s([|\-–—·])\s(.{1,60})$/u.exec(cleaned);
    if (!match || /\s[|\-–—·]\s/u.test(match[3]!)) break;
    const [, head, separator, tail] = match as unknown as [string, string, string, string];
    const key = siteKey(tail);
    const namesSite = names.some((name) => key === name || (key.length >= 4 && (name.includes(key) || key.includes(name))));
    const shortLabel = separator === '|' && tail.split(/\s+/u).length <= 4 && isTitleCase(tail);
    if (!namesSite && !shortLabel) break;
    cleaned = head.trim();
  }
  return cleaned;
}

/** A byline as a credit: no "By ", no trailing comma, and none when it only repeats the site. */
export function cleanByline(byline: string | null, siteName: string | null): string | null {
  if (!byline) return null;
  const cleaned = byline
    .replace(/\s+/gu, ' ')
    .replace(/^by\s+/iu, '')
    .replace(/[\s,;:·|–—-]+$/u, '')
    .trim();
  if (!cleaned) return null;
  return siteName && siteKey(cleaned) === siteKey(siteName) ? null : cleaned;
}

/**
 * Lower-case words inside people's names ("Bill de Blasio", "Ludwig van Beethoven"). A short list
 * of its own: importing lexicon.ts would bundle every word list into the popup (+5.7 kB gzip).
 */
const NAME_PARTICLES = new Set(['de', 'da', 'di', 'do', 'dos', 'du', 'del', 'della', 'der', 'den', 'la', 'le', 'van', 'von', 'bin', 'ibn', 'al', 'ter', 'y']);

/** Words glued together by a page's markup ("NoemSouth Dakota"): a long lower-case run, then a capital. */
const GLUED = /\p{Ll}{3}\p{Lu}/u;

/**
 * The people the article only mentions, as far as their names show it: a name of two words or
 * more, each capitalised, without digits, dots or markup glue, and not already listed. A lone
 * word ("Ukrainians", "Parents", "Trump" beside "Donald Trump") is a group, a word or a repeat
 * far more often than a person introduced by one name, and a wrong name is worse than none.
 */
export function mentionedPeople(digest: Pick<Digest, 'mentioned' | 'speakers'>): string[] {
  const seen = new Set(digest.speakers.map((speaker) => speaker.name.toLowerCase()));
  const people: string[] = [];
  for (const { name } of digest.mentioned) {
    const cleaned = name.replace(/^\p{L}+-(?:based|born)\s+/u, '').trim();
    const words = cleaned.split(/\s+/u);
    const looksPersonal =
      words.length >= 2 && words.length <= 4 && words.every((word, index) => /^\p{Lu}/u.test(word) || (index > 0 && NAME_PARTICLES.has(word))) && !GLUED.test(cleaned) && !/[\d.@/]/u.test(cleaned.replace(/\b\p{Lu}\./gu, ''));
    if (!looksPersonal || seen.has(cleaned.toLowerCase())) continue;
    seen.add(cleaned.toLowerCase());
    people.push(cleaned);
  }
  return people;
}

/** The form of a quotation to show: the display form when the digest has one, else the verbatim text. */
export function quoteForDisplay(quote: QuoteRef): string {
  // A digest cached by an earlier version may lack the display form.
  return quote.display?.trim() ? quote.display : quote.text;
}

/** The short summary a page gives under its title ("standfirst", "dek"), when the digest has one. */
export function standfirstOf(digest: Digest): string | null {
  return digest.standfirst?.trim() || null;
}

/** Title, site and byline as they read on screen and in copies. */
export function tidyMetadata(digest: Digest): { title: string; siteName: string | null; byline: string | null } {
  return {
    title: cleanTitle(digest.title, digest.siteName, digest.url),
    siteName: digest.siteName?.trim() || null,
    byline: cleanByline(digest.byline, digest.siteName),
  };
}
