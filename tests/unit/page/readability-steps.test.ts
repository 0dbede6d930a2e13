import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { newReadability, parseHoldingCleanUp } from '../../../lib/page/readability-steps';
import { readFixture } from '../../corpus';
import { MOZILLA_PAGES } from '../support/mozilla-pages';

describe('Readability in steps', () => {
  it("holds Readability's clean-up back and replays it into the element parse() gives", () => {
    const outcomes = MOZILLA_PAGES.map((folder) => {
      const html = readFixture(`readability/${folder}/source.html`);
      const whole = newReadability(new JSDOM(html).window.document).parse();
      const held = parseHoldingCleanUp(new JSDOM(html).window.document);
      if (held.kind !== 'held') return `${folder}: not held`;
      // Before the clean-up, the article still holds what the clean-up removes.
      const before = held.parsed.content?.outerHTML;
      if (!held.cleanUp()) return `${folder}: parsed again`;
      expect(held.parsed.content?.outerHTML).toBe(whole?.content?.outerHTML);
      return `${folder}: replayed${before === held.parsed.content?.outerHTML ? ', nothing to clean' : ''}`;
    });
    // The two short snippets fall under Readability's threshold once cleaned: parsed again in one go.
    expect(outcomes).toEqual([
      'cnet: replayed',
      'heise: replayed, nothing to clean',
      'lemonde-1: replayed, nothing to clean',
      'wapo-2: replayed, nothing to clean',
      'mozilla-2: replayed',
      'ietf-1: replayed',
      'lazy-image-3: parsed again',
      'hukumusume: parsed again',
    ]);
  });
});
