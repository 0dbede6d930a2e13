/**
 * Finding a sentence of the digest in the live page and showing it: the page's text is never
 * changed, and nothing is left behind. Runs in the page script, on any `Document` (jsdom in tests).
 */

export const HIGHLIGHT_MS = 2500;

/** Text nodes under `root` in document order, with where each starts in their joined text. */
function textIndex(doc: Document, root: Node): { nodes: Text[]; starts: number[]; text: string } {
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = (node as Text).parentElement;
    if (parent && /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/u.test(parent.tagName)) continue;
    nodes.push(node as Text);
    starts.push(text.length);
    text += (node as Text).data;
  }
  return { nodes, starts, text };
}

/**
 * Where the character at `offset` of `text` with its white-space runs folded to one space
 * stands in `text` itself: one pass over the runs before it, with no per-character table (a
 * 20 MB page once took 7 s and 1.4 GB that way).
 */
function unfoldedOffset(text: string, offset: number): number {
  const runs = /\s{2,}|[^\S ]/gu;
  let removed = 0;
  for (let run = runs.exec(text); run; run = runs.exec(text)) {
    const foldedAt = run.index - removed;
    if (foldedAt > offset) break;
    // The run became one space at `foldedAt`; the offset is that space or lies beyond the run.
    if (foldedAt === offset) return run.index;
    removed += run[0].length - 1;
  }
  return offset + removed;
}

/**
 * The range of the page that shows `sentence`, matched with white space folded, across as many
 * elements as it spans (a quote in a <span>, a link in the middle). Null when it is not there.
 */
export function findTextRange(doc: Document, sentence: string): Range | null {
  const wanted = sentence.replace(/\s+/gu, ' ').trim();
  if (!wanted || !doc.body) return null;
  const { nodes, starts, text } = textIndex(doc, doc.body);
  const at = text.replace(/\s+/gu, ' ').indexOf(wanted);
  if (at < 0) return null;
  const locate = (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { node: nodes[low]!, offset: offset - starts[low]! };
  };
  const start = locate(unfoldedOffset(text, at));
  const end = locate(unfoldedOffset(text, at + wanted.length - 1));
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset + 1);
  return range;
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

/**
 * Scrolls the sentence into view and marks it for a moment: with the CSS Custom Highlight API
 * where the browser has it, under `name` (random per click; its `::highlight` rule is inserted
 * by the background with `scripting.insertCSS`, which the page cannot read), else with boxes
 * laid over the text. The mark starts when the smooth scroll has ended, so the reader sees all
 * of HIGHLIGHT_MS, and is removed after it.
 */
export function showInPage(doc: Document, sentence: string, name: string): boolean {
  const range = findTextRange(doc, sentence);
  if (!range) return false;
  // Listening first, then scrolling.
  afterScroll(doc.defaultView, () => mark(doc, range, name));
  (range.startContainer.parentElement ?? doc.body).scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}

/** Marks the range for HIGHLIGHT_MS. */
function mark(doc: Document, range: Range, name: string): void {
  const view = doc.defaultView;
  const registry = (view as unknown as { CSS?: { highlights?: HighlightRegistry } } | null)?.CSS?.highlights;
  const HighlightClass = (view as unknown as { Highlight?: new (range: Range) => unknown } | null)?.Highlight;
  if (registry && HighlightClass) {
    registry.set(name, new HighlightClass(range));
    view!.setTimeout(() => registry.delete(name), HIGHLIGHT_MS);
    return;
  }
  const overlays = Array.from(range.getClientRects(), (rect) => {
    const box = doc.createElement('div');
    Object.assign(box.style, {
      position: 'absolute',
      left: `${rect.left + (view?.scrollX ?? 0)}px`,
      top: `${rect.top + (view?.scrollY ?? 0)}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
      background: 'rgba(255, 224, 102, 0.55)',
      pointerEvents: 'none',
      zIndex: '2147483647',
    });
    (doc.body ?? doc.documentElement).append(box);
    return box;
  });
  (view ?? globalThis).setTimeout(() => overlays.forEach((box) => box.remove()), HIGHLIGHT_MS);
}

/** A smooth scroll's longest wait: past it the mark starts anyway. */
const SCROLL_WAIT_MS = 3000;
/** With no scroll event this soon, the sentence was in view already and nothing scrolls. */
const SCROLL_START_MS = 150;

/** The longest a highlight can last from the click: the wait for the scroll, then the mark. */
export const HIGHLIGHT_LIFETIME_MS = SCROLL_WAIT_MS + HIGHLIGHT_MS;

/** Runs `start` once, when the page's scroll has ended ('scrollend'), or at once where nothing scrolls. */
function afterScroll(view: Window | null, start: () => void): void {
  if (!view || !('onscrollend' in view)) return start();
  let scrolled = false;
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    view.removeEventListener('scrollend', go, true);
    start();
  };
  view.addEventListener('scroll', () => (scrolled = true), { capture: true, once: true });
  view.addEventListener('scrollend', go, true);
  view.setTimeout(() => scrolled || go(), SCROLL_START_MS);
  view.setTimeout(go, SCROLL_WAIT_MS);
}

/** A highlight name the page cannot predict, and its style. */
export function highlightStyle(name: string): string {
  return `::highlight(${name}) { background-color: #ffe066; color: #111; }`;
}

export interface HighlightInput {
  text: string;
  /** The highlight's name, random per click, with its style inserted by the background. */
  name: string;
  /**
   * When the background stops waiting (`Date.now()`): a page too busy to run the script before
   * then has had the reader told so and the style taken away, so the script shows nothing late.
   */
  notAfter: number;
}

/**
 * What the highlight script does when the background calls it (entrypoints/highlight.ts): the
 * sentence is shown, is not on the page (or the input is malformed), or the call came too late.
 */
export function highlightInPage(doc: Document, input: unknown): 'shown' | 'gone' | 'late' {
  if (typeof input !== 'object' || input === null) return 'gone';
  const { text, name, notAfter } = input as Record<string, unknown>;
  if (typeof notAfter !== 'number') return 'gone';
  if (Date.now() > notAfter) return 'late';
  const valid = typeof text === 'string' && typeof name === 'string' && /^[a-z][a-z0-9]{0,63}$/u.test(name);
  return valid && showInPage(doc, text, name) ? 'shown' : 'gone';
}
