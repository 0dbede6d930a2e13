import { describe, expect, it } from 'vitest';
import { attribute, speakerNames, speakerOf, speakersWithCues } from '../../support/attribution';

describe('a cue names the speaker, in each of its forms', () => {
  it.each([
    ['X said after the quote', '“We will win the vote,” Maria Lopez said.', { 'We will win': 'Maria Lopez' }],
    ['said X after the quote', '“We will win the vote,” said Maria Lopez.', { 'We will win': 'Maria Lopez' }],
    ['X said before the quote', 'Maria Lopez said: “We will win the vote.”', { 'We will win': 'Maria Lopez' }],
    ['according to X', 'The plan is “dead on arrival in the Senate,” according to John Harris.', { 'dead on arrival': 'John Harris' }],
    ['X: before the quote', 'John Harris: “The plan is dead on arrival.”', { 'The plan is': 'John Harris' }],
    ['a credit line after the quotation', '“Trump must stop portraying Latinos as gangsters.” ― Carla Sanchez', { 'Trump must stop': 'Carla Sanchez' }],
  ])('%s', (_name, text, expected) => {
    expect(speakerOf(text)).toEqual(expected);
  });

  it('gives both halves of an interrupted quotation to one speaker', () => {
    expect(speakerOf('“We will fight this,” Senator Jane Roe said, “and we will win it in the end.”')).toEqual({
      'We will fight': 'Jane Roe',
      'and we will': 'Jane Roe',
    });
  });
});

describe('after “told” stands the listener, never the speaker', () => {
  it('“told NBC News” after an apposition', () => {
    const text = '“This is how epidemics begin,” Dr. Luz Contreras Arroyo, a member of the group, told NBC News.';
    expect(speakerOf(text)).toEqual({ 'This is how': 'Luz Contreras Arroyo' });
  });

  it('“told Newsweek:” before the quotation', () => {
    const text = 'Ian Hamilton told Newsweek: “The effect was small but real, and it matters for policy.”';
    expect(Object.values(speakerOf(text))).not.toContain('Newsweek');
  });

  it('“told the Sunday Times:” before the quotation: the source speaks, not the paper', () => {
    const text = 'A source told the Sunday Times: “The 100 or so include teachers and teaching assistants at the school.”';
    expect(attribute(text).speakers.map((s) => [s.name, s.kind])).toEqual([['source', 'unnamed']]);
  });
});

describe('after “asked” or “urged” stands who is addressed, unless a quotation came first', () => {
  it('“Smith, delivering the speech, asked the Cleveland crowd “…”” is Smith; ““Why now?” asked Jones” is Jones', () => {
    expect(speakerOf('Patricia Smith spoke. Smith, delivering the speech, asked the Cleveland crowd “Why should we give her the presidency?”')).toEqual({
      'Why should we': 'Patricia Smith',
    });
    expect(speakerOf('“Why now, after all these years?” asked Jones.')).toEqual({ 'Why now, after': 'Jones' });
  });
});

describe('a reporting verb’s form used as a noun is no cue', () => {
  it('after a possessive: “the state’s” does not take the quotation from “said”', () => {
    const text = 'Governor Kristi Noem said that the state’s meth epidemic “needs to be a dinner table conversation for all families here.”';
    expect(speakerOf(text)).toEqual({ 'needs to be': 'Kristi Noem' });
  });

  it('“as X put it” is speech; “as he might put it” is a saying', () => {
    expect(speakerOf('There is subcontracting—or, as Tanner Fischer put it, “giving away good union jobs.”')).toEqual({ 'giving away good': 'Tanner Fischer' });
    expect(speakerOf('The law “has achieved remarkable success,” as the New York Times put it on Tuesday.')).toEqual({
      'has achieved remarkable': 'New York Times',
    });
    expect(speakerNames('As Sherlock Holmes might put it, “elementary, my dear Watson, elementary.”')).toEqual([]);
  });

  it('a plural noun with its own verb: “Facebook posts show”, “Telegram posts read”', () => {
    expect(speakerNames('He called the vaccine “poison,” Facebook posts show.')).toEqual([]);
    expect(speakerNames('“We are coming for you,” Telegram posts read.')).toEqual([]);
  });
});

describe('a verb that doubles as a noun reports a quotation right before it', () => {
  it('““…,” comments Jane Doe” is Doe; ““…,” White House press secretary Josh Earnest told” is not the White House', () => {
    expect(speakerOf('“I’m not going anywhere,” comments Jane Doe, who has lived in the village for 40 years.')).toEqual({ 'I’m not going': 'Jane Doe' });
    expect(speakerOf('“We are deeply concerned about it,” White House press secretary Josh Earnest told reporters.')).toEqual({
      'We are deeply': 'Josh Earnest',
    });
  });

  it('“Bank of Canada worries”, “Therm-a-Rest has addressed this” further on: a noun, a verb with its object, not speech', () => {
    const caption = 'The “unambiguously strong [jobs] report” should somewhat ease Bank of Canada worries about the economy, said BMO’s Benjamin Reitzes.';
    expect(speakerNames(caption)).not.toContain('Bank of Canada');
    const acronym = 'Therm-a-Rest has addressed this with what it calls W.A.R.M. fit, which stands for “with additional room for multiple” positions.';
    expect(speakerNames(acronym)).toEqual([]);
  });
});

