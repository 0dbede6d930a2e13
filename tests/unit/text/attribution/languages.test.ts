/**
 * Attribution in the languages read from a lexicon file (public/lexicons/): the cue shapes of each
 * language, on sentences written for these tests in the style of each language's news agencies.
 */
import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../../../cli/lexicons';
import { articleFromText } from '../../../../lib/text/article-text';
import { attributeQuotes } from '../../../../lib/text/attribution/attribute';
import { medianMs } from '../../support/timing';

/** Speaker of each quotation (by its first word) with the minimum confidence the digest uses. */
function speakers(lang: string, text: string, minConfidence?: number): Record<string, string> {
  const result = attributeQuotes(articleFromText(text).paragraphs, lang, {
    lexicon: lexiconFor(lang),
    ...(minConfidence === undefined ? {} : { minConfidence }),
  });
  const byQuote: Record<string, string> = {};
  for (const speaker of result.speakers) for (const quote of speaker.quotes) byQuote[quote.text.split(/\s+/u)[0]!] = speaker.name;
  return byQuote;
}

describe('German', () => {
  it.each([
    [
      '„…“, sagte Name',
      'Die Koalition streitet über den Haushalt. „Wir werden die Schuldenbremse einhalten“, sagte Finanzminister Christian Lindner am Montag in Berlin.',
      { Wir: 'Christian Lindner' },
    ],
    ['„…“, so Name', 'Olaf Scholz verteidigte den Kompromiss. „Das ist ein guter Tag für Deutschland“, so Scholz.', { Das: 'Olaf Scholz' }],
    [
      '«…», sagt Rolle Name',
      '«Wann immer wir eine solche Einmischung vermuten, müssen wir schnell handeln», sagt EU-Kommissionspräsidentin Ursula von der Leyen.',
      { Wann: 'Ursula von der Leyen' },
    ],
    [
      '»…«, so Name / Name sagte: »…« (reversed guillemets)',
      'Olaf Scholz verteidigte den Kompromiss. »Das ist ein guter Tag«, so Scholz. Friedrich Merz sagte: »Es reicht nicht.«',
      { Das: 'Olaf Scholz', Es: 'Friedrich Merz' },
    ],
    ['Name sagte: „…“', 'Annalena Baerbock sagte: „Wir stehen fest an der Seite der Ukraine.“', { Wir: 'Annalena Baerbock' }],
    ['„…“, sagte er', 'Bundeskanzler Olaf Scholz reiste nach Paris. „Wir brauchen eine starke Europäische Union“, sagte er.', { Wir: 'Olaf Scholz' }],
    [
      '„…“, any verb + sich + Name',
      'Arthur Kluckers gewann das Rennen. „Das ist einfach etwas ganz Tolles“, freut sich Kluckers nach der Zielankunft.',
      { Das: 'Arthur Kluckers' },
    ],
    [
      '„…“, separable verb + Name … klar',
      '„Die Regierung muss sich jetzt endlich bewegen“, stellt Gewerkschaftschefin Nora Back nach ihrer Rede klar.',
      { Die: 'Nora Back' },
    ],
    [
      '„…“, verb + adverb + der Noun Name',
      'Alexandre Kess fuhr auf Platz drei. „Insgesamt bin ich wirklich zufrieden heute“, meint derweil der Drittplatzierte Kess.',
      { Insgesamt: 'Alexandre Kess' },
    ],
    [
      '„…“, verb + nouns of no list + Name von Ort',
      '„Das ist immer noch deutlich mehr als bisher“, erklärt Endokrinologe und Ernährungsmediziner Andreas Pfeiffer von der Berliner Charité. „Hier beträgt der Preis rund 220 Euro“, sagt Pfeiffer.',
      { Das: 'Andreas Pfeiffer', Hier: 'Andreas Pfeiffer' },
    ],
    [
      '„…“, sagte + a surname that is also a common word ("Lang"), read in full before',
      'Ricarda Lang kritisiert Julia Klöckner. Der Vergleich mit Klöckners Vorgängern fällt deutlich aus. „Wolfgang Schäuble hatte klare Positionen“, sagte Lang. Diese Politik spalte, so Lang, „die Gesellschaft insgesamt“.',
      { Wolfgang: 'Ricarda Lang', die: 'Ricarda Lang' },
    ],
    [
      '„…“, so die + a role whose masculine ends in -e ("Expertin", "Experte"): the one woman in focus',
      'Volker Brühl hält wenig davon. Dass Banken kämen, heiße nichts, sagt Christiane Neumüller. „Verbraucher wechseln nur mit Anreizen“, so die Expertin.',
      { Verbraucher: 'Christiane Neumüller' },
    ],
    [
      'a name right after a body’s noun is the body’s: Verb + Name: „…“',
      'Die Gewerkschaft Komba zeigt sich entrüstet. In einer Stellungnahme schreibt Komba: „So heilt man den Fachkräftemangel nicht.“',
      { So: 'Komba' },
    ],
    [
      'particle + subject + verb: „…“',
      'Nico Elvedi spielte durch. Auch Teamkollege Nico Elvedi haderte mit der neuen Regel: „Ich verstehe einfach nicht, wie der VAR entscheidet.“',
      { Ich: 'Nico Elvedi' },
    ],
    [
      'adverbial + auxiliary + subject … participle: „…“',
      'Kate Moss gründete eine Agentur. Bei ihrer Erfolgsgeschichte hat sich Moss allerdings auf sich selbst verlassen: „Ich war schon immer unabhängig.“',
      { Ich: 'Kate Moss' },
    ],
  ])('%s', (_shape, text, expected) => {
    expect(speakers('de', text, 0)).toEqual(expected);
  });

  it('a capitalised noun beside a verb is no speaker (every German noun has a capital)', () => {
    const text = 'Der Wermutstropfen bleibt. „Die Kassen zahlen das Medikament nicht“, sagte Wermutstropfen Berlin gestern.';
    expect(Object.values(speakers('de', text, 0))).not.toContain('Wermutstropfen');
  });

  it('indirect speech handed over with ", so Name": its partial quotation is the name’s', () => {
    const text = 'Die Schweiz habe „das Momentum auf unserer Seite“ gehabt, so Nationaltrainer Murat Yakin nach dem Spiel.';
    expect(speakers('de', text, 0)).toEqual({ das: 'Murat Yakin' });
  });

  it('a quotation opening the sentence after one whose subject is a titled person is that person’s, its closing „…“ mark ending the paragraph', () => {
    const text =
      'Der Trierer Politikwissenschaftler Uwe Jun stellt dem Ausschuss ein gutes Zeugnis aus. „Die Gespräche waren häufig von Sachlichkeit geprägt und sind den Dingen auf den Grund gegangen.“';
    expect(speakers('de', text, 0)).toEqual({ Die: 'Uwe Jun' });
  });

  it('a description by a noun no list holds is the one person in focus of its gender ("der" a man), and no one when two could be meant', () => {
    const one = [
      'Hendrik Pfeiffer lief als zweitbester Deutscher ins Ziel.',
      '„Wir haben heute eine gute Show geboten“, fand der 31-Jährige nach dem Rennen.',
    ].join('\n\n');
    expect(speakers('de', one, 0)).toEqual({ Wir: 'Hendrik Pfeiffer' });
    const shout = '„Wir haben heute eine gute Show geboten“, fand der 31-Jährige nach dem Rennen.';
    expect(speakers('de', ['Hendrik Pfeiffer lief als Zweiter ins Ziel. Katrin Albers kam kurz danach an.', shout].join('\n\n'), 0)).toEqual({
      Wir: 'Hendrik Pfeiffer',
    });
    expect(speakers('de', ['Hendrik Pfeiffer lief als Zweiter ins Ziel. Sebastian Hendel kam kurz danach an.', shout].join('\n\n'), 0)).toEqual({});
  });

  it('a clause after a quotation that is no cue names no one: „…“, und Name…, „…“, heißt es', () => {
    const text = [
      'Olaf Scholz sprach lange vor dem Bundestag über den Haushalt.',
      '„Die Lage bleibt angespannt“, heißt es in Regierungskreisen.',
      '„Das Geld reicht nicht für alle Vorhaben der Koalition“, und Friedrich Merz nickte.',
    ].join('\n\n');
    expect(speakers('de', text, 0)).toEqual({});
  });

  it('a body described by its noun is named without its article, in any case ("der Verbraucherzentrale" is "Verbraucherzentrale")', () => {
    const text = 'Das Phishingradar der Verbraucherzentrale warnt: „Viele solche Nachrichten sind derzeit unterwegs.“';
    expect(speakers('de', text, 0)).toEqual({ Viele: 'Verbraucherzentrale' });
    expect(speakers('fr', '« Nous enquêtons dans toutes les directions », a déclaré la police.', 0)).toEqual({ Nous: 'police' });
  });

  it('who quotes someone else after a quotation („…“, zitierte der Daily Star…) is not its speaker', () => {
    const text = 'Der Autor Mario Reading hat ein Buch geschrieben. Ein „neuer König wird den Thron besteigen“, zitierte der Daily Star nun den Autor.';
    expect(Object.values(speakers('de', text, 0))).not.toContain('Daily Star');
  });

  it('a title after the noun of a work is no speech, in a compound too ("in der BBC-Radiosendung "Desert Island Discs"", « son livre « … »)', () => {
    const german = 'Kate Moss führt eine Agentur. Sie trinke nicht mehr, sagte sie in der BBC-Radiosendung "Desert Island Discs".';
    expect(speakers('de', german, 0)).toEqual({});
    const french = 'Le ministre Jean Dupont a présenté mardi son livre « La France debout ». « Nous devons agir », a-t-il déclaré.';
    expect(speakers('fr', french, 0)).toEqual({ Nous: 'Jean Dupont' });
  });

  it('a person’s name set in capitals in a caption stays a person’s, and "sie" can mean her', () => {
    const text = 'KATE MOSS trägt einen Look von Valentino. Kate Moss ist Unternehmerin. Es geht ihr um Balance. „Ich liebe das Leben“, sagte sie.';
    const result = attributeQuotes(articleFromText(text).paragraphs, 'de', { lexicon: lexiconFor('de'), minConfidence: 0 });
    expect(result.speakers.map((s) => [s.name, s.kind])).toEqual([['Kate Moss', 'person']]);
  });

  it('a description after "so" is one man with "der"; with two men in focus, the one the paragraph has just named', () => {
    const text =
      'Alexandre Kess wurde Dritter. „Insgesamt bin ich zufrieden“, meint Kess.\n\nLob gab es auch von Alex Kirsch. „Es war ein schweres Rennen“, so der Zehntplatzierte.';
    expect(speakers('de', text, 0)).toEqual({ Insgesamt: 'Alexandre Kess', Es: 'Alex Kirsch' });
    // "die" after "so" may be many: no verb tells the number.
    expect(speakers('de', 'Lob gab es von Anna Kirsch. „Es war ein schweres Rennen“, so die Forscher.', 0)).toEqual({});
  });

  it('a name no list holds is a name once the article gives it speech ("sagte Mengesha", an interview’s "Liat: „…“")', () => {
    const race = 'Übrig blieb ein Außenseiter: Milkesa Mengesha, ebenfalls aus Äthiopien. „Es war gut, dass mich niemand gezählt hat“, sagte Mengesha.';
    expect(speakers('de', race, 0)).toEqual({ Es: 'Milkesa Mengesha' });
    const interview = [
      'Liat Atzili wurde im Oktober entführt. Das erfuhr Liat Atzili erst später. Auch hier hatte Liat Glück.',
      'Haben sie dir Angst gemacht?',
      'Liat: „Nicht besonders. Beide hatten Waffen, aber sie bedrohten mich nicht.“',
    ].join('\n\n');
    const result = attributeQuotes(articleFromText(interview).paragraphs, 'de', { lexicon: lexiconFor('de'), minConfidence: 0 });
    // A pair written once ("hatte Liat Glück") is no name: a noun can follow a given name.
    expect([...result.speakers, ...result.mentioned].map((s) => s.name)).toEqual(['Liat Atzili']);
    expect(result.speakers[0]!.quotes).toHaveLength(1);
  });

  it('a sentence that quotes no one and tells of another person hands the turn over: „…“, sagt Pfeiffer. Aberle geht … aus. „…“', () => {
    const text =
      '„Hier beträgt der Listenpreis rund 220 Euro für eine Packung“, sagt Andreas Pfeiffer. Jens Aberle geht bei „Wegovy“ von etwa 300 Euro pro Monat aus. „Wirklich wissen wir es erst, wenn die Ware in die deutschen Apotheken geliefert wird.“';
    expect(speakers('de', text, 0)).toMatchObject({ Hier: 'Andreas Pfeiffer', Wirklich: 'Jens Aberle' });
  });

  it('an answer standing alone in an interview is the person in focus, at the confidence the digest uses', () => {
    const interview = [
      'Katrin Albers wurde im Oktober entführt. Heute lebt Albers in Kirjat Gat.',
      'Hatten die Männer Waffen?',
      'Albers: „Nicht besonders viele. Beide hatten Waffen, aber sie bedrohten mich nicht.“',
      'Konnten Sie sich verstecken?',
      '„Nein, und das auch zurecht. Das Haus war komplett offen, ich konnte mich drinnen nicht verstecken. Ich wusste nicht, was mit meinem Mann und meinen Kindern geschehen war, und ich hatte keine Wahl. Sie ließen mich duschen und frische Kleidung anziehen, und sie wuschen sogar meine alte Kleidung. Die ganze Zeit habe ich geweint, und sie baten mich immer wieder, zu essen und zu trinken.“',
    ].join('\n\n');
    expect(speakers('de', interview)).toEqual({ Nicht: 'Katrin Albers', 'Nein,': 'Katrin Albers' });
  });

  it('"Also mentioned" holds names, not what follows them: a genitive, a conjunction opening the sentence, "eine Art"', () => {
    const text = [
      'Sebastian Hendel lief die Strecke. Im Ziel kämpfte Hendel mit den Tränen.',
      'Mit dem Marathon wird Sebastian Hendels Karriere enden. Sebastian Hendels 2:10:37 Stunden reichten nicht.',
      'Kristina Hendel wartete. Es entstand eine Art Zimmer im Zelt.',
      'Obwohl Milkesa Mengesha lange zurücklag, gewann er. „Es war ein gutes Rennen“, sagte Mengesha.',
    ].join('\n\n');
    const result = attributeQuotes(articleFromText(text).paragraphs, 'de', { lexicon: lexiconFor('de'), minConfidence: 0 });
    expect(result.mentioned.map((m) => m.name)).toEqual(['Sebastian Hendel', 'Kristina Hendel']);
    expect(result.speakers.map((s) => s.name)).toEqual(['Milkesa Mengesha']);
  });

  it('a verb of calling or praising gives its subject the words it quotes ("würdigte … als „…“", « a qualifié … de « … »)', () => {
    const german =
      'Bundespräsident Frank-Walter Steinmeier kondolierte der Familie. Er würdigte den Schriftsteller als „Grandseigneur der lateinamerikanischen Literatur“.';
    expect(speakers('de', german, 0)).toEqual({ Grandseigneur: 'Frank-Walter Steinmeier' });
    const french = 'Le ministre Jean Dupont a parlé lundi. Il a qualifié la réforme de « véritable catastrophe pour le pays ».';
    expect(speakers('fr', french, 0)).toEqual({ véritable: 'Jean Dupont' });
  });

  it('"von" after a surname says where someone works; after a given name it is part of the name', () => {
    const text = '„Wir brauchen mehr Daten“, sagte Alex Kirsch von Lidl. „Europa muss handeln“, sagte Ursula von der Leyen.';
    expect(speakers('de', text, 0)).toEqual({ Wir: 'Alex Kirsch', Europa: 'Ursula von der Leyen' });
  });

  it('a block quote without marks is the person its credit line names, a surname that is also a common word included', () => {
    const paragraphs = [
      { text: 'Das Narrativ sei nichts Neues, meint Russlandexperte Nico Lange.', kind: 'text' as const },
      { text: 'Weil viele Männer im Krieg sterben, will Putin das System zusammenhalten.', kind: 'quote' as const },
      { text: 'Nico Lange, Russlandexperte', kind: 'caption' as const },
    ];
    const result = attributeQuotes(paragraphs, 'de', { lexicon: lexiconFor('de'), minConfidence: 0 });
    expect(result.speakers.map((s) => [s.name, s.quotes.map((q) => q.text)])).toEqual([['Nico Lange', [paragraphs[1]!.text]]]);
  });

  it('someone named only inside a noun phrase of the listener ("gegenüber AFP") is not the speaker', () => {
    const text = '„Es gibt extreme Fehlinformationen über Ivermectin“, sagte John Lednicky, Virologe an der Universität von Florida, gegenüber AFP.';
    expect(speakers('de', text, 0)).toEqual({ Es: 'John Lednicky' });
  });
});

