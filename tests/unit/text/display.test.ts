import { describe, expect, it } from 'vitest';
import { cleanByline, cleanTitle, mentionedPeople, siteLabel } from '../../../lib/text/display';

describe('tidy metadata', () => {
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

  it.each([
    [
      'Disney+ glitches blamed on heavy demand says executive Kevin Mayer - Los Angeles Times',
      'Los Angeles Times',
      'https://www.latimes.com/x',
      'Disney+ glitches blamed on heavy demand says executive Kevin Mayer',
    ],
    [
      "South Dakota governor doubles down on 'meth, we're on it' anti-drug campaign | TheHill",
      'The Hill',
      'https://thehill.com/x',
      "South Dakota governor doubles down on 'meth, we're on it' anti-drug campaign",
    ],
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
    const names = [
      'Ukrainians',
      'Parents',
      'NoemSouth Dakota',
      'Donald Trump',
      'Trump',
      'Silvia S. Martins',
      'Australian-born Julian Assange',
      'Edmunds.com',
      'Jane Roe',
      'Bill de Blasio',
      'de Gaulle',
    ];
    const shown = mentionedPeople({
      mentioned: names.map((name) => ({ name })),
      speakers: [{ name: 'Jane Roe', role: null, kind: 'person', aliases: [], quotes: [] }],
    });
    expect(shown).toEqual(['Donald Trump', 'Silvia S. Martins', 'Julian Assange', 'Bill de Blasio']);
  });
});
