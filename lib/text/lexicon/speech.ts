import { wordList, wordSet, wordTable } from './word-lists';

/** English words of speech: reporting verbs, pronouns, determiners and the small words around a cue. */

// Reporting verbs (base forms). Inflected forms are generated below; irregular ones are listed.
const REPORTING_LEMMAS = `
accuse acknowledge add address admit advise affirm agree allege announce answer argue articulate ask assert
assure aver banter bark bellow beg blast blame blurt boast brag call caution challenge chant charge chide
chime chuckle cite claim clarify comment complain concede conclude concur confess confide confirm
contend continue counter crow cry declare decry defend demand deny describe detail dismiss dispute
echo emphasise emphasize encourage endorse estimate exclaim explain express fret fume gasp gloat
grumble guess gush hail highlight hint hiss hold implore indicate inform insist instruct interject interrupt
joke lament laugh lecture maintain marvel mention moan mock murmur muse mutter nod note object observe offer
opine order plead pledge point post praise pray predict proclaim promise propose protest quip rage rail
rant reason reassure rebut recall recount reflect reiterate reject rejoin relate remark remind repeat
reply report respond retort reveal roar rule scoff scold scream shoot shout shrug sigh sing snap
snarl sneer sob speculate state stammer stress suggest summarise summarize swear tease testify thunder
tout tweet urge vent vow wail warn weep whisper wonder worry yell write speak tell say think
acclaim admonish advocate apologize apologise appeal applaud attest badger bemoan berate breathe brief cheer clamor command commend conjecture contest convey croak deduce deflect demur depose disclose dissent divulge drawl enthuse enumerate exhort falter forecast fulminate giggle greet groan growl grunt guarantee harangue hedge holler howl hypothesize hypothesise imply inquire enquire insinuate interpose intervene jest lambast lisp mumble narrate notify pant persist ponder posit postulate preach profess prompt pronounce query reaffirm recite recollect recommend refute remonstrate reprimand rhapsodize ridicule rue screech seethe shriek simper slur smirk snicker snort splutter sputter squeal stutter surmise taunt theorize theorise threaten titter trill trumpet underline underscore venture vouch whimper whine yelp counsel smile read press quote fear grant toast wager request submit relay lash
`;

const IRREGULAR_FORMS = `said says saying say told tells telling tell spoke speaks speaking speak wrote writes writing
write thought thinks swore swears held holds cried cries replied replies denied denies testified testifies
implied implies clarified clarifies worried worries shot shoots sang sings wept weeps according`;

function inflect(lemma: string): string[] {
  const forms = [lemma];
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  if (/[^aeiou]y$/.test(lemma)) {
    const root = lemma.slice(0, -1);
    forms.push(root + 'ies', root + 'ied', lemma + 'ing');
  } else if (/(?:s|sh|ch|x|z)$/.test(lemma)) {
    forms.push(lemma + 'es', lemma + 'ed', lemma + 'ing');
  } else {
    forms.push(lemma + 's', stem + 'ed', stem + 'ing');
    // Doubled final consonant: "chat" → "chatted", "snap" → "snapped", "regret"...
    if (/[^aeiou][aeiou][bdgmnprt]$/.test(lemma) && lemma.length <= 5) {
      const last = lemma[lemma.length - 1]!;
      forms.push(lemma + last + 'ed', lemma + last + 'ing');
    }
  }
  return forms;
}

export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  ...wordList('REPORTING_LEMMAS', REPORTING_LEMMAS).flatMap(inflect),
  ...wordList('IRREGULAR_FORMS', IRREGULAR_FORMS),
]);

/**
 * Verbs that count as speech only with a quotation right after them: they double as common
 * nouns ("the Diaoyutai state guesthouse", "the report", "his comments") or mean other things.
 */
const WEAK_REPORTING_LEMMAS = `call offer hold point post order note cite rule continue express think shoot detail state report
comment answer reply promise protest charge counter joke question estimate guess praise echo demand claim
address object challenge signal mention smile read press quote fear grant toast wager request submit relay lash
appeal brief command contest forecast guarantee hedge query trumpet venture worry`;

export const WEAK_REPORTING_VERBS: ReadonlySet<string> = new Set([
  ...wordList('WEAK_REPORTING_LEMMAS', WEAK_REPORTING_LEMMAS).flatMap((lemma) => [
    lemma,
    /(?:s|sh|ch|x|z)$/.test(lemma) ? lemma + 'es' : /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ies' : lemma + 's',
  ]),
  ...wordList('WEAK_REPORTING_PAST', 'called offered held pointed posted ordered noted cited ruled continued expressed thought shot detailed addressed'),
]);

/** The plainest speech verbs: a subject of one of these is who a sentence reports on. */
export const SPEECH_VERBS = wordSet(
  'SPEECH_VERBS',
  'say says said saying tell tells told add adds added explain explains explained write writes wrote according',
);

export const PRONOUNS = wordTable<'m' | 'f' | 'plural' | 'it'>({
  he: 'm',
  she: 'f',
  they: 'plural',
  it: 'it',
});

/** Abbreviations whose period ends neither a word nor (usually) a sentence: "Mr.", "Jan.", "z.B.". */
export const ABBREVIATIONS = wordSet(
  'ABBREVIATIONS',
  'mr mrs ms mx dr prof sr jr st mt ft gen lt col maj capt cmdr adm brig sgt cpl pvt gov sen rep del rev hon pres amb asst ' +
    'supt insp det atty jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'no nos vol vols fig figs p pp ed eds est approx dept univ assn corp inc ltd co bros ave blvd rd hwy ' +
    'vs v etc al cf e.g i.e a.m p.m u.s u.k u.n e.u d.c ph.d m.d b.a m.a ariz calif colo conn fla ga ill ind kan ky ' +
    'la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo' +
    ' mme mlle m nr art abs bzw ca evtl ggf inkl usw z.b d.h sra srta dña lic ing',
);

