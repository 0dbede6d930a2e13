import type { EntityKind } from '../../contracts';
import { FEMALE_ROLE_WORDS, FOLDED_JOINED_PARTICLE, HONORIFICS, MALE_ROLE_WORDS, NAME_PARTICLES } from '../lexicon/names';
import type { Mention } from './names';
import type { Gender } from './name-words';
import { ENTITY_CANDIDATE_LIMIT, MAX_INDEXED_NAME_WORDS } from './thresholds';

/** One person or body across all the ways the article names it. */
export interface Entity {
  id: number;
  name: string;
  words: string[];
  kind: EntityKind;
  role: string | null;
  gender: Gender;
  aliases: Set<string>;
  /** Some mention carried a title, an honorific or a pronoun: surely a person. */
  personEvidence: boolean;
  /** Named in the story itself, not only in a caption, a heading or an offer printed twice. */
  namedInBody: boolean;
}

/** A name's words as they identify someone: without particles, so "al-Assad" is "Assad". */
function wordsOf(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s]+/u)
    .map((w) => w.replace(FOLDED_JOINED_PARTICLE, ''))
    .filter((w) => w && !NAME_PARTICLES.has(w));
}

function startsWith(whole: readonly string[], part: readonly string[]): boolean {
  return part.length <= whole.length && part.every((w, k) => whole[k] === w);
}

function endsWith(whole: readonly string[], part: readonly string[]): boolean {
  const offset = whole.length - part.length;
  return offset >= 0 && part.every((w, k) => whole[offset + k] === w);
}

const isAllCapitals = (name: string) => name === name.toUpperCase();

/**
 * Merges the mentions of one entity: "Blinken", "Mr. Blinken" and "Secretary of State Antony
 * Blinken" are one. A lone surname goes to the person last called by it, else to the first
 * person introduced with it, so a father and son named Parata stay apart once the text has
 * told them apart.
 */
export class EntityRegistry {
  readonly entities: Entity[] = [];
  private readonly lastByShortForm = new Map<string, Entity>();
  // Indexes keep each lookup proportional to the entities sharing a word, not to all of them,
  // so attribution stays linear in article length.
  private readonly byKey = new Map<string, Entity>();
  /** Entities by each of their first and last word runs ("antony", "antony blinken"; "blinken"…). */
  private readonly byPrefix = new Map<string, Entity[]>();
  private readonly bySuffix = new Map<string, Entity[]>();
  private readonly indexedKeys = new Map<Entity, Set<string>>();
  private readonly unnamed = new Map<string, Entity>();

  /** `common`: the words the article writes in lower case (`wordsWrittenInLowerCase`). */
  constructor(private readonly common: ReadonlySet<string> = new Set()) {}

  resolve(mention: Mention): Entity {
    const words = wordsOf(mention.name);
    const entity = this.find(words, mention.kind) ?? this.create(mention, words);
    if (words.length > entity.words.length && (endsWith(words, entity.words) || startsWith(words, entity.words))) {
      entity.name = mention.name;
      entity.words = words;
      this.index(entity);
    } else if (words.length === entity.words.length && isAllCapitals(entity.name) && !isAllCapitals(mention.name)) {
      // "KATE MOSS" in a caption, "Kate Moss" in the text: the reader sees the text's spelling.
      entity.name = mention.name;
    }
    entity.aliases.add(mention.name);
    if (mention.title) entity.aliases.add(`${mention.title} ${mention.name}`);
    if (!entity.role && mention.title && !isBareHonorific(mention.title)) setRole(entity, mention.title);
    if (mention.gender) entity.gender = mention.gender;
    if (mention.title || mention.gender) entity.personEvidence = true;
    if (mention.kind === 'organization' && entity.kind === 'person' && words.length >= entity.words.length) {
      entity.kind = 'organization';
    }
    if (words.length < entity.words.length) this.lastByShortForm.set(words.join(' '), entity);
    return entity;
  }

  createUnnamed(description: string, kind: EntityKind): Entity {
    const key = `${kind}:${description.toLowerCase()}`;
    let entity = this.unnamed.get(key);
    if (!entity) {
      entity = this.register({ name: description, words: [description.toLowerCase()], kind, gender: null });
      this.unnamed.set(key, entity);
    }
    return entity;
  }

  /** Has a name with these words (folded) been read already, as a person or a body? */
  knows(words: readonly string[]): boolean {
    const folded = wordsOf(words.join(' '));
    return !!(this.find(folded, 'person') ?? this.find(folded, 'organization'));
  }

