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
      words.length >= 2 &&
      words.length <= 4 &&
      words.every((word, index) => /^\p{Lu}/u.test(word) || (index > 0 && NAME_PARTICLES.has(word))) &&
      !GLUED.test(cleaned) &&
      !/[\d.@/]/u.test(cleaned.replace(/\b\p{Lu}\./gu, ''));
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

/**
 * Second-level labels that are part of a country's suffix, not a site's name ("co.uk",
 * "com.au", "or.jp"): the site is the label before them.
 */
const SECOND_LEVEL_SUFFIXES = new Set([
  'co',
  'com',
  'net',
  'org',
  'gov',
  'edu',
  'ac',
  'or',
  'ne',
  'go',
  'gob',
  'gouv',
  'govt',
  'mil',
  'nic',
  'ltd',
  'plc',
  'sch',
  'nhs',
  'info',
  'biz',
  'web',
  'nom',
  'asso',
]);

/** The page's host name as the reader knows it (no "www."), for http(s) pages only. */
function webHost(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return /^https?:$/u.test(parsed.protocol) && parsed.hostname ? parsed.hostname.toLowerCase().replace(/^www\d*\./u, '') : null;
  } catch {
    return null;
  }
}

/**
 * The label the site registered ("bbc" for bbc.co.uk, "afp" for faktencheck.afp.com): the part of
 * a host only its owner controls. A subdomain is not it, since anyone can name their own
 * "reuters.example.com". Null for an address (127.0.0.1, [::1]).
 */
function registeredLabel(host: string): string | null {
  if (/^[\d.]+$|^\[/u.test(host)) return null;
  const labels = host.split('.');
  const [last = '', second = ''] = [labels.at(-1), labels.at(-2)];
  const suffix = labels.length > 2 && last.length === 2 && SECOND_LEVEL_SUFFIXES.has(second) ? 2 : labels.length > 1 ? 1 : 0;
  return labels[labels.length - suffix - 1] ?? null;
}

/** One string ends, starts or (when long enough to mean something) holds the other. */
function overlaps(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return (short.length >= 3 && (long.startsWith(short) || long.endsWith(short))) || (short.length >= 5 && long.includes(short));
}

/**
 * Whether a page's name for its site plausibly names the site it is served from: the name is
 * that site's address ("NJ.com", nj.com), the name and the registered label share their start or
 * end ("BBC News", bbc.co.uk; "DER SPIEGEL", spiegel.de; "Süddeutsche Zeitung", sueddeutsche.de),
 * or the label is the name's initials ("The New Republic", tnr.com; "Los Angeles Times",
 * latimes.com).
 */
function nameFitsHost(name: string, label: string): boolean {
  if (/^[\p{L}\p{N}.-]+\.\p{L}{2,}$/u.test(name) && registeredLabel(name.toLowerCase()) === label) return true;
  const key = label.replace(/[^\p{L}\p{N}]/gu, '');
  const spellings = [name.toLowerCase(), name.toLowerCase().replace(/ä/gu, 'ae').replace(/ö/gu, 'oe').replace(/ü/gu, 'ue').replace(/ß/gu, 'ss')];
  return spellings.some((spelling) => {
    const words = spelling
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    const withoutThe = words[0] === 'the' ? words.slice(1) : words;
    const initials = (list: string[]) =>
      list
        .filter((word) => word !== 'and')
        .map((word) => word[0])
        .join('');
    const abbreviations = [initials(words), initials(withoutThe), initials(withoutThe.slice(0, -1)) + (withoutThe.at(-1) ?? '')];
    return abbreviations.includes(key) || overlaps(words.join(''), key) || overlaps(withoutThe.join(''), key);
  });
}

/**
 * The site as the reader sees it. A page may call itself anything (`og:site_name`), so its name
 * is shown alone only where it plausibly names the host the page comes from; elsewhere the real
 * host follows it: "Reuters (example.com)". Without an address to check (a file on the command
 * line), the name as the page gives it.
 */
export function siteLabel(siteName: string | null, url: string | null): string | null {
  const name = siteName?.replace(/\s+/gu, ' ').trim();
  if (!name) return null;
  const host = webHost(url);
  if (!host) return name;
  const label = registeredLabel(host);
  return label && nameFitsHost(name, label) ? name : `${name} (${host})`;
}

/** Title, site and byline as they read on screen and in copies. */
export function tidyMetadata(digest: Digest): { title: string; siteName: string | null; byline: string | null } {
  return {
    title: cleanTitle(digest.title, digest.siteName, digest.url),
    siteName: siteLabel(digest.siteName, digest.url),
    byline: cleanByline(digest.byline, digest.siteName),
  };
}
