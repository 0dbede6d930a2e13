import { describe, expect, it } from 'vitest';
import { attribute, bySpeaker, kinds } from '../../support/attribution';

const roles = (text: string) => attribute(text).speakers.map((s) => [s.name, s.role]);

describe('a role is read from the words around a name', () => {
  it('not from examples after a comma: “Celebrities, like actress Lindsay Lohan, …” gives “Celebrities” no role, so no place in “Also mentioned”', () => {
    const text = 'Celebrities, like actress Lindsay Lohan and the rapper Soulja Boy, were recently fined by the Securities and Exchange Commission.';
    expect(attribute(text).mentioned.map((m) => m.name)).toEqual(['Lindsay Lohan', 'Soulja Boy']);
  });

  it('from appositions and titles', () => {
    const text = [
      '“This attack is meant to threaten us,” said Lotfi Azzouz, Tunisia country director for Amnesty International.',
      'China’s top diplomat, Wang Yi, said “the negative factors are still building.”',
    ];
    expect(bySpeaker(text, 'role')).toEqual({
      'Lotfi Azzouz': 'Tunisia country director for Amnesty International',
      'Wang Yi': 'China’s top diplomat',
    });
  });

  it('a trade written right before a name is a role, also one no list holds: ““…,” said beauty blogger Amber Katz” is Katz, a blogger; “said earlier Frank Luntz” gives no role', () => {
    expect(roles('The spa is popular. “I may have backed out,” said beauty blogger Amber Katz. Others agree.')).toEqual([['Amber Katz', 'blogger']]);
    expect(roles('“We will win this one,” pollster Frank Luntz said.')).toEqual([['Frank Luntz', 'pollster']]);
    expect(roles('“We will win this one,” said earlier Frank Luntz.')).not.toContainEqual(['Frank Luntz', 'earlier']);
  });

  it('a word of that shape where a verb stands is no role: “will monitor Anna Hale”', () => {
    expect(kinds('The team will monitor Anna Hale closely. “I am fine,” Hale said.')).toEqual([['Anna Hale', 'person', null]]);
  });
});

describe('a role is what the apposition says the person is, whole', () => {
  it('a long apposition is cut after its last role word, never inside a name', () => {
    const text = [
      '“The rules will not change much,” said Tom Reeves, a senior fellow at the Center for Health and Human Services in Washington.',
      '“We need more data,” said Ana Ortiz, the deputy secretary for water programs at the Pennsylvania Department of Environmental Protection.',
    ];
    expect(bySpeaker(text, 'role')).toEqual({ 'Tom Reeves': 'senior fellow', 'Ana Ortiz': 'the deputy secretary' });
  });

  it('a role running into a name that lists words (“MIT’s Science, Technology and Society program”) ends at its role word', () => {
    expect(roles('Jennifer Light, the department head for MIT’s Science, Technology and Society program, said “This story is common.”')).toEqual([
      ['Jennifer Light', 'the department head'],
    ]);
  });

  it('“Stuart Kaplan, founder and chairman of U.S. Games Systems, Inc., which…” keeps the company in the role', () => {
    expect(roles('Stuart Kaplan, founder and chairman of U.S. Games Systems, Inc., which sells the deck, said “It sells well.”')).toEqual([
      ['Stuart Kaplan', 'founder and chairman of U.S. Games Systems'],
    ]);
  });

  it('a list of people (“Lorenz, his secretary, his programmer and…”) gives the first no role', () => {
    expect(roles('Edward Lorenz, his secretary, his programmer and his students shared an office. Lorenz said “We tried that once.”')).toEqual([
      ['Edward Lorenz', null],
    ]);
  });
});
