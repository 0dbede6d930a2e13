import { DEFINITE, PRONOUNS } from '../lexicon/speech';
import { BODY_DESCRIPTION_HEADS, COMPANY_NOUNS, DEMONYMS, ORGANISATION_NOUNS, ORGANISATION_WORDS, PARTY_WORDS, SOURCE_PLURALS } from '../lexicon/names';
import type { Cue, ResolvedCue } from './cues';
import type { Grammar } from './grammar';
import { isPeoplePlural, isPlaceName, isRoleNoun } from './name-words';
import type { Entity, EntityRegistry } from './registry';
import { subjectOf, type SentenceContext } from './sentence-context';
import { DESCRIPTION_LOOKUP_LIMIT, FOCUS_SIZE, MAX_DEFINITE_DESCRIPTION_WORDS } from './thresholds';
import type { ParagraphState } from './types';

/** What a finished paragraph leaves behind for the next one. */
export interface ParagraphOutcome {
  /** Captions and headings name what is pictured or announced, not who is talking. */
  isBody: boolean;
  /** A sub-heading starts a new section. */
  isHeading: boolean;
  /** For a paragraph ending in a colon: whom it names as speaking ("The ministry said:"), or null. */
  introduces: Entity | null | undefined;
  /** Whether any quotation stands in the paragraph (its own or one running on from before). */
  hasQuotations: boolean;
  /** The last speaker a quotation of the paragraph went to. */
  lastSpeaker: Entity | null;
  /** The last person the paragraph named. */
  lastPerson: Entity | null;
}

/**
 * Who the text is about as it is read: the people in focus (the last speakers and sentence
 * subjects, most recent first), which is what a pronoun or a definite description refers to — not
 * simply the nearest name: in "…,” he said in a meeting with Chen Jining", "he" is the person the
 * previous paragraph was about. Every change goes through a named transition below.
 */
export class FocusState {
  private focus: Entity[] = [];
  /** Who spoke last in the body text: a quotation opening the next paragraph without a cue is theirs. */
  lastSpeakerBeforeParagraph: Entity | null = null;
  /**
   * The person a narrative paragraph without quotations named last: a quotation standing alone
   * in the next paragraph is most likely theirs ("But for Parata and his family…" / "“It’s…”").
   */
  lastPersonBeforeParagraph: Entity | null = null;
  /** Set after a paragraph ending in a colon: the speaker it introduced, or null for no one. */
  introducedSpeaker: Entity | null | undefined = undefined;

  constructor(private readonly registry: EntityRegistry) {}

  /** A speaker or a sentence's subject comes to the front. */
  bring(entity: Entity): void {
    this.focus = [entity, ...this.focus.filter((e) => e !== entity)].slice(0, FOCUS_SIZE);
  }

  /** The person most recently in focus. */
  person(): Entity | null {
    return this.focus.find((e) => e.kind === 'person') ?? null;
  }

  /** The end of a paragraph. Captions change nothing: they interrupt the text, not the conversation. */
  endParagraph(outcome: ParagraphOutcome): void {
    if (outcome.isHeading) {
      // Nobody's turn runs across a sub-heading: the section after it starts afresh.
      this.lastSpeakerBeforeParagraph = null;
      this.lastPersonBeforeParagraph = null;
      this.introducedSpeaker = undefined;
      return;
    }
    if (!outcome.isBody) return;
    // "The statement read:" / "“…”": the quotation after a colon is whoever the colon's
    // paragraph named as speaking, or no one — never simply the last name in it.
    this.introducedSpeaker = outcome.introduces;
    // A speaker's turn runs on into the next paragraph; a paragraph without any quotation ends
    // it, while one whose quotations found no speaker leaves it as it was.
    if (outcome.lastSpeaker) this.lastSpeakerBeforeParagraph = outcome.lastSpeaker;
    else if (!outcome.hasQuotations) this.lastSpeakerBeforeParagraph = null;
    // Only a purely narrative paragraph hands its last-named person to the next one.
    this.lastPersonBeforeParagraph = outcome.hasQuotations ? null : outcome.lastPerson;
  }

