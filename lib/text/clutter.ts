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

const CAPTION_LEAD = /^(?:above|below|left|right|top|pictured|clockwise|main image|photo|photograph|image|in this (?:file )?(?:photo|image|picture))\b[,:]?/iu;
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
