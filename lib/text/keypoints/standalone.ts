/**
 * Does a sentence read alone? A key point is shown without the sentences around it, so one that
 * leans on its predecessor ("However, …", "That's…", "The company…", "“His …") says nothing on
 * its own. These are English shapes; other languages are left as they are.
 */

/** Personal and demonstrative pronouns that need an antecedent, at the start or after a quote mark. */
const PRONOUN_OPENING =
  /^["“‘'«„(]*(?:he|she|they|his|her|hers|their|theirs|him|them|it|its|such|(?:this|that|these|those)(?! (?:days|week|weekend|month|year|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|season|time)))\b/iu;

/**
 * Subject pronouns that attribution may resolve to a person, and their possessive forms; not a
 * contraction ("She's", "He'd"), which a name would not carry.
 */
export const NAMEABLE_PRONOUN = /^(?:(He|She|They)|(His|Her|Their))\b(?![’'])/u;

/** Connectives that continue an argument begun before: the point would start mid-thought. */
const CONNECTIVE_OPENING = new RegExp(
  '^(?:' +
    [
      'but',
      'and',
      'or',
      'so',
      'yet',
      'still',
      'however',
      'meanwhile',
      'instead',
      'also',
      'then',
      'too',
      'moreover',
      'furthermore',
      'additionally',
      'nevertheless',
      'nonetheless',
      'otherwise',
      'therefore',
      'thus',
      'hence',
      'likewise',
      'similarly',
      'indeed',
      'besides',
      'again',
      'later',
      'earlier',
      'afterwards',
      'in (?:addition|turn|contrast|fact|response|return|particular|the meantime)',
      'as a result',
      'even so',
      'by contrast',
      'on the other hand',
      'despite (?:this|that|these|those|it)',
      'because of (?:this|that|it)',
      'after (?:this|that)',
      'for (?:this|that) reason',
      'other',
      'another',
      'both',
      'neither',
      'either',
      'the (?:same|latter|former|other|rest)',
      'not only',
      'at the same time',
      'at that time',
      'as well',
      'in (?:this|that|these|those|such) (?:case|way|sense|context|regard)',
      // An enumeration ("First, let's say what the sale is not.") continues the one before.
      '(?:first|second|third|finally|lastly|next),',
      // "Well, …" answers something said before.
      'well,',
      'in other words',
      'that said',
      // "Which is why…", "Which means…": a relative clause cut loose from its sentence.
      'which (?:is|was) (?:why|what|where|when|how)',
      'which (?:means|meant)',
    ].join('|') +
    ')(?:\\b|(?<=,))',
  'iu',
);

/** "Israeli courts, however, …": a connective set off in the first clause leans back just the same. */
const INNER_CONNECTIVE =
  /^[^,.;:]{1,60}, (?:however|though|too|meanwhile|instead|in turn|in contrast|for (?:its|his|her|their) part|nevertheless|nonetheless|therefore|moreover|likewise),/iu;

/**
 * "The company said…", "The move comes after…", "The 39-year-old, from…": a definite description
 * whose head noun only points back to someone or something named before. Only when a verb, a
 * comma or a possessive follows the head: "The city council…", "The family of…" say who they are.
 */
const ANAPHORIC_DESCRIPTION = new RegExp(
  '^(?:the|this|that|these|those) (?:(?:[\\p{N}-]+-year-old(?: \\p{L}+)?)|(?:' +
    [
      'company',
      'companies',
      'firm',
      'group',
      'organi[sz]ation',
      'agency',
      'club',
      'side',
      'team',
      'outlet',
      'man',
      'men',
      'woman',
      'women',
      'boy',
      'girl',
      'child',
      'couple',
      'pair',
      'duo',
      'trio',
      'family',
      'victim',
      'suspect',
      'star',
      'player',
      'actor',
      'actress',
      'singer',
      'official',
      'spokesman',
      'spokeswoman',
      'spokesperson',
      'move',
      'decision',
      'deal',
      'plan',
      'proposal',
      'report',
      'study',
      'research',
      'findings?',
      'incident',
      'statement',
      'announcement',
      'comments?',
      'remarks?',
      'news',
      'case',
      'change',
      'development',
      'issue',
      'latter',
      'former',
      'pictures?',
      'photos?',
      'images?',
      'video',
      'footage',
      'post',
      'tweet',
      'letter',
      'claims?',
      'allegations?',
      'attack',
      'episode',
      'event',
      'situation',
      'problem',
      'story',
      'book',
      'film',
      'show',
      'lawsuit',
      'ruling',
      'verdict',
      'bill',
      'measure',
      'law',
      'policy',
      'product',
      'device',
      'app',
      'service',
      'country',
      'city',
      'state',
      'region',
      'area',
      'site',
      'scheme',
      'project',
      'programme',
      'program',
      'campaign',
    ].join('|') +
    "))(?=['’]s\\b|,|\\s+(?:is|was|are|were|has|had|have|will|would|could|can|may|might|must|should|did|does|do|also|then|now|later|still|said|says|told|\\p{Ll}+ed|\\p{Ll}+ly|\\p{Ll}+s)\\b)",
  'iu',
);

/**
 * Shapes that point back from inside the sentence:
 * - "these" before a noun ("…to fix most of these problems."), not "these days";
 * - "those" before a plural noun ("…that those images don't…"), not "those responsible", "those
 *   under 16", "those killed", which say whom they mean;
 * - "this" as a subject after a comma ("If the rumours are true, this is big news");
 * - "Among its key findings: …", and "As the report states: …" (a document named before);
 * - "There were also…", which adds to something said before;
 * - "do that", "did so": an act named before ("DeSantis and Haley will never do that.").
 * Case-sensitive: "those Moderates" and "this May" are names.
 */
const INNER_REFERENCE = new RegExp(
  [
    '\\bthese (?!(?:days|are|were|have|had|will|would|can|could|may|might|must|should|include|included)\\b)\\p{Ll}',
    '(?<!\\bone of )\\bthose (?!(?:days|who|whom|whose|which|that)\\b)\\p{Ll}+s\\b(?<!ss\\b)',
    '(?<=, )this (?:is|was|has|had|will|would|could|may|might|means|meant|comes|came)\\b',
    '^Among (?:its|their)\\b',
    '^As (?:the|this|that) (?:report|study|survey|statement|letter|paper|article|document|ruling|filing|complaint|lawsuit) (?:says|said|states|stated|notes|noted|puts it|explains|explained|shows|showed|found|concluded)\\b',
    '^There (?:is|are|was|were|has been|have been|will be) also\\b',
    '\\b(?:do|does|did|doing|done) (?:so\\b(?! (?:much|many|well|badly|far|little|often|long)\\b)|(?:that|this)(?=[.,;:!?]| (?:again|too|either|now|anymore|for|in|at|on|with|by|because|when|if|before|after|without|until|unless)\\b))',
  ].join('|'),
  'u',
);

/**
 * How a sentence leans on what came before: through a pronoun (it never reads alone), or through
 * a connective or a definite description (it reads right after the sentence it follows); null
 * when it stands alone. The article's first sentence has nothing before it but the title, so a
 * description there ("The woman accused of…") introduces rather than refers; a pronoun or
 * connective still dangles.
 */
export function opening(text: string, first = false): 'pronoun' | 'continuation' | null {
  if (PRONOUN_OPENING.test(text)) return 'pronoun';
  if (CONNECTIVE_OPENING.test(text) || INNER_CONNECTIVE.test(text) || INNER_REFERENCE.test(text)) return 'continuation';
  return !first && ANAPHORIC_DESCRIPTION.test(text) ? 'continuation' : null;
}

/**
 * Openings that say nothing of the story by themselves: the writer telling of themself ("I still
 * remember…", "My first…"), a signpost or a word to the reader ("Here are my top 21 films…",
 * "Picture a deck of tarot cards."), a truism about us all ("Many of us have noticed…"). Such a
 * sentence is a point only when the article has no other. Not "Most people…" or "Anyone who…":
 * news writes "Most people killed in the quake were asleep".
 */
const ASIDE_OPENING =
  /^(?:(?:I|I['’](?:m|ve|d|ll)|My|Let['’]s) (?=\p{Ll})|(?:Picture|Imagine|Consider) (?:a|an|the|this|that|yourself|if|what|how)\b|(?:Here(?:['’]s| is| are)|Read on|Many of us|All of us|We all)\b)/u;

export function opensAside(text: string): boolean {
  return ASIDE_OPENING.test(text);
}

/** Counts points that open with a pronoun, also inside a quotation ("“His …"). */
export function countPronounOpenings(texts: readonly string[]): number {
  return texts.filter((text) => PRONOUN_OPENING.test(text)).length;
}
