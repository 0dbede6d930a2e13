import { describe, expect, it } from 'vitest';
import { attribute, DOCTORS_GROUP, speakerNames, speakerOf, speakersWithCues } from '../../support/attribution';

describe('a definite description points back to someone named', () => {
  it.each([
    [
      '“the minister”: the person with that role',
      'Foreign Minister Ana Costa arrived in Lisbon on Monday.\n\n“We will not accept these terms at all,” the minister said.',
      { 'We will not': 'Ana Costa' },
    ],
    [
      '“the 39-year-old”: the person the story is about',
      'Gary Locke was named manager on Friday.\n\n“I am over the moon to get the job,” the 39-year-old said.',
      { 'I am over': 'Gary Locke' },
    ],
    [
      '“the company”: the one company named',
      'Acme Corp. reported record profits on Tuesday.\n\n“Demand was stronger than we expected,” the company said in a statement.',
      { 'Demand was stronger': 'Acme Corp.' },
    ],
  ])('%s', (_name, text, expected) => {
    expect(speakerOf(text)).toEqual(expected);
  });

  it('a capitalised title of someone named before is that person', () => {
    const text = 'Prime Minister Boris Johnson spoke on Monday. The Prime Minister said the plan “will not back down from this fight at all”.';
    expect(speakerNames(text)).toEqual(['Boris Johnson']);
  });

  it('“the doctors” is the group whose name holds that noun', () => {
    const text = [DOCTORS_GROUP, '“Flu season has already begun in many parts of the country,” the doctors stated in the letter.'].join('\n\n');
    expect(speakerOf(text)).toEqual({ 'Flu season has': 'Doctors for Camp Closure' });
  });

  it('a bare “the label” or “the company” is the one body the article named', () => {
    const text = [
      'Republic Records dropped the singer Ana Ruiz on Friday after the video was shared.',
      '“We wish her well in her future endeavours,” the label said in a statement.',
    ].join('\n\n');
    expect(speakerOf(text)).toEqual({ 'We wish her': 'Republic Records' });
  });

  it('“the ministry” alone is the body in focus', () => {
    const text = ['The Ministry of Health said on Monday that cases had fallen.', '“We are cautiously optimistic about the numbers,” the ministry said.'].join(
      '\n\n',
    );
    expect(speakerOf(text)).toEqual({ 'We are cautiously': 'Ministry of Health' });
  });

  it.each([
    ['after the verb', '“The greatest threat is anticipated across the central Plains,” wrote the center.'],
    ['before the verb', 'The center said the “greatest threat is anticipated across the central Plains”.'],
  ])('a word of a body’s name, “the center”, is the body so named (%s)', (_name, sentence) => {
    const text = `Storms were forecast by the National Weather Service’s Storm Prediction Center on Friday.\n\n${sentence}`;
    expect(speakerNames(text)).toEqual(['Storm Prediction Center']);
  });

  it('and no one when no body is so named', () => {
    expect(speakerNames('Storms were forecast on Friday.\n\n“The greatest threat is anticipated across the central Plains,” wrote the center.')).toEqual([]);
  });

  it('“the other official” is not the one quoted before', () => {
    const text = '“We expect a decision this week,” one official said. “Nothing has been decided yet,” the other official said.';
    expect(speakerOf(text)).toEqual({ 'We expect a': 'one official', 'Nothing has been': 'the other official' });
  });

  it('a body’s word ending a description of a person is no body: “added the founder of the center”', () => {
    const text = '“We have been full every night since October,” said Jane Smith. “Nobody is coming to help us,” added the founder of the center.';
    expect(speakerNames(text)).toEqual(['Jane Smith']);
  });

  it('“the same official” is the unnamed official quoted before, not a named person with that role', () => {
    const text = [
      'Naseem Akbar, a senior official at the ministry, met the traders.',
      '“Has corruption become what holds everything together?” one Western official asks.',
      '“There’s everything-to-myself corruption,” the same official explains.',
    ].join('\n\n');
    expect(speakerOf(text)).toEqual({ 'Has corruption become': 'one Western official', 'There’s everything-to-myself corruption,': 'one Western official' });
  });

  describe('and nobody else', () => {
    it('a bare “the physicians” that no name holds is nobody, not a speaker “the physicians”', () => {
      const text = [DOCTORS_GROUP, '“We implore you to allow our volunteers to hold the clinic,” the physicians stated in the letter.'].join('\n\n');
      expect(attribute(text).speakers).toEqual([]);
    });

    it('“the police” are not the one company named', () => {
      const text = 'The Acme Corporation recalled the heaters on Monday.\n\n“A man was taken into custody after the fire,” the police said.';
      expect(speakersWithCues(text)).toEqual([['police', 'X said']]);
    });

    it('“the officials” stay a source', () => {
      expect(speakersWithCues('“A man was taken into custody after the fire at the plant,” the officials said.')).toEqual([['the officials', 'X said']]);
    });

    it('a description with its own qualifier still describes: “the victim’s mother”', () => {
      const text = 'Tom Hale was sentenced on Friday. “She was brave, strong, and smart,” the victim’s mother said.';
      expect(speakerNames(text)).toEqual(['the victim’s mother']);
    });

    it('“the French foreign ministry” after “Russia’s foreign ministry” is another body', () => {
      const text = [
        'Russia’s foreign ministry said the move was “another measure contradicting the legal footing” of a deal.',
        'The French foreign ministry said it “regrets any decision likely to encourage settlement building”.',
      ].join('\n\n');
      const speakers = attribute(text).speakers.map((s) => [s.name, s.kind]);
      expect(speakers).toContainEqual(['French foreign ministry', 'organization']);
    });
  });
});

describe('a pronoun is the person in focus', () => {
  it('“he” is the person in focus, not the nearest name', () => {
    const text = [
      'Secretary of State Antony Blinken spoke of “the necessity of direct engagement with each other.”',
      '“We have an obligation to manage the relationship,” he said in a meeting with Party Secretary Chen Jining.',
    ].join('\n\n');
    expect(speakerOf(text)).toEqual({ 'the necessity of': 'Antony Blinken', 'We have an': 'Antony Blinken' });
  });

  it('“she” goes past a man named in between', () => {
    const text =
      'Senator Jane Roe met Governor Tom Hale on Monday. Roe, a Democrat, has long opposed the plan.\n\n“This bill is a disaster for working families,” she said.';
    expect(speakerOf(text)).toEqual({ 'This bill is': 'Jane Roe' });
  });

  it('“he” is never an organisation', () => {
    const text = ['The Acme Corporation announced layoffs on Friday.', '“It was a hard decision for everyone,” he said.'].join('\n\n');
    expect(speakerNames(text)).not.toContain('Acme Corporation');
  });
});