// The determiners, by kind; the sets below that rules read are built from them, and each says
// which it leaves out and why.
const ARTICLES = wordList('ARTICLES', 'the a an');
/** Determiners that say whose: "his secretary" is someone else's. */
export const POSSESSIVE_DETERMINERS = wordSet('POSSESSIVE_DETERMINERS', 'his her its their our my your');
const THIRD_PERSON_POSSESSIVES = ['his', 'her', 'its', 'their', 'our'];
const QUANTIFIERS = wordList('QUANTIFIERS', 'one another some two three several many');

/** Words that open a noun phrase: "the company", "one mother", "several officials" (not "these", "those": plural pointers, not sources). */
export const DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, ...THIRD_PERSON_POSSESSIVES, 'this', 'that', ...QUANTIFIERS]);

/** Words after which a reporting verb's form ("the state’s", "his report") is a noun; not "that", which introduces a clause. */
export const NOUN_DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, ...POSSESSIVE_DETERMINERS, 'this', 'these', 'those']);

/**
 * Words before a quoted modifier and its noun ("the “one country, two systems” formula", "his
 * “America First” policy"): not "that" or "her", which also introduce speech ("said that “…”").
 */
export const MODIFIER_DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, ...THIRD_PERSON_POSSESSIVES.filter((w) => w !== 'her')]);

/** Determiners that point back at someone already named: "the 39-year-old", "the ministry". */
export const DEFINITE: ReadonlySet<string> = new Set(['the', ...THIRD_PERSON_POSSESSIVES, 'this', 'that']);

/** Words that join a new clause: a cue after one of them speaks for that clause, not the quotation before. */
export const CLAUSE_JOINERS = wordSet('CLAUSE_JOINERS', 'and but or then while whereas');

/** Auxiliaries and adverbs allowed between a subject and its speech verb ("Blinken has also said"). */
export const SKIPPED_BEFORE_VERB = wordSet(
  'SKIPPED_BEFORE_VERB',
  `has had have would will also later then again once previously repeatedly recently often did does do is was
  were could might may should must can already still just even further first last subsequently simply
  'd ’d 'll ’ll 've ’ve`,
);

/** What may stand right before a name in subject position: a conjunction, a time adverb ("Yesterday ParkingEye welcomed…") or a clause mark. */
export const SUBJECT_LEAD_INS = wordSet('SUBJECT_LEAD_INS', 'but and then so yet still yesterday today tonight now meanwhile later earlier — – : , (');

/**
 * Words that end a description after a speech verb ("said a spokesman *for* the ministry"); "by"
 * ends a participle too, so "says the letter signed by seven physicians" is no speaker, not "physicians".
 */
export const DESCRIPTION_STOPS = wordSet(
  'DESCRIPTION_STOPS',
  `in on at during after before when while who which that as from to about because since if and but said says
  told adding saying by`,
);

/** Lower-case words before a speech verb that are never its speaker ("it said", "what they said"). */
export const NON_SUBJECT_WORDS = wordSet('NON_SUBJECT_WORDS', 'it there this that what which who i we you one');

/** What is written and then quoted ("the statement said", "the tweet reads"): it speaks for whoever issued it. */
export const DOCUMENT_NOUNS = wordSet(
  'DOCUMENT_NOUNS',
  'statement tweet post letter email e-mail memo report release filing complaint lawsuit ruling document notice message note study survey editorial column article blog transcript petition',
);

/** Nouns of speech after a possessive name: "In Dr. Shadlen's words, “…”". */
export const SPEECH_NOUNS = wordSet('SPEECH_NOUNS', 'words view statement account telling opinion comments remarks');

/** A personal pronoun or possessive in subject form: who "His" in "His words…" refers to. */
export const SUBJECT_FORM = wordTable<string>({ he: 'he', she: 'she', they: 'they', his: 'he', her: 'she', their: 'they' });

/** Prepositions: a name right after one is not the subject of the verb that follows ("in NASA's Science Mission Directorate, said"). */
export const PREPOSITIONS = wordSet(
  'PREPOSITIONS',
  'in at on of for from with to by about into onto via over under near among between through during after before without within against',
);

/** Verbs whose word after is the listener, never the speaker: "told NBC News", "informed Reuters". */
export const TELLING_VERBS = wordSet(
  'TELLING_VERBS',
  'tell tells told telling inform informs informed assure assures assured remind reminds reminded brief briefs briefed notify notifies notified',
);

/** Speech verbs whose object is who is spoken to: "asked the crowd", "urged lawmakers". */
export const ADDRESSING_VERBS = wordSet('ADDRESSING_VERBS', 'ask asks asked urge urges urged warn warns warned implore implores implored beg begs begged');

/** Modals that make a speech verb hypothetical: "as Sherlock would say". */
export const MODALS = wordSet('MODALS', 'would might could should may must will can');

/** Finite auxiliaries: with the modals, the verb of a clause a name opens ("said Kowalski had…"). */
export const FINITE_AUXILIARIES = wordSet('FINITE_AUXILIARIES', 'is was are were has had have did does');

/** Nouns that name a work just before its title: “In her book “A Paradise Built in Hell,”…”. */
export const WORK_NOUNS = wordSet(
  'WORK_NOUNS',
  'book novel memoir biography film movie documentary song album single show series play poem essay column headline titled entitled slogan motto hashtag',
);
