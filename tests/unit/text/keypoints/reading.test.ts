import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../../lib/text/digest';
import { articleFromText } from '../../../../lib/text/article-text';
import { points, SENATE_STORY } from '../../support/keypoints';

describe('a leading “He”, “She” or “They” is named only when its person is certain (pointReading)', () => {
  it('names the person a leading pronoun refers to', () => {
    const texts = buildDigest(SENATE_STORY, 'long').keyPoints.map((p) => p.text);
    expect(texts.some((t) => /^(?:He|She|They)\b/u.test(t))).toBe(false);
    expect(texts.find((t) => t.includes('the measure was long overdue'))).toMatch(/^Nancy Pelosi said/u);
  });

  it('names a leading “She” only with the name the sentence before writes, and only when no one else is named there', () => {
    const named = points([
      'The bill now goes to the House, where Speaker Nancy Pelosi has said she will hold a vote before the end of the month.',
      'She said the measure was long overdue and that the country could not wait any longer for repairs.',
      'The package includes $110 billion for roads and bridges and $66 billion for passenger and freight rail.',
    ]).map((p) => p.text);
    expect(named).toContain('Nancy Pelosi said the measure was long overdue and that the country could not wait any longer for repairs.');

    const ambiguous = points([
      'Speaker Nancy Pelosi has said she met Senator Susan Collins in the Capitol on Tuesday to discuss the bill.',
      'She said the measure was long overdue and that the country could not wait any longer for repairs.',
      'The package includes $110 billion for roads and bridges and $66 billion for passenger and freight rail.',
    ]).map((p) => p.text);
    expect(ambiguous.some((t) => t.includes('the measure was long overdue'))).toBe(false);
  });

  it('leaves a contraction (“She’s…”) unnamed, and so unchosen', () => {
    const texts = points([
      'The bill now goes to the House, where Speaker Nancy Pelosi has said she will hold a vote before the end of the month.',
      'She’s the first speaker in decades to bring a bill of this size to the floor within a month.',
      'The package includes $110 billion for roads and bridges and $66 billion for passenger and freight rail.',
    ]).map((p) => p.text);
    expect(texts.some((t) => t.includes('the first speaker in decades'))).toBe(false);
  });

  it('never writes a name the article does not write', () => {
    const article = articleFromText(
      [
        'Scotland manager Martin Taylor named his squad for the qualifiers on Thursday after weeks of speculation.',
        'Taylor didn’t know until Wednesday that two of his forwards would miss the games through injury.',
        'He said the squad had enough experience to cope without them in the two away matches.',
        'The team plays Norway in Oslo next Friday before travelling to face Cyprus in Nicosia.',
      ].join('\n\n'),
    );
    const body = article.paragraphs.map((p) => p.text).join(' ');
    for (const point of buildDigest(article, 'long').keyPoints) {
      for (const name of point.text.match(/\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+/gu) ?? []) expect(body).toContain(name);
    }
  });
});

describe('a point agrees with the speaker list (agreesWithSpeakers)', () => {
  it('a point with a quotation names whoever the speaker list credits with it', () => {
    const digest = buildDigest(
      articleFromText(
        [
          'South Dakota Governor Kristi Noem launched an anti-drug campaign on Monday with the slogan “Meth, we’re on it.”',
          'The state paid $449,000 for the campaign, which was designed by an advertising agency from Minneapolis.',
          '“I am on meth too, apparently, and so is the whole state,” one user quipped on Twitter after the launch.',
          'Noem said the ads were meant to get people talking about a crisis that affects every county in the state.',
        ].join('\n\n'),
      ),
      'long',
    );
    for (const point of digest.keyPoints) {
      for (const speaker of digest.speakers) {
        if (speaker.quotes.some((q) => q.paragraph === point.paragraph && q.start >= point.start && q.end <= point.end)) {
          expect([speaker.name, ...speaker.aliases].some((name) => point.text.includes(name))).toBe(true);
        }
      }
    }
  });
});

describe('a point is its sentence less the dateline', () => {
  it('keeps source and offsets on the page’s sentence', () => {
    const [first] = points([
      '(CNN)President Donald Trump said on Monday that the trade talks with China would go on.',
      'Markets rose sharply in New York after the announcement, with the Dow up 300 points.',
    ]);
    expect(first!.text).toBe('President Donald Trump said on Monday that the trade talks with China would go on.');
    expect(first!.source.startsWith('(CNN)')).toBe(true);
    expect(first!.start).toBe(0);
  });
});
