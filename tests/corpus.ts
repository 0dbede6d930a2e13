import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The tests' own corpus, inside the repository: a clone passes `npm test` with nothing beside it. */
export const FIXTURES_DIR = resolve(import.meta.dirname, 'fixtures');

/** A page under tests/fixtures/, by its path there. */
export const fixturePath = (name: string): string => resolve(FIXTURES_DIR, name);
export const readFixture = (name: string): string => readFileSync(fixturePath(name), 'utf8');

export const SEED_HTML = fixturePath('seed/blinken-wang.html');
export const SEED_TEXT = fixturePath('seed/blinken-wang.txt');
export const SEED_GOLD = fixturePath('seed/blinken-wang.gold.json');
