/**
 * Reading a document for the command line safely: a size cap checked before anything is parsed,
 * the page's declared character set, and a nesting depth that jsdom can parse (its parser and
 * Readability recurse per level: 5,000 nested elements overflow the stack, 400 take 14 s).
 */
import { TextDecoder } from '@exodus/bytes/encoding.js';
import sniffHtmlEncoding from 'html-encoding-sniffer';

/** The largest input read, in bytes: news pages served whole are a few MB; 50 MB ran Node out of memory. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/**
 * The deepest element nesting read. Chromium's own HTML parser stops nesting at 512
 * (`kMaximumHTMLParserDOMTreeDepth`), so no page a browser shows is deeper.
 */
export const MAX_NESTING_DEPTH = 512;

export class UnreadableInput extends Error {}

/** Elements that never hold others, and ones whose end tag may be left out: they add no depth here. */
const NO_DEPTH = new Set(
  'area base br col embed hr img input link meta param source track wbr html head body p li dt dd tr td th tbody thead tfoot option optgroup rt rp colgroup caption'.split(' '),
);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes', 'plaintext']);

/**
 * How deep the markup nests elements, read from the tags alone in one pass (no DOM is built):
 * close enough to refuse a hostile page before jsdom sees it.
 */
export function markupDepth(html: string, limit = Infinity): number {
  const tags = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/gu;
  const open: string[] = [];
  let deepest = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    const [, closing, rawName, selfClosing] = tag;
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (RAW_TEXT.has(name) && !closing) {
      // Skip to the raw-text element's end: its content is not markup.
      const end = new RegExp(`</${name}`, 'giu');
      end.lastIndex = tags.lastIndex;
      tags.lastIndex = end.exec(html)?.index ?? html.length;
      continue;
    }
    if (NO_DEPTH.has(name) || selfClosing) continue;
    if (!closing) {
      open.push(name);
      deepest = Math.max(deepest, open.length);
      if (deepest > limit) break;
    } else {
      // A stray end tag closes nothing; only the innermost few are searched, so a flood of them stays linear.
      let at = open.length - 1;
      while (at >= 0 && at >= open.length - 32 && open[at] !== name) at--;
      if (at >= 0 && open[at] === name) open.length = at;
    }
  }
  return deepest;
}

/**
 * Decodes a document as a browser would (the HTML Standard's encoding sniffing: a byte-order
 * mark, then the charset the page declares in its first 1,024 bytes). With neither, UTF-8, or
 * windows-1252 when the bytes are not valid UTF-8 (old pages that declare nothing). Node's own
 * TextDecoder reads windows-1252 as Latin-1 (0x93 is not “), so @exodus/bytes decodes.
 */
export function decodeDocument(bytes: Uint8Array, html = true): string {
  const encoding = html ? sniffHtmlEncoding(bytes, { defaultEncoding: 'UTF-8' }) : 'UTF-8';
  if (encoding !== 'UTF-8') return new TextDecoder(encoding).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The document's text, or UnreadableInput with a one-line reason. */
export function readableDocument(bytes: Uint8Array, html: boolean): string {
  if (bytes.length > MAX_INPUT_BYTES) throw new UnreadableInput(tooBig(bytes.length));
  const text = decodeDocument(bytes, html);
  if (html && markupDepth(text, MAX_NESTING_DEPTH) > MAX_NESTING_DEPTH) {
    throw new UnreadableInput(`the page nests elements more than ${MAX_NESTING_DEPTH} deep (the most a browser's parser builds)`);
  }
  return text;
}

export function tooBig(bytes: number): string {
  return `the input is ${(bytes / 1024 / 1024).toFixed(1)} MB, over the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit`;
}
