import { describe, expect, it } from 'vitest';
import { clutterAmong, CLUTTER_PARAGRAPHS, CLUTTER_SENTENCES, isPageChrome, MAX_NOTICE_CHARS } from '../../../lib/text/clutter';

/** A sentence that is not the article's prose, as key points judge it. */
const isNotProse = (sentence: string) => clutterAmong(sentence, CLUTTER_SENTENCES, MAX_NOTICE_CHARS) !== null;
/** A paragraph whose sentences are never points: a caption or a credit (page chrome aside). */
const isCaptionParagraph = (paragraph: string) => !['page chrome', null].includes(clutterAmong(paragraph, CLUTTER_PARAGRAPHS));

describe('a sentence that is not the article’s prose (CLUTTER_SENTENCES)', () => {
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
    ['a guide’s credit', 'Adrienne So, Martin Cizmar, and Matt Jancer contributed to this guide.'],
    ['an editor’s note', "Please note that this is the first half of the writer's two-part story."],
    ['a pointer to another page', 'The second half of the story can be found here.'],
    ['a reading time glued to the date', '15.04.2026 - 15:48 UhrLesedauer: 2 Min.'],
    ['a German teaser', 'Was hinter dem sanktionierten Tanker steckt.'],
    ['a German click prompt', 'Erst wenn Sie hier klicken, werden die Grafiken nachgeladen.'],
    ['a German consent note', 'Um Ihre künftigen Besuche zu erleichtern, speichern wir Ihre Zustimmung in den Datenschutzeinstellungen.'],
    ['a German embed notice', 'Für die Darstellung von ZDFheute Infografiken nutzen wir die Software von Datawrapper.'],
    ['a German affiliate note', 'Im Falle eines Kaufs des Produkts nach Klick auf den Link erhalten wir ggf. eine Provision.'],
    ['a Portuguese affiliate note', 'Ao comprar por estes links, podemos receber uma comissão.'],
    ['a shopping disclaimer', 'The products or services listed have been selected independently by journalists after hands-on testing.'],
    ['a registration prompt', 'You can save this article by registering for free here.'],
    ['a newsletter form’s consent', 'By signing up you consent to receive the above newsletter from Postmedia Network Inc.'],
    ['a newsletter form’s error', 'We encountered an issue signing you up.'],
  ])('not %s', (_name, sentence) => {
    expect(isNotProse(sentence)).toBe(true);
  });

  it.each([
    'The Senate voted 68 to 32 on Tuesday to pass the infrastructure bill.',
    'Scientists on Monday unveiled the first global geological map of Saturn’s moon Titan.',
    'Readers who get their news from social media were more likely to believe the claim, the study found.',
    'The governor said the campaign would be delivered in schools across the state next year.',
    'Wir erhalten eine Provision von fünf Prozent, sagte der Händler.',
    // Closing marks of other languages end a sentence as a full stop does.
    'Der Politikwissenschaftler sagt: „Es war vergleichsweise wenig parteipolitische Polemik erkennbar.“',
    'Der Kanzler sagte: »Wir schaffen das«',
    'Die Ministerin sagte, das sei ‚eine Frage der Zeit‘',
    'Was folgt, ist eine lange Debatte im Bundestag.',
    'Wie erwartet hat die Zentralbank die Zinsen erhöht.',
    'Wer die Wahl gewinnt, steht erst am Sonntag fest.',
  ])('prose: “%s”, neither as a sentence nor as a paragraph', (sentence) => {
    expect(isNotProse(sentence) || isCaptionParagraph(sentence)).toBe(false);
  });
});

describe('a paragraph that is a caption or a credit (CLUTTER_PARAGRAPHS)', () => {
  it('a short paragraph that ends with a slashed credit, though its sentence alone is prose', () => {
    const caption = 'The first global geologic map of Titan. (NASA/JPL-Caltech/ASU)';
    expect(isNotProse('The first global geologic map of Titan.')).toBe(false);
    expect(isCaptionParagraph(caption)).toBe(true);
  });

  it.each([
    'A new Bill would require telecommunications service providers to store so-called ‘metadata’ for two years. Source: Supplied',
    'Fans queue outside the stadium before the final on Saturday. Picture: Getty Images',
    '图为马素湘在澳大利亚悉尼游玩时的近影。',
  ])('a caption that ends in its credit or opens as one: “%s”', (paragraph) => {
    expect(isCaptionParagraph(paragraph)).toBe(true);
  });

  it('not prose that names a source in passing', () => {
    expect(isCaptionParagraph('The figures come from the census bureau. Source of the leak: a senior official said on Monday.')).toBe(false);
    expect(isCaptionParagraph('A new Bill would require providers to store so-called metadata for two years.')).toBe(false);
  });
});

describe('page chrome (isPageChrome)', () => {
  it.each([
    'Read more',
    'Advertisement',
    'Sign up for our newsletter',
    'Source link',
    'Scroll to Top',
    'Leave a Comment',
    'Share this article',
    'Your email address will not be published. Required fields are marked *',
  ])('drops “%s”', (line) => {
    expect(isPageChrome(line)).toBe(true);
  });

  it.each(['Read the statement in full, officials said, before the vote on Tuesday afternoon in the capital city.', 'She signed up for the army in 1998.'])(
    'keeps “%s”',
    (line) => {
      expect(isPageChrome(line)).toBe(false);
    },
  );
});
