import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../lib/text/digest';
import { cleanByline, cleanTitle, mentionedPeople, publishedDay, siteLabel } from '../../lib/text/display';
import { digestToMarkdown, digestToText, escapeMarkdown } from '../../lib/text/format';
import { articleFromText } from '../../lib/text/article-text';

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
    expect(publishedDay('2019-11-05T23:04:00-05:00')).toBe('November 5, 2019');
    expect(publishedDay('yesterday')).toBeNull();
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

  it.each([
    // Another site's name on a page served from elsewhere, or from a subdomain anyone can make.
    ['Reuters', 'https://example.com/world/story', 'Reuters (example.com)'],
    ['Reuters', 'https://reuters.example.com/story', 'Reuters (reuters.example.com)'],
    ['BBC News', 'http://127.0.0.1:8080/a', 'BBC News (127.0.0.1)'],
    ['Westdeutsche Allgemeine Zeitung', 'https://www.morgenpost.de/a', 'Westdeutsche Allgemeine Zeitung (morgenpost.de)'],
    // A name that plausibly names the host is shown alone.
    ['Reuters', 'https://www.reuters.com/world/story', 'Reuters'],
    ['BBC News', 'https://www.bbc.co.uk/news/a', 'BBC News'],
    ['DER SPIEGEL', 'https://www.spiegel.de/a', 'DER SPIEGEL'],
    ['Süddeutsche Zeitung', 'https://www.sueddeutsche.de/a', 'Süddeutsche Zeitung'],
    ['Los Angeles Times', 'https://www.latimes.com/a', 'Los Angeles Times'],
    ['The New Republic', 'https://tnr.com/a', 'The New Republic'],
    ['The Globe and Mail', 'https://www.theglobeandmail.com/a', 'The Globe and Mail'],
    ['NJ.com', 'https://www.nj.com/a', 'NJ.com'],
    ['cricket.com.au', 'https://www.cricket.com.au/a', 'cricket.com.au'],
    // Nothing to check it against.
    ['Harbor Gazette', null, 'Harbor Gazette'],
    ['Harbor Gazette', 'file:///home/me/page.html', 'Harbor Gazette'],
    [null, 'https://example.com/a', null],
  ])('shows %j on %s as %j', (name, url, shown) => {
    expect(siteLabel(name, url)).toBe(shown);
  });

  it('names the real host in the copies too, and keeps the page’s claim as the digest’s siteName', () => {
    const digest = buildDigest({ ...article, siteName: 'Reuters', url: 'https://example.com/budget' });
    expect(digest.siteName).toBe('Reuters');
    expect(digestToText(digest).split('\n')[2]).toBe('Reuters (example.com) · 1 min read');
    expect(digestToMarkdown(digest)).toContain('Reuters (example.com)');
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
