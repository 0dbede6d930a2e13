import { wordList, wordSet, wordTable } from './word-lists';

/** English words of names: titles, honorifics, roles, bodies, places, nationalities, particles. */

/** Honorifics mark a person (and sometimes a gender) but are not a role. */
export const HONORIFICS = wordTable<'m' | 'f' | null>({
  mr: 'm',
  'mr.': 'm',
  mrs: 'f',
  'mrs.': 'f',
  ms: 'f',
  'ms.': 'f',
  miss: 'f',
  mx: null,
  'mx.': null,
  sir: 'm',
  dame: 'f',
  lord: 'm',
  lady: 'f',
  dr: null,
  'dr.': null,
  herr: 'm',
  frau: 'f',
  m: 'm',
  mme: 'f',
  señor: 'm',
  señora: 'f',
});

/** Capitalised words that head a title written before a name ("Secretary of State Antony Blinken"). */
export const TITLE_WORDS = wordSet(
  'TITLE_WORDS',
  `president pres. vice secretary minister premier chancellor senator sen. rep. del. representative congressman
  congresswoman gov. governor mayor judge justice general gen. lt. col. colonel major maj. captain capt.
  admiral adm. brig. cmdr. sergeant sgt. cpl. pvt. officer chief director chairman chairwoman chair ceo leader speaker attorney
  deputy commissioner ambassador amb. professor prof. king queen prince princess pope father rev. reverend rabbi
  imam sheikh coach inspector insp. detective det. superintendent supt. councillor councilman councilwoman assemblyman
  assemblywoman trooper spokesman spokeswoman spokesperson secretary-general president-elect
  prosecutor sheriff constable lawmaker executive founder editor dean provost manager analyst economist
  pastor bishop cardinal archbishop emir crown foreign defence defense interior finance state
  treasury labor labour health education party communist supreme court first lady dr. dr administrator
  commander cfo coo cto mp mep mla mpp msp mec mca`,
);

/** Head nouns of roles written in lower case ("China's top diplomat", "press secretary"). */
export const ROLE_NOUNS = wordSet(
  'ROLE_NOUNS',
  `president secretary minister premier chancellor senator representative congressman congresswoman governor
  mayor judge justice general colonel captain admiral sergeant officer chief director chairman chairwoman chair
  leader speaker attorney deputy commissioner ambassador professor king queen prince princess pope priest
  rabbi imam coach inspector detective superintendent councillor trooper spokesman spokeswoman spokesperson
  prosecutor sheriff lawmaker executive founder co-founder editor dean manager analyst economist pastor bishop
  diplomat envoy official head member expert researcher scientist author writer journalist correspondent
  reporter ranger elder supervisor worker engineer doctor physician nurse lawyer adviser advisor aide
  strategist historian teacher student resident owner farmer activist campaigner candidate chairperson
  president-elect vice-president commander soldier pilot player striker midfielder defender goalkeeper
  boss partner investor banker consultant psychologist psychiatrist surgeon neuroscientist
  biologist physicist chemist mathematician philosopher lecturer fellow organizer organiser coordinator
  administrator commentator critic novelist poet actor actress singer musician artist designer architect
  developer programmer cofounder chef mother father son daughter wife husband brother sister
  widow widower spokesmen officials negotiator mediator insider source witness user voter fan parent victim
  survivor neighbor neighbour friend relative patient customer employee staffer observer supporter
  opponent protester demonstrator participant attendee volunteer`,
);

/**
 * Words shaped like agent nouns ("-er", "-or", "-ist", "-ian", "-man") that name no one: adverbs,
 * comparatives, verbs and things, which may also stand right before a name ("said earlier Smith").
 */
export const NOT_AGENT_NOUNS = wordSet(
  'NOT_AGENT_NOUNS',
  `after under over other another whether either neither later earlier further
  rather never ever however together moreover former inner outer upper older younger wider broader bigger
  smaller larger longer shorter higher lower greater better faster stronger closer consider prefer remember
  offer enter suffer deliver discover cover answer matter order number water paper letter center centre
  corner power summer winter september october november december character honor honour color colour favor
  favour labor labour major minor prior senior junior superior interior exterior error mirror floor door
  meanwhile whenever wherever whatever german roman human woman man ordinary`,
);

/**
 * Lower-case nouns that, written right after a name, make it a publication ("Vulture magazine");
 * not "company", "campaign" or "network", which follow a family's or a person's name as often.
 */
export const PUBLICATION_NOUNS = wordSet('PUBLICATION_NOUNS', 'magazine newspaper tabloid website journal broadcaster');

/**
 * An event or a programme, named before the noun ("its annual Camp Strava event", "the Artemis
 * programme") or with it ("World Governments Summit"): a thing, never a person.
 */
export const EVENT_NOUNS = wordSet(
  'EVENT_NOUNS',
  'event events conference summit festival forum expo tournament championship championships awards ceremony programme',
);

