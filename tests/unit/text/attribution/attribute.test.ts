import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../../../lib/text/attribution/attribute';
import { articleFromText } from '../../../../lib/text/article-text';
import { speakerOf } from '../../support/attribution';

describe('who a sentence brings into focus (followSubject)', () => {
  it('a body’s subject leaves the person its reported clause opens with in focus: “The Pentagon confirmed that Gen. Mark Milley would testify”', () => {
    expect(speakerOf('The Pentagon confirmed that Gen. Mark Milley would testify. “I will tell the truth,” he said.')).toEqual({
      'I will tell': 'Mark Milley',
    });
  });

  it('not the object of what a body did: “The FBI arrested John Doe” leaves “he” to the mayor', () => {
    expect(speakerOf('Mayor Tom Reed spoke to reporters. The FBI arrested John Doe on Monday. “Our city is safe again,” he said.')).toEqual({
      'Our city is': 'Tom Reed',
    });
  });

  it('a sentence without a subject that names someone in full introduces him (“Enter Stuart R. Kaplan…”)', () => {
    const text = [
      'Arthur Waite designed the deck in 1909. “It was a labour of love,” Waite said.',
      'Enter Stuart R. Kaplan, a graduate of the Wharton School of Business in 1955.',
      '“I’m all yours,” he tells me after a few weeks of missed calls.',
    ].join('\n\n');
    expect(speakerOf(text)).toEqual({ 'It was a': 'Arthur Waite', 'I’m all yours,': 'Stuart R. Kaplan' });
  });

  it('a sub-heading that tells of a person brings her into focus for the next “she said”', () => {
    const paragraphs = [
      { text: '“We are working with partner agencies on this,” said chief inspector Jennifer Mattinson.', kind: 'text' as const },
      { text: 'Fiona Parry issued a plea for people to stay away from the pills.', kind: 'heading' as const },
      { text: '“She never understood how dangerous the tablets were,” she said.', kind: 'text' as const },
    ];
    const speakers = attributeQuotes(paragraphs, 'en', { minConfidence: 0 }).speakers;
    expect(speakers.flatMap((s) => s.quotes.map((q) => [s.name, q.text.slice(0, 9)]))).toContainEqual(['Fiona Parry', 'She never']);
  });
});

describe('quotations left without a speaker rather than guessed', () => {
  it('on a page in another language: found, but not attributed', () => {
    const text = '„Wir werden diese Bedingungen nicht akzeptieren“, sagte Kanzler Olaf Scholz am Montag in Berlin.';
    const result = attributeQuotes(articleFromText(text).paragraphs, 'de');
    expect(result.speakers).toEqual([]);
    expect(result.unattributed.map((q) => q.text)).toEqual(['Wir werden diese Bedingungen nicht akzeptieren']);
  });

  it('in a heading: the body says whose it is', () => {
    const result = attributeQuotes(
      [
        { text: '“The river has never been this high,” said farmer Tom Hale.', kind: 'text' },
        { text: '‘We need to listen to the river’', kind: 'heading' },
      ],
      'en',
    );
    expect(result.speakers.map((s) => [s.name, s.quotes.length])).toEqual([['Tom Hale', 1]]);
    expect(result.unattributed.map((q) => q.text)).toEqual(['We need to listen to the river']);
  });
});
