import { describe, expect, it } from 'vitest';
import { splitSentences, splitSentencesAroundQuotes, stripDateline } from '../../../lib/text/sentences';
import { speakerOf } from '../support/attribution';
import { points } from '../support/keypoints';

const texts = (text: string, lang = 'en') => splitSentences(text, 0, lang).map((s) => s.text);

describe('splitSentences keeps together', () => {
  it.each([
    ['abbreviated titles', 'Mr. Smith met Gen. Jones and Dr. Lee on Tuesday. They talked.', 2],
    ['Gen. and Sen.', 'Gen. Mark Milley met Sen. Jane Roe. They talked.', 2],
    ['country abbreviations', 'The U.S. economy grew in the U.K. too. Markets rose.', 2],
    ['U.S. at the end of a clause', 'Officials in the U.S. said the talks would resume. Markets rose.', 2],
    ['a spaced country abbreviation', 'Overall the China-U. S. relationship is beginning to stabilize. He said so.', 2],
    ['initials', 'J. K. Rowling wrote it. Fans cheered.', 2],
    ['decimals and times', 'Shares rose 3.5 percent by 10.30 a.m. on Friday. Traders cheered.', 2],
    ['a time with a.m.', 'The vote is at 9:30 a.m. Friday in the chamber. It will be close.', 2],
    ['"No." before a number', 'He lives at No. 10 Downing Street. It is famous.', 2],
    ['month abbreviations', 'The vote is on Jan. 5 in Washington. It is close.', 2],
    ['a question inside a quote before the verb', '“Is it true?” she asked. Nobody answered.', 2],
    ['a question inside single quotes', 'He asked, ‘Who is next?’ Nobody knew.', 2],
    ['a question inside a quote before a name and its verb', '“Who is Ellen Fetter?” Rothman recalls thinking at the time. Nobody knew.', 2],
    ['an exclamation before a full name and its verb', '“Let me see your hands!” Officer Tom Hale shouted. The man froze.', 2],
    ['an ellipsis inside a sentence', 'He paused... and then went on. The crowd waited.', 2],
  ])('%s', (_name, text, count) => {
    expect(texts(text)).toHaveLength(count);
  });

  it('ends a sentence inside closing quote marks', () => {
    expect(texts('He said, “We will win.” The crowd cheered.')).toEqual(['He said, “We will win.”', 'The crowd cheered.']);
    expect(texts('She called it ‘a disaster.’ Then she left.')).toEqual(['She called it ‘a disaster.’', 'Then she left.']);
  });

  it('ends a sentence after a party and state after a name (“D-Del.”, “D-Calif.”), before a quotation', () => {
    expect(speakerOf('“This bill is wrong for working families,” said Sen. Chris Coons, D-Del. “It will hurt them,” he added.')).toEqual({
      'This bill is': 'Chris Coons',
      'It will hurt': 'Chris Coons',
    });
  });

  it('keeps citation marks with the sentence they cite', () => {
    const text = 'Netscape said the code would be free.[7][8][9] A small group of employees ran the project.[1]: 207 It grew.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Netscape said the code would be free.[7][8][9]',
      'A small group of employees ran the project.[1]: 207',
      'It grew.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('cites “[8][9]” with the sentence before, so the next one opens with its own words and can be a point', () => {
    const chosen = points([
      'Netscape made two announcements on January 23, 1998, about its browser and its code.[7][8][9] A small group of Netscape employees were tasked with coordination of the new community.',
      'The project was named Mozilla after the original code name of the Netscape Navigator browser.',
    ]).map((p) => p.text);
    expect(chosen).toContain('A small group of Netscape employees were tasked with coordination of the new community.');
  });

  it('splits sentences glued where a page drew its line break with a styled element, not after an abbreviation', () => {
    const text = 'The state has topped the list for several years.A series of incidents followed. Some survived.The NCRB report shows it.';
    const sentences = splitSentences(text, 0, 'en');
    expect(sentences.map((s) => s.text)).toEqual([
      'The state has topped the list for several years.',
      'A series of incidents followed.',
      'Some survived.',
      'The NCRB report shows it.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(texts('Sie kommen nicht.Ich gehe.', 'de')).toEqual(['Sie kommen nicht.', 'Ich gehe.']);
    expect(texts('Gov.Brown met Mr.Smith on Friday. They talked.')).toHaveLength(2);
    expect(texts('The WeWork logo is displayed outside of a co-working space in New York.Reuters')).toHaveLength(1);
  });

  it('gives offsets that point into the paragraph', () => {
    const text = 'First one here. Second one here.';
    for (const sentence of splitSentences(text, 3)) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(sentence.paragraph).toBe(3);
    }
  });

  it('splits Japanese and Chinese text on their full stops', () => {
    expect(texts('今日は晴れです。明日は雨です。', 'ja')).toHaveLength(2);
    expect(texts('今天天气很好。明天会下雨。', 'zh')).toHaveLength(2);
  });
});

describe('splitSentencesAroundQuotes', () => {
  it('never breaks inside a quotation', () => {
    const text = '“We came. We saw. We won,” he said. Then he left.';
    const close = text.indexOf('”') + 1;
    const sentences = splitSentencesAroundQuotes(text, 0, 'en', [{ start: 0, end: close }]);
    expect(sentences.map((s) => s.text)).toEqual(['“We came. We saw. We won,” he said.', 'Then he left.']);
  });
});

describe('stripDateline cuts a dateline, and only a dateline', () => {
  it.each([
    ['WASHINGTON (AP) — The Senate voted.', 'The Senate voted.'],
    ['BEIJING — Secretary of State Antony Blinken met his counterpart.', 'Secretary of State Antony Blinken met his counterpart.'],
    ['NEW YORK, March 3 — Stocks fell.', 'Stocks fell.'],
    ['(CNN)President Donald Trump said on Monday that the talks would go on.', 'President Donald Trump said on Monday that the talks would go on.'],
    ['Hong Kong (CNN Business)A muddled view of the economy emerged on Friday.', 'A muddled view of the economy emerged on Friday.'],
    ['(The Hollywood Reporter)Stan Freberg, the comic, has died at 88.', 'Stan Freberg, the comic, has died at 88.'],
    ['Washington, DC, United States: Getting to the Moon has been done.', 'Getting to the Moon has been done.'],
    ['The Senate voted — narrowly.', 'The Senate voted — narrowly.'],
    ['Apple (AAPL) shares rose on Monday.', 'Apple (AAPL) shares rose on Monday.'],
    ['Editor’s note: The views are the author’s own.', 'Editor’s note: The views are the author’s own.'],
  ])('%s', (text, expected) => {
    expect(stripDateline(text)).toBe(expected);
  });
});
