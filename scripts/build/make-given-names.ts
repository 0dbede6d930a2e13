/**
 * Writes lib/text/attribution/given-names.json: the common US given names that are nearly always
 * one gender, so that "she said" never goes to a "Marcus". Source: name-to-gender 1.0.2 (MIT), all-time
 * US Social Security birth counts. Its package exposes a lookup, not the list, so the list is read
 * from its bundled table; the pinned version keeps that stable, and a changed format fails here.
 * Run: npx tsx scripts/build/make-given-names.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { guessGender } from 'name-to-gender';

/** Names given to fewer children than this are left out: rare names cost bytes (4,000 keeps "Boris", "Mitch"). */
const MIN_BIRTHS = 4_000;
/** A name counts for one gender when at least this share of its births are of that gender. */
const MIN_SHARE = 0.95;

const bundle = readFileSync(createRequire(import.meta.url).resolve('name-to-gender'), 'utf8');
// Counts are minified ("1e3"), which JSON reads as numbers too.
const table = /\{[a-z'-]+:\[[\de.]+,[\de.]+\](?:,[a-z'-]+:\[[\de.]+,[\de.]+\])*\}/u.exec(bundle)?.[0];
if (!table) throw new Error('name-to-gender: the birth-count table was not found in its bundle');
const names = Object.keys(JSON.parse(table.replace(/([a-z'-]+):/gu, '"$1":')) as Record<string, [number, number]>);

const male: string[] = [];
const female: string[] = [];
for (const name of names) {
  // Each name goes through the package's own lookup, so the counts are its, not this parse's.
  const { counts, probability, gender } = guessGender(name);
  if (counts.male + counts.female < MIN_BIRTHS || probability < MIN_SHARE) continue;
  if (gender === 'male') male.push(name);
  if (gender === 'female') female.push(name);
}
const out = {
  source: `name-to-gender 1.0.2 (MIT; US Social Security birth counts): names with at least ${MIN_BIRTHS} births, ${MIN_SHARE * 100}% or more of one gender. npx tsx scripts/build/make-given-names.ts`,
  male: male.sort().join(' '),
  female: female.sort().join(' '),
};
writeFileSync(resolve(import.meta.dirname, '../../lib/text/attribution/given-names.json'), JSON.stringify(out, null, 1) + '\n');
console.log(`${male.length} male and ${female.length} female given names`);
