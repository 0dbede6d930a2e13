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

/** The one kind the page script drops as it extracts (kept apart so that its bundle holds no other pattern). */
export function isPageChrome(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0) return true;
  if (trimmed.length > MAX_CHROME_LENGTH) return false;
  return CHROME_LINE.test(trimmed);
}

// Words anywhere in a sentence that mark a credit, a caption or a call to action.
const CHROME_PHRASE =
  /(?:\b(?:photo|photograph|picture|image|video)s?\s*(?::|\/|credit|by|via)|getty images|\bap photo\b|\(reuters\)|click here|read more|sign up|subscribe|all rights reserved|scroll down|follow us|\bpictured\b|\babove:|\bbelow:|©|provided by)/i;

const CAPTION_LEAD =
  /^(?:(?:above|below|left|right|top|pictured|clockwise|main image|photo|photograph|image|in this (?:file )?(?:photo|image|picture))\b[,:]?|图为)/iu;
const PHOTO_CREDIT = /\((?:[^()]*\b(?:photo|photograph|image|getty|reuters|afp|ap|epa|shutterstock)\b[^()]*)\)\s*$/iu;

/** Captions are short; a long paragraph opening with "Top" or ending in "(AP)" is prose. */
const MAX_CAPTION_CHARS = 400;

/** A paragraph that describes a picture: a caption lead ("In this photo…") or a credit at its end. */
function isPhotoCaption(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= MAX_CAPTION_CHARS && (CAPTION_LEAD.test(trimmed) || PHOTO_CREDIT.test(trimmed));
}

/**
 * Text without final punctuation: a caption or a label left in the text by the site. A paragraph
 * of a long quotation ends open ("…the wall now,") but is speech.
 */
