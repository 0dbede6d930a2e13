import { describe, expect, it } from 'vitest';
import { attribute } from '../../support/attribution';

describe('the confidence of an attribution', () => {
  it('every attribution carries a cue and a confidence between 0 and 1', () => {
    const text = ['“We will win the vote,” Maria Lopez said.', '“And then we will govern,” she added.'].join('\n\n');
    const quotes = attribute(text).speakers.flatMap((s) => s.quotes);
    expect(quotes.map((q) => q.cue)).toEqual(['X said', 'pronoun']);
    for (const quote of quotes) {
      expect(quote.confidence).toBeGreaterThan(0);
      expect(quote.confidence).toBeLessThan(1);
    }
  });

  it('an attribution below the threshold goes to the unattributed quotations with its cue', () => {
    const text = '“We will win the vote,” Maria Lopez said.';
    const sure = attribute(text, 0);
    const unsure = attribute(text, 1);
    expect(sure.speakers).toHaveLength(1);
    expect(unsure.speakers).toEqual([]);
    expect(unsure.unattributed).toMatchObject([{ text: 'We will win the vote,', cue: 'X said' }]);
  });

  it('a plain “X said” is surer than a quotation carried over from a narrative paragraph', () => {
    const cued = attribute('“We will win the vote and then govern for everyone,” Maria Lopez said.').speakers[0]!.quotes[0]!;
    const carried = attribute(['Maria Lopez spoke to the crowd for an hour on Sunday.', '“We will win the vote and then govern for everyone.”'].join('\n\n'))
      .speakers[0]!.quotes[0]!;
    expect(cued.confidence!).toBeGreaterThan(carried.confidence!);
  });
});
