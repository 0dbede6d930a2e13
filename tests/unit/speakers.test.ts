import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../lib/text/attribution/attribute';
import { guessLanguage } from '../../lib/text/terms';
import { articleFromText } from '../../lib/text/article-text';
import { bySpeaker, speakerOf } from './support/attribution';

describe('attributeQuotes finds the speaker', () => {
  it.each([
    ['X said after the quote', '“We will win the vote,” Maria Lopez said.', { 'We will win': 'Maria Lopez' }],
    ['said X after the quote', '“We will win the vote,” said Maria Lopez.', { 'We will win': 'Maria Lopez' }],
    ['X said before the quote', 'Maria Lopez said: “We will win the vote.”', { 'We will win': 'Maria Lopez' }],
    ['according to X', 'The plan is “dead on arrival in the Senate,” according to John Harris.', { 'dead on arrival': 'John Harris' }],
    ['X: before the quote', 'John Harris: “The plan is dead on arrival.”', { 'The plan is': 'John Harris' }],
    ['a title before the name', '“The talks went well,” said Foreign Minister Ana Costa.', { 'The talks went': 'Ana Costa' }],
    [
      'an apposition between name and verb',
      'Wang Yi, China’s top diplomat, said “the relationship is beginning to stabilize.”',
      { 'the relationship is': 'Wang Yi' },
    ],
  ])('%s', (_name, text, expected) => {
    expect(speakerOf(text)).toEqual(expected);
  });

  it.each([
    [
      'a quotation over two paragraphs, attributed at its end',
      '“We have to build the wall now,\n\n“and we have to build it before the next storm arrives,” said Mayor Elena Marsh.',
      { 'We have to': 'Elena Marsh' },
    ],
    [
      'a British single-quoted quotation',
      'The deal was ‘a very good one for everybody involved’, Boris Johnson said.',
      { 'a very good': 'Boris Johnson' },
    ],
    [
      '“the minister” as the speaker',
      'Foreign Minister Ana Costa arrived in Lisbon on Monday.\n\n“We will not accept these terms at all,” the minister said.',
      { 'We will not': 'Ana Costa' },
    ],
    [
      '“the 39-year-old” as the speaker',
      'Gary Locke was named manager on Friday.\n\n“I am over the moon to get the job,” the 39-year-old said.',
      { 'I am over': 'Gary Locke' },
    ],
    [
      '“the company” as the speaker',
      'Acme Corp. reported record profits on Tuesday.\n\n“Demand was stronger than we expected,” the company said in a statement.',
      { 'Demand was stronger': 'Acme Corp.' },
    ],
    [
      'the speaker named in the sentence after',
      '“We will keep fighting for the people of this city.” That was how Mayor Elena Marsh put it on Monday.',
      { 'We will keep': 'Elena Marsh' },
    ],
    [
      'a quotation after a photo caption',
      [
        '“The water came up so fast we could not move the cars,” said resident Tom Hale.',
        'Flood water covers the main street of the town on Sunday',
        '“Nobody warned us that the river would rise so quickly.”',
      ].join('\n\n'),
      { 'The water came': 'Tom Hale', 'Nobody warned us': 'Tom Hale' },
    ],
    [
      '“she” past a man named in between',
      'Senator Jane Roe met Governor Tom Hale on Monday. Roe, a Democrat, has long opposed the plan.\n\n“This bill is a disaster for working families,” she said.',
      { 'This bill is': 'Jane Roe' },
    ],
    [
      'a nested quotation inside one speaker’s words',
      '“He told me, ‘We will never give up on this town,’ and I believed him,” said Maria Lopez.',
      { 'He told me,': 'Maria Lopez' },
    ],
    [
      'a quotation standing alone after a paragraph about someone else than the last speaker',
      [
        '“We leapfrogged between the whales all day,” says ranger Jamie Werner.',
        'But for Hori Parata and his family the slow deaths of their ancestors are personal.',
        '“It’s very emotional. Our ancestors tell us the strandings are a sign from the sea.”',
      ].join('\n\n'),
      { 'We leapfrogged between': 'Jamie Werner', 'It’s very emotional.': 'Hori Parata' },
    ],
    [
      'a short reply whose closing mark follows a nested one',
      '“I’m not,” Mr. Nehemiah Dejesus said as he secured the clamp. “It’s ‘Showtime at the Apollo.’”',
      { 'I’m not,': 'Nehemiah Dejesus', 'It’s ‘Showtime at': 'Nehemiah Dejesus' },
    ],
    ['a credit line after the quotation', '“Trump must stop portraying Latinos as gangsters.” ― Carla Sanchez', { 'Trump must stop': 'Carla Sanchez' }],
    ['two apostrophes as quote marks', "''There's a lot of new complexity,'' said Leonard Burman.", { "There's a lot": 'Leonard Burman' }],
  ])('%s', (_name, text, expected) => {
    expect(speakerOf(text)).toEqual(expected);
  });

  it('gives both halves of an interrupted quotation to one speaker', () => {
    expect(speakerOf('“We will fight this,” Senator Jane Roe said, “and we will win it in the end.”')).toEqual({
      'We will fight': 'Jane Roe',
      'and we will': 'Jane Roe',
    });
  });

  it('resolves “he” to the person in focus, not to the nearest name', () => {
    const text = [
      'Secretary of State Antony Blinken spoke of “the necessity of direct engagement with each other.”',
      '“We have an obligation to manage the relationship,” he said in a meeting with Party Secretary Chen Jining.',
    ].join('\n\n');
    expect(speakerOf(text)).toEqual({ 'the necessity of': 'Antony Blinken', 'We have an': 'Antony Blinken' });
  });

  it('does not take the object of “told” as the referent of “he”', () => {
    const text = [
      'Welcoming Blinken to the guesthouse, Wang Yi offered a cautious assessment.',
      '“Overall the relationship is beginning to stabilize,” he told Blinken.',
    ].join('\n\n');
    expect(speakerOf(text)).toEqual({ 'Overall the relationship': 'Wang Yi' });
  });

  it('lets a stand-alone quotation paragraph continue the previous speaker', () => {
    const text = [
      '“Our nation is in danger tonight,” said Prime Minister Habib Essid.',
      '“We must stand together against those who want to divide us.”',
    ].join('\n\n');
    expect(speakerOf(text)).toEqual({ 'Our nation is': 'Habib Essid', 'We must stand': 'Habib Essid' });
  });

  it('merges a surname and a title with the full name', () => {
    const text = [
      'Secretary of State Antony Blinken arrived on Friday.',
      '“I look forward to these discussions,” Blinken said.',
      '“We have differences,” Mr. Blinken added.',
    ].join('\n\n');
    const result = attributeQuotes(articleFromText(text).paragraphs, 'en', { minConfidence: 0 });
    expect(result.speakers).toHaveLength(1);
    expect(result.speakers[0]).toMatchObject({ name: 'Antony Blinken', role: 'Secretary of State' });
    expect(result.speakers[0]!.quotes).toHaveLength(2);
  });

  it('keeps two people with one surname apart when the text tells them apart', () => {
    const text = [
      '“The sea is telling us something,” said Hori Parata, an elder of the tribe.',
      '“People dismiss us when we tell them,” says his son, Te Kaurinui Parata.',
      '“We need to listen to the whales,” says Parata.',
    ].join('\n\n');
    expect(speakerOf(text)).toEqual({
      'The sea is': 'Hori Parata',
      'People dismiss us': 'Te Kaurinui Parata',
      'We need to': 'Hori Parata',
    });
  });

  it('reads roles from appositions and titles', () => {
    const text = [
      '“This attack is meant to threaten us,” said Lotfi Azzouz, Tunisia country director for Amnesty International.',
      'China’s top diplomat, Wang Yi, said “the negative factors are still building.”',
    ];
    expect(bySpeaker(text, 'role')).toEqual({
      'Lotfi Azzouz': 'Tunisia country director for Amnesty International',
      'Wang Yi': 'China’s top diplomat',
    });
  });

  it('a long apposition is cut after its last role word, never inside a name', () => {
    const text = [
      '“The rules will not change much,” said Tom Reeves, a senior fellow at the Center for Health and Human Services in Washington.',
      '“We need more data,” said Ana Ortiz, the deputy secretary for water programs at the Pennsylvania Department of Environmental Protection.',
    ];
    expect(bySpeaker(text, 'role')).toEqual({ 'Tom Reeves': 'senior fellow', 'Ana Ortiz': 'the deputy secretary' });
  });

  it('marks organisations and unnamed sources', () => {
    const text = [
      'The plan was “a reckless gamble with public money,” the Department of Health said in a statement.',
      '“We were never consulted about any of this,” a White House spokesperson said.',
    ];
    expect(bySpeaker(text, 'kind')).toEqual({ 'Department of Health': 'organization', 'White House spokesperson': 'unnamed' });
  });
});

