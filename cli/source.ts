/**
 * Reading a document for the command line safely: a size cap checked before anything is parsed,
 * the page's declared character set, and a nesting depth that jsdom can parse (its parser and
 * Readability recurse per level: 5,000 nested elements overflow the stack, 400 take 14 s).
 */
import { TextDecoder } from '@exodus/bytes/encoding.js';
import sniffHtmlEncoding from 'html-encoding-sniffer';
import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type DefaultTreeAdapterTypes, type TreeAdapter } from 'parse5';

/** The largest input read, in bytes: news pages served whole are a few MB; 50 MB ran Node out of memory. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/**
 * The deepest element nesting read. Chromium's own HTML parser stops nesting at 512
 * (`kMaximumHTMLParserDOMTreeDepth`), so no page a browser shows is deeper.
 */
export const MAX_NESTING_DEPTH = 512;

export class UnreadableInput extends Error {}

class TooDeep extends Error {}

type Node = DefaultTreeAdapterTypes.Node;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/**
 * How deep the page nests elements (`<html>` is 1) in the tree an HTML parser builds from it:
 * parse5, which jsdom parses with, and with jsdom's options (no scripting, so `<noscript>` holds
 * elements). Reading the parsed tree, not the tags, is what counts `<div/>` (the slash means
 * nothing), content after `<!-->`, in `<noscript>`, `<template>` and `<svg><title>`, and the
 * tables a parser builds around `<td>`. The parse stops as soon as an element lands deeper than
 * `limit` (so a 10 MB run of `<div>`s costs no more than 513 of them), and the finished tree is
 * measured without recursion, since misnested markup moves elements after they are placed.
 */
export function nestingDepth(html: string, limit = Infinity): number {
  const depths = new WeakMap<Node, number>();
  const placed = (parent: ParentNode, child: Node) => {
    if (!('tagName' in child)) return;
    const depth = (depths.get(parent) ?? 0) + 1;
    depths.set(child, depth);
    if (depth > limit) throw new TooDeep();
  };
  const adapter: TreeAdapter<DefaultTreeAdapterMap> = {
    ...defaultTreeAdapter,
    appendChild(parent, child) {
      defaultTreeAdapter.appendChild(parent, child);
      placed(parent, child);
    },
    insertBefore(parent, child, reference) {
      defaultTreeAdapter.insertBefore(parent, child, reference);
      placed(parent, child);
    },
    setTemplateContent(template, content) {
      defaultTreeAdapter.setTemplateContent(template, content);
      depths.set(content, depths.get(template) ?? 0);
    },
  };
  let document: DefaultTreeAdapterTypes.Document;
  try {
    document = parse(html, { treeAdapter: adapter, scriptingEnabled: false });
  } catch (error) {
    if (error instanceof TooDeep) return limit + 1;
    throw error;
  }
  let deepest = 0;
  const pending: [ParentNode, number][] = [[document, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [parent, depth] = next;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) break;
    for (const child of parent.childNodes) {
      if ('tagName' in child) pending.push([child.nodeName === 'template' ? (child as DefaultTreeAdapterTypes.Template).content : child, depth + 1]);
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
  if (html && nestingDepth(text, MAX_NESTING_DEPTH) > MAX_NESTING_DEPTH) {
    throw new UnreadableInput(`the page nests elements more than ${MAX_NESTING_DEPTH} deep (the most a browser's parser builds)`);
  }
  return text;
}

export function tooBig(bytes: number): string {
  return `the input is ${(bytes / 1024 / 1024).toFixed(1)} MB, over the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit`;
}
