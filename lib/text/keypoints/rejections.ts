import type { ClutterKind } from '../clutter';

/**
 * Why a sentence of the article is not a key point: the check that turned it down, as `--explain`
 * reports it. By where the check stands: the sentence's paragraph, the sentence itself, how it
 * reads alone, and the choice among the sentences left.
 */
export type PointRejection =
  // Its paragraph is not the story's prose.
  | 'heading'
  | 'caption'
  | 'teaser link'
  | `paragraph is ${ClutterKind}`
  | 'standfirst'
  /** The story-prose model (prose.ts) reads it as a site's furniture: a date line, a credit, a prompt. */
  | 'paragraph reads as furniture'
  /** A list item printed twice (prose.ts `repeatedListItems`): a subscription offer, a menu. */
  | 'repeated list item'
  | 'credit below'
  // The sentence is not the story's prose, or not a whole sentence of a readable length.
  | `sentence is ${ClutterKind}`
  | 'too short'
  | 'too long'
  | 'no full stop'
  | 'question'
  | 'trails off'
  | 'opens mid-sentence'
  | 'opens with a mark'
  | 'mostly quoted'
  | 'run together'
  | 'unbalanced marks'
  // It does not read alone.
  | 'opens with a pronoun'
  | 'continues a sentence before it'
  | 'credits a quotation to another speaker'
  // The choice.
  | 'repeats a point'
  | 'repeats the standfirst'
  | 'same paragraph as a point'
  | 'waits for the sentence it continues'
  | 'points enough';
