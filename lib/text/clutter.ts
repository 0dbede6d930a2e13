/**
 * Lines that sites leave inside the article text: share prompts, comment forms, "Source link",
 * "Scroll to Top", newsletter boxes, inline "Read more" teasers. Matched on short paragraphs only,
 * so a real sentence that mentions "sign up" is never dropped.
 */
const CHROME_LINE = new RegExp(
  '^(?:' +
    [
      'source(?: link)?',
      'leave a (?:comment|reply)',
      'scroll to top',
      'back to top',
      '(?:read|see|show) (?:more|less|also|the full story|full article)(?:\\b.*)?',
      'advertisement',
      'ad(?:vertising)?',
      'sponsored(?: content)?',
      'story continues below(?: advertisement)?',
      'continue reading(?:\\b.*)?',
      'sign up(?:\\b.*)?',
      'subscribe(?:\\b.*)?',
      'share(?: this)?(?: (?:article|story|page|on \\w+))?',
      '(?:click|tap) here(?:\\b.*)?',
      'related(?: articles| stories| content| posts)?',
      'recent posts',
      'recent comments',
      'most (?:read|popular|viewed)',
      'comments?',
      'powered by \\w+(?: \\w+)?',
      'your email address will not be published\\b.*',
      'required fields are marked\\b.*',
      'follow us(?:\\b.*)?',
      'all rights reserved\\b.*',
      '(?:©|\\(c\\)|copyright)\\b.*',
      'image (?:source|caption|copyright)\\b.*',
      '(?:photo|image|video|getty images|reuters|ap photo)(?: credit)?:?.{0,60}',
      'media playback is unsupported on your device',
      'this (?:article|story) (?:was|has been) (?:updated|corrected)\\b.{0,80}',
      'updated:? .{0,40}',
      'posted:? .{0,40}',
      'previous (?:post|article)\\b.*',
      'next (?:post|article)\\b.*',
      'tags?:.*',
      'filed under:?.*',
    ].join('|') +
    ')[.:!]?$',
  'iu',
);

const MAX_CHROME_LENGTH = 140;

export function isPageChrome(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0) return true;
  if (trimmed.length > MAX_CHROME_LENGTH) return false;
  return CHROME_LINE.test(trimmed);
}

// Words anywhere in a sentence that mark a credit, a caption or a call to action.
const CHROME_PHRASE =
  /(?:\b(?:photo|photograph|picture|image|video)s?\s*(?::|\/|credit|by|via)|getty images|\bap photo\b|\(reuters\)|click here|read more|sign up|subscribe|all rights reserved|scroll down|follow us|\bpictured\b|\babove:|\bbelow:|©|provided by)/iu;

/** A sentence that carries a photo credit, a caption marker or a site's call to action. */
export function mentionsPageChrome(sentence: string): boolean {
  return CHROME_PHRASE.test(sentence);
}

const CAPTION_LEAD = /^(?:(?:above|below|left|right|top|pictured|clockwise|main image|photo|photograph|image|in this (?:file )?(?:photo|image|picture))\b[,:]?|图为)/iu;
const PHOTO_CREDIT = /\((?:[^()]*\b(?:photo|photograph|image|getty|reuters|afp|ap|epa|shutterstock)\b[^()]*)\)\s*$/iu;

/** Captions are short; a long paragraph opening with "Top" or ending in "(AP)" is prose. */
const MAX_CAPTION_CHARS = 400;

/** A paragraph that describes a picture: a caption lead ("In this photo…") or a credit at its end. */
export function isPhotoCaption(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= MAX_CAPTION_CHARS && (CAPTION_LEAD.test(trimmed) || PHOTO_CREDIT.test(trimmed));
}

/**
 * A photo caption or credit left in the text by the site: a "Photo:" / "Above," lead, a credit
 * in parentheses at the end, or no final punctuation at all. Captions name what is pictured,
 * not who is talking, and are never key points.
 */