  /**
   * Who the sentence is about stays in focus for the pronouns that follow: a pronoun's referent,
   * the speaker of reported speech ("Pelosi has said she…"), else its grammatical subject.
   * Captions and headings name what is pictured, not who is talking. Returns the pronoun's referent.
   */
  followSentence(grammar: Grammar, state: ParagraphState, context: SentenceContext, resolvedCues: readonly ResolvedCue[], hasQuotes: boolean): Entity | null {
    const { tokens, mentions } = context;
    const pronoun = grammar.openingPronoun(tokens);
    let referent: Entity | null = null;
    if (pronoun) {
      const cueForPronoun = resolvedCues.find((c) => c.cue.subject.type === 'pronoun');
      referent = cueForPronoun?.entity ?? this.resolvePronoun(pronoun, []);
    }
    const reporter = resolvedCues.find((c) => c.entity && c.cue.subject.type !== 'pronoun' && grammar.isSpeechVerb(tokens[c.cue.verb]!))?.entity ?? null;
    if (reporter?.kind === 'person') reporter.personEvidence = true;
    // People a later quotation may go to: never a place ("Hong Kong", "United States").
    const people = mentions
      .map((m) => context.entityOf.get(m)!)
      .filter((e) => e.kind === 'person' && (e.words.length > 1 || e.personEvidence) && !isPlaceName(e.words));
    const firstNamedInFull = people.find((e) => e.words.length > 1) ?? null;
    // "Enter Stuart R. Kaplan, a graduate of…": a sentence without a subject that names someone in
    // full introduces them.
    const subject = referent ?? reporter ?? subjectOf(context) ?? firstNamedInFull;
    if (people.length > 0) state.lastPerson = people[people.length - 1]!;
    // A sub-heading that tells of someone ("Fiona Parry issued a plea…") is what the section is about.
    const tellsOfSomeone = state.isBody || (state.kind === 'heading' && subject?.kind === 'person');
    if (!hasQuotes && subject && tellsOfSomeone) {
      // "The Pentagon confirmed that Gen. Mark Milley would testify": a body is the subject, and
      // the person its reported clause opens with is whom a "he" after means; not the object of
      // what it did ("The FBI arrested John Doe").
      const reported = subject.kind !== 'person' ? grammar.reportedClauseSubject(context) : null;
      if (reported) this.bring(reported);
      if (!isPlaceName(subject.words)) this.bring(subject);
    }
    return referent;
  }

  /**
   * Who a cue's subject is: the named entity, a pronoun's referent, or a description's.
   * `namedInParagraph` is the last person the paragraph named before this sentence.
   */
  resolveSubject(cue: Cue, context: SentenceContext, namedInParagraph: Entity | null = null): Entity | null {
    const subject = cue.subject;
    if (subject.type === 'name') return context.entityOf.get(subject.mention) ?? null;
    if (subject.type === 'pronoun') return this.resolvePronoun(subject.value, cue.objects);
    if (subject.type === 'implicit') return this.person();
    if (subject.type === 'role') return this.resolveRole(subject, namedInParagraph);
    return this.resolveDescription(subject);
  }

