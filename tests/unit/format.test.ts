import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../lib/text/digest';
import { digestToMarkdown, digestToText, escapeMarkdown } from '../../lib/text/format';
import { articleFromText } from '../../lib/text/article-text';

const article = articleFromText(
  [
    'The city council voted on Tuesday to approve a new budget for the coming year after months of debate.',
    '“This budget protects the services people rely on every day,” said Mayor Jane Roe.',
    'The plan raises spending on schools and parks while holding property taxes flat for most homeowners.',
    'Opponents said the plan relies on optimistic revenue forecasts that may not hold up next year.',
  ].join('\n\n'),
  { title: 'Council approves [budget] *now*', url: 'https://news.example/budget' },
);

describe('formatting the digest', () => {
  const digest = buildDigest(article);

  it('writes plain text with title, link, bullets and quotes', () => {
    const text = digestToText(digest);
    expect(text.split('\n').slice(0, 2)).toEqual(['Council approves [budget] *now*', 'https://news.example/budget']);
    expect(text).toMatch(/^• The city council voted/mu);
    expect(text).toContain('Jane Roe (Mayor)\n  “This budget protects');
  });

  it('writes Markdown with a linked title and escaped page text', () => {
    const markdown = digestToMarkdown(digest);
    expect(markdown.split('\n')[0]).toBe('## [Council approves \\[budget\\] \\*now\\*](https://news.example/budget)');
    expect(markdown).toContain('- **Jane Roe**, Mayor');
  });

  it('never lets page text become links or HTML in Markdown', () => {
    expect(escapeMarkdown('[click](javascript:alert(1)) <img src=x onerror=alert(1)>')).toBe(
      '\\[click\\]\\(javascript:alert\\(1\\)\\) \\<img src=x onerror=alert\\(1\\)\\>',
    );
  });
});
