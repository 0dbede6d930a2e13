import { Parser, type Node } from 'commonmark';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../lib/text/digest';
import { cleanTitle } from '../../../lib/text/display';
import { digestToMarkdown as toMarkdown, digestToText as toText, escapeMarkdown } from '../../../lib/text/format';
import { articleFromText } from '../../../lib/text/article-text';
import { publishedDay, type Locale } from '../../../lib/locale';
import type { Digest } from '../../../lib/contracts';
import { LOCALE_FOLDERS, localeOf } from '../../support/locales';

const english = localeOf('en');
const digestToText = (digest: Digest, locale: Locale = english) => toText(digest, locale);
const digestToMarkdown = (digest: Digest, locale: Locale = english) => toMarkdown(digest, locale);

const article = articleFromText(
  [
    'The city council voted on Tuesday to approve a new budget for the coming year after months of debate.',
    '“This budget protects the services people rely on every day,” said Mayor Jane Roe.',
    'The plan raises spending on schools and parks while holding property taxes flat for most homeowners.',
    'Opponents said the plan relies on optimistic revenue forecasts that may not hold up next year.',
  ].join('\n\n'),
  { title: 'Council approves [budget] *now*', url: 'https://news.example/budget' },
);

/** Page text with every character Markdown might read as syntax, in the places it would. */
const awkward = articleFromText(
  [
    'The United Nations (UN) said on Monday that talks would start [again] in Geneva, a move welcomed by 3 * 4 = 12 delegates.',
    '“We will not accept *any* delay, and the snake_case_name stays, <b>bold</b> or not &amp; more,” said Maria Lopez, the envoy of the [group](javascript:alert(1)).',
    '1. Officials said the talks on the ceasefire plan would last for at least two more weeks in the Swiss city.',
    'Residents said ~~nothing~~ had changed in the valley since the shelling began, and that aid had stalled at the border.',
  ].join('\n\n'),
  { title: 'Editorial | TheHill', url: 'https://news.example/a_b(c)?q=<x>' },
);

/** What a reader sees when the Markdown is pasted where it is rendered, and the addresses of its links. */
function rendered(markdown: string): { text: string; links: string[]; html: string } {
  const html = marked.parse(markdown, { async: false });
  const { document } = new JSDOM(html).window;
  return {
    text: (document.body.textContent ?? '').replace(/\s+/gu, ' ').trim(),
    links: Array.from(document.querySelectorAll('a'), (a) => a.getAttribute('href') ?? ''),
    html,
  };
}