  /**
   * A description in a lexicon language: "der Arzt" is the person in focus (or among the first
   * entities) whose role holds that noun, or no one; "la police" the body in focus whose name holds
   * it, else a body of that description; "eine Sprecherin" a new unnamed source.
   */
  private resolveRole(
    subject: { text: string; head: string; definite: boolean; body: boolean; gender?: 'm' | 'f' | null },
    namedInParagraph: Entity | null,
  ): Entity | null {
    const holds = (text: string | null) =>
      !!text &&
      text
        .toLowerCase()
        .split(/[\s-]+/u)
        .some((word) => word.endsWith(subject.head));
    if (subject.body) {
      const named = (e: Entity) => e.kind === 'organization' && holds(e.name);
      // A body is named without its article, as English drops "the": "Verbraucherzentrale", not "der Verbraucherzentrale".
      const name = subject.definite ? subject.text.replace(/^(?:\p{L}+['’]|\p{L}+\s+)/u, '') : subject.text;
      return this.focus.find(named) ?? this.earlyEntities().find(named) ?? this.registry.createUnnamed(name, 'organization');
    }
    if (!subject.definite) return this.registry.createUnnamed(subject.text, 'unnamed');
    const byRole = (e: Entity) => e.kind === 'person' && holds(e.role);
    const found = this.focus.find(byRole) ?? this.earlyEntities().find(byRole);
    if (found || !subject.gender) return found ?? null;
    // "so die Expertin", "fand der 31-Jährige": a description whose gender the article's word tells
    // is the one person in focus who may be of that gender; with two, the one the paragraph has just
    // named ("Lob gab es auch von Alex Kirsch. „…“, so der Zehntplatzierte"), else it can't tell which.
    const fitting = this.focus.filter((e) => e.kind === 'person' && (e.gender === null || e.gender === subject.gender));
    return fitting.length === 1 || (fitting[0] && fitting[0] === namedInParagraph) ? fitting[0]! : null;
  }

  /** How many people in focus a "he" or "she" could mean. */
  pronounCandidates(value: string): number {
    const gender = PRONOUNS[value];
    if (gender !== 'm' && gender !== 'f') return 0;
    return this.focus.filter((e) => e.kind === 'person' && (e.gender === null || e.gender === gender)).length;
  }

  /** "he"/"she": the person in focus of that gender (learning it); "they"/"it": a body in focus. */
  resolvePronoun(value: string, exclude: readonly Entity[]): Entity | null {
    const gender = PRONOUNS[value];
    if (gender === 'm' || gender === 'f') {
      const found = this.focus.find((e) => e.kind === 'person' && (e.gender === null || e.gender === gender) && !exclude.includes(e));
      if (found) {
        found.gender = gender;
        found.personEvidence = true;
      }
      return found ?? null;
    }
    if (gender === 'plural' || gender === 'it') {
      return this.focus.find((e) => e.kind !== 'person' && !exclude.includes(e)) ?? null;
    }
    return null;
  }

  /** "the 39-year-old", "the ministry": someone known; "a senior official": a new unnamed source. */
  private resolveDescription(subject: { text: string; words: string[] }): Entity | null {
    const head = subject.words[subject.words.length - 1] ?? '';
    const definite = DEFINITE.has(subject.words[0] ?? '');
    if (definite && subject.words.length <= MAX_DEFINITE_DESCRIPTION_WORDS) {
      // "the 39-year-old", "the Virginia Democrat": the person the story is about, or no one.
      if (/^\d+-year-old$/u.test(head) || PARTY_WORDS.has(head)) return this.person();
      // "the German": one of the article's people, but nationality alone can't tell which.
      if (DEMONYMS.has(head)) return null;
      const qualifiers = subject.words.slice(1, -1);
      const known = this.knownByDescription(head, qualifiers);
      if (known) return known;
      // "the doctors" after "Doctors for Camp Closure": a group is named by its members' noun.
      const people = isPeoplePlural(head) ? this.groupNamedBy(head) : null;
      if (people) return people;
      // A bare "the label" or "the company" is the one company the article has named, if just one.
      const company = qualifiers.length === 0 && COMPANY_NOUNS.has(head) ? this.onlyBody() : undefined;
      if (company !== undefined) return company;
      // A bare "the doctors" or "the physicians" points back to people named before: when they
      // cannot be found, the quotation has no speaker rather than a label for one. "The police" and
      // "the officials" are how news names a source it does not name: they stay.
      if (qualifiers.length === 0 && isPeoplePlural(head) && !SOURCE_PLURALS.has(head)) return null;
    }
    if (!isRoleNoun(head) && !BODY_DESCRIPTION_HEADS.has(head) && !isPeoplePlural(head) && head !== 'person') {
      return null;
    }
    const organisation = ORGANISATION_NOUNS.has(head);
    // "a senior official" is an official; "the French foreign ministry" is named by its description.
    const text = subject.text.replace(organisation ? /^(?:a|an|the)\s+/iu : /^(?:a|an)\s+/iu, '');
    return this.registry.createUnnamed(text, organisation ? 'organization' : 'unnamed');
  }

  /** The first entities the article introduced (its protagonists), a bounded number of them. */
  private earlyEntities(): Entity[] {
    return this.registry.entities.slice(0, DESCRIPTION_LOOKUP_LIMIT);
  }

  /**
   * For a bare "the label": the organisation among the first entities when there is exactly one,
   * null (no one) when there are several, undefined when there is none and the description stands.
   */
  private onlyBody(): Entity | null | undefined {
    const bodies = this.earlyEntities().filter((e) => e.kind === 'organization');
    if (bodies.length === 0) return undefined;
    return bodies.length === 1 ? bodies[0]! : null;
  }

  /** The one organisation in focus or among the first entities whose name holds this plural noun. */
  private groupNamedBy(plural: string): Entity | null {
    const named = (e: Entity) => e.kind === 'organization' && e.words.includes(plural.toLowerCase());
    const early = this.earlyEntities().filter(named);
    const found = this.focus.find(named) ?? (early.length === 1 ? early[0]! : null);
    return found ?? null;
  }

  /**
   * Someone already named whom a definite description fits: "the spokeswoman" the person with that
   * role, "the ministry" the body with that word — and with every qualifier, so "the French foreign
   * ministry" is never "Russia's foreign ministry". Looks at the focus, then at the first
   * entities the article introduced (the story's protagonists), a bounded number of them.
   */
  private knownByDescription(head: string, qualifiers: readonly string[]): Entity | null {
    const early = this.earlyEntities();
    if (isRoleNoun(head)) {
      // "one Western official asks" … "the same official explains": an unnamed source is known by
      // the noun of its description.
      const byRole = (e: Entity) =>
        (e.kind === 'person' && !!e.role && e.role.toLowerCase().includes(head)) || (e.kind === 'unnamed' && describes(e.name, head, qualifiers));
      const known = this.focus.find(byRole) ?? early.find(byRole);
      if (known) return known;
    }
    // "wrote the center", "the institute said": a word bodies' names are made of points to the body
    // whose name holds it, as a body's noun does; only a body's noun may mean the one in focus.
    if (BODY_DESCRIPTION_HEADS.has(head) || ORGANISATION_WORDS.has(head)) {
      const named = (e: Entity) => e.kind === 'organization' && [head, ...qualifiers].every((word) => e.words.includes(word));
      // A bare "the agency" is the body in focus; "the police" is how news names a source it does
      // not name, never the company the story is about.
      const anyBody =
        qualifiers.length === 0 && BODY_DESCRIPTION_HEADS.has(head) && !SOURCE_PLURALS.has(head)
          ? this.focus.find((e) => e.kind === 'organization')
          : undefined;
      const org = this.focus.find(named) ?? early.find(named) ?? anyBody;
      if (org) return org;
    }
    return null;
  }
}

/**
 * Does an unnamed source's description hold this noun and every qualifier ("one Western official"
 * for "the same official", "the Western official"; not for "the other official" or "the Russian
 * official")?
 */
function describes(description: string, head: string, qualifiers: readonly string[]): boolean {
  const words = description.toLowerCase().split(/\s+/u);
  return words.includes(head) && qualifiers.every((word) => word === 'same' || words.includes(word));
}
