/** Key points on pages in the lexicon languages: what leans on the sentence before, in each language. */
import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../../../cli/lexicons';
import { articleFromText } from '../../../../lib/text/article-text';
import { buildDigest } from '../../../../lib/text/digest';
import { splitSentences } from '../../../../lib/text/sentences';

const points = (lang: string, paragraphs: string[]) =>
  buildDigest({ ...articleFromText(paragraphs.join('\n\n'), { title: 'Titel' }), lang }, 'long', { lexicon: lexiconFor(lang) }).keyPoints.map((p) => p.text);

describe('a point does not open with what leans on the sentence before', () => {
  it.each([
    ['de', 'Gleichzeitig stiegen die Preise für Strom und Gas im ganzen Land deutlich an.'],
    ['de', 'Sie hatte bereits im vergangenen Jahr einen ähnlichen Antrag im Stadtrat gestellt.'],
    ['de', 'Mehr als neun Monate später hat sie das Buch immer noch nicht angefangen.'],
    ['de', 'Denn Hendel hatte am College in New York seine heutige Frau kennengelernt.'],
    ['de', 'Und die Männer legten zwar auch ohne Topleute rasant los, fielen aber bald zurück.'],
    ['fr', 'Cependant, le gouvernement refuse de revenir sur la réforme des retraites votée en mars.'],
    ['es', 'Sin embargo, el Gobierno no ha aclarado cuándo entrará en vigor la nueva ley de vivienda.'],
    ['it', 'Tuttavia il governo non ha ancora deciso quando entrerà in vigore la nuova legge.'],
    ['pt', 'No entanto, o governo ainda não decidiu quando a nova lei entrará em vigor no país.'],
  ])('%s: “%s”', (lang, leaning) => {
    // First in the article, it has nothing before it to lean on.
    const chosen = points(lang, [leaning, 'Ein zweiter Absatz steht für sich allein und nennt eine weitere Tatsache über den Haushalt.']);
    expect(chosen).not.toContain(leaning);
    expect(chosen).toHaveLength(1);
  });

  it('a German subject pronoun after the verb stands when a person named before it in the sentence accounts for it, or when it is the polite “Sie”', () => {
    const named = 'Am Montag traf Bundeskanzler Olaf Scholz in Paris ein und er sprach sofort mit dem Präsidenten.';
    const polite = 'Im Rathaus können Sie den Antrag ab Montag auch ohne Termin abgeben.';
    const unnamed = 'Am Dienstag reiste er nach Berlin zurück und sprach dort mit der Presse.';
    expect(points('de', [named, polite, unnamed])).toEqual([named, polite]);
  });

  it('in a language without a lexicon file, nothing is taken for one of these', () => {
    const chosen = points('nl', [
      'Gleichzeitig stiegen die Preise für Strom und Gas im ganzen Land deutlich an.',
      'De gemeenteraad heeft dinsdag met grote meerderheid de nieuwe begroting goedgekeurd.',
    ]);
    expect(chosen).toContain('Gleichzeitig stiegen die Preise für Strom und Gas im ganzen Land deutlich an.');
  });
});

describe('German dates', () => {
  it('“am 17. März” stays in one sentence; a function word after a number opens the next', () => {
    expect(
      splitSentences('Die Wahl findet am 17. März statt. Er erhielt 12. Das reicht nicht. Der 2. Weltkrieg endete 1945.', 0, 'de').map((s) => s.text),
    ).toEqual(['Die Wahl findet am 17. März statt.', 'Er erhielt 12.', 'Das reicht nicht.', 'Der 2. Weltkrieg endete 1945.']);
  });
});
