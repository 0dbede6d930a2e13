import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findTextRange, showInPage } from '../../lib/page/highlight';

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
    expect(showInPage(doc, 'The council voted 9 to 0 on Monday.')).toBe(true);
    // Nothing scrolled (no layout in jsdom), so the mark starts after a short wait. No Custom
    // Highlight API in jsdom: the fallback lays a box over the text.
    await new Promise((done) => setTimeout(done, 300));
    expect(doc.querySelectorAll('[data-gist-highlight]')).toHaveLength(1);
    expect(doc.body.textContent).toBe(before);
    expect(showInPage(doc, 'Not in the page.')).toBe(false);
  });

  it('starts the mark when the scroll ends, so it is seen for its whole time', async () => {
    const doc = page('<p>First one.</p><p>The council voted <b>9 to 0</b> on Monday.</p>');
    const window = doc.defaultView!;
    window.HTMLElement.prototype.scrollIntoView = () => window.dispatchEvent(new window.Event('scroll'));
    window.Range.prototype.getClientRects = () => [{ left: 5, top: 40, width: 200, height: 18 }] as unknown as DOMRectList;
    expect(showInPage(doc, 'The council voted 9 to 0 on Monday.')).toBe(true);
    await new Promise((done) => setTimeout(done, 300));
    expect(doc.querySelectorAll('[data-gist-highlight]')).toHaveLength(0);
    window.dispatchEvent(new window.Event('scrollend'));
    expect(doc.querySelectorAll('[data-gist-highlight]')).toHaveLength(1);
  });
});
