/**
 * Puts the README's images in docs/ from the screenshots the end-to-end tests just took of the
 * current build (.output/screenshots/): `npm run screenshots` builds, runs the tests that take them,
 * then this. Every image the README shows must have been taken, or it says which and exits 1.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const taken = resolve(ROOT, '.output/screenshots');
const shown = [...readFileSync(resolve(ROOT, 'README.md'), 'utf8').matchAll(/\]\(docs\/([\w.-]+\.png)\)/gu)].map((m) => m[1]!);
const missing = shown.filter((name) => !existsSync(resolve(taken, name)));
if (missing.length > 0) {
  console.error(`Not taken by the tests (the real pages need the corpus): ${missing.join(', ')}`);
  process.exit(1);
}
for (const name of new Set(shown)) copyFileSync(resolve(taken, name), resolve(ROOT, 'docs', name));
console.log(`${new Set(shown).size} images in docs/, from this build.`);
