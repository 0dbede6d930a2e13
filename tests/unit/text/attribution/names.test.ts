import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../../lib/text/attribution/names';
import { tokenize } from '../../../../lib/text/tokens';
import { attribute, bySpeaker, kinds, speakerNames, speakerOf, speakersWithCues } from '../../support/attribution';

describe('a run of capitals splits into a title and a name', () => {
  it.each([
    [
      'a place between a role and the name',
      'China’s ambassador to Britain Liu Xiaming said China has the “resolution and power” to end the unrest.',
      'Liu Xiaming',
    ],
    ['an envoy for a country', 'The special envoy for Ukraine Kurt Volker said “we are making progress on the talks”.', 'Kurt Volker'],
    [
      'a long title ending in a body',
      '“The injured party has given a credible account,” said Deputy Director of Public Prosecution Eva-Marie Persson.',
      'Eva-Marie Persson',
    ],
    ['a body before an unlisted title', '“Companies of all sizes are joining the program,” said NASA Administrator Jim Bridenstine.', 'Jim Bridenstine'],
    [
      'a country glued before the name',
      'Ambassador to the court of St James’s, Britain Liu Xiaming said “we will not sit on our hands” on Monday.',
      'Liu Xiaming',
    ],
    ['a team and a position abbreviation', '“You get what’s coming to you,” Browns DL Sheldon Richardson said after the game.', 'Sheldon Richardson'],
    [
      'a group named “<people> for <cause>”',
      '“Flu season has already begun in many parts of the country,” Physicians for Human Rights said in a letter.',
      'Physicians for Human Rights',
    ],
    ['a body named with a possessive', 'On Monday, People’s Daily said there is “absolutely no room for compromise” on the matter.', 'People’s Daily'],
    ['an abbreviated delegate’s title', '“This is a waste of time,” said Del. Stacey Plaskett, a Democrat from the Virgin Islands.', 'Stacey Plaskett'],
    ['an abbreviated military title', '“We will hold the line,” said Cmdr. John Smith of the Navy.', 'John Smith'],
    ['a speech verb opening the sentence', 'Replied Stephen Colbert: “I have never been more serious about anything in my life.”', 'Stephen Colbert'],
    [
      'a one-word body’s name that goes on after “the … and”',
      '“The vaccine is safe and effective,” the Food and Drug Administration said.',
      'Food and Drug Administration',
    ],
    [
      'a body’s name that goes on after “and”',
      '“We are running out of food and fuel for the camps,” said the United Nations Relief and Works Agency for Palestine Refugees.',
      'United Nations Relief and Works Agency',
    ],
  ])('%s', (_name, text, name) => {
    expect(speakerNames(text)).toEqual([name]);
  });

  it('a person with a title and a body joined by “and” stay two: “President Trump and Fox News”', () => {
    const text = 'President Trump and Fox News have a close relationship. “They treat me very fairly, much better than the others,” he said.';
    expect(speakerNames(text)).toEqual(['Trump']);
  });

  it('a title before the name', () => {
    expect(speakerOf('“The talks went well,” said Foreign Minister Ana Costa.')).toEqual({ 'The talks went': 'Ana Costa' });
  });

  it('keeps initials inside a name', () => {
    const text = '“We will keep going,” said Senator John Q. Adams.';
    expect(speakerNames(text)).toEqual(['John Q. Adams']);
  });

  it.each(['Justice Department', 'State Department'])(
    '“the %s said” is that department, not “Department”: title-like words and a body word name a body',
    (body) => {
      expect(speakerNames(`The ${body} said “the review will take several more months to complete at least”.`)).toEqual([body]);
    },
  );

  it.each([
    ['And AA president Edmund King said: “This is a licence to print money for people who own car parks.”', 'Edmund King'],
    ['Martin Luther King said “I have a dream that one day this nation will rise up”.', 'Martin Luther King'],
  ])('a title word ending a name is a surname: %s', (text, name) => {
    expect(speakerNames(text)).toEqual([name]);
  });
});

