import { describe, expect, it } from 'vitest';
import { attribute, speakerNames, speakerOf } from '../../support/attribution';

describe('the first name in subject position is the sentence’s subject', () => {
  it('a body opening the sentence with “The”: “The Food Standards Agency warned…” puts the agency in focus for the “it said” after', () => {
    const text = 'The Food Standards Agency warned people to stay away from slimming products. “We advise the public not to take any tablets,” it said.';
    expect(speakerOf(text)).toEqual({ 'We advise the': 'Food Standards Agency' });
  });

  it('“The Kremlin sent…” is the body “it” means', () => {
    expect(speakerOf('The Kremlin sent a note to Washington on Monday. “We reject these claims,” it said.')).toEqual({ 'We reject these': 'Kremlin' });
  });

  it('after a time adverb: “Yesterday ParkingEye welcomed the judgment, saying …”', () => {
    const text =
      'Richard Lloyd said the ruling was wrong. Yesterday ParkingEye welcomed the judgment, saying it gave “clarity to motorists and the parking industry”.';
    expect(speakerOf(text)).toEqual({ 'clarity to motorists': 'ParkingEye' });
  });

  it('after a number word: “Two years later, Ellen Fetter…” is who “she” means', () => {
    const text = [
      'Margaret Hamilton worked for Lorenz. “He loved that computer more than anything,” Hamilton said.',
      'Two years later, Ellen Fetter showed up at MIT with a degree in math.',
      '“He carried a lot in his head,” she said.',
    ].join('\n\n');
    expect(speakerOf(text)).toEqual({ 'He loved that': 'Margaret Hamilton', 'He carried a': 'Ellen Fetter' });
  });

  it('a body and a role before a name describe the person: “NASA climatologist Gavin Schmidt likened…” is who “he” means', () => {
    for (const body of ['NASA', 'NASA Goddard Institute for Space Studies']) {
      const text = `William Nordhaus wrote a book on climate. ${body} climatologist Gavin Schmidt likened the threshold to a speed limit. “It means the faster you go, the more dangerous it is,” he said.`;
      expect(speakerNames(text)).toEqual(['Gavin Schmidt']);
    }
  });

  describe('but not', () => {
    it('a name alone in brackets, a dateline’s credit: “SURABAYA (Reuters) - …” is never “the airline”', () => {
      const text = [
        'SURABAYA, Indonesia (Reuters) - Indonesian rescuers pulled bodies from the sea on Tuesday.',
        '“A dedicated team will be assigned to each family,” the airline said in a statement.',
      ].join('\n\n');
      expect(speakerNames(text)).not.toContain('Reuters');
    });

    it('a name after a verb: “NASA hired climatologist Gavin Schmidt” keeps NASA the subject', () => {
      const text = 'NASA hired climatologist Gavin Schmidt to study the threshold. “We need the best people,” it said.';
      expect(speakerNames(text)).toEqual(['NASA']);
    });

    it('a name before a noun: “The Trump campaign … said” is the campaign’s, not Trump’s', () => {
      expect(speakerNames('The Trump campaign welcomed the ruling and said: “We are pleased with the decision of the court.”')).not.toContain('Trump');
    });

    it('after a comma, where “the” opens an apposition: a magazine’s motto is no one’s speech', () => {
      const text = 'She published her own magazine, The Green Sheaf, each issue of which bore the words, “my sheaf is small, but it is green.”';
      expect(attribute(text).speakers).toEqual([]);
    });
  });
});
