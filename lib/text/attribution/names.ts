import { FEMALE_ROLE_WORDS, HONORIFICS, MALE_ROLE_WORDS, NAME_PARTICLES, NOT_NAME_WORDS, ORGANISATION_WORDS, PARTY_WORDS, PEOPLE_PLURALS, PLACE_WORDS, PREPOSITIONS, ROLE_NOUNS, TITLE_WORDS } from '../lexicon';
import type { Token } from '../tokens';
import { ENTITY_CANDIDATE_LIMIT, MAX_INDEXED_NAME_WORDS } from './thresholds';
import type { EntityKind } from '../../contracts';

export type Gender = 'm' | 'f' | null;

/** A name as written in one place: "Secretary of State Antony Blinken" → title + name. */
export interface Mention {
  /** Token range [first, last] of the whole run, title included. */
  first: number;
  last: number;
  /** Index of the first token of the name proper. */
  nameFirst: number;
  name: string;
  title: string | null;
  kind: EntityKind;
  gender: Gender;
  possessive: boolean;
}

const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’\-.]*$/u;
const INITIAL = /^\p{Lu}\.$/u;

function isCapitalisedWord(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  if (!CAPITALISED.test(token.text)) return false;
  // All-capital words longer than four letters are datelines or shouting, not names.
  return !(token.text.length > 4 && token.text === token.text.toUpperCase());
}

function isTitleWord(token: Token): boolean {
  return TITLE_WORDS.has(token.lower) || token.lower in HONORIFICS;
}

/**
 * Finds runs of capitalised words and splits each into a title and a name. Sentence-initial
 * function words ("But", "The"), days and months never start a name.
 */
export function findMentions(tokens: readonly Token[]): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const excluded = NOT_NAME_WORDS.has(token.lower) && !(token.lower in HONORIFICS);
    // A sentence-initial participle ("Welcoming Blinken to…") is a verb, not a first name.
    const participle = i === firstWordIndex(tokens) && /ing$/u.test(token.lower);
    if (!isCapitalisedWord(token) || excluded || participle) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < tokens.length) {
      const next = tokens[end + 1]!;
      if (isCapitalisedWord(next) && !NOT_NAME_WORDS.has(next.lower)) {
        end++;
      } else if (INITIAL.test(next.text)) {
        end++;
      } else if (
        (NAME_PARTICLES.has(next.lower) ||
          (next.lower === 'of' && (isTitleWord(tokens[end]!) || ORGANISATION_WORDS.has(tokens[end]!.lower)))) &&
        isCapitalisedWord(tokens[end + 2]) &&
        !NOT_NAME_WORDS.has(tokens[end + 2]!.lower)
      ) {
        end += 2;
      } else if (next.text === '-' && isCapitalisedWord(tokens[end + 2])) {
        end += 2;
      } else {
        break;
      }
    }
    // "ambassador to Britain Liu Xiaming", "envoy for Ukraine Kurt Volker": the place before the name.
    if (end - i >= 2 && placeBeforeName(tokens, i, end)) i = end - 1;
    // "Officials said…", "Analysts expect…": a capitalised plural of a role opening a sentence.
    const pluralRole = i === end && i === firstWordIndex(tokens) && /s$/u.test(token.lower) && ROLE_NOUNS.has(token.lower.slice(0, -1));
    const mention = pluralRole ? null : splitTitle(tokens, i, end);
    if (mention) mentions.push(mention);
    i = end + 1;
  }
  return mentions;
}

/** A run after "role noun + preposition" whose first words are the place of the role, not the name. */
function placeBeforeName(tokens: readonly Token[], first: number, last: number): boolean {
  const preposition = tokens[first - 1];
  const role = tokens[first - 2];
  if (!preposition || !role || !PREPOSITIONS.has(preposition.text) || !ROLE_NOUNS.has(role.text)) return false;
  const run = tokens.slice(first, last + 1);
  return !run.some((t) => INITIAL.test(t.text) || ORGANISATION_WORDS.has(t.lower) || TITLE_WORDS.has(t.lower));
}

function firstWordIndex(tokens: readonly Token[]): number {
  return tokens.findIndex((t) => t.kind === 'word');
}

/** Does a name hold a word of place names, so that "United States" is never listed as a person? */
export function isPlaceName(words: readonly string[]): boolean {
  return words.some((w) => PLACE_WORDS.has(w));
}

