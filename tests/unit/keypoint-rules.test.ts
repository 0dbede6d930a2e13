import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { clutterAmong, CLUTTER_PARAGRAPHS, CLUTTER_SENTENCES, MAX_NOTICE_CHARS } from '../../lib/text/clutter';

/** A sentence that is not the article's prose, as key points judge it. */
const isNotProse = (sentence: string) => clutterAmong(sentence, CLUTTER_SENTENCES, MAX_NOTICE_CHARS) !== null;
/** A paragraph whose sentences are never points: a caption or a credit (page chrome aside). */
const isCaptionParagraph = (paragraph: string) => !['page chrome', null].includes(clutterAmong(paragraph, CLUTTER_PARAGRAPHS));
import { buildDigest } from '../../lib/text/digest';
import { articleFromText } from '../../lib/text/article-text';
import { extractArticle } from '../../lib/page/extract';
import { opening, opensAside } from '../../lib/text/keypoints/standalone';

const leansOnContext = (text: string, first = false) => opening(text, first) !== null;
import { stripDateline } from '../../lib/text/sentences';
import { isArticle } from '../../lib/extension/protocol';
import { MAX_STANDFIRST_CHARS } from '../../lib/contracts';

const points = (paragraphs: string[], length: 'short' | 'long' = 'long', title = '') =>
  buildDigest(articleFromText(paragraphs.join('\n\n'), { title }), length).keyPoints;

