/**
 * The digest as people paste it: plain text for email and chat, Markdown for notes and docs. Both
 * hold the same things in the same order (title, address, date, standfirst, key points, speakers
 * with their quotations, quotations without a clear speaker, people also mentioned), so a test can
 * render the Markdown and compare it with the plain text. Their labels, dates and quotation marks
 * are the interface's language, handed in as a Locale.
 */
import type { Digest, DigestSpeaker } from '../contracts';
import { publishedDay, say, type Locale, type MessageKey } from '../locale';
import { mentionedPeople, quoteForDisplay, standfirstOf, tidyMetadata } from './display';
import { languageName, readsAttribution } from './languages';

/** Page text on one line: a newline inside a quotation would end a list item in Markdown. */
const oneLine = (text: string) => text.replace(/\s+/gu, ' ').trim();

const KIND_LABEL: Partial<Record<DigestSpeaker['kind'], MessageKey>> = { organization: 'kindOrganization', unnamed: 'kindUnnamed' };

/** " (Mayor)" or " (organization)" after a speaker's name: the same words in both formats. */
function speakerDetails(locale: Locale, speaker: DigestSpeaker): string {
  const kind = KIND_LABEL[speaker.kind];
  const details = [speaker.role && oneLine(speaker.role), kind && say(locale, kind)].filter(Boolean).join(', ');
  return details ? ` (${details})` : '';
}

/** Site, byline, day and reading time; the labels keep their no-break spaces ("1\u00a0min"). */
function metaLine(locale: Locale, digest: Digest): string {
  const { siteName, byline } = tidyMetadata(digest);
  return [siteName && oneLine(siteName), byline && oneLine(byline), publishedDay(locale, digest.publishedTime), say(locale, 'minRead', digest.readingMinutes)]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
}

const quoted = (locale: Locale, text: string) => say(locale, 'quoted', oneLine(text));

/** Why every quotation is without a speaker, on a page in a language attribution does not read. */
function unreadNote(locale: Locale, digest: Digest): string | null {
  return digest.lang && !readsAttribution(digest.lang) ? say(locale, 'attributionUnread', languageName(digest.lang, locale.language)) : null;
}

/** The digest as plain text for the clipboard. */
export function digestToText(digest: Digest, locale: Locale): string {
  const { title } = tidyMetadata(digest);
  const lines: string[] = [oneLine(title) || say(locale, 'untitled')];
  if (digest.url) lines.push(digest.url);
  lines.push(metaLine(locale, digest), '');
  const standfirst = standfirstOf(digest);
  if (standfirst) lines.push(oneLine(standfirst), '');
  if (digest.keyPoints.length > 0) {
    lines.push(say(locale, 'keyPoints'), ...digest.keyPoints.map((point) => `• ${oneLine(point.text)}`), '');
  }
  if (digest.speakers.length > 0) {
    lines.push(say(locale, 'whoSaidWhat'));
    for (const speaker of digest.speakers) {
      lines.push(`${oneLine(speaker.name)}${speakerDetails(locale, speaker)}`);
      for (const quote of speaker.quotes) lines.push(`  ${quoted(locale, quoteForDisplay(quote))}`);
    }
    lines.push('');
  }
  if (digest.unattributedQuotes.length > 0) {
    lines.push(say(locale, 'unattributedTitle'));
    const note = unreadNote(locale, digest);
    if (note) lines.push(note);
    for (const quote of digest.unattributedQuotes) lines.push(`  ${quoted(locale, quoteForDisplay(quote))}`);
    lines.push('');
  }
  const people = mentionedPeople(digest);
  if (people.length > 0) lines.push(say(locale, 'alsoMentioned', people.map(oneLine).join(', ')));
  return lines.join('\n').trimEnd() + '\n';
}

