import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../../lib/text/terms';

describe('guessLanguage', () => {
  it.each([
    ['es', 'El presidente dijo que el gobierno no aceptará las condiciones de la oposición en el congreso.'],
    ['fr', 'Le président a déclaré que le gouvernement ne va pas accepter les conditions de l’opposition.'],
    ['de', 'Der Präsident sagte, dass die Regierung die Bedingungen der Opposition nicht akzeptieren wird.'],
    ['en', 'The president said that the government would not accept the conditions set by the opposition.'],
  ])('guesses %s from the stop words', (lang, text) => {
    expect(guessLanguage(text)).toBe(lang);
  });
});
