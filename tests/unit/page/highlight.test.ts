import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { findTextRange, HIGHLIGHT_MS, highlightInPage, showInPage } from '../../../lib/page/highlight';

const page = (body: string) => new JSDOM(`<html><head></head><body>${body}</body></html>`).window.document;

describe('finding a digest sentence in the page', () => {
  it('finds a sentence that spans several elements, with white space folded', () => {
    const doc = page('<p>Intro.</p><p>“We will <em>win</em>,” said\n   <a href="/x">Maria Lopez</a>. After.</p>');
    const range = findTextRange(doc, '“We will win,” said Maria Lopez.');
    expect(range?.toString().replace(/\s+/gu, ' ')).toBe('“We will win,” said Maria Lopez.');
  });

  it('ignores scripts and styles, and returns null for text that is not there', () => {
    const doc = page('<script>var s = "hidden sentence";</script><p>Visible sentence.</p>');
    expect(findTextRange(doc, 'hidden sentence')).toBeNull();
    expect(findTextRange(doc, 'Visible sentence.')).not.toBeNull();
  });

  it('marks the sentence without changing the page’s text', async () => {
    const doc = page('<p>First one.</p><p>The council voted <b>9 to 0</b> on Monday.</p>');
    const before = doc.body.textContent;
    // jsdom has no layout: give the range one box and make scrolling a no-op.
    const window = doc.defaultView!;
    window.HTMLElement.prototype.scrollIntoView = () => undefined;
    window.Range.prototype.getClientRects = () => [{ left: 5, top: 40, width: 200, height: 18 }] as unknown as DOMRectList;
    expect(showInPage(doc, 'The council voted 9 to 0 on Monday.', 'hx')).toBe(true);
    // Nothing scrolled (no layout in jsdom), so the mark starts after a short wait. No Custom
    // Highlight API in jsdom: the fallback lays a box over the text.
    await new Promise((done) => setTimeout(done, 300));
    expect(doc.querySelectorAll('body > div[style]')).toHaveLength(1);
    expect(doc.body.textContent).toBe(before);
    expect(showInPage(doc, 'Not in the page.', 'hx')).toBe(false);
  });

  it('maps a match after long white-space runs back to the right characters', () => {
    const doc = page('<p>One.\n\n\n   Two   words <i>here</i>\t\tnow.</p><p>   Three   and   four.</p>');
    expect(findTextRange(doc, 'Two words here now.')?.toString()).toBe('Two   words here\t\tnow.');
    expect(findTextRange(doc, 'Three and four.')?.toString()).toBe('Three   and   four.');
  });

  it('starts the mark when the scroll ends, so it is seen for its whole time', async () => {
    const doc = page('<p>First one.</p><p>The council voted <b>9 to 0</b> on Monday.</p>');
    const window = doc.defaultView!;
    window.HTMLElement.prototype.scrollIntoView = () => window.dispatchEvent(new window.Event('scroll'));
    window.Range.prototype.getClientRects = () => [{ left: 5, top: 40, width: 200, height: 18 }] as unknown as DOMRectList;
    expect(showInPage(doc, 'The council voted 9 to 0 on Monday.', 'hx')).toBe(true);
    await new Promise((done) => setTimeout(done, 300));
    expect(doc.querySelectorAll('body > div[style]')).toHaveLength(0);
    window.dispatchEvent(new window.Event('scrollend'));
    expect(doc.querySelectorAll('body > div[style]')).toHaveLength(1);
  });
});

describe('highlighting on a hostile page', () => {
  const layoutless = (doc: Document) => {
    const window = doc.defaultView!;
    window.HTMLElement.prototype.scrollIntoView = () => undefined;
    window.Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
  };

  /** A stand-in for the Custom Highlight API, which jsdom lacks. */
  const withHighlights = (doc: Document) => {
    const registry = new Map<string, unknown>();
    Object.assign(doc.defaultView!, { CSS: { highlights: registry }, Highlight: class {} });
    return registry;
  };

  it('adds no element or style to the page, works without <head>, and forgets its highlight', async () => {
    const doc = page('<p id="gist-source">The vote was 9 to 0.</p>');
    doc.head.remove();
    layoutless(doc);
    const registry = withHighlights(doc);
    const before = doc.documentElement.outerHTML;
    vi.useFakeTimers();
    try {
      expect(showInPage(doc, 'The vote was 9 to 0.', 'h123')).toBe(true);
      // Nothing scrolls in jsdom: the mark starts after a short wait for a scroll.
      vi.advanceTimersByTime(200);
      expect([...registry.keys()]).toEqual(['h123']);
      expect(doc.documentElement.outerHTML).toBe(before);
      vi.advanceTimersByTime(HIGHLIGHT_MS);
      expect(registry.size).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows nothing when it runs after the background stopped waiting (a page too busy to answer)', () => {
    const doc = page('<p>The vote was 9 to 0.</p>');
    layoutless(doc);
    const registry = withHighlights(doc);
    const scrolled = vi.fn();
    doc.defaultView!.HTMLElement.prototype.scrollIntoView = scrolled;
    expect(highlightInPage(doc, { text: 'The vote was 9 to 0.', name: 'h1', notAfter: Date.now() - 1 })).toBe('late');
    expect(highlightInPage(doc, { text: 'The vote was 9 to 0.', name: 'h1' })).toBe('gone');
    expect(scrolled).not.toHaveBeenCalled();
    expect(registry.size).toBe(0);
    expect(highlightInPage(doc, { text: 'The vote was 9 to 0.', name: 'h1', notAfter: Date.now() + 5000 })).toBe('shown');
    expect(scrolled).toHaveBeenCalledOnce();
  });

  it('finds a sentence at the end of a big page without a per-character pass', () => {
    // 2 MB of text in runs of white space: a per-character table of offsets cost 1.4 GB on 20 MB.
    const filler = '<p>Filler   words\n\n  of the page.</p>'.repeat(50_000);
    const doc = page(`${filler}<p>The   last\n sentence.</p>`);
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    try {
      expect(findTextRange(doc, 'The last sentence.')?.toString()).toBe('The   last\n sentence.');
      // A few regular-expression steps per white-space run (0.5 M), not one per character (1.6 M).
      expect(exec.mock.calls.length).toBeLessThan(800_000);
    } finally {
      exec.mockRestore();
    }
  });
});