describe('only prose qualifies', () => {
  it.each([
    ['a byline with a date', 'By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.'],
    ['a date line', 'Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.'],
    ['an update line', 'Updated on: November 19, 2019 / 10:07 AM / CBS News'],
    ['an alert promo', 'Get breaking news alerts and special reports.'],
    ['a newsletter promo', 'The news and stories that matter, delivered weekday mornings.'],
    ['a deals promo', "Welcome to IGN's Daily Deals, where we round up the best offers."],
    ['an affiliate note', 'This post may contain affiliate and/or referral links.'],
    ['a credited caption', 'A plume of water vapor rises above the surface of the moon. (Credit: iStock)'],
    ['an artist’s illustration', "An artist's illustration of a plume of water vapor thought to be ejecting off Europa's surface."],
    ['a comment policy', 'Comments are moderated and will appear after review by our editors.'],
    ['a related teaser', 'Related: From Big Bang to Present: Snapshots of Our Universe Through Time.'],
    ['a report credit', 'Associated Press writer Jane Roe contributed to this report.'],
    ['an editor’s note', "Please note that this is the first half of the writer's two-part story."],
    ['a pointer to another page', 'The second half of the story can be found here.'],
  ])('not %s', (_name, sentence) => {
    expect(isNotProse(sentence)).toBe(true);
  });

  it('not a short paragraph that ends with a slashed credit', () => {
    const caption = 'The first global geologic map of Titan. (NASA/JPL-Caltech/ASU)';
    expect(isNotProse('The first global geologic map of Titan.')).toBe(false);
    expect(isCaptionParagraph(caption)).toBe(true);
  });

  it.each([
    'The Senate voted 68 to 32 on Tuesday to pass the infrastructure bill.',
    'Scientists on Monday unveiled the first global geological map of Saturn’s moon Titan.',
    'Readers who get their news from social media were more likely to believe the claim, the study found.',
    'The governor said the campaign would be delivered in schools across the state next year.',
  ])('prose: “%s”', (sentence) => {
    expect(isNotProse(sentence) || isCaptionParagraph(sentence)).toBe(false);
  });

  it.each([
    'A new Bill would require telecommunications service providers to store so-called ‘metadata’ for two years. Source: Supplied',
    'Fans queue outside the stadium before the final on Saturday. Picture: Getty Images',
    '图为马素湘在澳大利亚悉尼游玩时的近影。',
  ])('not a caption that ends in its credit or opens as one: “%s”', (paragraph) => {
    expect(isCaptionParagraph(paragraph)).toBe(true);
  });

  it('prose that names a source in passing is no caption', () => {
    expect(isCaptionParagraph('The figures come from the census bureau. Source of the leak: a senior official said on Monday.')).toBe(false);
    expect(isCaptionParagraph('A new Bill would require providers to store so-called metadata for two years.')).toBe(false);
  });

  it.each([
    ['a list item', 'Small plants (from a florist or nursery)'],
    ['an infobox figure', 'Total area of the country in square kilometres 268,021 km2 (103,483 sq mi) (75th)'],
    ['a changelog bullet', '+ Added a spectator game mode to the multiplayer server (game mode 3).'],
    ['a sentence that trails off', "Lupita Nyong'o's now-famous Oscar dress -- adorned in pearls -- was stolen right out of her hotel room ..."],
    ['the first sentence of a quotation that runs on', 'De Miranda evokes neon in his introduction: “When we hear the word neon, an image pops into our heads: light and glass.'],
    ['the last sentence of a quotation that began before', 'It carries an atmosphere of the city at night and of the century,” he writes in the book.'],
    ['two sentences run together where a caption lost its line break', 'People who never divorced can expect a retirement income 13% higher than a colleague The cost of divorce can wipe out savings.'],
  ])('not %s', (_name, sentence) => {
    const texts = points([
      sentence,
      'An international team of scientists has created the most detailed large-scale model of the universe to date.',
      'The simulation required 16,000 processor cores of a supercomputer in Stuttgart, running for more than a year.',
    ]).map((p) => p.text);
    expect(texts).not.toContain(sentence);
    expect(texts).toHaveLength(2);
  });

  it('not a short paragraph that is (nearly) all link text: a teaser or promo', () => {
    const doc = new JSDOM(
      '<html lang="fr"><head><title>Loi sur le renseignement</title></head><body><article><h1>Loi sur le renseignement</h1>' +
        '<p>Les députés ont adopté à une large majorité le projet de loi sur le renseignement défendu par le gouvernement, mardi 5 mai.</p>' +
        '<p><strong>Revivez <a href="/live/vote">le direct du vote à l’Assemblée avec vos questions.</a></strong></p>' +
        '<p>Le texte sera désormais examiné par le Sénat, puis par le Conseil constitutionnel, prochainement saisi par 75 députés.</p>' +
        '<ul><li><a href="/a">Les critiques de la CNIL contre le projet de loi sur le renseignement en cinq points.</a></li></ul>' +
        '<p>Ont voté contre dix députés socialistes, selon <a href="/an">le site de l’Assemblée nationale</a>, et onze écologistes.</p>' +
        '<p>Le gouvernement <a href="/g">a annoncé mardi qu’il saisirait lui-même le Conseil constitutionnel sur le texte</a>, avant le Sénat.</p>' +
        '</article></body></html>',
    ).window.document;
    const result = extractArticle(doc, { force: true });
    if (result.kind !== 'article') throw new Error('no article');
    const kinds = Object.fromEntries(result.article.paragraphs.map((p) => [p.text.slice(0, 12), p.kind]));
    expect(kinds).toMatchObject({ 'Revivez le d': 'link', 'Les critique': 'link', 'Ont voté con': 'text', 'Les députés ': 'text', 'Le gouvernem': 'text' });
    const texts = buildDigest(result.article, 'long').keyPoints.map((p) => p.text);
    expect(texts.some((t) => t.startsWith('Revivez') || t.startsWith('Les critiques'))).toBe(false);
    expect(texts.some((t) => t.startsWith('Ont voté contre'))).toBe(true);
  });

  it('not a caption marked by its class rather than by <figcaption>', () => {
    const doc = new JSDOM(
      '<html lang="en"><head><title>Mozilla Nightly news</title></head><body><article><h1>Mozilla Nightly news</h1>' +
        '<p>Firefox 85 ships with a redesigned profile manager and faster start-up on older laptops, the team said.</p>' +
        '<div class="wp-caption"><img src="a.png" alt=""><p class="wp-caption-text">Users who run several profiles at once will see the new dialog less often!</p></div>' +
        '<div class="entry has-dropcap-caption"><p>The release also makes the developer tools ready for out-of-process frames across every platform.</p></div>' +
        '<p>Testing frameworks were updated so that automated runs work with the new process model as well.</p>' +
        '</article></body></html>',
    ).window.document;
    const result = extractArticle(doc, { force: true });
    if (result.kind !== 'article') throw new Error('no article');
    expect(result.article.paragraphs.find((p) => p.text.startsWith('Users who run'))?.kind).toBe('caption');
    expect(result.article.paragraphs.find((p) => p.text.startsWith('The release also'))?.kind).toBe('text');
    expect(buildDigest(result.article, 'long').keyPoints.map((p) => p.text).some((t) => t.startsWith('Users who run'))).toBe(false);
  });

  it.each([
    'Keanu Reeves starred in the film The Matrix in 1999 and later in three of its sequels.',
    'Two men were jailed on Friday for conspiracy to supply Class A drugs across three counties.',
    'Rice fortified with vitamin A was handed out to 40,000 families in the region last year.',
    '$98 billion in disaster aid was approved by the Senate late on Thursday night.',
    '#MeToo founder Tarana Burke was awarded the prize at a ceremony in Oslo on Friday.',
    '„Wir geben den Menschen Sicherheit“, sagte Arbeitsminister Hubertus Heil am Mittwoch in Berlin.',
    '”I have made mistakes and I am sorry for them,” she said in a statement on Monday.',
    'The phone comes with a 6.7" screen and a battery that lasts two days, the company said.',
  ])('a whole sentence is a point: “%s”', (sentence) => {
    expect(points([sentence, 'The fourth film was released in cinemas and on streaming services in December 2021.']).map((p) => p.text)).toContain(sentence);
  });

  it('cites “[8][9]” with the sentence before, so the next one opens with its own words', () => {
    const texts = points([
      'Netscape made two announcements on January 23, 1998, about its browser and its code.[7][8][9] A small group of Netscape employees were tasked with coordination of the new community.',
      'The project was named Mozilla after the original code name of the Netscape Navigator browser.',
    ]).map((p) => p.text);
    expect(texts).toContain('A small group of Netscape employees were tasked with coordination of the new community.');
  });

  it('a caption whose credit stands in the next paragraph is not a point', () => {
    const texts = points([
      'The centers of massive galaxy clusters are super hot, while bright structures show diffuse gas at the boundary.',
      '(Image: © TNG Collaboration)',
      'An international team of scientists has created the most detailed large-scale model of the universe to date.',
      'The simulation required 16,000 processor cores of a supercomputer in Stuttgart, running for more than a year.',
    ]).map((p) => p.text);
    expect(texts.some((t) => t.startsWith('The centers of massive galaxy clusters'))).toBe(false);
    expect(texts.some((t) => t.startsWith('An international team'))).toBe(true);
  });
});

