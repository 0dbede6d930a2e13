import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../lib/text/digest';
import { cleanByline, cleanTitle, mentionedPeople } from '../../lib/text/display';
import { digestToMarkdown as toMarkdown, digestToText as toText, escapeMarkdown } from '../../lib/text/format';
import { articleFromText } from '../../lib/text/article-text';
import { publishedDay, type Locale } from '../../lib/locale';
import type { Digest } from '../../lib/contracts';
import { localeOf } from '../support/locales';

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
    expect(digestToText({ ...digest, publishedTime: '2019-11-05T23:04:00-05:00', siteName: 'City News' }).split('\n')[2]).toBe('City News · November 5, 2019 · 1 min read');
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

describe('tidy metadata', () => {
  it.each([
    ['Disney+ glitches blamed on heavy demand says executive Kevin Mayer - Los Angeles Times', 'Los Angeles Times', 'https://www.latimes.com/x', 'Disney+ glitches blamed on heavy demand says executive Kevin Mayer'],
    ["South Dakota governor doubles down on 'meth, we're on it' anti-drug campaign | TheHill", 'The Hill', 'https://thehill.com/x', "South Dakota governor doubles down on 'meth, we're on it' anti-drug campaign"],
    ['The Guardian view on Hong Kong: a city on the brink | Editorial', 'the Guardian', null, 'The Guardian view on Hong Kong: a city on the brink'],
    ['Flood wall approved - and residents are still worried', 'Harbor Gazette', null, 'Flood wall approved - and residents are still worried'],
    ['Al-Bawaba reports on talks', 'Al-Bawaba', null, 'Al-Bawaba reports on talks'],
  ])('cleans the site from %j', (title, site, url, expected) => {
    expect(cleanTitle(title, site, url)).toBe(expected);
  });

  it('drops a byline that repeats the site, "By " and trailing punctuation', () => {
    expect(cleanByline('Al-Bawaba', 'Al-Bawaba')).toBeNull();
    expect(cleanByline('BBC News', 'BBC News')).toBeNull();
    expect(cleanByline('PTI,', 'DH News Service')).toBe('PTI');
    expect(cleanByline('By Lia Eustachewich and Yaron Steinbuch', 'New York Post')).toBe('Lia Eustachewich and Yaron Steinbuch');
  });

  it('lists as also mentioned only names that read as people', () => {
    const names = ['Ukrainians', 'Parents', 'NoemSouth Dakota', 'Donald Trump', 'Trump', 'Silvia S. Martins', 'Australian-born Julian Assange', 'Edmunds.com', 'Jane Roe', 'Bill de Blasio', 'de Gaulle'];
    const shown = mentionedPeople({ mentioned: names.map((name) => ({ name })), speakers: [{ name: 'Jane Roe', role: null, kind: 'person', aliases: [], quotes: [] }] });
    expect(shown).toEqual(['Donald Trump', 'Silvia S. Martins', 'Julian Assange', 'Bill de Blasio']);
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
      articleFromText('„We bouwen de dijk voor de winter”, zei burgemeester Anna de Vries maandag tegen de gemeenteraad.\n\nDe raad stemde met zeven tegen twee voor het plan.', {
        title: 'Dijk goedgekeurd',
        lang: 'nl',
      }),
    );
    expect(dutch.unattributedQuotes).toHaveLength(1);
    const german = digestToText(dutch, localeOf('de'));
    expect(german).toContain('Zitate ohne klare Zuordnung\nBei Seiten auf Niederländisch erkennt Gist noch nicht, wer spricht; hier sind die Zitate der Seite.\n  „We bouwen');
    expect(digestToMarkdown(dutch, localeOf('en'))).toContain('### Quotations without a clear speaker\n\nGist does not yet tell who is speaking in pages written in Dutch; these are the page’s quotations.');
    // English pages, and pages whose attribution is read, carry no such note.
    expect(digestToText(dated, localeOf('de'))).not.toContain('Gist noch nicht');
  });
});
