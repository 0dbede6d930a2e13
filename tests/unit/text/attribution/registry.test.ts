import { describe, expect, it } from 'vitest';
import { attribute, speakerNames, speakerOf } from '../../support/attribution';

describe('the mentions of one person are one entity', () => {
  it('merges a surname and a title with the full name', () => {
    const text = [
      'Secretary of State Antony Blinken arrived on Friday.',
      '“I look forward to these discussions,” Blinken said.',
      '“We have differences,” Mr. Blinken added.',
    ].join('\n\n');
    const result = attribute(text);
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

  it('a body’s name that ends with a name read before is another thing (“Camp Strava” is Strava’s event)', () => {
    const text =
      'Strava on Thursday announced new features at its annual Camp Strava event. Strava says it will introduce dark mode “later this summer,” with more to come.';
    expect(speakerOf(text)).toEqual({ 'later this summer,': 'Strava' });
  });

  it('a lone name grows by a surname, not by words the article writes in lower case (“Strava Community Hub”)', () => {
    const strava =
      'Strava runs an online community for its users. Data on the Strava Community Hub show it. Strava says it will introduce dark mode “later this summer,” with more to come.';
    expect(speakerOf(strava)).toEqual({ 'later this summer,': 'Strava' });
    // A handle spells a surname in lower case: it is still a surname.
    const fiona = [
      '“I just want answers,” said Fiona, who posts as @fiona_parry.',
      'Fiona Parry said: “No parent should go through what we went through.”',
    ].join('\n\n');
    expect(speakerNames(fiona)).toEqual(['Fiona Parry']);
  });

  it('an acronym that is a title (“MEC Mamabolo”, “MP”) stands before the name, as “Secretary” does', () => {
    const text = [
      'MEC Mamabolo urged the public to limit travel during severe weather conditions.',
      'MEC for Cooperative Governance and Traditional Affairs, Jacob Mamabolo, said the centre was ready.',
      '“We urge all residents to stay vigilant,” Mamabolo said.',
    ].join('\n\n');
    const result = attribute(text);
    expect(result.speakers.map((s) => s.name)).toEqual(['Jacob Mamabolo']);
    expect(result.mentioned).toEqual([]);
  });

  it('a first name shared with a bill’s name does not merge them', () => {
    const text = [
      'The Bill would require providers to store metadata for two years.',
      'The Data Retention Bill passed the Senate after a long debate.',
      'As Opposition Leader Bill Shorten said in a letter last month: “Press freedom concerns about mandatory data retention would ideally be addressed in this Bill.”',
    ].join('\n\n');
    expect(speakerNames(text)).toEqual(['Bill Shorten']);
  });
});

describe('a role tells a person’s gender (setRole)', () => {
  it('“she” skips a man named as a spokesman and goes to the congresswoman', () => {
    const text = [
      'Congresswoman Ana Ortiz met Tom Reed, the spokesman of the mayor, on Monday.',
      'Reed, the city’s spokesman, spoke first and then Ortiz answered questions.',
      '“We will not give up on this bill,” she said.',
    ].join('\n\n');
    expect(speakerOf(text)).toEqual({ 'We will not': 'Ana Ortiz' });
  });
});
