import { describe, expect, it } from 'vitest';
import { displayForm } from '../../../../lib/text/attribution/speaker-list';
import { attribute } from '../../support/attribution';
import { attributeQuotes } from '../../../../lib/text/attribution/attribute';

describe('a quotation reads well (displayForm)', () => {
  it.each([
    ['We will win,', 'We will win.'],
    ['It’s ‘Showtime at the Apollo,’', 'It’s ‘Showtime at the Apollo.’'],
    ['Why not?', 'Why not?'],
  ])('%s reads as %s', (text, display) => {
    expect(displayForm(text)).toBe(display);
  });

  it('keeps the verbatim text beside the display form', () => {
    const quote = attribute('“We will win the vote,” Maria Lopez said.').speakers[0]!.quotes[0]!;
    expect(quote).toMatchObject({ text: 'We will win the vote,', display: 'We will win the vote.' });
  });
});

describe('people named but never quoted (mentionedPeople)', () => {
  it('are listed apart from speakers', () => {
    const text = 'German Chancellor Olaf Scholz was in Beijing. “We will talk again soon,” said Antony Blinken.';
    const result = attribute(text);
    expect(result.speakers.map((s) => s.name)).toEqual(['Antony Blinken']);
    expect(result.mentioned.map((m) => m.name)).toContain('Olaf Scholz');
  });

  it('only people the story names: not one named only in a caption or in a subscription offer printed twice', () => {
    const offer = 'Exclusive articles from Barbara Shecter, Joe O’Connor and others.';
    const paragraphs = [
      { text: 'Economist Royce Mendes was cautious about the jobs report on Friday.', kind: 'text' as const },
      { text: 'Traders on the floor of the exchange on Friday. Photo by David Kawai of Bloomberg', kind: 'caption' as const },
      { text: offer, kind: 'list' as const },
      { text: offer, kind: 'list' as const },
      { text: 'German Chancellor Olaf Scholz was in Beijing for talks with the premier.', kind: 'text' as const },
    ];
    const names = attributeQuotes(paragraphs, 'en', { minConfidence: 0 }).mentioned.map((m) => m.name);
    expect(names).toEqual(['Royce Mendes', 'Olaf Scholz']);
  });

  it('not the paper’s staff named in a credit for reporting, writing or editing', () => {
    const paragraphs = [
      { text: 'Indonesian military chief Hadi Tjahjanto said ships had joined the search on Tuesday.', kind: 'text' as const },
      {
        text: '(Additional reporting by Wilda Asmarini and Cindy Silviana in JAKARTA; Writing by Michael Perry; Editing by Robert Birsel)',
        kind: 'text' as const,
      },
      { text: 'Associated Press writer Jane Roe contributed to this report.', kind: 'text' as const },
    ];
    const names = attributeQuotes(paragraphs, 'en', { minConfidence: 0 }).mentioned.map((m) => m.name);
    expect(names).toEqual(['Hadi Tjahjanto']);
  });
});
