import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromHtml, digestSource } from '../../cli/digest-file';
import { attributeQuotes } from '../../lib/text/attribution/attribute';
import { SEED_HTML } from '../corpus';

describe('digest --explain', () => {
  const html = readFileSync(SEED_HTML, 'utf8');
  const digest = digestSource(html, { length: 'short', explain: true });
  const plain = digestSource(html, { length: 'short' });
  const explain = digest.explain!;

  it('changes nothing else in the digest, and is absent without the option', () => {
    const { explain: _explain, timings: _t1, ...rest } = digest;
    const { timings: _t2, ...plainRest } = plain;
    expect(rest).toEqual(plainRest);
    expect(plain.explain).toBeUndefined();
  });

  it('says for every quotation which step chose its speaker, after which steps passed', () => {
    const listed = [...digest.speakers.flatMap((s) => s.quotes.map((q) => ({ q, name: s.name }))), ...digest.unattributedQuotes.map((q) => ({ q, name: null }))];
    expect(listed.length).toBeGreaterThan(0);
    expect(explain.quotations).toHaveLength(listed.length);
    for (const { q, name } of listed) {
      const entry = explain.quotations.find((e) => e.paragraph === q.paragraph && e.start === q.start)!;
      expect(entry.speaker).toBe(name);
      expect(entry.tried.at(-1)).toMatchObject({ step: entry.step, outcome: 'chose', speaker: name });
      expect(entry.tried.slice(0, -1).every((t) => t.outcome === 'passed')).toBe(true);
      expect(entry.confidence).toBeGreaterThan(0);
    }
    // "This is welcomed by our two people." has no cue of its own: Wang Yi's turn runs on.
    expect(explain.quotations.find((e) => e.text.startsWith('This is welcomed'))).toMatchObject({ speaker: 'Wang Yi', step: 'focus carry-over' });
  });

  it('gives a reason for every sentence of the article that is not a key point', () => {
    const { article } = articleFromHtml(html);
    const sentences = attributeQuotes(article.paragraphs, 'en').sentences.flat();
    const chosen = new Set(digest.keyPoints.map((p) => `${p.paragraph}:${p.start}`));
    const rejected = new Map(explain.rejectedSentences.map((r) => [`${r.paragraph}:${r.start}`, r.reason]));
    expect(chosen.size).toBe(3);
    for (const sentence of sentences) {
      const key = `${sentence.paragraph}:${sentence.start}`;
      expect(chosen.has(key) !== rejected.has(key), sentence.text).toBe(true);
    }
    expect(rejected.size).toBe(sentences.length - 3);
    // A sentence that is only a quotation is the speaker list's; "He warned…" leans on a name before it.
    expect(explain.rejectedSentences.find((r) => r.text.startsWith('“This is welcomed'))?.reason).toBe('mostly quoted');
    expect(explain.rejectedSentences.find((r) => r.text.startsWith('He warned'))?.reason).toBe('opens with a pronoun');
  });
});
