/**
 * Writes the given names of each lexicon file (public/lexicons/<lang>.json, field `givenNames`)
 * from the lists of gender-detection-from-name (MIT): German and Italian whole; French, Spanish
 * and Portuguese the names that another language's list also holds (the French list alone runs
 * to 38,000 names, and gives men's names such as "Pierre" as women's). A name's gender is the one
 * the lists agree on, the French list counting only where another agrees; else it is a name of
 * no known gender ("x").
 * Run: npx tsx scripts/build/make-lexicon-given-names.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

type Gender = 'male' | 'female' | 'unisex';
const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('gender-detection-from-name/package.json'));
const LISTS = ['de', 'en', 'es', 'fr', 'it'] as const;
const lists = Object.fromEntries(
  LISTS.map((lang) => {
    const source = readFileSync(resolve(packageDir, 'names', `${lang}.js`), 'utf8');
    return [lang, new Map([...source.matchAll(/\['([^']+)', '(male|female|unisex)'\]/gu)].map((m) => [m[1]!, m[2] as Gender]))];
  }),
) as Record<(typeof LISTS)[number], Map<string, Gender>>;

const inOthers = (name: string, lang: string) => LISTS.some((other) => other !== lang && lists[other].has(name));

function genderOf(name: string): 'f' | 'm' | 'x' {
  const votes = LISTS.filter((lang) => lang !== 'fr')
    .map((lang) => lists[lang].get(name))
    .filter((g): g is 'male' | 'female' => g === 'male' || g === 'female');
  const french = lists.fr.get(name);
  if (votes.length === 0) return 'x';
  const all = french && french !== 'unisex' && votes.includes(french) ? [...votes, french] : votes;
  return all.every((g) => g === 'male') ? 'm' : all.every((g) => g === 'female') ? 'f' : 'x';
}

const NAMES_FOR: Record<string, () => string[]> = {
  de: () => [...lists.de.keys()],
  it: () => [...lists.it.keys()],
  fr: () => [...lists.fr.keys()].filter((name) => inOthers(name, 'fr')),
  es: () => [...lists.es.keys()].filter((name) => inOthers(name, 'es')),
  pt: () =>
    [...new Set([...lists.es.keys(), ...lists.it.keys(), ...lists.fr.keys()])].filter((name) => LISTS.filter((lang) => lists[lang].has(name)).length >= 2),
};

for (const [lang, names] of Object.entries(NAMES_FOR)) {
  const file = resolve(import.meta.dirname, '../../public/lexicons', `${lang}.json`);
  const lexicon = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const byGender: Record<'f' | 'm' | 'x', string[]> = { f: [], m: [], x: [] };
  for (const name of names()
    .filter((n) => /^\p{L}[\p{L}'-]*$/u.test(n) && n.length <= 40)
    .sort())
    byGender[genderOf(name)].push(name);
  lexicon.givenNames = {
    source: 'gender-detection-from-name 1.11.5 (MIT): npx tsx scripts/build/make-lexicon-given-names.ts',
    f: byGender.f.join(' '),
    m: byGender.m.join(' '),
    x: byGender.x.join(' '),
  };
  writeFileSync(file, JSON.stringify(lexicon, null, 1) + '\n');
  console.log(`${lang}: ${byGender.f.length} women's, ${byGender.m.length} men's, ${byGender.x.length} of either`);
}
