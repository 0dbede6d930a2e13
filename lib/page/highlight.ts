/**
 * Finding a sentence of the digest in the live page and showing it: the page's text is never
 * changed. Runs in the content script, on any `Document` (jsdom in tests).
 */

const HIGHLIGHT_NAME = 'gist-source';
const HIGHLIGHT_MS = 2500;

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
 * The range of the page that shows `sentence`, matched with white space folded, across as many
 * elements as it spans (a quote in a <span>, a link in the middle). Null when it is not there.
 */
export function findTextRange(doc: Document, sentence: string): Range | null {
  const wanted = sentence.replace(/\s+/gu, ' ').trim();
  if (!wanted || !doc.body) return null;
  const { nodes, starts, text } = textIndex(doc, doc.body);
  // Fold runs of white space to one space, remembering where each folded character came from.
  let folded = '';
  const origin: number[] = [];
  let previousSpace = true;
  for (let i = 0; i < text.length; i++) {
    const isSpace = /\s/u.test(text[i]!);
    if (isSpace && previousSpace) continue;
    folded += isSpace ? ' ' : text[i];
    origin.push(i);
    previousSpace = isSpace;
  }
  const at = folded.indexOf(wanted);
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
  const start = locate(origin[at]!);
  const end = locate(origin[at + wanted.length - 1]! );
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
 * where the browser has it, else with boxes laid over the text and removed afterwards.
 */
export function showInPage(doc: Document, sentence: string): boolean {
  const range = findTextRange(doc, sentence);
  if (!range) return false;
  const view = doc.defaultView;
  // The mark starts when the smooth scroll has ended, so the reader sees all of its time:
  // listening first, then scrolling.
  afterScroll(view, () => mark(doc, range));
  (range.startContainer.parentElement ?? doc.body).scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}

/** Marks the range for HIGHLIGHT_MS. */
function mark(doc: Document, range: Range): void {
  const view = doc.defaultView;
  const registry = (view as unknown as { CSS?: { highlights?: HighlightRegistry } } | null)?.CSS?.highlights;
  const HighlightClass = (view as unknown as { Highlight?: new (range: Range) => unknown } | null)?.Highlight;
  if (registry && HighlightClass) {
    if (!doc.getElementById(HIGHLIGHT_NAME)) {
      const style = doc.createElement('style');
      style.id = HIGHLIGHT_NAME;
      style.textContent = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffe066; color: #111; }`;
      doc.head.append(style);
    }
    registry.set(HIGHLIGHT_NAME, new HighlightClass(range));
    view!.setTimeout(() => registry.delete(HIGHLIGHT_NAME), HIGHLIGHT_MS);
    return;
  }
  const overlays = Array.from(range.getClientRects(), (rect) => {
    const box = doc.createElement('div');
    box.setAttribute('data-gist-highlight', '');
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
    doc.body.append(box);
    return box;
  });
  (view ?? globalThis).setTimeout(() => overlays.forEach((box) => box.remove()), HIGHLIGHT_MS);
}

/** A smooth scroll's longest wait: past it the mark starts anyway. */
const SCROLL_WAIT_MS = 3000;
/** With no scroll event this soon, the sentence was in view already and nothing scrolls. */
const SCROLL_START_MS = 150;

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