export function looksLikeCaption(text: string): boolean {
  const trimmed = text.trim();
  if (isPhotoCaption(trimmed)) return true;
  // A paragraph of a long quotation ends open ("…the wall now,") but is speech, not a caption.
  if (/^["“‘'«„]/u.test(trimmed)) return false;
  return !/[.!?…:;,"'”’»)\]。！？」]$/u.test(trimmed);
}

/** A byline or a date line: "By Matthew Digby, Minh Do on Monday…", "Nov. 20, 2019Updated: …". */
const BYLINE = /^By\s+\p{Lu}/u;
const DATE_LINE =
  /^(?:(?:published|updated|posted|last (?:updated|modified)|first published)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4})/iu;

/**
 * Calls to action and site notices: alerts and newsletters, deals, affiliate disclosures, comment
 * policies, credits and hand-offs to other stories. Matched anywhere, as story prose rarely
 * speaks to its reader about the site itself.
 */
const SITE_NOTICE = new RegExp(
  [
    '^(?:get|receive|sign up for|subscribe to|download|try)\\b[^.]{0,40}\\b(?:alerts?|newsletters?|updates|app|podcast|free trial|deals?)\\b',
    '\\bdelivered (?:to your inbox|(?:every )?(?:daily|weekly|weekday|each|every)\\b)',
    '\\b(?:in|to) your inbox\\b',
    '^welcome to\\b',
    '^(?:please )?note:? (?:that )?this (?:is|article|story|post)\\b',
    '\\baffiliate (?:links?|commission|partners?|programs?)\\b',
    '\\breferral links?\\b',
    '\\bwe may (?:earn|receive|get) (?:a )?(?:small )?(?:commission|compensation|share)',
    '\\b(?:commenting|comments?) (?:policy|section|guidelines|are (?:closed|moderated|open))\\b',
    '\\b(?:community|posting) (?:guidelines|standards|rules)\\b',
    '\\b(?:terms of (?:use|service)|privacy policy|cookie policy)\\b',
    '\\b(?:this (?:article|story|post|report) (?:was |has been |is )?(?:originally |first )?(?:published|appeared|updated|corrected|produced))\\b',
    '\\bcontributed (?:to )?this (?:report|story|article)\\b',
    '^(?:reporting|editing|additional reporting|writing) by\\b',
    '\\b(?:is|was) an? (?:staff |senior |contributing |freelance )?(?:writer|reporter|correspondent|editor|columnist|contributor) (?:for|at|with)\\b',
    '\\bfollow (?:him|her|them|us|me) on\\b',
    // "The second half can be found here.": a pointer to another page, its link lost with the markup.
    '\\b(?:can|may) be (?:found|read|seen|viewed|watched|heard) here\\b',
    '^(?:related|read more|read also|more|see also|also read|watch|listen|recommended|more from|further reading|read)\\s*:',
    '\\((?:credit|image|photo|picture|source|courtesy)s?\\s*[:©]',
    '^(?:an? )?artist[\'’]s (?:illustration|impression|rendering|concept)\\b',
    '^(?:illustration|file photo|screenshot|screengrab|graphic)\\b',
  ].join('|'),
  'iu',
);

/** A line that only credits a picture: "(Image: © TNG Collaboration)", "Photo: AFP". */
export function isCreditLine(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= 120 && /^\(?(?:image|photo|photograph|picture|video|credit|source|courtesy|illustration)s?(?: credit)?\s*[:©]|^©/iu.test(trimmed);
}

/** "The first global geologic map of Titan. (NASA/JPL-Caltech/ASU)": a short line with a credit in parentheses. */
const SLASHED_CREDIT = /\((?:[\p{Lu}][\p{L}.&-]*[ ]?)+(?:\/[ ]?(?:[\p{Lu}][\p{L}.&-]*[ ]?)+)+\)\s*$/u;
const MAX_CREDITED_CAPTION = 300;

/** "…to store so-called ‘metadata’ for two years. Source: Supplied": a caption that ends in its credit. */
const TRAILING_CREDIT = /[.!?]["”’]?\s+(?:source|picture|pictures|photo|photos|image|images|credit|photograph)\s*:\s*[^.!?:]{1,60}\.?$/iu;

/** A paragraph that is a caption or a credit: its sentences are never the story's prose. */
export function isCaptionParagraph(paragraph: string): boolean {
  if (isPhotoCaption(paragraph) || isCreditLine(paragraph)) return true;
  return paragraph.length <= MAX_CREDITED_CAPTION && (SLASHED_CREDIT.test(paragraph) || TRAILING_CREDIT.test(paragraph));
}

const MAX_NOTICE_CHARS = 1000;

/**
 * Not the article's prose, whatever the site: a caption, a credit, a byline or date line, a site
 * notice, page chrome. Paragraph-level captions are told by `isCaptionParagraph`.
 */
export function isNotProse(sentence: string): boolean {
  // Credits, captions, bylines and notices are short; a longer sentence is never a point either
  // (keypoints.ts takes at most 60 words), so it is not scanned by the patterns below.
  if (sentence.length > MAX_NOTICE_CHARS) return false;
  return mentionsPageChrome(sentence) || looksLikeCaption(sentence) || BYLINE.test(sentence) || DATE_LINE.test(sentence) || SITE_NOTICE.test(sentence);
}