/** What a reader sees of the plain text, the address line and bullets aside. */
const plainReading = (text: string, url: string | null) =>
  text
    .split('\n')
    .filter((line) => line !== url)
    .join('\n')
    .replace(/•/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();

describe('formatting the digest', () => {
  const digest = buildDigest(article);

  it('writes plain text with title, address, date, bullets and quotes', () => {
    const text = digestToText({ ...digest, publishedTime: '2019-11-05T23:04:00-05:00' });
    expect(text.split('\n').slice(0, 3)).toEqual(['Council approves [budget] *now*', 'https://news.example/budget', 'November 5, 2019 · 1 min read']);
    expect(digestToText({ ...digest, publishedTime: '2019-11-05T23:04:00-05:00', siteName: 'City News' }).split('\n')[2]).toBe(
      'City News · November 5, 2019 · 1 min read',
    );
    expect(text).toMatch(/^• The city council voted/mu);
    expect(text).toContain('Jane Roe (Mayor)\n  “This budget protects');
  });

  it('writes Markdown with a linked title and escapes only what would change the rendering', () => {
    const markdown = digestToMarkdown(digest);
    expect(markdown.split('\n')[0]).toBe('## [Council approves \\[budget\\] \\*now\\*](https://news.example/budget)');
    expect(markdown).toContain('- **Jane Roe** (Mayor)');
    const odd = digestToMarkdown(buildDigest(awkward, 'long'));
    expect(odd).toContain('(UN)');
    expect(odd).toContain('[again]');
    expect(odd).not.toMatch(/\\[(|)]/u);
  });

  it.each([
    ['a plain digest', buildDigest(article, 'long')],
    ['page text full of Markdown syntax', buildDigest(awkward, 'long')],
  ])('renders Markdown to the same words as the plain text: %s', (_, shown) => {
    const markdown = rendered(digestToMarkdown(shown));
    expect(markdown.text).toBe(plainReading(digestToText(shown), shown.url));
    // The one link is the title's, to the page; page text makes no links, emphasis or HTML.
    expect(markdown.links).toHaveLength(1);
    expect(new URL(markdown.links[0]!).origin).toBe('https://news.example');
    expect(markdown.html).not.toMatch(/<(?:b|del|code|img|h1|script)\b/u);
    expect(markdown.html.match(/<em>/gu)).toHaveLength(1);
  });

  it('never lets page text become links or HTML in Markdown', () => {
    const hostile = '[click](javascript:alert(1)) <img src=x onerror=alert(1)>';
    expect(rendered(escapeMarkdown(hostile)).text).toBe(hostile);
    expect(rendered(escapeMarkdown(hostile)).links).toEqual([]);
    expect(rendered(`- ${escapeMarkdown('[ ] not a task box')}`).html).not.toContain('checkbox');
    expect(rendered(`- ${escapeMarkdown('# not a heading')}`).text).toBe('# not a heading');
    expect(rendered(`- ${escapeMarkdown('1. not a list')}`).text).toBe('1. not a list');
    expect(rendered(escapeMarkdown('write to <%00@0>')).links).toEqual([]);
    expect(rendered(escapeMarkdown('write to <a.b@example.org>')).text).toBe('write to <a.b@example.org>');
    expect(escapeMarkdown('3 < 4')).toBe('3 < 4');
    expect(rendered(`- ${escapeMarkdown('2) not a list')}`).html).not.toContain('<ol');
  });

  it('keeps a hostile address inside the link', () => {
    const shown = { ...digest, url: 'https://evil.example/x) [y](javascript:alert(1)' };
    const { links } = rendered(digestToMarkdown(shown));
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(/^https:\/\/evil\.example\//u);
  });

  it('reads the day as the page states it', () => {
    expect(publishedDay(english, '2019-11-05T23:04:00-05:00')).toBe('November 5, 2019');
    expect(publishedDay(english, 'yesterday')).toBeNull();
  });
});

describe('the site as the copies name it', () => {
  it('names the real host in the copies too, and keeps the page’s claim as the digest’s siteName', () => {
    const digest = buildDigest({ ...article, siteName: 'Reuters', url: 'https://example.com/budget' });
    expect(digest.siteName).toBe('Reuters');
    expect(digestToText(digest).split('\n')[2]).toBe('Reuters (example.com) · 1 min read');
    expect(digestToMarkdown(digest)).toContain('Reuters (example.com)');
  });
});

describe('copies in the interface’s language', () => {
  const dated = { ...buildDigest(article, 'long'), publishedTime: '2019-11-05T23:04:00-05:00', siteName: 'City News' };

  it('labels the German copy in German: date, reading time, headings, kinds and „quotation marks“', () => {
    const german = localeOf('de');
    const text = digestToText(dated, german);
    expect(text.split('\n')[2]).toBe('City News · 5. November 2019 · 1\u00a0Min. Lesezeit');
    expect(text).toContain('\nKernpunkte\n• The city council voted');
    expect(text).toContain('\nWer hat was gesagt\nJane Roe (Mayor)\n  „This budget protects the services people rely on every day.“');
    expect(text).not.toMatch(/Key points|Who said what|min read|”/u);
    const markdown = digestToMarkdown(dated, german);
    expect(markdown).toContain('### Kernpunkte');
    expect(rendered(markdown).text).toBe(plainReading(text, dated.url));
  });

  it('writes French with its no-break spaces, and each language’s date', () => {
    const text = digestToText(dated, localeOf('fr'));
    expect(text).toContain('5 novembre 2019 · 1\u00a0min de lecture');
    expect(text).toContain('«\u00a0This budget protects the services people rely on every day.\u00a0»');
    expect(digestToText(dated, localeOf('es')).split('\n')[2]).toBe('City News · 5 de noviembre de 2019 · 1\u00a0min de lectura');
    expect(digestToText(dated, localeOf('pt_PT'))).toContain('«This budget protects');
  });

  it('says in the copy why a page in a language attribution does not read has no speakers, with the language named in the interface’s', () => {
    const dutch = buildDigest(
      articleFromText(
        '„We bouwen de dijk voor de winter”, zei burgemeester Anna de Vries maandag tegen de gemeenteraad.\n\nDe raad stemde met zeven tegen twee voor het plan.',
        {
          title: 'Dijk goedgekeurd',
          lang: 'nl',
        },
      ),
    );
    expect(dutch.unattributedQuotes).toHaveLength(1);
    const german = digestToText(dutch, localeOf('de'));
    expect(german).toContain(
      'Zitate ohne klare Zuordnung\nBei Seiten auf Niederländisch erkennt Gist noch nicht, wer spricht; hier sind die Zitate der Seite.\n  „We bouwen',
    );
    expect(digestToMarkdown(dutch, localeOf('en'))).toContain(
      '### Quotations without a clear speaker\n\nGist does not yet tell who is speaking in pages written in Dutch; these are the page’s quotations.',
    );
    // English pages, and pages whose attribution is read, carry no such note.
    expect(digestToText(dated, localeOf('de'))).not.toContain('Gist noch nicht');
  });
});

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
const hostile = fc.constantFrom(
  '](',
  ')',
  '(',
  '![t](https://tracker.example/p.png)',
  '<img src=x>',
  '\n\n# ',
  '\n',
  '`',
  '*',
  '_',
  '\\',
  '[',
  ']',
  '<',
  '>',
  ' ',
  '&lt;',
  '&#41;',
  '%29',
  '"',
  "'",
  '|',
  '~~',
  'ü',
  '\u202E',
);
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
