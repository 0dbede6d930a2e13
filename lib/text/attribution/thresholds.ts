/**
 * The numbers attribution reads text with: window sizes in tokens and lengths in words. Each was
 * set by hand while reading the development pages (the seed and the `speakers/` gold pages of the
 * corpus), not fitted; they bound how far a rule looks, so they also keep attribution linear.
 */

/** How many people and bodies stay in focus for pronouns and descriptions, most recent first. */
export const FOCUS_SIZE = 8;

/** A definite description resolves to someone in focus only when this short ("the 39-year-old"). */
export const MAX_DEFINITE_DESCRIPTION_WORDS = 4;

/** How many tokens back from a comma an apposition's name may stand ("Wang Yi, China's top diplomat, said"). */
export const APPOSITION_WINDOW = 24;

/** How many tokens back from a speech verb a description may start ("the Kentucky Republican said"). */
export const DESCRIPTION_BEFORE_VERB_WINDOW = 6;

/** How many lower-case words after a speech verb may precede a name ("said former president Barack Obama"). */
export const ROLE_BEFORE_NAME_WINDOW = 4;

/** How many tokens a description after a speech verb may run ("said a senior official in the ministry"). */
export const DESCRIPTION_AFTER_VERB_WINDOW = 8;

/** A weak reporting verb ("called", "noted") counts only with a quotation this many tokens after it. */
export const WEAK_VERB_QUOTE_WINDOW = 6;

/** A quotation closing on a comma takes a cue this many tokens after it over a nearer one before (“…,” Susan said). */
export const COMMA_HANDOVER_REACH = 3;

/** A one- or two-word quotation counts only with a speech verb this many tokens away (“I’m not,” he said). */
export const SHORT_QUOTE_CUE_DISTANCE = 4;

/** Title-cased phrases up to this many words without closing punctuation are names of things, not speech. */
export const MAX_TITLE_WORDS = 10;

/** Shorter mid-sentence quotations without a speech verb are scare quotes; as long, they carry over to the speaker in focus. */
export const MIN_UNCUED_QUOTE_WORDS = 6;

/** How many tokens a role written before a name may span ("China's top diplomat"). */
export const ROLE_BEFORE_WINDOW = 6;

/** How many tokens an apposition after a name may span ("Lotfi Azzouz, Tunisia country director for Amnesty International"). */
export const ROLE_AFTER_WINDOW = 12;

/** How many tokens back from a name a governing preposition may stand ("in the journal JAMA Psychiatry"). */
export const PREPOSITION_REACH = 4;

/** How many of the article's first entities a definite description is matched against: bounds the work per description on hostile text. */
export const DESCRIPTION_LOOKUP_LIMIT = 64;

/** Names are indexed by their first and last runs up to this many words; longer runs (hostile text) match only exactly. */
export const MAX_INDEXED_NAME_WORDS = 5;

/** How many entities sharing a name part a lookup considers, earliest first: keeps a page of "John X" linear. */
export const ENTITY_CANDIDATE_LIMIT = 64;

/**
 * A quotation this long or longer that repeats an attributed one is the same passage quoted again;
 * shorter repeats are slogans and catchphrases others chant or wear.
 */
export const MIN_ECHO_WORDS = 8;

/** How many earlier places a repeated quotation's opening words are looked up in: more, and it is left as it is. */
export const MAX_ECHO_PLACES = 8;

/** How many tokens before a quotation a verb may stand and still report it ("sought to assure investors that UPS and the Teamsters are “…”"). */
export const REPORTED_SPEECH_REACH = 20;