describe('German on hostile text', () => {
  // Ten times the input should take about ten times as long; quadratic work took 100 times as long.
  it.each([
    ['a chain of genitives', (n: number) => Array.from({ length: n / 4 }, () => 'Hendels Karriere Hendel Hendels').join(' ')],
    ['a speech verb before an endless word', (n: number) => `Sagte ${'a'.repeat(n * 6)} ${'Ab '.repeat(n / 2)}`],
  ])('grows linearly on %s', (_name, make) => {
    const read = (text: string) => () => attributeQuotes(articleFromText(text).paragraphs, 'de', { lexicon: lexiconFor('de') });
    const [small, large] = [make(1_000), make(10_000)];
    const perChar = (text: string) => medianMs(read(text)) / text.length;
    expect(perChar(large) / perChar(small)).toBeLessThan(4);
  });
});

describe('French', () => {
  it.each([
    ['« … », a déclaré Nom', '« Nous ne céderons pas », a déclaré Emmanuel Macron lundi soir.', { Nous: 'Emmanuel Macron' }],
    [
      '« … », explique-t-elle',
      'Marine Tondelier dirige les Écologistes. « Le climat doit rester au cœur du débat », explique-t-elle.',
      { Le: 'Marine Tondelier' },
    ],
    ['« … », a-t-il ajouté', 'Gabriel Attal a pris la parole. « Ce budget est responsable », a-t-il ajouté.', { Ce: 'Gabriel Attal' }],
    ['selon Nom', 'La réforme sera votée avant l’été, « sans aucun doute possible », selon Gabriel Attal.', { sans: 'Gabriel Attal' }],
  ])('%s', (_shape, text, expected) => {
    expect(speakers('fr', text, 0)).toEqual(expected);
  });
});