/** Words that make a capitalised name an organisation rather than a person. */
export const ORGANISATION_WORDS = wordSet(
  'ORGANISATION_WORDS',
  `department ministry agency office commission council committee party university college institute
  association company corp corp. corporation inc inc. ltd ltd. llc plc group bank court police service
  administration authority board bureau foundation international organization organisation union news
  times post press reuters network federation hospital school church army navy force forces house senate
  congress parliament government center centre club league team fund trust society alliance coalition
  campaign movement industries systems technologies labs airlines motors media studios records
  embassy kremlin pentagon fbi cia nasa un nato eu who amnesty watch
  conservation assembly relations affairs directorate reserve rights journal magazine daily gazette tribune
  herald observatory laboratory institution zoo museum gallery library project collective partnership
  charity unit clinic prison academy`,
);

/**
 * Words that never open a name (a page's "Watch:" link) but close an organisation's: "Human Rights
 * Watch", "Judicial Watch".
 */
export const NAME_CLOSING_WORDS = wordSet('NAME_CLOSING_WORDS', 'watch');

/** Nouns for a company: a bare "the label said" is the one company the article named. */
export const COMPANY_NOUNS = wordSet(
  'COMPANY_NOUNS',
  `company firm label studio publisher retailer carrier brand maker manufacturer automaker developer startup
  insurer lender broadcaster operator airline bank network newspaper channel`,
);

/** Descriptions that stand for an organisation when they are the subject ("the company said"). */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  ...COMPANY_NOUNS,
  ...wordList(
    'ORGANISATION_NOUNS',
    `agency department ministry government administration police army military office council committee group
    organization organisation party union university hospital school court embassy commission board bureau club
    team campaign foundation station regulator watchdog charity`,
  ),
]);

/** Who speaks for a body: a bare "the spokesman said" is the body in focus, "a spokesman" an unnamed source. */
export const SPOKESPERSON_NOUNS = wordSet('SPOKESPERSON_NOUNS', 'spokesman spokeswoman spokesperson');

/** Heads of a description that speaks as or for a body: "the ministry", "the company", "the spokesman". */
export const BODY_DESCRIPTION_HEADS: ReadonlySet<string> = new Set([...ORGANISATION_NOUNS, ...SPOKESPERSON_NOUNS]);

/**
 * Capitalised words that begin sentences or name times and places in a way that never starts a
 * person's name.
 */
export const NOT_NAME_WORDS = wordSet(
  'NOT_NAME_WORDS',
  `the a an and but or nor so yet for in on at by to of from with without about after before during since
  until while when where whether which who whom whose what why how if as though although because this that
  these those there here it its he she they we i you his her their our my your me him them us one some many
  most more all any each every no not none both either neither such other another also just even only now
  then today tonight yesterday tomorrow still however meanwhile instead indeed overall despite among between
  across through against under over into onto upon within amid near like unlike per via mr mrs ms dr
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december spring summer autumn fall winter photo image video getty
  read watch listen click share sign subscribe advertisement update updated related source above below left
  right top bottom clockwise pictured inset main unfortunately fortunately finally recently earlier later
  sadly notably separately additionally ultimately initially eventually previously currently once soon again
  thus perhaps maybe yes please afterward afterwards nearby elsewhere together few enter meet consider imagine
  take look two three four five six seven eight nine eleven twelve twenty thirty forty fifty hundred hundreds
  thousand thousands millions several dozens`,
);

/** Party labels used as descriptions of a person ("the Kentucky Republican"), never as names. */
export const PARTY_WORDS = wordSet(
  'PARTY_WORDS',
  'democrat democrats republican republicans independent conservative conservatives tory tories liberal liberals socialist socialists',
);

/**
 * A person's nationality written as a noun ("the German", "the Briton"): a description, never a
 * name. Not "Australian" or "Scotsman" (newspapers), nor "Finn", "Scot", "Cuban" or "English"
 * (given names and surnames).
 */
export const DEMONYMS = wordSet(
  'DEMONYMS',
  `american briton canadian mexican brazilian argentine argentinian chilean colombian peruvian
  venezuelan german frenchman frenchwoman spaniard italian portuguese dutchman dutchwoman belgian austrian swede
  norwegian dane icelander czech slovak hungarian romanian bulgarian serb croat greek turk russian ukrainian belarusian
  armenian israeli palestinian lebanese syrian iraqi iranian saudi egyptian libyan tunisian moroccan algerian nigerian
  kenyan ghanaian ethiopian somali sudanese indian pakistani afghan bangladeshi japanese korean vietnamese thai filipino
  indonesian malaysian singaporean chinese jamaican haitian polish swiss scottish qatari jordanian yemeni
  irishman irishwoman englishman englishwoman welshman welshwoman texan californian londoner`,
);

/** Words that describe a person by party or nationality ("the Virginia Democrat", "the German"). */
export const PERSON_DESCRIPTORS: ReadonlySet<string> = new Set([...PARTY_WORDS, ...DEMONYMS]);

/** Name particles that may appear inside a name in lower case. */
export const NAME_PARTICLES = wordSet('NAME_PARTICLES', 'de da das do dos di du del della der den des los las van von ten ter bin ibn al el la le st. y e');

/**
 * An Arabic article or kinship word joined to the name it belongs to, written in lower case:
 * "al-Assad", "el-Sisi", "bin-Salman". The word is capitalised after it; without it, "Assad".
 */
