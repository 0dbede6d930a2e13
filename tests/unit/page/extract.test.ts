import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { MAX_STANDFIRST_CHARS } from '../../../lib/contracts';
import { isArticle, parseExtractResult } from '../../../lib/extension/protocol';
import { extractArticle } from '../../../lib/page/extract';
import { METADATA_LIMITS } from '../../../lib/page/metadata';
import { buildDigest } from '../../../lib/text/digest';
import { readFixture } from '../../corpus';

const extract = (html: string, force = true) => extractArticle(new JSDOM(html, { url: 'https://example.com/' }).window.document, { force });

// A few of Mozilla Readability's test pages (tests/fixtures/readability, Apache-2.0): news in three
// languages, and pages that are not news (a product page, a synthetic snippet, an RFC, a fairy tale
// in Japanese). `npm run eval:robustness` runs the same check over all 130 pages of the corpus.
describe.each([
  ['wapo-2', 'news'],
  ['heise', 'news'],
  ['lemonde-1', 'news'],
  ['mozilla-2', 'other'],
  ['lazy-image-3', 'other'],
  ['ietf-1', 'other'],
  ['hukumusume', 'other'],
])('Readability test page %s (%s)', (folder, kind) => {
  const html = readFixture(`readability/${folder}/source.html`);
  const expected = JSON.parse(readFixture(`readability/${folder}/expected-metadata.json`)) as { title: string; readerable: boolean };

  it("is judged an article exactly when Readability's own test says it is readerable", () => {
    expect(extract(html, false).kind === 'article').toBe(expected.readerable);
  });

  it('gets a digest or a plain reason when forced, never an exception', () => {
    const result = extract(html);
    if (result.kind !== 'article') {
      expect(['no-content', 'too-long']).toContain(result.reason);
      return;
    }
    expect(result.article.title).toBe(expected.title);
    const digest = buildDigest(result.article, 'long');
    expect(digest.keyPoints.length).toBeLessThanOrEqual(7);
    if (kind === 'news') expect(digest.keyPoints.length).toBeGreaterThanOrEqual(3);
    for (const speaker of digest.speakers) expect(speaker.quotes.length).toBeGreaterThan(0);
  });
});

describe('pages that are odd', () => {
  it('drops text meant for screen readers and link notes, which would glue onto the words around', () => {
    const result = extract(
      '<html><body><article><p>The company <a href="/x">said<span class="external-link-icon">Opens a new window </span></a> that sales rose. ' +
        '<span class="sr-only">Advertisement</span>Profits doubled in the last quarter of the year, the company said in its report.</p></article></body></html>',
    );
    expect(result.kind === 'article' && result.article.paragraphs[0]!.text).toBe(
      'The company said that sales rose. Profits doubled in the last quarter of the year, the company said in its report.',
    );
  });

  it('drops the same notes in the other languages Gist reads, and text hidden by a "-vh" class', () => {
    const result = extract(
      '<html><body><article><p>Quantumscape versprach <a href="/x">seinen Investoren<span class="go-vh">(öffnet im neuen Fenster)</span></a> einen neuen Akku. ' +
        'Le groupe a <a href="/y">annoncé<span class="icon">(s’ouvre dans une nouvelle fenêtre)</span></a> une hausse de ses ventes.</p></article></body></html>',
    );
    expect(result.kind === 'article' && result.article.paragraphs[0]!.text).toBe(
      'Quantumscape versprach seinen Investoren einen neuen Akku. Le groupe a annoncé une hausse de ses ventes.',
    );
  });

  it('reads a sentence whose pieces a framework split with empty comments (<!-- -->) as one paragraph', () => {
    const sentence =
      'NEW DELHI: Pakistan’s approach to countering <!-- -->militancy<!-- --> is evolving as its army’s operation <!-- -->Azm-e-Istehkam<!-- --> focuses on what it calls <!-- -->digital terrorism<!-- -->.';
    const more = ' The army chief has repeatedly warned that digital platforms are being exploited to spread misinformation against state institutions.';
    const result = extract(`<html><body><div class="story">${sentence}<br/>${more.repeat(3)}<div class="ad"></div></div></body></html>`);
    expect(result.kind === 'article' && result.article.paragraphs[0]!.text).toBe(
      'NEW DELHI: Pakistan’s approach to countering militancy is evolving as its army’s operation Azm-e-Istehkam focuses on what it calls digital terrorism.',
    );
  });

  it('an empty document is not an article', () => {
    expect(extract('<html><body></body></html>', false)).toEqual({ kind: 'not-article', reason: 'not-readerable' });
    expect(extract('<html><body></body></html>')).toEqual({ kind: 'not-article', reason: 'no-content' });
  });

  it('a 5 MB page is too long, said plainly', () => {
    const paragraph = `<p>${'The council met again today to discuss the budget and the schools. '.repeat(40)}</p>`;
    const html = `<html><body><article>${paragraph.repeat(Math.ceil(5_000_000 / paragraph.length))}</article></body></html>`;
    expect(html.length).toBeGreaterThan(5_000_000);
    expect(extract(html)).toEqual({ kind: 'not-article', reason: 'too-long' });
  });

  it('a page of tables only gets its text or a plain reason', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `<tr><td>Team ${i}</td><td>${i * 3} points</td><td>${i} wins this season so far</td></tr>`).join('');
    const result = extract(`<html><body><table>${rows}</table></body></html>`);
    if (result.kind === 'article') expect(() => buildDigest(result.article)).not.toThrow();
    else expect(result.reason).toBe('no-content');
  });
});

describe('the paragraphs of an article (paragraphsOf)', () => {
  it('a short paragraph that is (nearly) all link text is a teaser or promo, never a point', () => {
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

  it('a caption marked by its class rather than by <figcaption> is a caption, never a point', () => {
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
    expect(
      buildDigest(result.article, 'long')
        .keyPoints.map((p) => p.text)
        .some((t) => t.startsWith('Users who run')),
    ).toBe(false);
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
    // A description just under the limit that ends in "...": over the limit, the protocol would
    // refuse the whole page.
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
});

describe('metadata a page cannot inflate', () => {
  it('caps each field at extraction, and keeps only a language tag shaped like one', () => {
    const big = 'Word '.repeat(700_000);
    const page = (lang: string) =>
      new JSDOM(
        `<html lang="${lang}"><head><title>${big}</title><meta name="author" content="${big}"><meta property="og:site_name" content="${big}"></head>` +
          `<body><article>${'<p>The council met on Monday and voted to approve the new budget for the coming year after a long debate.</p>'.repeat(8)}</article></body></html>`,
        { url: 'https://news.example/a' },
      ).window.document;
    const result = extractArticle(page('en-'.repeat(20_000)), { url: 'https://news.example/a' });
    if (result.kind !== 'article') throw new Error(result.reason);
    const { title, byline, siteName, lang } = result.article;
    expect(title.length).toBeLessThanOrEqual(METADATA_LIMITS.title);
    expect(title.endsWith('…')).toBe(true);
    expect(byline!.length).toBeLessThanOrEqual(METADATA_LIMITS.byline);
    expect(siteName!.length).toBeLessThanOrEqual(METADATA_LIMITS.siteName);
    expect(lang).toBeNull();
    expect(parseExtractResult(result)).not.toBeNull();
    const fine = extractArticle(page('pt-BR'), { url: 'https://news.example/a' });
    expect(fine.kind === 'article' && fine.article.lang).toBe('pt-BR');
  });
});
