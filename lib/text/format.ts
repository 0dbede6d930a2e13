import type { Digest, DigestSpeaker } from '../contracts';

function speakerLabel(speaker: DigestSpeaker): string {
  const kind = speaker.kind === 'organization' ? 'organisation' : speaker.kind === 'unnamed' ? 'unnamed source' : null;
  const details = [speaker.role, kind].filter(Boolean).join(', ');
  return details ? `${speaker.name} (${details})` : speaker.name;
}

/** The digest as plain text for the clipboard: title, link, points as bullets, who said what. */
export function digestToText(digest: Digest): string {
  const lines: string[] = [digest.title || 'Untitled article'];
  if (digest.url) lines.push(digest.url);
  const meta = [digest.siteName, digest.byline, `${digest.readingMinutes} min read`].filter(Boolean).join(' · ');
  lines.push(meta, '');
  if (digest.keyPoints.length > 0) {
    lines.push('Key points');
    for (const point of digest.keyPoints) lines.push(`• ${point.text}`);
    lines.push('');
  }
  if (digest.speakers.length > 0) {
    lines.push('Who said what');
    for (const speaker of digest.speakers) {
      lines.push(speakerLabel(speaker));
      for (const quote of speaker.quotes) lines.push(`  “${quote.text}”`);
    }
    lines.push('');
  }
  return lines.join('\n').trimEnd() + '\n';
}

/**
 * Escapes page text so Markdown shows it as written, never as links, emphasis or HTML; line
 * breaks fold to spaces, so it cannot end the line it stands on.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .replace(/[\\`*_{}[\]()<>#+|!~&]/gu, '\\$&')
    .replace(/^(\s*)([-=>])/u, '$1\\$2')
    .replace(/^(\s*\d+)\./u, '$1\\.');
}

/**
 * A page address as a Markdown link destination: everything but the characters a URL needs is
 * percent-encoded, so `)`, spaces, `<` or a line break cannot end the link early and smuggle in
 * an image (`encodeURIComponent` leaves `(` and `)` alone); `&` is escaped.
 */
function markdownUrl(url: string): string {
  return url
    .replace(/[^A-Za-z0-9\-._~:/?#@!$&'*+,;=%]/gu, (char) =>
      Array.from(new TextEncoder().encode(char), (byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
    )
    .replace(/&/gu, '\\&'); // "&lt;" in an address is not an entity
}

/** The digest as Markdown: the title links to the page. */
export function digestToMarkdown(digest: Digest): string {
  const title = escapeMarkdown(digest.title || 'Untitled article');
  const safeUrl = digest.url && /^https?:\/\//iu.test(digest.url) ? markdownUrl(digest.url) : null;
  const lines: string[] = [safeUrl ? `## [${title}](${safeUrl})` : `## ${title}`];
  const meta = [digest.siteName, digest.byline, `${digest.readingMinutes} min read`]
    .filter((part): part is string => Boolean(part))
    .map(escapeMarkdown)
    .join(' · ');
  lines.push('', `*${meta}*`, '');
  if (digest.keyPoints.length > 0) {
    lines.push('### Key points', '');
    for (const point of digest.keyPoints) lines.push(`- ${escapeMarkdown(point.text)}`);
    lines.push('');
  }
  if (digest.speakers.length > 0) {
    lines.push('### Who said what', '');
    for (const speaker of digest.speakers) {
      const role = speaker.role ? `, ${escapeMarkdown(speaker.role)}` : '';
      const kind = speaker.kind === 'organization' ? ' (organisation)' : speaker.kind === 'unnamed' ? ' (unnamed source)' : '';
      lines.push(`- **${escapeMarkdown(speaker.name)}**${role}${kind}`);
      for (const quote of speaker.quotes) lines.push(`  - “${escapeMarkdown(quote.text)}”`);
    }
    lines.push('');
  }
  return lines.join('\n').trimEnd() + '\n';
}
