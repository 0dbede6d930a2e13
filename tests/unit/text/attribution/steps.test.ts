import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../../../lib/text/attribution/attribute';
import { MIN_CONFIDENCE } from '../../../../lib/text/attribution/confidence';
import { attribute, speakerNames, speakerOf, speakersWithCues } from '../../support/attribution';

describe('own clause: a colon or an unread speech verb right before the quotation', () => {
  it('gives the sentence’s own subject when it names a person: “Silverman, a supporter, drew boos upon saying “…””', () => {
    const text = 'The comedian Sarah Silverman came on stage. Silverman, a supporter, drew boos upon saying “Hillary heard the people.”';
    expect(speakerOf(text)).toEqual({ 'Hillary heard the': 'Sarah Silverman' });
  });

  it('reads an opening “he” before a colon, not before a verb of a wish: “He’s philosophical: “…”” / “He was unable to say “…””', () => {
    const colon =
      'Matiullah Matie once made $1,000 a month. He’s philosophical about his new financial situation: “You make little, but it’s more sustainable.”';
    expect(speakerOf(colon)).toEqual({ 'You make little,': 'Matiullah Matie' });
    const wish = 'John Kerry fell victim to the attack. He was unable, deep inside, to say, “Yes, I was that young lieutenant.”';
    expect(speakerNames(wish)).toEqual([]);
  });

  it('gives no one else: “a question came from a member of the audience: “…”” borrows no speaker from another sentence', () => {
    const text = [
      'In November 1960, Lorenz described it during a talk he gave at a conference in Tokyo. After his talk, a question came from a member of the audience: “Did you change the initial condition just slightly and see how different the results were?”',
      '“As a matter of fact, we tried that once with the same equation,” Lorenz said.',
    ].join('\n\n');
    expect(speakerOf(text)).toEqual({ 'As a matter': 'Lorenz' });
  });

  it('keeps a short quotation after the verb as speech, without a borrowed name: “The 72-year-old told reporters “…””', () => {
    const text = 'Maria Lopez spoke first. “We are ready for the vote,” Lopez said. The 72-year-old told reporters “we will fight on.”';
    const attribution = attribute(text);
    expect(attribution.unattributed.map((q) => q.text)).toEqual(['we will fight on.']);
    expect(speakerOf(text)).toEqual({ 'We are ready': 'Maria Lopez' });
  });
});

describe('colon: a quotation after a paragraph that ends in a colon', () => {
  it('is the writer’s that paragraph names, not the judge’s: “…wrote in a letter to Judge Amy Berman:”', () => {
    const text = [
      'The lawyer, John Doe, wrote in a letter to Judge Amy Berman on Monday:',
      '“My client has cooperated fully and will continue to do so in every way.”',
    ].join('\n\n');
    expect(speakerOf(text)).toEqual({ 'My client has': 'John Doe' });
  });

  it('is no one’s when that paragraph names no speaker: a plaque that “reads:”', () => {
    const text = [
      'Mayor Tom Hale unveiled a plaque in the square on Sunday. It reads:',
      '“Here the people of this town stood together against the flood of 1953.”',
    ].join('\n\n');
    expect(speakerOf(text)).toEqual({});
  });
});

describe('focus carry-over: a speaker’s turn runs on in the paragraph', () => {
  it('a quotation without a cue after a speaker’s is theirs', () => {
    const text = '“We will appeal,” said Maria Lopez. “The ruling ignores every fact that we put before the court.”';
    expect(speakerOf(text)).toEqual({ 'We will appeal,': 'Maria Lopez', 'The ruling ignores': 'Maria Lopez' });
  });

  it('also one in a sentence that only tells of someone else: “Officer Derek Chauvin “knew exactly…””', () => {
    const text =
      '“The officers showed no mercy at all that night,” said attorney Ben Crump. Officer Derek Chauvin “knew exactly what he was doing when he knelt there.”';
    expect(speakerNames(text)).toEqual(['Ben Crump']);
  });

  it('but not one in a sentence that reports someone else: “Carol Tomé sought to assure investors that they are “…””', () => {
    const text =
      'On a January earnings call, Amit Mehrotra, an analyst for Deutsche Bank, expressed concern: “It seems like every day we wake up, there’s a new big article about it.” On that same call, UPS CEO Carol Tomé sought to assure investors that UPS and the Teamsters are “not far apart on the issues.”';
    expect(speakerOf(text)).toEqual({ 'It seems like': 'Amit Mehrotra', 'not far apart': 'Carol Tomé' });
  });
});

