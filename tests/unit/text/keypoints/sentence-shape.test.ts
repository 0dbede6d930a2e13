import { describe, expect, it } from 'vitest';
import { points } from '../../support/keypoints';

describe('a point is a whole sentence of a readable length (shapeRejection)', () => {
  it.each([
    ['a list item', 'Small plants (from a florist or nursery)'],
    ['an infobox figure', 'Total area of the country in square kilometres 268,021 km2 (103,483 sq mi) (75th)'],
    ['a changelog bullet', '+ Added a spectator game mode to the multiplayer server (game mode 3).'],
    ['a sentence that trails off', "Lupita Nyong'o's now-famous Oscar dress -- adorned in pearls -- was stolen right out of her hotel room ..."],
    [
      'the first sentence of a quotation that runs on',
      'De Miranda evokes neon in his introduction: “When we hear the word neon, an image pops into our heads: light and glass.',
    ],
    ['the last sentence of a quotation that began before', 'It carries an atmosphere of the city at night and of the century,” he writes in the book.'],
    [
      'two sentences run together where a caption lost its line break',
      'People who never divorced can expect a retirement income 13% higher than a colleague The cost of divorce can wipe out savings.',
    ],
  ])('not %s', (_name, sentence) => {
    const texts = points([
      sentence,
      'An international team of scientists has created the most detailed large-scale model of the universe to date.',
      'The simulation required 16,000 processor cores of a supercomputer in Stuttgart, running for more than a year.',
    ]).map((p) => p.text);
    expect(texts).not.toContain(sentence);
    expect(texts).toHaveLength(2);
  });

  it.each([
    'Keanu Reeves starred in the film The Matrix in 1999 and later in three of its sequels.',
    'Two men were jailed on Friday for conspiracy to supply Class A drugs across three counties.',
    'Rice fortified with vitamin A was handed out to 40,000 families in the region last year.',
    '$98 billion in disaster aid was approved by the Senate late on Thursday night.',
    '#MeToo founder Tarana Burke was awarded the prize at a ceremony in Oslo on Friday.',
    '„Wir geben den Menschen Sicherheit“, sagte Arbeitsminister Hubertus Heil am Mittwoch in Berlin.',
    '”I have made mistakes and I am sorry for them,” she said in a statement on Monday.',
    'The phone comes with a 6.7" screen and a battery that lasts two days, the company said.',
  ])('a whole sentence: “%s”', (sentence) => {
    expect(points([sentence, 'The fourth film was released in cinemas and on streaming services in December 2021.']).map((p) => p.text)).toContain(sentence);
  });
});