describe('a whole name', () => {
  it('a lower-case particle joined by a hyphen (“al-Assad”) is part of the name, and the bare surname is the same person', () => {
    const text =
      'Syrian President Bashar al-Assad said: “We will win this war.” Later, Assad said “it is over now.” Abu Bakr al-Baghdadi said “we will fight on.”';
    expect(speakerOf(text)).toEqual({ 'We will win': 'Bashar al-Assad', 'it is over': 'Bashar al-Assad', 'we will fight': 'Abu Bakr al-Baghdadi' });
  });

  it('two particles in a row (“von der”, “de la”) stay inside the name', () => {
    const text = 'Ursula von der Leyen said “Europe is ready.” Von der Leyen added: “We act now, together.” Oscar de la Hoya said “I am back in the ring.”';
    expect(speakerOf(text)).toEqual({ 'Europe is ready.': 'Ursula von der Leyen', 'We act now,': 'Ursula von der Leyen', 'I am back': 'Oscar de la Hoya' });
  });

  it('a word that never opens a name may close one: “Human Rights Watch” and “Judicial Watch” are whole organisations', () => {
    const text =
      'Human Rights Watch said: “The records are incomplete and must be released.” The emails were found, according to Judicial Watch: “This production includes material from a records cache.”';
    expect(attribute(text).speakers.map((s) => [s.name, s.kind])).toEqual([
      ['Human Rights Watch', 'organization'],
      ['Judicial Watch', 'organization'],
    ]);
  });

  it.each([
    [
      '“San Francisco” keeps its first word',
      'The San Francisco Police Department said “the suspect was taken into custody on Monday”.',
      [['San Francisco Police Department', 'X said']],
    ],
    [
      'a name with an accent keeps its first word',
      'Andrés Manuel López Obrador said “the suspect was taken into custody on Monday”.',
      [['Andrés Manuel López Obrador', 'X said']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(speakersWithCues(text)).toEqual(expected);
  });
});

describe('a word before a name describes the person', () => {
  it.each([
    ['But Scientologist John Travolta said “it would not make sense for anyone at all to leave now”.', 'John Travolta'],
    ['Democrat Hillary Clinton said “that makes me smart and everyone knows it now”.', 'Hillary Clinton'],
    ['The economist C. Eugene Steuerle said “everything else is getting squeezed out of the budget”.', 'C. Eugene Steuerle'],
  ])('a word before a given name and a surname: %s', (text, name) => {
    expect(speakerNames(text)).toEqual([name]);
  });

  it('a nationality: “Briton Lewis Hamilton”', () => {
    expect(speakerNames('Briton Lewis Hamilton said: “It was a great race for all of us.”')).toEqual(['Lewis Hamilton']);
  });

  it('a nationality after “the”: “The Briton Lando Norris finished second… he said” is Norris', () => {
    const text =
      'The Australian Oscar Piastri won the race.\n\nThe Briton Lando Norris finished second, ahead of Max Verstappen.\n\n“Oscar drove brilliantly today and deserved it,” he said.';
    expect(Object.values(speakerOf(text))).toEqual([expect.stringContaining('Lando Norris')]);
  });

  it('a nationality keeps the person a person (“Briton Chris Evans”); “The Australian” is a newspaper, not a nationality', () => {
    expect(kinds('Briton Chris Evans won the race on Sunday. “It was a great race for all of us,” he said.').map(([, kind]) => kind)).toEqual(['person']);
    // "The Australian" is a newspaper: that word stays out of the nationalities.
    expect(speakerNames('“We stand by every word of our story,” The Australian said in a statement.')).toEqual(['Australian']);
  });
});

describe('a nationality alone is a description, never a name', () => {
  it('“the German said” names no one called “German”, and does not guess which person is meant', () => {
    const text = 'Lewis Hamilton took pole ahead of Nico Rosberg. “It was very close today,” the German said.';
    expect(speakerNames(text)).toEqual([]);
    expect(attribute(text).unattributed.map((q) => q.text)).toEqual(['It was very close today,']);
  });

  it('a nationality before a plural names a group, never the person “he” means: “Tunisian Islamists”', () => {
    const text = '“There is a consensus here,” Ajmi Lourimi said. Tunisian Islamists were worried about the crackdown. “We have nothing to fear,” he said.';
    expect(speakerOf(text)).toEqual({ 'There is a': 'Ajmi Lourimi', 'We have nothing': 'Ajmi Lourimi' });
    const group = attribute('“We have nothing to fear,” Tunisian Islamists said in a statement.').speakers;
    expect(group.map((s) => [s.name, s.kind])).toEqual([['Tunisian Islamists', 'unnamed']]);
  });

  it('a national group of two words speaks as one: “Greek Cypriots”', () => {
    expect(attribute('Greek Cypriots voted on Sunday. “We said no to the plan,” they said.').speakers.map((s) => [s.name, s.kind])).toEqual([
      ['Greek Cypriots', 'unnamed'],
    ]);
  });
});

describe('what a name is not', () => {
  it('a name that describes a thing (“a Margaret Hamilton Lego minifigure”) is no mention of the person', () => {
    const text = [
      'When Margaret Hamilton arrived at MIT in 1959, the lab had just bought a computer.',
      'In 2017 she got the greatest honour of all: a Margaret Hamilton Lego minifigure.',
      '“He loved that computer more than anything else,” Hamilton said.',
    ].join('\n\n');
    expect(speakerNames(text)).toEqual(['Margaret Hamilton']);
  });

  it('a sentence-initial participle is a verb: “Welcoming Blinken…” leaves “he told Blinken” to Wang Yi', () => {
    const text = [
      'Welcoming Blinken to the guesthouse, Wang Yi offered a cautious assessment.',
      '“Overall the relationship is beginning to stabilize,” he told Blinken.',
    ].join('\n\n');
    expect(speakerOf(text)).toEqual({ 'Overall the relationship': 'Wang Yi' });
  });

  it('a capitalised plural of people opening a sentence (“Delegates”, “Staff”) is not a name', () => {
    expect(speakerNames('Delegates cheered on the floor. “We are here to win this thing in November and beyond.”')).toEqual([]);
  });

  it('a sentence’s first word that the article writes in lower case is not part of a name (“Abortions Jeb Bush…”)', () => {
    const text = 'Jeb Bush spoke in Iowa about abortions and taxes. Abortions Jeb Bush said “were never going to be part of this campaign at all”.';
    expect(speakerNames(text)).toEqual(['Jeb Bush']);
  });

  describe('a place', () => {
    it.each([
      ['a country as the subject', 'Protesters marched again. “One country, two systems must be respected by everyone,” China said.'],
      ['a country after the verb', '“We will not stand by while this goes on,” said Ukraine in a note.'],
    ])('%s', (_name, text) => {
      expect(speakerNames(text)).toEqual([]);
    });

    it('a place named in the sentence after an uncued quotation', () => {
      const text = [
        'Tensions rose again on Monday after the vote.',
        '“Struggle against infiltration and separatism must continue everywhere,” it read. Hong Kong stayed calm.',
      ].join('\n\n');
      expect(speakerNames(text)).not.toContain('Hong Kong');
    });
  });

  describe('in a headline, where capitals do not mark names', () => {
    it('“Gold Star Mom Corners Obama On His Refusal…” names only “Obama”, whom the prose names', () => {
      const text = [
        'Gold Star Mom Corners Obama On His Refusal To Use The Words ‘Islamic Terrorist.’',
        'President Barack Obama responded to a Gold Star mother Wednesday night.',
        '“Do I think that it’s a huge deal? No,” said Obama.',
      ].join('\n\n');
      expect(speakerOf(text)).toEqual({ 'Do I think': 'Barack Obama' });
    });

    it('a headline word that only opened a prose sentence (“Debate over…”) is no name', () => {
      const headline = 'Debate Rages As Critics Use Funds Meant For Anna Hale';
      const article = { common: new Set(['debate', 'use']), proseNames: () => new Set(['debate', 'use', 'anna hale', 'anna', 'hale']), knows: () => false };
      expect(findMentions(tokenize(headline, 0, headline.length, []), article).map((m) => m.name)).toEqual(['Anna Hale']);
    });

    it('a headline name the prose never writes is no one', () => {
      const text = ['Angry Voters Rally Behind Governor Smith', '“We will win this,” a voter said at the rally.'].join('\n\n');
      expect(speakerNames(text)).not.toContain('Angry Voters Rally Behind Governor Smith');
      expect(attribute(text).mentioned.map((m) => m.name)).toEqual([]);
    });
  });
});

describe('what kind of speaker a name is', () => {
  it('a body before a title gives a person, not an organisation', () => {
    const text = '“Companies of all sizes are joining the program,” said NASA Administrator Jim Bridenstine.';
    expect(attribute(text).speakers[0]).toMatchObject({ name: 'Jim Bridenstine', kind: 'person' });
  });

  it('marks organisations and unnamed sources', () => {
    const text = [
      'The plan was “a reckless gamble with public money,” the Department of Health said in a statement.',
      '“We were never consulted about any of this,” a White House spokesperson said.',
    ];
    expect(bySpeaker(text, 'kind')).toEqual({ 'Department of Health': 'organization', 'White House spokesperson': 'unnamed' });
  });

  it('a person’s name before a publication stays a person: “The Rupert Murdoch tabloid”', () => {
    expect(kinds('The Rupert Murdoch tabloid ran the story on Monday. “We stand by every word of it,” Murdoch said.')).toEqual([
      ['Rupert Murdoch', 'person', null],
    ]);
  });

  it.each(['English Collective of Prostitutes', 'Cleveland Metroparks Zoo', 'Google Art Project'])('a body, which “he” never means: %s', (body) => {
    const text = `Martin Bellander runs a blog. The ${body} released the figures on Monday. “The changes might be the result of many trends at once,” he said.`;
    expect(speakerNames(text)).toEqual(['Martin Bellander']);
  });

  it.each([
    ['named with its noun', 'At the World Governments Summit in Dubai this February, he reminded an audience of leaders that AI matters.'],
    ['named before its noun', 'At its annual Camp Strava event, he reminded an audience of leaders that AI matters.'],
  ])('an event, which “he” never means: %s', (_name, event) => {
    const text = `It is a great idea for Jensen Huang, who sells chips to governments. ${event} He then told these leaders what he would do: “The first thing that I would do is codify the language of your culture.”`;
    expect(speakerNames(text)).toEqual(['Jensen Huang']);
  });

  it('a given name tells a pronoun’s gender: “she said” never goes to a Marcus, even when he is the one in focus', () => {
    const text = [
      'Sarah Watson, 23, met the footballer in a Manchester bar last year.',
      'Marcus Rojo, 25, has denied every part of the story through his lawyers.',
      '“I did it because I liked him, not for money or to sell the story,” she said.',
    ].join('\n\n');
    expect(speakerOf(text)).toEqual({ 'I did it': 'Sarah Watson' });
  });
});
