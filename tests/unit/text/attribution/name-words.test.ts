import { describe, expect, it } from 'vitest';
import { countryNames } from '../../../../lib/text/attribution/name-words';
import { attribute, speakerNames, speakerOf } from '../../support/attribution';

describe('a place word makes a place only where places have it (isPlaceName)', () => {
  it('“Kanye West” and “Park Geun-hye” are people a pronoun can mean; “West Bank” and “Hyde Park” stay places', () => {
    expect(speakerOf('Kanye West released an album. “It was hard to make,” he said.')).toEqual({ 'It was hard': 'Kanye West' });
    expect(speakerOf('President Park Geun-hye spoke on Monday. “We will respond firmly,” she said.')).toEqual({ 'We will respond': 'Park Geun-hye' });
    expect(speakerNames('Crowds filled Hyde Park and the West Bank on Sunday. “It was a great night,” he said.')).toEqual([]);
  });

  it('a region or a town is a place, never “Also mentioned”, even beside a pronoun', () => {
    const text =
      'Mariam sells fruit near the Lindi town market. Saphina Ndali is a mother of two. After a quarrel with her husband in Dar es Salaam, she decided to return to Lindi Region where she grew up. She also trades in Cape Town and Turkiye. Madhya Pradesh tops the list. She was found in a dustbin in Madhya Pradesh.';
    expect(attribute(text).mentioned.map((m) => m.name)).toEqual(['Saphina Ndali']);
  });
});

describe('the places a name can be (countryNames)', () => {
  it('a US state is a place, not a speaker, and “Washington” stays a surname', () => {
    expect(speakerNames('Delegates cheered on the floor. “We are here to win this thing in November,” South Dakota said.')).toEqual([]);
    expect(speakerNames('Denzel Washington starred in the film. “It was the hardest role of my life,” Washington said.')).toEqual(['Denzel Washington']);
  });

  it('a country is known spelt with or without its accents (“Türkiye”, “Turkiye”)', () => {
    expect(['türkiye', 'turkiye', 'côte d’ivoire', 'cote d’ivoire'].filter((name) => countryNames().has(name))).toHaveLength(4);
  });

  it('a given name that is also a country is still a name', () => {
    const text = '“We played our best game of the season,” said Jordan Poole after the win.';
    expect(speakerNames(text)).toEqual(['Jordan Poole']);
  });
});