describe('a point stands on its own', () => {
  it.each([
    'However, the court rejected the appeal on Tuesday afternoon.',
    'Israeli courts, however, have rejected the appeal on several occasions.',
    "That's the optimistic view of what the talks could achieve this year.",
    'This comes after months of talks between the two governments.',
    'The company said it would appeal the ruling to the supreme court.',
    'The 39-year-old, from Melbourne, was jogging along a street when he was shot.',
    'The 48-year-old Australian was evicted in April and sentenced to 50 weeks in jail.',
    '“His decision to leave was a shock to all of us,” the coach said.',
    'It means an extra £2,100 a year to anyone who has kept their marriage intact.',
    'But the fling turned into a nightmare within weeks of their first meeting.',
    'First, let’s say what the sale is not and why it matters to shareholders.',
    'The Fetch API intends to fix most of these problems without breaking older pages.',
    'The funny thing is that those images don’t hail from some ancient text at all.',
    'If the rumors are true, this is big news for Star Wars fans around the world.',
    'Among its key findings: the class you’re born into matters more in the U.S. than elsewhere.',
    'As the report states: “The birth lottery matters more in the U.S. than in most rich countries.”',
    'There were also more mundane issues, such as assisting people who had forgotten their passwords.',
    'Well, him and the artist, Pamela Colman Smith, who drew the 78 original cards.',
    'In other words, nobody yet knows when the moment of insight takes place in the brain.',
  ])('leans on what came before: “%s”', (sentence) => {
    expect(leansOnContext(sentence)).toBe(true);
  });

  it.each([
    'The city council approved the new budget on Tuesday after a long debate.',
    'The family of murdered baseball player Chris Lane broke down in court on Monday.',
    'This week the Senate voted to extend the program for another two years.',
    'Greece has denied it will fail to pay a multi-million pound loan to the fund.',
    'First Lady Jill Biden visited the school on Monday to meet teachers.',
    'These days the city council meets only twice a month, officials said.',
    'Aid reached those who had lost their homes in the floods by Friday evening.',
    'The ministry named those killed in the attack on the border post.',
    'Esta semana el gobierno anunció un plan de ayuda para los agricultores.',
    'Este lunes el Congreso votó la reforma de las pensiones.',
    'Estados Unidos anunció nuevas sanciones contra el gobierno de Caracas.',
    'CES 2024 opened in Las Vegas with more than 4,000 exhibitors on Tuesday.',
    'The name might sound like one of those endless score attack games, but the game is divided into levels.',
    'Police vowed that those responsible for the car bombing would be hunted down.',
    'Platforms that fail to stop those under 16 from signing up face fines of up to $50 million.',
    'In its ruling on Wednesday, the Court of International Trade said the tariffs were illegal.',
    'As the pandemic showed, hospitals that run at more than 95 per cent occupancy cannot cope.',
    'Police officials said this is the first time a woman has been appointed to lead the force.',
    'The Hay Festival, which returns this May, will feature more than 500 events.',
    'Estes Park residents were ordered to evacuate as the fire spread on Saturday.',
  ])('stands alone: “%s”', (sentence) => {
    expect(leansOnContext(sentence)).toBe(false);
  });

  it('lets the first sentence open with a description, which introduces there', () => {
    expect(leansOnContext('The woman falsely accused of blackmailing a footballer has been photographed again.', true)).toBe(false);
    expect(leansOnContext('The woman falsely accused of blackmailing a footballer has been photographed again.')).toBe(true);
    expect(leansOnContext('She was falsely accused of blackmailing a footballer last year.', true)).toBe(true);
  });

  it('names a leading “She” only with the name the sentence before writes, and only when no one else is named there', () => {
    const named = points([
      'The bill now goes to the House, where Speaker Nancy Pelosi has said she will hold a vote before the end of the month.',
      'She said the measure was long overdue and that the country could not wait any longer for repairs.',
      'The package includes $110 billion for roads and bridges and $66 billion for passenger and freight rail.',
    ]).map((p) => p.text);
    expect(named).toContain('Nancy Pelosi said the measure was long overdue and that the country could not wait any longer for repairs.');

    const ambiguous = points([
      'Speaker Nancy Pelosi has said she met Senator Susan Collins in the Capitol on Tuesday to discuss the bill.',
      'She said the measure was long overdue and that the country could not wait any longer for repairs.',
      'The package includes $110 billion for roads and bridges and $66 billion for passenger and freight rail.',
    ]).map((p) => p.text);
    expect(ambiguous.some((t) => t.includes('the measure was long overdue'))).toBe(false);
  });

  it('leaves a contraction (“She’s…”) unnamed, and so unchosen', () => {
    const texts = points([
      'The bill now goes to the House, where Speaker Nancy Pelosi has said she will hold a vote before the end of the month.',
      'She’s the first speaker in decades to bring a bill of this size to the floor within a month.',
      'The package includes $110 billion for roads and bridges and $66 billion for passenger and freight rail.',
    ]).map((p) => p.text);
    expect(texts.some((t) => t.includes('the first speaker in decades'))).toBe(false);
  });

  it('never writes a name the article does not write', () => {
    const article = articleFromText(
      [
        'Scotland manager Martin Taylor named his squad for the qualifiers on Thursday after weeks of speculation.',
        'Taylor didn’t know until Wednesday that two of his forwards would miss the games through injury.',
        'He said the squad had enough experience to cope without them in the two away matches.',
        'The team plays Norway in Oslo next Friday before travelling to face Cyprus in Nicosia.',
      ].join('\n\n'),
    );
    const body = article.paragraphs.map((p) => p.text).join(' ');
    for (const point of buildDigest(article, 'long').keyPoints) {
      for (const name of point.text.match(/\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+/gu) ?? []) expect(body).toContain(name);
    }
  });

  describe('a continuation (“But…”, “The 39-year-old…”) is a point only right after the sentence it continues', () => {
    const lede = 'Gary Locke will be confirmed as Kilmarnock’s permanent manager on Friday, eight weeks after taking charge.';
    const continuation = 'The 39-year-old has won seven of his eleven games since he replaced Allan Johnston in February.';
    const story = [
      lede,
      continuation,
      'Kilmarnock are ninth in the Scottish Premiership, eleven points clear of the relegation play-off place.',
      'The club’s new chairman Jim Mann has promised funds for at least four new players in the summer.',
    ];

    it('follows the sentence it continues, in the next point', () => {
      const texts = points(story, 'long').map((p) => p.text);
      expect(texts.indexOf(continuation)).toBe(texts.indexOf(lede) + 1);
    });

    it('is passed over when that sentence is not a point', () => {
      // Too short to be a point, so the description has nothing to lean on.
      const texts = points(['Locke stays.', ...story.slice(1)], 'long').map((p) => p.text);
      expect(texts).not.toContain(continuation);
    });

    it('is never a pronoun: “It…” stays unchosen even after its sentence', () => {
      const chosen = points([lede, 'It ends weeks of talks between the club and the former Hearts manager over a contract.', ...story.slice(2)], 'long');
      expect(chosen.some((p) => p.text.startsWith('It '))).toBe(false);
    });
  });

  it('no point opens with a pronoun, also inside a quotation', () => {
    const texts = points([
      'The minister resigned on Friday after a week of pressure over the government’s handling of the floods.',
      '“His position had become untenable after the report was published,” a senior official said.',
      'They had called for him to step down since the first warnings were ignored by the department.',
      'It was the third resignation from the cabinet this year, after two ministers left in the spring.',
      'A new minister will be appointed next week, the prime minister’s office said in a statement.',
    ]).map((p) => p.text);
    expect(texts.some((t) => /^["“‘']?(?:he|she|they|his|her|their|it|its)\b/iu.test(t))).toBe(false);
  });
});

describe('points say something of the story', () => {
  it.each([
    'I still remember using the first model of the phone for the first time in 2010.',
    'Here are my top 21 films of 2017 and how to watch them at home this winter.',
    'Picture a deck of tarot cards spread out on a velvet table in a dark room.',
    'Many of us have noticed that our best ideas come to us in the shower or on a walk.',
    'Let’s be clear about what the new law does and does not allow employers to do.',
  ])('an aside ranks after the story’s sentences: “%s”', (aside) => {
    const story = [
      'Facebook chief executive Mark Zuckerberg defended the purchase of Instagram at the antitrust trial on Tuesday.',
      'Government lawyers argue the company bought the app to neutralise a rival before it could grow.',
      'The trial is expected to last eight weeks and could force the company to sell both apps.',
    ];
    const chosen = points([aside, ...story], 'short').map((p) => p.text);
    expect(chosen).toEqual(story);
    // With no other sentence to take, an aside is still a point.
    expect(points([aside, story[0]!], 'short').map((p) => p.text)).toContain(aside);
  });

  it.each([
    'Most people killed in Monday’s earthquake were asleep when the buildings collapsed.',
    'Anyone who passed through Terminal 2 on Friday should check they are vaccinated against measles.',
    'Picture book sales in the UK rose by 12 per cent last year, the Publishers Association said.',
    'Let’s Encrypt, the non-profit that issues free security certificates, said it would stop sending expiry emails.',
  ])('news that opens like an aside is none: “%s”', (sentence) => {
    expect(opensAside(sentence)).toBe(false);
  });

  it('a quotation that opens with “I”, and a name that opens with “My” or “Imagine”, are no asides', () => {
    const texts = [
      '“I am not going anywhere,” the prime minister told reporters outside parliament on Monday.',
      'My Chemical Romance announced a reunion tour of twelve cities across North America.',
      'Imagine Dragons will headline the festival’s main stage on the final night in August.',
      'Organisers said tickets for the festival sold out within an hour of going on sale.',
    ];
    expect(points(texts, 'short').map((p) => p.text)).toEqual(texts.slice(0, 3));
  });
});

describe('points cover the story', () => {
  it('takes no two points from one paragraph when the article has paragraphs enough', () => {
    const chosen = points(
      [
        'Heavy rain flooded the city centre on Monday. Hundreds of homes were evacuated overnight. The river rose two metres in six hours.',
        'The mayor declared a state of emergency and asked the national government for help with the clean-up.',
        'Forecasters expect more rain later in the week, with another storm due to reach the coast on Thursday.',
        'Insurers estimate the damage at more than £40 million, the largest flood claim in the region in a decade.',
      ],
      'short',
    );
    expect(new Set(chosen.map((p) => p.paragraph)).size).toBe(chosen.length);
  });
});

describe('points agree with the speaker list', () => {
  it('a point with a quotation names whoever the speaker list credits with it', () => {
    const digest = buildDigest(
      articleFromText(
        [
          'South Dakota Governor Kristi Noem launched an anti-drug campaign on Monday with the slogan “Meth, we’re on it.”',
          'The state paid $449,000 for the campaign, which was designed by an advertising agency from Minneapolis.',
          '“I am on meth too, apparently, and so is the whole state,” one user quipped on Twitter after the launch.',
          'Noem said the ads were meant to get people talking about a crisis that affects every county in the state.',
        ].join('\n\n'),
      ),
      'long',
    );
    for (const point of digest.keyPoints) {
      for (const speaker of digest.speakers) {
        if (speaker.quotes.some((q) => q.paragraph === point.paragraph && q.start >= point.start && q.end <= point.end)) {
          expect([speaker.name, ...speaker.aliases].some((name) => point.text.includes(name))).toBe(true);
        }
      }
    }
  });
});

describe('datelines are cut from the point, not from the page', () => {
  it.each([
    ['(CNN)President Donald Trump said on Monday that the talks would go on.', 'President Donald Trump said on Monday that the talks would go on.'],
    ['Hong Kong (CNN Business)A muddled view of the economy emerged on Friday.', 'A muddled view of the economy emerged on Friday.'],
    ['(The Hollywood Reporter)Stan Freberg, the comic, has died at 88.', 'Stan Freberg, the comic, has died at 88.'],
    ['Washington, DC, United States: Getting to the Moon has been done.', 'Getting to the Moon has been done.'],
    ['Apple (AAPL) shares rose on Monday.', 'Apple (AAPL) shares rose on Monday.'],
    ['Editor’s note: The views are the author’s own.', 'Editor’s note: The views are the author’s own.'],
  ])('%s', (text, expected) => {
    expect(stripDateline(text)).toBe(expected);
  });

  it('keeps source and offsets on the page’s sentence', () => {
    const [first] = points(['(CNN)President Donald Trump said on Monday that the trade talks with China would go on.', 'Markets rose sharply in New York after the announcement, with the Dow up 300 points.']);
    expect(first!.text).toBe('President Donald Trump said on Monday that the trade talks with China would go on.');
    expect(first!.source.startsWith('(CNN)')).toBe(true);
    expect(first!.start).toBe(0);
  });
});

describe('the standfirst', () => {
  const page = (description: string, dek = '') =>
    new JSDOM(
      `<html lang="en"><head><title>Floods hit the city</title><meta property="og:description" content="${description}"></head><body><article><header><h1>Floods hit the city</h1>${dek}</header>` +
        '<p>Heavy rain flooded the city centre on Monday, and hundreds of homes were evacuated overnight as the river rose.</p>' +
        '<p>The mayor declared a state of emergency and asked the national government for help with the clean-up.</p>' +
        '<p>Forecasters expect more rain later in the week, with another storm due to reach the coast on Thursday.</p>' +
        '<p>Insurers estimate the damage at more than £40 million, the largest flood claim in the region in a decade.</p>' +
        '</article></body></html>',
    ).window.document;
  const standfirstOf = (doc: Document) => {
    const result = extractArticle(doc, { force: true });
    return result.kind === 'article' ? result.article.standfirst : undefined;
  };

  it('is the page description when it is not the lede', () => {
    expect(standfirstOf(page('The worst floods in a decade leave hundreds homeless and the clean-up bill rising.'))).toBe(
      'The worst floods in a decade leave hundreds homeless and the clean-up bill rising.',
    );
  });

  it('is the description written beside the headline, even when Readability takes it as the first paragraph', () => {
    const summary = 'Ageing pipes and winter salt make the city’s underground harder to maintain every year.';
    const doc = new JSDOM(
      `<html lang="en"><head><title>Manhole fires</title><meta name="description" content="${summary}"></head><body><article>` +
        `<header><div><h1>Manhole fires and burst pipes</h1></div><p class="summary">${summary}</p><p>By Jane Roe</p></header>` +
        '<section><p>A series of manhole fires in Manhattan forced the evacuation of several theaters this week.</p>' +
        '<p>Utility crews worked through the night to repair the cables, officials said on Thursday.</p>' +
        '<p>The city has more than 200,000 manholes, and about one in fifty catches fire each winter.</p></section>' +
        '</article></body></html>',
    ).window.document;
    const result = extractArticle(doc, { force: true });
    if (result.kind !== 'article') throw new Error('no article');
    expect(result.article.standfirst).toBe(summary);
    expect(buildDigest(result.article, 'long').keyPoints.map((p) => p.text)).not.toContain(summary);
  });

  it('is none when the description only repeats the first sentence', () => {
    expect(standfirstOf(page('Heavy rain flooded the city centre on Monday, and hundreds of homes were evacuated...'))).toBeNull();
  });

  it('prefers a dek element under the headline', () => {
    const dek = '<p class="article-standfirst">Hundreds of homes evacuated as the river rises two metres in six hours.</p>';
    expect(standfirstOf(page('A generic description of the whole site and its many sections.', dek))).toBe(
      'Hundreds of homes evacuated as the river rises two metres in six hours.',
    );
  });

  it('is never longer than the protocol accepts, ellipsis included', () => {
    // A description just under the limit that ends in "..." once came back over it, and the
    // protocol then refused the whole page.
    const long = `${'Residents of the low-lying districts count the cost of the worst floods in years. '.repeat(5).slice(0, MAX_STANDFIRST_CHARS - 1)}...`;
    const doc = page(long);
    const result = extractArticle(doc, { force: true });
    expect(result.kind).toBe('article');
    if (result.kind !== 'article') return;
    expect(result.article.standfirst === null || result.article.standfirst.length <= MAX_STANDFIRST_CHARS).toBe(true);
    expect(isArticle(result.article)).toBe(true);
  });

  it('is none when a cut-short description repeats the lede', () => {
    expect(standfirstOf(page('Heavy rain flooded the city centre on Monday, and hundreds of homes were evac'))).toBeNull();
  });

  it('no point repeats it', () => {
    const standfirst = 'The mayor declared a state of emergency and asked the government for help with the clean-up.';
    const article = {
      ...articleFromText(['Heavy rain flooded the city centre on Monday and hundreds of homes were evacuated overnight.', 'The mayor declared a state of emergency and asked the national government for help with the clean-up.', 'Forecasters expect more rain later in the week, with another storm due on Thursday.'].join('\n\n')),
      standfirst,
    };
    expect(buildDigest(article, 'long').keyPoints.some((p) => p.text.startsWith('The mayor declared'))).toBe(false);
  });

  it('crosses the message protocol only as a string of bounded length, or null', () => {
    const article = articleFromText('Heavy rain flooded the city centre on Monday.');
    expect(isArticle({ ...article, standfirst: 'Hundreds of homes evacuated as the river rises.' })).toBe(true);
    expect(isArticle({ ...article, standfirst: null })).toBe(true);
    expect(isArticle({ ...article, standfirst: 'x'.repeat(MAX_STANDFIRST_CHARS + 1) })).toBe(false);
    expect(isArticle({ ...article, standfirst: 42 })).toBe(false);
  });

  it('is never a key point', () => {
    const standfirst = 'The worst floods in a decade leave hundreds homeless and the clean-up bill rising.';
    const article = {
      ...articleFromText([standfirst, 'Heavy rain flooded the city centre on Monday and hundreds of homes were evacuated overnight.', 'The mayor declared a state of emergency and asked the national government for help.', 'Forecasters expect more rain later in the week, with another storm due on Thursday.'].join('\n\n')),
      standfirst,
    };
    expect(buildDigest(article, 'long').keyPoints.some((p) => p.text === standfirst)).toBe(false);
  });
});
