import { describe, expect, it } from 'vitest';
import { opening, opensAside } from '../../../../lib/text/keypoints/standalone';
import { points } from '../../support/keypoints';

const leansOnContext = (text: string, first = false) => opening(text, first) !== null;

describe('a sentence that leans on what came before is no point alone (opening)', () => {
  it.each([
    'However, the court rejected the appeal on Tuesday afternoon.',
    'Israeli courts, however, have rejected the appeal on several occasions.',
    "That's the optimistic view of what the talks could achieve this year.",
    'This comes after months of talks between the two governments.',
    'The company said it would appeal the ruling to the supreme court.',
    'The 39-year-old, from Melbourne, was jogging along a street when he was shot.',
    'The 48-year-old Australian was evicted in April and sentenced to 50 weeks in jail.',
    '“His decision to leave was a shock to all of us,” the coach said.',
    'It means an extra £2,100 a year to anyone who has kept their marriage intact.',
    'But the fling turned into a nightmare within weeks of their first meeting.',
    'First, let’s say what the sale is not and why it matters to shareholders.',
    'The Fetch API intends to fix most of these problems without breaking older pages.',
    'The funny thing is that those images don’t hail from some ancient text at all.',
    'If the rumors are true, this is big news for Star Wars fans around the world.',
    'Among its key findings: the class you’re born into matters more in the U.S. than elsewhere.',
    'As the report states: “The birth lottery matters more in the U.S. than in most rich countries.”',
    'There were also more mundane issues, such as assisting people who had forgotten their passwords.',
    'Well, him and the artist, Pamela Colman Smith, who drew the 78 original cards.',
    'In other words, nobody yet knows when the moment of insight takes place in the brain.',
    'DeSantis and Haley will never do that.',
    'Which is why the French Alps are emerging as interesting options for investors based in Portugal.',
    'The board refused to do so at its meeting in March, according to the minutes.',
  ])('leans on what came before: “%s”', (sentence) => {
    expect(leansOnContext(sentence)).toBe(true);
  });

  it.each([
    'The city council approved the new budget on Tuesday after a long debate.',
    'The family of murdered baseball player Chris Lane broke down in court on Monday.',
    'This week the Senate voted to extend the program for another two years.',
    'Greece has denied it will fail to pay a multi-million pound loan to the fund.',
    'First Lady Jill Biden visited the school on Monday to meet teachers.',
    'These days the city council meets only twice a month, officials said.',
    'Aid reached those who had lost their homes in the floods by Friday evening.',
    'The ministry named those killed in the attack on the border post.',
    'Esta semana el gobierno anunció un plan de ayuda para los agricultores.',
    'Este lunes el Congreso votó la reforma de las pensiones.',
    'Estados Unidos anunció nuevas sanciones contra el gobierno de Caracas.',
    'CES 2024 opened in Las Vegas with more than 4,000 exhibitors on Tuesday.',
    'The name might sound like one of those endless score attack games, but the game is divided into levels.',
    'Police vowed that those responsible for the car bombing would be hunted down.',
    'Platforms that fail to stop those under 16 from signing up face fines of up to $50 million.',
    'In its ruling on Wednesday, the Court of International Trade said the tariffs were illegal.',
    'As the pandemic showed, hospitals that run at more than 95 per cent occupancy cannot cope.',
    'Police officials said this is the first time a woman has been appointed to lead the force.',
    'The Hay Festival, which returns this May, will feature more than 500 events.',
    'Estes Park residents were ordered to evacuate as the fire spread on Saturday.',
    'Nurses say they cannot do that work without more staff on every ward.',
    'Which team wins the league will be decided on the last day of the season.',
  ])('stands alone: “%s”', (sentence) => {
    expect(leansOnContext(sentence)).toBe(false);
  });

  it('lets the first sentence open with a description, which introduces there', () => {
    expect(leansOnContext('The woman falsely accused of blackmailing a footballer has been photographed again.', true)).toBe(false);
    expect(leansOnContext('The woman falsely accused of blackmailing a footballer has been photographed again.')).toBe(true);
    expect(leansOnContext('She was falsely accused of blackmailing a footballer last year.', true)).toBe(true);
  });

  it('no point opens with a pronoun, also inside a quotation', () => {
    const texts = points([
      'The minister resigned on Friday after a week of pressure over the government’s handling of the floods.',
      '“His position had become untenable after the report was published,” a senior official said.',
      'They had called for him to step down since the first warnings were ignored by the department.',
      'It was the third resignation from the cabinet this year, after two ministers left in the spring.',
      'A new minister will be appointed next week, the prime minister’s office said in a statement.',
    ]).map((p) => p.text);
    expect(texts.some((t) => /^["“‘']?(?:he|she|they|his|her|their|it|its)\b/iu.test(t))).toBe(false);
  });
});

describe('an aside says nothing of the story by itself (opensAside)', () => {
  it.each([
    'I still remember using the first model of the phone for the first time in 2010.',
    'Here are my top 21 films of 2017 and how to watch them at home this winter.',
    'Picture a deck of tarot cards spread out on a velvet table in a dark room.',
    'Many of us have noticed that our best ideas come to us in the shower or on a walk.',
    'Let’s be clear about what the new law does and does not allow employers to do.',
  ])('an aside ranks after the story’s sentences: “%s”', (aside) => {
    const story = [
      'Facebook chief executive Mark Zuckerberg defended the purchase of Instagram at the antitrust trial on Tuesday.',
      'Government lawyers argue the company bought the app to neutralise a rival before it could grow.',
      'The trial is expected to last eight weeks and could force the company to sell both apps.',
    ];
    const chosen = points([aside, ...story], 'short').map((p) => p.text);
    expect(chosen).toEqual(story);
    // With no other sentence to take, an aside is still a point.
    expect(points([aside, story[0]!], 'short').map((p) => p.text)).toContain(aside);
  });

  it.each([
    'Most people killed in Monday’s earthquake were asleep when the buildings collapsed.',
    'Anyone who passed through Terminal 2 on Friday should check they are vaccinated against measles.',
    'Picture book sales in the UK rose by 12 per cent last year, the Publishers Association said.',
    'Let’s Encrypt, the non-profit that issues free security certificates, said it would stop sending expiry emails.',
  ])('news that opens like an aside is none: “%s”', (sentence) => {
    expect(opensAside(sentence)).toBe(false);
  });

  it('a quotation that opens with “I”, and a name that opens with “My” or “Imagine”, are no asides', () => {
    const texts = [
      '“I am not going anywhere,” the prime minister told reporters outside parliament on Monday.',
      'My Chemical Romance announced a reunion tour of twelve cities across North America.',
      'Imagine Dragons will headline the festival’s main stage on the final night in August.',
      'Organisers said tickets for the festival sold out within an hour of going on sale.',
    ];
    expect(points(texts, 'short').map((p) => p.text)).toEqual(texts.slice(0, 3));
  });
});