function splitTitle(tokens: readonly Token[], first: number, last: number): Mention | null {
  let lastTitle = -1;
  let gender: Gender = null;
  for (let k = first; k <= last; k++) {
    const token = tokens[k]!;
    if (isTitleWord(token)) {
      lastTitle = k;
      const honorific = HONORIFICS[token.lower.replace(/\.$/u, '')];
      if (honorific) gender = honorific;
    }
  }
  // "Virginia Democrat", "Oklahoma Republican": a description of a person, not a name.
  if (PARTY_WORDS.has(tokens[last]!.lower)) return null;
  let nameFirst = lastTitle + 1 > first ? lastTitle + 1 : first;
  // "Secretary of State Antony Blinken": the "of State" belongs to the title.
  if (lastTitle >= first && tokens[nameFirst]?.lower === 'of') nameFirst += 2;
  if (nameFirst > last) {
    // "Department of Health": all title-like words, but a body, named by the whole run.
    const runWords = tokens.slice(first, last + 1).map((t) => t.lower);
    if (!runWords.some((w) => ORGANISATION_WORDS.has(w))) return null;
    nameFirst = first;
    lastTitle = -1;
  }
  const nameTokens = tokens.slice(nameFirst, last + 1);
  // With a title in front, a long run is a place or body plus a name: keep the last two words.
  // After "of" ("Director of Public Prosecution Eva-Marie Persson") three words are already one
  // too many, unless initials make them one name.
  const afterOf = tokens[nameFirst - 2]?.lower === 'of' && lastTitle >= first;
  const longRun = nameTokens.length > 3 || (afterOf && nameTokens.length === 3 && !nameTokens.some((t) => INITIAL.test(t.text)));
  if (lastTitle >= first && longRun) nameFirst = last - 1;
  const name = tokens
    .slice(nameFirst, last + 1)
    .map((t) => t.text)
    .join(' ')
    .replace(/ - /gu, '-');
  const titleTokens = tokens.slice(first, nameFirst).filter((t) => !(t.lower.replace(/\.$/u, '') in HONORIFICS));
  const title = titleTokens.length > 0 ? titleTokens.map((t) => t.text).join(' ') : null;
  // "Shanghai Communist Party Secretary Chen Jining" is a person: once a title is split off,
  // only the name decides.
  const words = tokens.slice(nameFirst > first ? nameFirst : first, last + 1).map((t) => t.lower);
  const kind: EntityKind = words.some((w) => ORGANISATION_WORDS.has(w)) ? 'organization' : 'person';
  const after = tokens[last + 1];
  return {
    first,
    last,
    nameFirst,
    name,
    title,
    kind,
    gender,
    possessive: !!after && /^['’]s?$/u.test(after.text),
  };
}

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
}

function wordsOf(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s]+/u)
    .filter((w) => w && !NAME_PARTICLES.has(w));
}

function startsWith(whole: readonly string[], part: readonly string[]): boolean {
  return part.length <= whole.length && part.every((w, k) => whole[k] === w);
}

function endsWith(whole: readonly string[], part: readonly string[]): boolean {
  const offset = whole.length - part.length;
  return offset >= 0 && part.every((w, k) => whole[offset + k] === w);
}

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

  resolve(mention: Mention): Entity {
    const words = wordsOf(mention.name);
    const entity = this.find(words, mention.kind) ?? this.create(mention, words);
    if (words.length > entity.words.length && (endsWith(words, entity.words) || startsWith(words, entity.words))) {
      entity.name = mention.name;
      entity.words = words;
      this.index(entity);
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
    const candidates = new Set<Entity>([...(this.bySuffix.get(key) ?? []).slice(0, ENTITY_CANDIDATE_LIMIT), ...(this.byPrefix.get(key) ?? []).slice(0, ENTITY_CANDIDATE_LIMIT)]);
    for (let k = 1; k < words.length; k++) {
      const suffix = this.byKey.get(words.slice(k).join(' '));
      const prefix = this.byKey.get(words.slice(0, k).join(' '));
      if (suffix) candidates.add(suffix);
      if (prefix?.kind === 'person') candidates.add(prefix);
    }
    return [...candidates].filter((e) => kind === e.kind || e.words.length === 1).sort((a, b) => a.id - b.id)[0];
  }

  private create(mention: Mention, words: string[]): Entity {
    return this.register({ name: mention.name, words, kind: mention.kind, gender: mention.gender });
  }

  private register(fields: Pick<Entity, 'name' | 'words' | 'kind' | 'gender'>): Entity {
    const entity: Entity = { id: this.entities.length, role: null, aliases: new Set(), personEvidence: false, ...fields };
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

/** Is `word` a noun that names a role ("diplomat", "spokeswoman")? */
export function isRoleNoun(word: string): boolean {
  return ROLE_NOUNS.has(word.toLowerCase());
}

/** A plural noun for people who can speak: "officials", "witnesses", "authorities" — not any word ending in s ("is"). */
export function isPeoplePlural(word: string): boolean {
  const lower = word.toLowerCase();
  return PEOPLE_PLURALS.has(lower) || (/s$/u.test(lower) && (isRoleNoun(lower.slice(0, -1)) || (/es$/u.test(lower) && isRoleNoun(lower.slice(0, -2)))));
}