const JOINED_PARTICLES = 'al|el|ad|an|ar|as|ash|at|az|ud|ul|bin|ibn';
export const JOINED_PARTICLE = new RegExp(`^(?:${JOINED_PARTICLES})[-‐](?=\\p{Lu})`, 'u');

/** The same in a name already folded to lower case, where it is dropped as particles are. */
export const FOLDED_JOINED_PARTICLE = new RegExp(`^(?:${JOINED_PARTICLES})[-‐](?=\\p{Ll})`, 'u');

/** Place words that open a place's name ("West Bank", "New York"), not end a person's ("Kanye West"). */
export const PLACE_OPENING_WORDS = wordSet('PLACE_OPENING_WORDS', 'united north south east west central new hong saudi san santa los las');

/** Place words that end a place's name ("Hyde Park", "Hong Kong"), not open a person's ("Park Geun-hye"). */
export const PLACE_CLOSING_WORDS = wordSet(
  'PLACE_CLOSING_WORDS',
  'states kingdom republic emirates island islands city county province state street avenue road square park bridge airport station valley bay coast gulf sea ocean river mountains kong town region village pradesh oblast prefecture',
);

/** Places' names wherever they stand in a name ("South Africa", "U.S."). */
export const PLACE_NAMES = wordSet('PLACE_NAMES', 'arabia africa america asia europe u.s. u.k. u.n.');

/** Words of place names, so that "United States" is never listed as a person. */
export const PLACE_WORDS: ReadonlySet<string> = new Set([...PLACE_OPENING_WORDS, ...PLACE_CLOSING_WORDS, ...PLACE_NAMES]);

/**
 * Plural sources that news names without naming anyone ("the police said", "officials said"): an
 * unnamed speaker, unlike a bare "the doctors", which points back to a group named before.
 */
export const SOURCE_PLURALS = wordSet(
  'SOURCE_PLURALS',
  'police officials experts analysts sources witnesses residents authorities investigators prosecutors researchers scientists',
);

/** Lower-case words that qualify a role noun: "top diplomat", "former press secretary". */
export const ROLE_MODIFIERS = wordSet(
  'ROLE_MODIFIERS',
  'top senior former deputy chief press foreign vice acting assistant associate executive general managing junior lead principal national security prime defense defence interior finance trade health education party union police army district country regional local city county federal state longtime veteran current interim outgoing incoming founding communications campaign research planning public political military',
);

/** Words that open examples of a name after its comma ("Celebrities, like actress Lindsay Lohan"), not its role. */
export const EXAMPLE_OPENERS = wordSet('EXAMPLE_OPENERS', 'like such including');

/** Words a role written before a name never reaches across ("met *with* Foreign Minister…"). */
export const ROLE_BOUNDARY = wordSet('ROLE_BOUNDARY', 'with by to for from and but said says told met of including like as');

/** Plural nouns for groups of people that speak as sources without a role noun ("authorities said"). */
export const PEOPLE_PLURALS = wordSet(
  'PEOPLE_PLURALS',
  `people authorities investigators witnesses police delegates protesters demonstrators voters staff parents
  fans survivors volunteers employees supporters critics opponents relatives neighbours neighbors`,
);

/** Possessors that name a body with what follows: "People’s Daily", "Children’s Hospital", "Women’s March". */
export const COLLECTIVE_POSSESSORS = wordSet('COLLECTIVE_POSSESSORS', 'people children women men workers');

/**
 * Countries and states that are also given names or surnames ("Jordan Poole", "Georgia Smith",
 * "Denzel Washington"): never taken for a place in a name.
 */
export const COUNTRY_GIVEN_NAMES = wordSet('COUNTRY_GIVEN_NAMES', 'georgia jordan chad india jersey israel washington montana virginia');

/**
 * Places that are not regions in the runtime's list of countries but are written as countries: the
 * home nations, and the US states ("South Dakota", "Texas"), whose names the runtime does not list.
 */
export const COUNTRY_LIKE_PLACES: ReadonlySet<string> = new Set([
  ...wordList('HOME_NATIONS', 'britain england scotland wales'),
  ...wordList(
    'US_STATES',
    `alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois
    indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
    montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington
    wisconsin wyoming`,
  ),
  'new hampshire',
  'new jersey',
  'new mexico',
  'new york',
  'north carolina',
  'north dakota',
  'rhode island',
  'south carolina',
  'south dakota',
  'west virginia',
]);

/** Role words that tell a person's gender, for pronouns: "the congresswoman" is "she". */
export const FEMALE_ROLE_WORDS = wordSet(
  'FEMALE_ROLE_WORDS',
  'congresswoman spokeswoman chairwoman councilwoman assemblywoman businesswoman actress queen princess duchess mother wife daughter sister widow grandmother aunt niece girlfriend',
);
export const MALE_ROLE_WORDS = wordSet(
  'MALE_ROLE_WORDS',
  'congressman spokesman chairman councilman assemblyman businessman actor king prince duke father husband son brother widower grandfather uncle nephew boyfriend',
);