describe('previous paragraph: a speaker’s turn runs on into the next paragraph', () => {
  it('a stand-alone quotation paragraph continues the previous speaker', () => {
    const text = ['“Our nation is in danger tonight,” said Prime Minister Habib Essid.', '“We must stand together against those who want to divide us.”'].join(
      '\n\n',
    );
    expect(speakerOf(text)).toEqual({ 'Our nation is': 'Habib Essid', 'We must stand': 'Habib Essid' });
  });

  it('across a photo caption', () => {
    const text = [
      '“The water came up so fast we could not move the cars,” said resident Tom Hale.',
      'Flood water covers the main street of the town on Sunday',
      '“Nobody warned us that the river would rise so quickly.”',
    ].join('\n\n');
    expect(speakerOf(text)).toEqual({ 'The water came': 'Tom Hale', 'Nobody warned us': 'Tom Hale' });
  });

  it('not across a sub-heading', () => {
    const paragraphs = [
      { text: '“We will rebuild the bridge by next summer,” said Mayor Tom Hale.', kind: 'text' as const },
      { text: 'What comes next', kind: 'heading' as const },
      { text: '“Nobody has told us anything about the schedule or the money at all.”', kind: 'text' as const },
    ];
    const speakers = attributeQuotes(paragraphs, 'en', { minConfidence: 0 }).speakers;
    expect(speakers.flatMap((s) => s.quotes.map((q) => [s.name, q.cue]))).not.toContainEqual(['Tom Hale', 'previous paragraph']);
  });
});

describe('a quotation over several paragraphs', () => {
  it('is attributed at its end', () => {
    const text = '“We have to build the wall now,\n\n“and we have to build it before the next storm arrives,” said Mayor Elena Marsh.';
    expect(speakerOf(text)).toEqual({ 'We have to': 'Elena Marsh' });
  });
});

describe('a quotation without a cue, when its paragraph ends', () => {
  it('narrative before: standing alone after a paragraph about someone else than the last speaker, it is that person’s', () => {
    const text = [
      '“We leapfrogged between the whales all day,” says ranger Jamie Werner.',
      'But for Hori Parata and his family the slow deaths of their ancestors are personal.',
      '“It’s very emotional. Our ancestors tell us the strandings are a sign from the sea.”',
    ].join('\n\n');
    expect(speakerOf(text)).toEqual({ 'We leapfrogged between': 'Jamie Werner', 'It’s very emotional.': 'Hori Parata' });
  });

  it('person in focus: the speaker named in the sentence after, in the same paragraph', () => {
    const text = '“We will keep fighting for the people of this city.” That was how Mayor Elena Marsh put it on Monday.';
    expect(speakerOf(text)).toEqual({ 'We will keep': 'Elena Marsh' });
  });

  it('not whoever the next sentence names: a motto before “Pamela Colman Smith was known…” is not hers', () => {
    const text =
      'The magazine arrived on Monday. Each issue bore the words of the editors on the cover “my sheaf is small, but it is green, and it grows.” Pamela Colman Smith was known in her own time to have visions.';
    expect(speakersWithCues(text)).not.toContainEqual(['Pamela Colman Smith', 'next sentence']);
    expect(attribute(text, MIN_CONFIDENCE).speakers).toEqual([]);
  });
});