describe('Spanish', () => {
  it.each([
    [
      '«…», afirmó la alcaldesa Nombre',
      '«Es lo más importante que este ayuntamiento hará en años», afirmó la alcaldesa Elena Márquez.',
      { Es: 'Elena Márquez' },
    ],
    ['«…», dijo Nombre', 'El Gobierno presentó el plan. «No vamos a subir los impuestos», dijo Pedro Sánchez.', { No: 'Pedro Sánchez' }],
    ['según Nombre', 'El acuerdo llegará «en las próximas semanas», según Carlos Cuerpo.', { en: 'Carlos Cuerpo' }],
  ])('%s', (_shape, text, expected) => {
    expect(speakers('es', text, 0)).toEqual(expected);
  });

  it('a verb without a subject goes to the person in focus; a subject the rules cannot read goes to no one', () => {
    expect(speakers('es', 'Pedro Sánchez habló ante el Congreso. «No vamos a retroceder», añadió.', 0)).toEqual({ No: 'Pedro Sánchez' });
    expect(speakers('es', 'Pedro Sánchez habló ante el Congreso. «Recibía amenazas constantemente», declaró la vecina del quinto piso.', 0)).toEqual({});
  });
});

describe('Italian and Portuguese', () => {
  it.each([
    ['it', '«Il governo andrà avanti fino alla fine della legislatura», ha detto Giorgia Meloni.', { Il: 'Giorgia Meloni' }],
    ['it', 'Il piano sarà approvato «entro la fine dell’anno», secondo Giancarlo Giorgetti.', { entro: 'Giancarlo Giorgetti' }],
    ['pt', '"Vamos trabalhar para reconstruir o país", disse Luiz Inácio Lula da Silva.', { Vamos: 'Luiz Inácio Lula da Silva' }],
    ['pt', 'O plano será aprovado "ainda este ano", segundo Fernando Haddad.', { ainda: 'Fernando Haddad' }],
  ])('%s: %s', (lang, text, expected) => {
    expect(speakers(lang, text, 0)).toEqual(expected);
  });
});

describe('without its lexicon', () => {
  it('a page in one of these languages is left unattributed rather than read with English rules', () => {
    const text = '«Es lo más importante que este ayuntamiento hará en años», afirmó la alcaldesa Elena Márquez.';
    const result = attributeQuotes(articleFromText(text).paragraphs, 'es', { minConfidence: 0 });
    expect(result.speakers).toEqual([]);
    expect(result.unattributed).toHaveLength(1);
  });
});
