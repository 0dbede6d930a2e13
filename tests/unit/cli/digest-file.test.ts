import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { digestFile } from '../../../cli/digest-file';
import { fixturePath, readFixture, SEED_GOLD, SEED_HTML, SEED_TEXT } from '../../corpus';

interface Gold {
  speakers: { name: string; aliases: string[]; role: string; quotes: string[] }[];
  mentionedNotQuoted: string[];
  boilerplate: string[];
}

const gold = JSON.parse(readFileSync(SEED_GOLD, 'utf8')) as Gold;
const fold = (text: string) =>
  text
    .replace(/[“”"‘’']/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();

describe.each([
  ['the news page', SEED_HTML, false],
  ['the plain text', SEED_TEXT, true],
])('the seed article from %s', (_name, file, text) => {
  it('has exactly the two gold speakers with all eight quotations attributed right', async () => {
    const digest = await digestFile(file, { text });
    expect(digest.speakers.map((s) => s.name).sort()).toEqual(gold.speakers.map((s) => s.name).sort());
    for (const goldSpeaker of gold.speakers) {
      const speaker = digest.speakers.find((s) => s.name === goldSpeaker.name)!;
      const said = speaker.quotes.map((q) => fold(q.text));
      for (const quote of goldSpeaker.quotes) {
        expect(
          said.some((q) => q.includes(fold(quote))),
          `${goldSpeaker.name}: ${quote}`,
        ).toBe(true);
      }
    }
    expect(digest.speakers.find((s) => s.name === 'Antony Blinken')!.role).toMatch(/Secretary of State/u);
  });

  it('lists nobody from mentionedNotQuoted as a speaker, and lists them as mentioned', async () => {
    const digest = await digestFile(file, { text });
    for (const name of gold.mentionedNotQuoted) {
      expect(digest.speakers.some((s) => s.name.includes(name))).toBe(false);
      expect(
        digest.mentioned.some((m) => m.name.includes(name)),
        name,
      ).toBe(true);
    }
  });

  it('gives three key points and no page chrome anywhere', async () => {
    const digest = await digestFile(file, { text });
    expect(digest.keyPoints).toHaveLength(3);
    const output = JSON.stringify(digest);
    for (const chrome of gold.boilerplate) expect(output).not.toContain(chrome);
  });
});

// A page whose stylesheet and style attributes hold SCSS (`calc(#{$gap} * 2)`), as some real pages do.
const SCSS_PAGE = 'scss-stylesheet.html';

describe('a page whose CSS is SCSS', () => {
  it('makes jsdom itself throw, so the case below is real', () => {
    expect(() => new JSDOM(readFixture(SCSS_PAGE), { virtualConsole: new VirtualConsole() })).toThrow();
  });

  it('is digested by the command line, speakers and all', async () => {
    const digest = await digestFile(fixturePath(SCSS_PAGE));
    expect(digest.title).toBe('Council approves school budget after long debate');
    expect(digest.speakers.map((s) => s.name).sort()).toEqual(['Ana Ruiz', 'Peter Osei']);
  });

  it('still leaves out a paragraph its style attribute hides', async () => {
    const digest = await digestFile(fixturePath(SCSS_PAGE), { length: 'long' });
    expect(digest.keyPoints.length).toBeGreaterThan(0);
    expect(digest.wordCount).toBeGreaterThan(100);
    expect(JSON.stringify(digest)).not.toContain('earlier draft');
  });
});

describe('a German page on the command line', () => {
  it('is read with the German lexicon the extension loads: its speakers are named, with their roles', async () => {
    const digest = await digestFile(fixturePath('german-article.html'));
    expect(digest.lang).toBe('de');
    expect(digest.speakers.map((s) => [s.name, s.role])).toEqual([
      ['Katrin Albers', 'Oberbürgermeisterin'],
      ['Jonas Brandt', 'Ratsherr'],
    ]);
  });
});