describe('attributeQuotes leaves out what is not a quotation', () => {
  it.each([
    ['a scare quote', 'The military called them “criminals” and moved on.'],
    ['a two-word term', 'Researchers call it “mental chronometry” in the paper.'],
    ['a nickname', 'Critics called her “Gucci Grace” for years.'],
    ['a title of a work', 'She starred in “The Long Goodbye Of Summer” last year.'],
  ])('%s', (_name, text) => {
    expect(attributeQuotes(articleFromText(text).paragraphs, 'en', { minConfidence: 0 }).speakers).toEqual([]);
  });

  it('lists people who are named but never quoted apart from speakers', () => {
    const text = 'German Chancellor Olaf Scholz was in Beijing. “We will talk again soon,” said Antony Blinken.';
    const result = attributeQuotes(articleFromText(text).paragraphs, 'en', { minConfidence: 0 });
    expect(result.speakers.map((s) => s.name)).toEqual(['Antony Blinken']);
    expect(result.mentioned.map((m) => m.name)).toContain('Olaf Scholz');
  });
});

describe('pages in other languages', () => {
  it.each([
    ['es', 'El presidente dijo que el gobierno no aceptará las condiciones de la oposición en el congreso.'],
    ['fr', 'Le président a déclaré que le gouvernement ne va pas accepter les conditions de l’opposition.'],
    ['de', 'Der Präsident sagte, dass die Regierung die Bedingungen der Opposition nicht akzeptieren wird.'],
    ['en', 'The president said that the government would not accept the conditions set by the opposition.'],
  ])('guesses %s from the stop words', (lang, text) => {
    expect(guessLanguage(text)).toBe(lang);
  });

  it('finds quotations but leaves them unattributed rather than guess', () => {
    const text = '„Wir werden diese Bedingungen nicht akzeptieren“, sagte Kanzler Olaf Scholz am Montag in Berlin.';
    const result = attributeQuotes(articleFromText(text).paragraphs, 'de');
    expect(result.speakers).toEqual([]);
    expect(result.unattributed.map((q) => q.text)).toEqual(['Wir werden diese Bedingungen nicht akzeptieren']);
  });
});

describe('headings', () => {
  it('leave a quotation in a heading unattributed: the body says whose it is', () => {
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