describe('the cue a quotation belongs to', () => {
  it('closing on a comma, it hands over to the cue after it: “calling Trump “an orange buffoon,” Susan said”', () => {
    const text = 'Mary Susan, a delegate, laughed. Her friends have mocked the campaign, calling Trump “an orange buffoon,” Susan said as she turned around.';
    expect(speakersWithCues(text)).toEqual([['Mary Susan', 'X said']]);
  });

  it('unless the cue before introduces it right away: “Feinstein said “…,” she said”', () => {
    const text =
      'Dianne Feinstein sat beside the senator. Hillary Clinton spoke first. Feinstein said “I don’t know anything about the emails at all,” she said.';
    expect(speakersWithCues(text)).toEqual([['Dianne Feinstein', 'X said']]);
  });

  it('“X, for example, said Christie “…””: with the quotation still to come, the subject before the comma speaks', () => {
    const text = 'State Sen. Dawn Addiego (R-Burlington), for example, said Christie “has dedicated his efforts to make New Jersey affordable for families.”';
    expect(speakerOf(text)).toEqual({ 'has dedicated his': 'Dawn Addiego' });
    // After a quotation the name after the verb is still the speaker.
    expect(speakerOf('“We will rebuild the boardwalk,” said Christie, standing beside the mayor.')).toEqual({ 'We will rebuild': 'Christie' });
  });

  it('a cue after “and” is another clause’s', () => {
    expect(speakersWithCues('Ann Smith called the plan “unworkable for the city,” and Jones said he agreed with the mayor.')).toEqual([
      ['Ann Smith', 'X said'],
    ]);
  });
});

describe('what is speech and what is not', () => {
  it.each([
    ['a scare quote', 'The military called them “criminals” and moved on.'],
    ['a two-word term', 'Researchers call it “mental chronometry” in the paper.'],
    ['a nickname', 'Critics called her “Gucci Grace” for years.'],
    ['a title of a work', 'She starred in “The Long Goodbye Of Summer” last year.'],
  ])('not %s', (_name, text) => {
    expect(attribute(text).speakers).toEqual([]);
  });

  it.each([
    [
      'a book',
      'In her book “A Paradise Built in Hell: The Extraordinary Communities that Arise in Disaster,” Rebecca Solnit wrote of the deep satisfaction people find when they help.',
    ],
    ['a song', 'The band closed with the song “We will walk together through the night and never stop,” Mary Hale said later.'],
    [
      'entitled, with a comma',
      'Not long after, Jim DeRogatis himself penned a piece entitled, “Why Are People Finally Paying Attention to R. Kelly’s Many Crimes?”',
    ],
  ])('not a title after “%s”: the name of a work', (_name, text) => {
    expect(speakerNames(text)).toEqual([]);
  });

  it('not a quotation between a determiner and its noun, which names a thing: the “one country, two systems” formula', () => {
    const text = 'China said it is committed to the “one country, two systems” formula, while the city’s police say they show restraint.';
    expect(attribute(text).speakers).toEqual([]);
  });

  it('a quotation after “that” is speech', () => {
    expect(speakersWithCues('Mayor John Smith said that “nothing has changed at all in this city” despite the ruling.')).toEqual([['John Smith', 'X said']]);
  });

  it('a quotation after “the” that runs into the clause is still speech', () => {
    const text = 'Whole Foods CEO John Mackey said in a memo that the “price distinction between the two brands has become less relevant” as prices fell.';
    expect(speakerNames(text)).toEqual(['John Mackey']);
  });

  it('words after such a noun that open in lower case stay a quotation', () => {
    const text = 'Many fans doubt the decision to finish each film “the way it was meant to be,” George Lucas said.';
    expect(speakerNames(text)).toEqual(['George Lucas']);
  });

  it('not a saying: “as Sherlock would say” quotes no one here', () => {
    const text = 'Tom Hale looked at the evidence. As Sherlock would say, “the game is afoot, and the clues are everywhere.”';
    expect(speakerNames(text)).not.toContain('Sherlock');
  });

  it('not a title after a verb that announces it: “by announcing “Super Mario Run,” the company’s first…”; “by saying “Too many have died.”” is speech', () => {
    const title = attribute('Nintendo and Apple shocked the world by announcing “Super Mario Run,” the company’s first mobile game.');
    expect(title.speakers).toEqual([]);
    expect(title.unattributed).toEqual([]);
    const speech = attribute('The president closed his list of shootings by saying “Too Many Have Died.” The audience was silent.');
    expect(speech.speakers.length + speech.unattributed.length).toBe(1);
  });
});
