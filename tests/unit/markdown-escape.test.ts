import { Parser, type Node } from 'commonmark';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../lib/text/digest';
import { digestToMarkdown } from '../../lib/text/format';
import { articleFromText } from '../../lib/text/article-text';
import { cleanTitle } from '../../lib/text/display';
import { LOCALE_FOLDERS, localeOf } from '../support/locales';

const base = buildDigest(
  articleFromText('“We will win,” said Mayor Jane Roe on Monday.\n\nThe council voted to approve the new budget after a long debate.'),
  'short',
);

/** Every node of a parsed Markdown document, by type. */
function nodesOf(markdown: string): Map<string, Node[]> {
  const byType = new Map<string, Node[]>();
  const walker = new Parser().parse(markdown).walker();
  for (let event = walker.next(); event; event = walker.next()) {
    if (!event.entering) continue;
    byType.set(event.node.type, [...(byType.get(event.node.type) ?? []), event.node]);
  }
  return byType;
}

function textUnder(node: Node): string {
  let text = '';
  const walker = node.walker();
  for (let event = walker.next(); event; event = walker.next()) {
    if (event.entering && event.node.literal !== null && event.node.type !== node.type) text += event.node.literal;
  }
  return text;
}

// Pieces that break out of Markdown links, headings and emphasis.
const hostile = fc.constantFrom('](', ')', '(', '![t](https://tracker.example/p.png)', '<img src=x>', '\n\n# ', '\n', '`', '*', '_', '\\', '[', ']', '<', '>', ' ', '&lt;', '&#41;', '%29', '"', "'", '|', '~~', 'ü', '\u202E');
const piece = fc.oneof(hostile, fc.string({ maxLength: 6 }), fc.webSegment());
const hostileText = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
const hostileUrl = fc.tuple(fc.webUrl(), hostileText).map(([url, tail]) => url + tail);

describe('Copy Markdown on hostile pages', () => {
  it('keeps the tracking-image address from the issue inside the link', () => {
    const url = 'https://news.example/story)![t](https://tracker.example/p.png)';
    const nodes = nodesOf(digestToMarkdown({ ...base, title: 'Story', url }, localeOf('en')));
    expect(nodes.get('image')).toBeUndefined();
    expect(nodes.get('link')).toHaveLength(1);
    expect(decodeURI(nodes.get('link')![0]!.destination!)).toBe(url);
  });

  it('never lets a title, address, site, byline or quotation make an image, HTML or another link, whatever the interface language', () => {
    const locales = fc.constantFrom(...LOCALE_FOLDERS.map(localeOf));
    fc.assert(
      fc.property(hostileText, hostileUrl, hostileText, hostileText, locales, (title, url, siteName, quote, locale) => {
        const speakers = [{ ...base.speakers[0]!, name: siteName || 'X', quotes: [{ ...base.speakers[0]!.quotes[0]!, text: quote }] }];
        const markdown = digestToMarkdown({ ...base, title, url, siteName, byline: quote, speakers }, locale);
        const nodes = nodesOf(markdown);
        expect(nodes.get('image')).toBeUndefined();
        expect(nodes.get('html_inline')).toBeUndefined();
        expect(nodes.get('html_block')).toBeUndefined();
        const links = nodes.get('link') ?? [];
        expect(links).toHaveLength(1);
        // The link is the title as the popup shows it (on one line, without a site suffix), and
        // leads to the page's own address.
        const shownTitle = cleanTitle(title, siteName, url).replace(/\s+/gu, ' ').trim();
        expect(textUnder(links[0]!)).toBe(shownTitle || locale.message('untitled'));
        const decoded = (address: string) => {
          try {
            return decodeURI(address);
          } catch {
            return null;
          }
        };
        if (decoded(url) !== null) expect(decoded(links[0]!.destination!)).toBe(decoded(url));
      }),
      { numRuns: 500 },
    );
  });
});