  private find(words: string[], kind: EntityKind): Entity | undefined {
    const key = words.join(' ');
    const exact = this.byKey.get(key);
    if (exact) return exact;
    const remembered = this.lastByShortForm.get(key);
    if (remembered) return remembered;
    if (words.length > MAX_INDEXED_NAME_WORDS) return undefined;
    if (words.length === 1) {
      // A lone word: the first person whose name ends with it, else starts with it.
      const word = words[0]!;
      const isFull = (e: Entity) => e.kind === 'person' && e.words.length > 1;
      return earliest(this.bySuffix.get(word), isFull) ?? earliest(this.byPrefix.get(word), isFull);
    }
    // Entities whose name holds this one at its start or end, or that this one holds.
    const candidates = new Set<Entity>([
      ...(this.bySuffix.get(key) ?? []).slice(0, ENTITY_CANDIDATE_LIMIT),
      ...(this.byPrefix.get(key) ?? []).slice(0, ENTITY_CANDIDATE_LIMIT),
    ]);
    for (let k = 1; k < words.length; k++) {
      const suffix = this.byKey.get(words.slice(k).join(' '));
      const prefix = this.byKey.get(words.slice(0, k).join(' '));
      // A body's name that ends with a name read before is another thing: "Camp Strava" is Strava's event.
      if (suffix && kind !== 'organization') candidates.add(suffix);
      // A lone name read before grows by a surname ("Fiona", "Fiona Parry"), not by common words:
      // "Strava Community Hub" is Strava's forum.
      if (prefix?.kind === 'person' && (prefix.words.length > 1 || !words.slice(k).some((w) => this.common.has(w)))) candidates.add(prefix);
    }
    // One name must hold the other at its start or end: "Bill Shorten" is not the "Data Retention
    // Bill" that a lone "Bill" grew into.
    const fits = (e: Entity) => startsWith(words, e.words) || endsWith(words, e.words) || startsWith(e.words, words) || endsWith(e.words, words);
    return [...candidates].filter((e) => (kind === e.kind || e.words.length === 1) && fits(e)).sort((a, b) => a.id - b.id)[0];
  }

  private create(mention: Mention, words: string[]): Entity {
    return this.register({ name: mention.name, words, kind: mention.kind, gender: mention.gender });
  }

  private register(fields: Pick<Entity, 'name' | 'words' | 'kind' | 'gender'>): Entity {
    const entity: Entity = { id: this.entities.length, role: null, aliases: new Set(), personEvidence: false, namedInBody: false, ...fields };
    this.entities.push(entity);
    if (entity.kind !== 'unnamed') this.index(entity);
    return entity;
  }

  private index(entity: Entity): void {
    this.byKey.set(entity.words.join(' '), entity);
    const keys = this.indexedKeys.get(entity) ?? new Set<string>();
    this.indexedKeys.set(entity, keys);
    const count = Math.min(entity.words.length, MAX_INDEXED_NAME_WORDS);
    for (let k = 1; k <= count; k++) {
      addTo(this.byPrefix, keys, 'prefix:', entity.words.slice(0, k).join(' '), entity);
      addTo(this.bySuffix, keys, 'suffix:', entity.words.slice(-k).join(' '), entity);
    }
  }
}

/** Gives a person a role, and the gender the role tells when nothing told it before ("the spokeswoman"). */
export function setRole(entity: Entity, role: string): void {
  entity.role = role;
  if (entity.gender !== null) return;
  const words = role.toLowerCase().split(/[\s’']+/u);
  if (words.some((w) => FEMALE_ROLE_WORDS.has(w))) entity.gender = 'f';
  else if (words.some((w) => MALE_ROLE_WORDS.has(w))) entity.gender = 'm';
}

/** Adds an entity to one index list once, in the order entities come (so the earliest is first). */
function addTo(index: Map<string, Entity[]>, done: Set<string>, side: string, key: string, entity: Entity): void {
  if (done.has(side + key)) return;
  done.add(side + key);
  const list = index.get(key) ?? [];
  list.push(entity);
  index.set(key, list);
}

/** The earliest entity of a list that fits, looking at a bounded number of them. */
function earliest(list: readonly Entity[] | undefined, fits: (e: Entity) => boolean): Entity | undefined {
  let best: Entity | undefined;
  for (const entity of (list ?? []).slice(0, ENTITY_CANDIDATE_LIMIT)) if (fits(entity) && (!best || entity.id < best.id)) best = entity;
  return best;
}

function isBareHonorific(title: string): boolean {
  return title.split(/\s+/u).every((w) => w.toLowerCase().replace(/\.$/u, '') in HONORIFICS);
}
