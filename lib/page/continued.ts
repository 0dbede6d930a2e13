import type { Paragraph } from '../contracts';

/** How many of the article's paragraphs must share a class before that class marks the article's text. */
const MIN_STYLED_PARAGRAPHS = 3;
/** …and at least this share of them (the rest: asides, captions, paragraphs of no class). */
const MIN_STYLED_SHARE = 0.4;
/** How many paragraphs of that class are read at most: a story has far fewer, a hostile page may have millions. */
const MAX_STYLED_READ = 2_000;
/** Containers a paragraph of the article is never in, however it is styled. */
const NOT_THE_STORY = 'aside, nav, footer, figure, [aria-hidden="true"]';

/** The class the article's paragraphs mostly share ("text-18 leading-17"), or null. */
function bodyClassOf(content: Element): string | null {
  const counts = new Map<string, number>();
  const paragraphs = content.querySelectorAll('p');
  for (const p of paragraphs) {
    const name = p.getAttribute('class')?.trim();
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: [string, number] | null = null;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best && best[1] >= MIN_STYLED_PARAGRAPHS && best[1] >= MIN_STYLED_SHARE * paragraphs.length ? best[0] : null;
}

/**
 * The article's paragraphs with those Readability left in other containers of the same story: a
 * site sets its body text in one style, and some split the story into blocks between pictures and
 * advertisements ("Die US-Küstenwache hatte…" / an advert / "In den darauffolgenden Tagen…"), of
 * which Readability keeps the best. Added are the page's paragraphs of the article's paragraph
 * class, in the `<article>` or `<main>` that holds the article's own, each after the paragraph
 * that comes before it on the page.
 */
export function withContinuedParagraphs(
  doc: Document,
  content: Element,
  paragraphs: Paragraph[],
  paragraphsOf: (element: Element) => Paragraph[],
): Paragraph[] {
  const bodyClass = bodyClassOf(content);
  if (!bodyClass) return paragraphs;
  const styled: Element[] = [];
  for (const p of doc.querySelectorAll('p')) {
    if (styled.length >= MAX_STYLED_READ) break;
    if (p.getAttribute('class')?.trim() === bodyClass && !p.closest(NOT_THE_STORY)) styled.push(p);
  }
  // Known by their words: Readability's clean-up may leave a paragraph's spacing changed.
  const keyOf = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const read = new Map(paragraphs.map((paragraph, index) => [keyOf(paragraph.text), index] as const));
  const textOf = (p: Element) => paragraphsOf(p).find((paragraph) => paragraph.kind === 'text') ?? null;
  const first = styled.find((p) => {
    const paragraph = textOf(p);
    return paragraph !== null && read.has(keyOf(paragraph.text));
  });
  const story = first?.closest('article, main');
  if (!story) return paragraphs;
  // Each added paragraph goes after the last paragraph of the article before it on the page.
  const after = new Map<number, Paragraph[]>();
  let previous = -1;
  for (const p of styled) {
    if (!story.contains(p)) continue;
    const paragraph = textOf(p);
    if (!paragraph) continue;
    const key = keyOf(paragraph.text);
    const index = read.get(key);
    if (index !== undefined) {
      previous = Math.max(previous, index);
      continue;
    }
    read.set(key, previous);
    const list = after.get(previous) ?? [];
    list.push(paragraph);
    after.set(previous, list);
  }
  if (after.size === 0) return paragraphs;
  const merged = [...(after.get(-1) ?? [])];
  paragraphs.forEach((paragraph, index) => merged.push(paragraph, ...(after.get(index) ?? [])));
  return merged;
}
