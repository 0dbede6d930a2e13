import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../../../lib/text/attribution/attribute';
import { articleFromText } from '../../../../lib/text/article-text';

/** Each quotation's speaker, cue and first characters, past the confidence threshold. */
const cues = (text: string) =>
  attributeQuotes(articleFromText(text).paragraphs, 'en').speakers.flatMap((s) => s.quotes.map((q) => [s.name, q.cue, q.text.slice(0, 12)]));

describe('the same words quoted again are the same speaker’s', () => {
  it('a tweet quoted again further down, with “… ” in front, is the company’s', () => {
    const text = [
      'Uber tweeted: “We are all concerned with events in CBD. Fares have increased to encourage more drivers to come online.”',
      'The move angered riders across the city on Monday.',
      'Critics pointed to the words “… Fares have increased to encourage more drivers to come online” as proof.',
    ].join('\n\n');
    expect(cues(text)).toContainEqual(['Uber', 'repeated', '… Fares have']);
  });

  describe('but not', () => {
    it('when the quotation’s own sentence has a cue: ““…,” another tenant said” names no one', () => {
      const text = [
        '“We are not going anywhere, and we will fight this in court,” said Jane Hale, a tenant.',
        '“We are not going anywhere, and we will fight this in court,” another tenant said.',
      ].join('\n\n');
      expect(cues(text).filter(([, cue]) => cue === 'repeated')).toEqual([]);
    });

    it('from a quotation that quotes someone else inside it, nor for a heading', () => {
      const nested = [
        'Lizzi Crawford was on the bus with her children.',
        'The question “Has she got a baby in her belly, mummy?” stayed with her for years.',
        'Crawford said: “It started on the bus. A kid then looked at me and said: ‘Has she got a baby in her belly, mummy?’ I was mortified.”',
      ].join('\n\n');
      expect(cues(nested).filter(([, cue]) => cue === 'repeated')).toEqual([]);
      const heading = attributeQuotes(
        [
          { text: '“We write with urgency because the flu season has begun”', kind: 'heading' },
          { text: 'Doctors for Camp Closure wrote: “We write with urgency because the flu season has begun in the camps.”', kind: 'text' },
        ],
        'en',
      );
      expect(heading.speakers.flatMap((s) => s.quotes.map((q) => q.cue))).not.toContain('repeated');
    });
  });
});