function isUnfinished(text: string): boolean {
  const trimmed = text.trim();
  if (/^["“‘'«„]/u.test(trimmed)) return false;
  // Closing quotation marks of every language: “…” and ‘…’ close with ” and ’, „…“ and ‚…‘ with “ and ‘.
  return !/[.!?…:;,"'”’“‘»«›‹)\]。！？」]$/u.test(trimmed);
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
    '\\b(?:selected|chosen|picked) independently by (?:our )?(?:journalists|editors)\\b',
    '\\b(?:save|bookmark) this (?:article|story) by (?:registering|signing up|subscribing)\\b',
    // A newsletter form's own lines: its consent, its confirmation, its error.
    '\\bby (?:signing up|subscribing|registering|clicking)\\b[^.]{0,30}\\byou (?:consent|agree|accept|acknowledge)\\b',
    '\\b(?:signing you up|welcome email)\\b',
    '\\b(?:commenting|comments?) (?:policy|section|guidelines|are (?:closed|moderated|open))\\b',
    '\\b(?:community|posting) (?:guidelines|standards|rules)\\b',
    '\\b(?:terms of (?:use|service)|privacy policy|cookie policy)\\b',
    '\\b(?:this (?:article|story|post|report) (?:was |has been |is )?(?:originally |first )?(?:published|appeared|updated|corrected|produced))\\b',
    '\\b(?:is|was) an? (?:staff |senior |contributing |freelance )?(?:writer|reporter|correspondent|editor|columnist|contributor) (?:for|at|with)\\b',
    '\\bfollow (?:him|her|them|us|me) on\\b',
    // "The second half can be found here.": a pointer to another page, its link lost with the markup.
    '\\b(?:can|may) be (?:found|read|seen|viewed|watched|heard) here\\b',
    '^(?:related|read more|read also|more|see also|also read|watch|listen|recommended|more from|further reading|read)\\s*:',
    '\\((?:credit|image|photo|picture|source|courtesy)s?\\s*[:©]',
    "^(?:an? )?artist['’]s (?:illustration|impression|rendering|concept)\\b",
    '^(?:illustration|file photo|screenshot|screengrab|graphic)\\b',
    // The same notices in the other languages Gist reads: reading time, "updated", a prompt to
    // subscribe or register, an embedded external content, affiliate links, a photo credit.
    // "15:48 UhrLesedauer: 2 Min.": a date glued to it, so no word boundary before the German words.
    '(?:lesedauer|lesezeit)\\b|\\b(?:temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura)\\b',
    '\\b\\d+\\s*(?:min(?:\\.|ute[ns]?)?|minutes?|minutos|minuti)\\s*(?:read|lesezeit|de lecture|de lectura|di lettura|de leitura)\\b',
    '^[\\d/.:,\\s-]*(?:aktualisiert|mis à jour|actualizado|aggiornato|atualizado)(?: (?:am|le|el|il|em|a las))?\\b',
    '\\b(?:jetzt|gratis) (?:abonnieren|registrieren|anmelden|weiterlesen)\\b|\\b(?:abonnez-vous|inscrivez-vous|suscríbete|abbonati|assine já)\\b',
    '\\b(?:externen inhalt|contenu externe|contenido externo|contenuto esterno|conteúdo externo)\\b',
    '\\b(?:hier klicken|klicken sie hier|klick hier|cliquez ici|haga clic aquí|haz clic aquí|clicca qui|clique aqui)\\b',
    '\\b(?:datenschutzeinstellungen|datenschutzerklärung|privacy settings)\\b',
    // "Für die Darstellung von Infografiken nutzen wir die Software von Datawrapper.": how an embed is drawn.
    '\\b(?:nutzen|verwenden) wir (?:die software|den dienst|das tool)\\b|\\bdatawrapper\\b',
    '\\bbe emailed about\\b|\\bpersonali[sz]ed feed\\b',
    "\\b(?:affiliate-links?|liens d['’]affiliation|enlaces de afiliad[oa]s?|link di affiliazione|links de afiliad[oa]s?)\\b",
    '\\b(?:erhalten|bekommen) wir\\b[^!?]{0,30}\\bprovision\\b|\\b(?:percevoir|percevons|touchons) une (?:petite )?commission\\b',
    '\\b(?:recibir|recibimos|receber|recebemos) u[nm]a? (?:pequeña |pequena )?(?:comisión|comision|comissão|comissao)|\\b(?:ricevere|riceviamo) una (?:piccola )?commissione\\b',
  ].join('|'),
  // Not 'u': V8 runs a word boundary under 'iu' on a slow path, over ten times slower on every sentence.
  'i',
);

/**
 * Who reported, wrote or edited: "(Additional reporting by Wilda Asmarini… Editing by…)",
 * "Associated Press writer Jane Roe contributed to this report." The names in it are the paper's
 * staff, not people of the story.
 */
const STAFF_CREDIT =
  /^\(?(?:additional |further )?(?:reporting|writing|editing)(?: and (?:reporting|writing|editing))? by\b|\bcontributed (?:to |reporting (?:to |for )?)?this (?:report|story|article|guide|review|list|piece|post|update)\b/i;

/**
 * A German teaser written as an indirect question standing alone, its verb last: "Was hinter dem
 * sanktionierten Tanker steckt.", "Warum das wichtig ist." Story prose asks with "?" or goes on
 * after a comma ("Was folgt, ist…"); "Wie erwartet…" is no question.
 */
const INDIRECT_QUESTION_TEASER =
  /^(?:Was|Wie|Warum|Wieso|Weshalb|Wer|Wo|Wann|Welche[rsmn]?|Worum|Wohin|Woher|Wozu|Womit) (?!(?:erwartet|berichtet|bereits|gewohnt|geplant|angekündigt|bekannt|gesagt|erwähnt|immer|üblich|so)\b)[^,;:?!.]{3,80} [a-zäöüß]+\.$/u;

/** A picture credit inside a sentence: "Foto: dpa", "Crédit photo : AFP" (the credited name capitalised). */
const PICTURE_CREDIT = /(?:[Ff]otos?|FOTOS?|[Bb]ild|BILD|[Pp]hoto|PHOTO|[Cc]rédit photo|[Ii]magen|[Ii]mmagine)\s*:\s*\p{Lu}/u;

/** A line that only credits a picture: "(Image: © TNG Collaboration)", "Photo: AFP". */
function isCreditLine(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= 120 && /^\(?(?:image|photo|photograph|picture|video|credit|source|courtesy|illustration)s?(?: credit)?\s*[:©]|^©/iu.test(trimmed);
}

/** "The first global geologic map of Titan. (NASA/JPL-Caltech/ASU)": a short line with a credit in parentheses. */
const SLASHED_CREDIT = /\((?:[\p{Lu}][\p{L}.&-]*[ ]?)+(?:\/[ ]?(?:[\p{Lu}][\p{L}.&-]*[ ]?)+)+\)\s*$/u;
const MAX_CREDITED_CAPTION = 300;

/** "…to store so-called ‘metadata’ for two years. Source: Supplied": a caption that ends in its credit. */
const TRAILING_CREDIT = /[.!?]["”’]?\s+(?:source|picture|pictures|photo|photos|image|images|credit|photograph)\s*:\s*[^.!?:]{1,60}\.?$/iu;

/** Sentences longer than this are not checked for clutter: notices and captions are shorter. */
export const MAX_NOTICE_CHARS = 1000;

/** The kinds of page clutter, each with the test that finds it (every test bounds the text it reads). */
const CLUTTER_TESTS = {
  /** A whole short line of site furniture: "Source link", "Scroll to Top", "Sign up…". */
  'page chrome': isPageChrome,
  /** A caption lead ("In this photo…", "图为") or a photo credit in parentheses at the end. */
  'photo caption': (text: string) => isPhotoCaption(text.trim()),
  /** A line that only credits a picture ("Photo: AFP", "(Image: © TNG Collaboration)"). */
  'credit line': isCreditLine,
  /** A short caption ending in its credit ("…map of Titan. (NASA/JPL-Caltech/ASU)", "… Source: Supplied"). */
  'credited caption': (text: string) => text.length <= MAX_CREDITED_CAPTION && (SLASHED_CREDIT.test(text) || TRAILING_CREDIT.test(text)),
  /** No final punctuation: a caption or label. */
  unfinished: isUnfinished,
  /** A photo credit, caption marker or call to action anywhere in the text ("Getty Images", "click here"). */
  'call to action': (text: string) => text.length <= MAX_NOTICE_CHARS && CHROME_PHRASE.test(text),
  /** "By Matthew Digby…". */
  byline: (text: string) => text.length <= MAX_NOTICE_CHARS && BYLINE.test(text),
  /** "Nov. 20, 2019…", "Updated: …". */
  'date line': (text: string) => text.length <= MAX_NOTICE_CHARS && DATE_LINE.test(text),
  /** "(Additional reporting by …)", "… contributed to this report." */
  'staff credit': (text: string) => text.length <= MAX_NOTICE_CHARS && STAFF_CREDIT.test(text),
  /** Alerts, newsletters, deals, affiliate notes, comment policies, credits, hand-offs to other stories. */
  'site notice': (text: string) =>
    text.length <= MAX_NOTICE_CHARS && (SITE_NOTICE.test(text) || PICTURE_CREDIT.test(text) || INDIRECT_QUESTION_TEASER.test(text)),
} as const;

export type ClutterKind = keyof typeof CLUTTER_TESTS;

/** Every kind of clutter a text is, in the order above; empty for the story's own text. */
export function clutterOf(text: string): ClutterKind[] {
  return (Object.keys(CLUTTER_TESTS) as ClutterKind[]).filter((kind) => CLUTTER_TESTS[kind](text));
}

/** A paragraph whose sentences are never the story's prose: page chrome, a caption or a credit. */
export const CLUTTER_PARAGRAPHS: ReadonlySet<ClutterKind> = new Set(['page chrome', 'photo caption', 'credit line', 'credited caption']);

/** A paragraph that credits the picture above it, whose caption is then the paragraph before. */
export const CREDIT_LINE: ReadonlySet<ClutterKind> = new Set(['credit line']);

/**
 * A paragraph that names what is pictured or who reported, not who is talking: never a
 * quotation's context, and its names are not the story's.
 */
export const OUTSIDE_STORY: ReadonlySet<ClutterKind> = new Set(['photo caption', 'unfinished', 'staff credit']);

/**
 * A sentence that is not the article's prose, whatever the site: a caption, a credit, a byline or
 * date line, a site notice, a call to action. Credits, captions, bylines and notices are short:
 * a longer sentence is prose or nothing (key points take at most 60 words).
 */
export const CLUTTER_SENTENCES: ReadonlySet<ClutterKind> = new Set([
  'call to action',
  'photo caption',
  'unfinished',
  'byline',
  'date line',
  'staff credit',
  'site notice',
]);

/** The first kind of clutter of `text` among `kinds`, or null. */
export function clutterAmong(text: string, kinds: ReadonlySet<ClutterKind>, maxChars = Infinity): ClutterKind | null {
  if (text.length > maxChars) return null;
  for (const kind of Object.keys(CLUTTER_TESTS) as ClutterKind[]) if (kinds.has(kind) && CLUTTER_TESTS[kind](text)) return kind;
  return null;
}
