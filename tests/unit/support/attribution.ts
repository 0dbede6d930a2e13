/**
 * Attribution of short texts written for one rule each. These read every attribution the rules make,
 * before the confidence threshold (which confidence.test.ts tests on its own), unless told otherwise.
 */
import { attributeQuotes } from '../../../lib/text/attribution/attribute';
import { articleFromText } from '../../../lib/text/article-text';

/** Attributes English text whose paragraphs stand apart by blank lines. */
export const attribute = (text: string, minConfidence = 0) => attributeQuotes(articleFromText(text).paragraphs, 'en', { minConfidence });

/** Speaker of each quotation by its first words; quotations without a speaker are left out. */
export function speakerOf(text: string): Record<string, string> {
  const byQuote: Record<string, string> = {};
  for (const speaker of attribute(text).speakers) {
    for (const quote of speaker.quotes) byQuote[quote.text.split(/\s+/u).slice(0, 3).join(' ')] = speaker.name;
  }
  return byQuote;
}

export const speakerNames = (text: string) => attribute(text).speakers.map((s) => s.name);

/** Each attributed quotation's speaker and the cue that found them. */
export const speakersWithCues = (text: string) => attribute(text).speakers.flatMap((s) => s.quotes.map((q) => [s.name, q.cue]));

/** Each speaker's name, kind and role. */
export const kinds = (text: string) => attribute(text).speakers.map((s) => [s.name, s.kind, s.role]);

/** Each speaker's `field` by name, for paragraphs of text. */
export const bySpeaker = (paragraphs: string[], field: 'role' | 'kind') =>
  Object.fromEntries(attribute(paragraphs.join('\n\n')).speakers.map((s) => [s.name, s[field]]));

/** A paragraph that names a group after its members' noun: "the doctors" may mean it, "the physicians" not. */
export const DOCTORS_GROUP = 'Seven doctors formed a group, Doctors for Camp Closure, in October to push for flu shots at the border.';
