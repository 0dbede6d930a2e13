import type { QuoteRef, Speaker } from '../../contracts';
import type { Quotation } from '../quotes';
import type { Judged } from './confidence';
import { isPlaceName } from './name-words';
import type { Entity, EntityRegistry } from './registry';

/** A quotation as the digest reports it: verbatim text, a display form, where it starts, how sure the speaker is. */
export function quoteRef(quotation: Quotation, evidence?: Judged): QuoteRef {
  const first = quotation.spans[0]!;
  const ref: QuoteRef = {
    text: quotation.text,
    display: displayForm(quotation.text),
    paragraph: first.paragraph,
    start: first.start,
    end: first.end,
    spans: quotation.spans,
  };
  if (evidence) {
    ref.cue = evidence.cue;
    ref.confidence = evidence.confidence;
  }
  return ref;
}

/** “We will win,” she said → “We will win.”: a comma that handed over to the attribution ends the quotation. */
export function displayForm(text: string): string {
  return text.replace(/,(['’"”]?)$/u, '.$1');
}

/**
 * One speaker per entity, with its quotations in reading order; the most quoted first, then in
 * the order the article introduced them. Variants of a name are already one entity (registry.ts).
 */
export function speakersOf(speakerOf: ReadonlyMap<number, Entity>, quotations: readonly Quotation[], judged: ReadonlyMap<number, Judged>): Speaker[] {
  const quotedEntities = quotesByEntity(speakerOf);
  return [...quotedEntities.entries()]
    .map(([entity, quotes]) => ({
      entity,
      speaker: {
        name: entity.name,
        role: entity.role,
        kind: entity.kind,
        aliases: [...entity.aliases].filter((alias) => alias !== entity.name),
        quotes: quotes.sort((a, b) => a - b).map((index) => quoteRef(quotations[index]!, judged.get(index))),
      },
    }))
    .sort((a, b) => b.speaker.quotes.length - a.speaker.quotes.length || a.entity.id - b.entity.id)
    .map(({ speaker }) => speaker);
}

function quotesByEntity(speakerOf: ReadonlyMap<number, Entity>): Map<Entity, number[]> {
  const quotedEntities = new Map<Entity, number[]>();
  for (const [quote, entity] of speakerOf) {
    const list = quotedEntities.get(entity) ?? [];
    list.push(quote);
    quotedEntities.set(entity, list);
  }
  return quotedEntities;
}

/**
 * People named but not quoted. Only names the text shows to be people: a title, an honorific, a
 * role, a pronoun or reported speech ("Ian Michaels said") — not every capitalised phrase; and
 * only names the story itself gives, not a photo credit or the columnists of a subscription offer.
 */
export function mentionedPeople(registry: EntityRegistry, speakerOf: ReadonlyMap<number, Entity>): { name: string }[] {
  const quoted = new Set(speakerOf.values());
  return registry.entities
    .filter((e) => e.kind === 'person' && !quoted.has(e) && e.namedInBody && (e.personEvidence || e.role !== null) && !isPlaceName(e.words))
    .map((e) => ({ name: e.name }));
}