/**
 * Escapes page text for Markdown only where a character would change what is shown, so the
 * Markdown reads cleanly where it is pasted as text ("(UN)", "[again]", "Editorial | TheHill"
 * stay as they are): backslashes before punctuation, code spans, emphasis that could open or
 * close, a "]" that would start a link or definition, HTML and autolinks, entities, strikethrough,
 * and a block marker (heading, quote, list, task box) at the start.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      // A backslash before punctuation, or at the end where the Markdown around it puts some.
      .replace(/\\(?=[!-/:-@[-`{-~]|$)/gu, '\\\\')
      .replace(/[`~]/gu, '\\$&')
      .replace(/\*(?!\s)|(?<!\s)\*/gu, '\\*')
      .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
      .replace(/\](?=[([:])/gu, '\\]')
      .replace(/!(?=\[)/gu, '\\!')
      // HTML ("<b", "</", "<!", "<?") and autolinks, e-mail ones too ("<%00@0>"): any "<" not before a space.
      .replace(/<(?=[\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-])/gu, '\\<')
      .replace(/&(?=#?[\p{L}\p{N}]+;)/gu, '\\&')
      .replace(/^(\s*)(>|[#+-](?=\s|$)|#{2,6}(?=\s|$)|\[(?=[ xX]\]\s))/u, '$1\\$2')
      // "1." starts a list; "\1." would show its backslash, so the escape goes before the dot.
      .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/u, '$1\\$2')
  );
}

/**
 * Text inside a link's brackets: every bracket is escaped, so none can end the link early. A
 * bracket after an even run of backslashes (escaped backslashes) is not escaped yet.
 */
const escapeLinkText = (text: string) =>
  escapeMarkdown(text).replace(/(\\*)([[\]])/gu, (match, slashes: string, bracket: string) => (slashes.length % 2 === 1 ? match : `${slashes}\\${bracket}`));

/**
 * An http(s) page address as a Markdown link destination: everything but the characters a URL
 * needs is percent-encoded, so `)`, spaces, `<` or a line break cannot end the link early and
 * smuggle in an image (`encodeURIComponent` leaves `(` and `)` alone); `&` is escaped ("&lt;" in
 * an address is not an entity).
 */
function linkTarget(url: string | null): string | null {
  if (!url || !/^https?:\/\//iu.test(url)) return null;
  return url
    .replace(/[^A-Za-z0-9\-._~:/?#@!$&'*+,;=%]/gu, (char) =>
      Array.from(new TextEncoder().encode(char), (byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
    )
    .replace(/&/gu, '\\&');
}

/** The digest as Markdown: the title links to the page. */
export function digestToMarkdown(digest: Digest, locale: Locale): string {
  const { title } = tidyMetadata(digest);
  const shownTitle = escapeLinkText(oneLine(title) || say(locale, 'untitled'));
  const target = linkTarget(digest.url);
  const lines: string[] = [target ? `## [${shownTitle}](${target})` : `## ${shownTitle}`, '', `*${escapeMarkdown(metaLine(locale, digest))}*`, ''];
  const standfirst = standfirstOf(digest);
  if (standfirst) lines.push(escapeMarkdown(oneLine(standfirst)), '');
  if (digest.keyPoints.length > 0) {
    lines.push(`### ${escapeMarkdown(say(locale, 'keyPoints'))}`, '', ...digest.keyPoints.map((point) => `- ${escapeMarkdown(oneLine(point.text))}`), '');
  }
  if (digest.speakers.length > 0) {
    lines.push(`### ${escapeMarkdown(say(locale, 'whoSaidWhat'))}`, '');
    for (const speaker of digest.speakers) {
      lines.push(`- **${escapeMarkdown(oneLine(speaker.name))}**${escapeMarkdown(speakerDetails(locale, speaker))}`);
      for (const quote of speaker.quotes) lines.push(`  - ${escapeMarkdown(quoted(locale, quoteForDisplay(quote)))}`);
    }
    lines.push('');
  }
  if (digest.unattributedQuotes.length > 0) {
    lines.push(`### ${escapeMarkdown(say(locale, 'unattributedTitle'))}`, '');
    const note = unreadNote(locale, digest);
    if (note) lines.push(escapeMarkdown(note), '');
    for (const quote of digest.unattributedQuotes) lines.push(`- ${escapeMarkdown(quoted(locale, quoteForDisplay(quote)))}`);
    lines.push('');
  }
  const people = mentionedPeople(digest);
  if (people.length > 0) lines.push(escapeMarkdown(say(locale, 'alsoMentioned', people.map(oneLine).join(', '))));
  return lines.join('\n').trimEnd() + '\n';
}
