import { describe, expect, it } from 'vitest';
import { findQuotations, withCreditedBlockQuotes } from '../../../lib/text/quotes';
import { speakerOf } from '../support/attribution';

const quoted = (...paragraphs: string[]) => findQuotations(paragraphs).map((q) => q.text);

describe('findQuotations', () => {
  it.each([
    ['curly double quotes', '“We will win,” she said.', ['We will win,']],
    ['straight double quotes', '"We will win," she said.', ['We will win,']],
    ['guillemets with French spacing', '« Nous gagnerons », a-t-il dit.', ['Nous gagnerons']],
    ['German quotes', '„Wir schaffen das“, sagte sie.', ['Wir schaffen das']],
    ['British single quotes', 'He said the deal was ‘a very good one for everybody’.', ['a very good one for everybody']],
    ['a quote interrupted by its attribution', '“We will,” she said, “win.”', ['We will,', 'win.']],
    ['two apostrophes as a double mark', "''There's a lot of new complexity,'' Mr. Burman said.", ["There's a lot of new complexity,"]],
    ['a nested quotation', '“It’s ‘Showtime at the Apollo.’” he said.', ['It’s ‘Showtime at the Apollo.’']],
    [
      'a closer after a word in s, when another quotation opens before any other closer',
      "She had been 'envious' of her pet hen, she said. Now she is suing 'thief' Mila Kunis.",
      ['envious', 'thief'],
    ],
    ['a plural possessive inside a quotation', "'The players' union will strike on Monday,' he said.", ["The players' union will strike on Monday,"]],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('tells apostrophes from closing single quotes', () => {
    expect(quoted('It’s the players’ union, he said, that ‘will not accept this deal’.')).toEqual(['will not accept this deal']);
    expect(quoted("It's the '90s again, don't you think?")).toEqual([]);
  });

  it('joins a quotation that runs over paragraphs into one', () => {
    const quotations = findQuotations(['“The first part of it goes on,', '“and the second part ends here.”', 'Then nothing.']);
    expect(quotations).toHaveLength(1);
    expect(quotations[0]!.text).toBe('The first part of it goes on, and the second part ends here.');
    expect(quotations[0]!.spans.map((s) => s.paragraph)).toEqual([0, 1]);
  });

  it('records verbatim offsets for every span', () => {
    const paragraphs = ['He said: “Our nation is in danger,” and left.', '“One,', '“two.”'];
    for (const quotation of findQuotations(paragraphs)) {
      for (const span of quotation.spans) {
        const inner = paragraphs[span.paragraph]!.slice(span.start, span.end);
        expect(quotation.text).toContain(inner);
        expect('“"'.includes(paragraphs[span.paragraph]![span.markStart]!)).toBe(true);
      }
    }
  });
});

describe('findQuotations pairs marks as pages really print them', () => {
  it.each([
    ['a curly opening closed by a straight mark', '“We will win," she said, and left the hall.', ['We will win,']],
    ['a curly opening closed by two single marks', '“We will win,’’ she said.', ['We will win,']],
    ['a space after the opening mark', '“ We will win,” she said.', ['We will win,']],
    [
      'mixed pairs both ways, a curly closer further on',
      '“We will win this fight," he said. "And we won\'t stop.”',
      ['We will win this fight,', "And we won't stop."],
    ],
    ['a straight quotation nested in a curly one stays inside', '“He told me "no" and walked out,” she said.', ['He told me "no" and walked out,']],
    [
      'a German opening closed by a straight mark, alone or before a German pair',
      '„Der Zug ist abgefahren", sagt sie. „Ja“, sagt er.',
      ['Der Zug ist abgefahren', 'Ja'],
    ],
    [
      'German and Danish reversed guillemets »…«, a partial one included',
      'Die Opposition sprach von einem »weiteren Schritt zurück«. »Das reicht nicht«, sagte Merz.',
      ['weiteren Schritt zurück', 'Das reicht nicht'],
    ],
    ['a » between spaces closes or separates, never opens', '«Wir handeln», sagt sie. Home » Politik » Schweiz', ['Wir handeln']],
    ['a straight quotation nested in a German one stays inside', '„Er sagte "nein" und ging“, sagt sie.', ['Er sagte "nein" und ging']],
    ['German closing “ followed by a space is no opening', '„Wir schaffen das“ sagte sie. „Ja.“', ['Wir schaffen das', 'Ja.']],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('keeps the text verbatim when the marks are mixed', () => {
    const paragraph = '“We will win," she said.';
    const [quotation] = findQuotations([paragraph]);
    const span = quotation!.spans[0]!;
    expect(paragraph.slice(span.start, span.end)).toBe(quotation!.text);
    expect(paragraph.slice(span.markStart, span.markEnd)).toBe('“We will win,"');
  });
});

describe('quotations as attribution reads them: one speaker, whatever the marks', () => {
  it.each([
    ['a British single-quoted quotation', 'The deal was ‘a very good one for everybody involved’, Boris Johnson said.', { 'a very good': 'Boris Johnson' }],
    [
      'a nested quotation inside one speaker’s words',
      '“He told me, ‘We will never give up on this town,’ and I believed him,” said Maria Lopez.',
      { 'He told me,': 'Maria Lopez' },
    ],
    [
      'a short reply whose closing mark follows a nested one',
      '“I’m not,” Mr. Nehemiah Dejesus said as he secured the clamp. “It’s ‘Showtime at the Apollo.’”',
      { 'I’m not,': 'Nehemiah Dejesus', 'It’s ‘Showtime at': 'Nehemiah Dejesus' },
    ],
    ['two apostrophes as quote marks', "''There's a lot of new complexity,'' said Leonard Burman.", { "There's a lot": 'Leonard Burman' }],
  ])('%s', (_name, text, expected) => {
    expect(speakerOf(text)).toEqual(expected);
  });
});

describe('a block quote printed without marks, its speaker named on the line below', () => {
  type Block = { text: string; kind: 'quote' | 'text' | 'caption' };
  const blocks = (...paragraphs: Block[]) => withCreditedBlockQuotes(paragraphs, findQuotations(paragraphs.map((p) => p.text)));
  const pull: Block = { text: 'Für die deutsche Außenhandelsbilanz spielt der iranische Absatzmarkt keine bedeutende Rolle.', kind: 'quote' };

  it('is a quotation when a name (and a role after a comma) stands alone below it, in the block or after it', () => {
    for (const credit of ['Sascha Lohmann, Stiftung Wissenschaft und Politik', '— J. K. Rowling', 'Lee Baker']) {
      for (const kind of ['caption', 'quote'] as const) {
        const { quotations, creditedBlocks } = blocks({ text: 'Der Handel mit Iran ist klein.', kind: 'text' }, pull, { text: credit, kind });
        expect(quotations.map((q) => q.text)).toEqual([pull.text]);
        expect([...creditedBlocks]).toEqual([1]);
      }
    }
  });

  it('is none below a line that is no credit, as a table’s cells or a block quote of a few words', () => {
    expect(blocks(pull, { text: 'War. THIS. IS. WAR.', kind: 'text' }).quotations).toEqual([]);
    expect(blocks(pull, { text: 'Die Regierung prüft nun weitere Schritte, sagte ein Sprecher.', kind: 'text' }).quotations).toEqual([]);
    expect(blocks({ text: 'Release Date', kind: 'quote' }, { text: 'Jürgen Schmidt', kind: 'quote' }).quotations).toEqual([]);
    expect(blocks({ ...pull, kind: 'text' }, { text: 'Sascha Lohmann', kind: 'caption' }).quotations).toEqual([]);
  });

  it('keeps its marked quotations, and all of them in reading order', () => {
    const { quotations } = blocks(
      { text: '„Wir prüfen das“, sagte er.', kind: 'text' },
      pull,
      { text: 'Sascha Lohmann', kind: 'caption' },
      { text: '„Danach entscheiden wir“, sagte sie.', kind: 'text' },
    );
    expect(quotations.map((q) => q.spans[0]!.paragraph)).toEqual([0, 1, 3]);
  });
});
