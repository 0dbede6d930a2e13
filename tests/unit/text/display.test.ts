import { describe, expect, it } from 'vitest';
import { cleanByline, cleanTitle, mentionedPeople } from '../../../lib/text/display';

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
