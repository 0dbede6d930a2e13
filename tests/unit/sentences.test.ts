import { describe, expect, it } from 'vitest';
import { splitSentences, splitSentencesAroundQuotes, stripDateline } from '../../lib/text/sentences';

const texts = (text: string, lang = 'en') => splitSentences(text, 0, lang).map((s) => s.text);

describe('splitSentences keeps together', () => {
  it.each([
    ['abbreviated titles', 'Mr. Smith met Gen. Jones and Dr. Lee on Tuesday. They talked.', 2],
    ['country abbreviations', 'The U.S. economy grew in the U.K. too. Markets rose.', 2],
    ['a spaced country abbreviation', 'Overall the China-U. S. relationship is beginning to stabilize. He said so.', 2],
    ['initials', 'J. K. Rowling wrote it. Fans cheered.', 2],
    ['decimals and times', 'Shares rose 3.5 percent by 10.30 a.m. on Friday. Traders cheered.', 2],
    ['"No." before a number', 'He lives at No. 10 Downing Street. It is famous.', 2],
    ['month abbreviations', 'The vote is on Jan. 5 in Washington. It is close.', 2],
    ['a question inside a quote before the verb', '“Is it true?” she asked. Nobody answered.', 2],
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

describe('stripDateline', () => {
  it.each([
    ['WASHINGTON (AP) — The Senate voted.', 'The Senate voted.'],
    ['BEIJING — Secretary of State Antony Blinken met his counterpart.', 'Secretary of State Antony Blinken met his counterpart.'],
    ['NEW YORK, March 3 — Stocks fell.', 'Stocks fell.'],
    ['The Senate voted — narrowly.', 'The Senate voted — narrowly.'],
  ])('%s', (text, expected) => {
    expect(stripDateline(text)).toBe(expected);
  });
});

describe('more news segmentation', () => {
  it.each([
    ['a question inside single quotes', 'He asked, ‘Who is next?’ Nobody knew.', 2],
    ['U.S. at the end of a clause', 'Officials in the U.S. said the talks would resume. Markets rose.', 2],
    ['a time with a.m.', 'The vote is at 9:30 a.m. Friday in the chamber. It will be close.', 2],
    ['Gen. and Sen.', 'Gen. Mark Milley met Sen. Jane Roe. They talked.', 2],
  ])('%s', (_name, text, count) => {
    expect(splitSentences(text, 0, 'en')).toHaveLength(count);
  });
});
