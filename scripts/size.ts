/**
 * Bundle sizes of the built extension against the budget (issue #5): raw and gzip per built
 * file, summed per part. Exits 1 when a part is over budget, so CI fails on a regression.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const BUILDS = ['chrome-mv3', 'firefox-mv2'];
/** Gzip budgets in bytes (kB = 1000 bytes). */
const BUDGET = { content: 20_000, popup: 15_000, background: 35_000 } as const;
type Part = keyof typeof BUDGET | 'other';

function partOf(file: string): Part {
  if (file.startsWith('content-scripts/')) return 'content';
  if (file === 'background.js') return 'background';
  if (file === 'popup.html' || file.startsWith('chunks/') || file.startsWith('assets/')) return 'popup';
  return 'other';
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const report: Record<string, { files: { file: string; part: Part; raw: number; gzip: number }[]; parts: Record<string, { raw: number; gzip: number }> }> = {};
let over = false;
for (const build of BUILDS) {
  const dir = resolve(ROOT, '.output', build);
  if (!existsSync(dir)) {
    console.error(`size: ${relative(ROOT, dir)} is missing: run npm run build first`);
    process.exit(1);
  }
  const files = filesUnder(dir).map((path) => {
    const bytes = readFileSync(path);
    const file = relative(dir, path);
    return { file, part: partOf(file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const parts: Record<string, { raw: number; gzip: number }> = {};
  for (const { part, raw, gzip } of files) {
    parts[part] ??= { raw: 0, gzip: 0 };
    parts[part].raw += raw;
    parts[part].gzip += gzip;
  }
  report[build] = { files, parts };
  console.log(`\n${build}`);
  for (const { file, raw, gzip } of files.sort((a, b) => b.gzip - a.gzip)) {
    console.log(`  ${file.padEnd(44)} ${(raw / 1000).toFixed(1).padStart(7)} kB  ${(gzip / 1000).toFixed(1).padStart(6)} kB gzip`);
  }
  for (const [part, budget] of Object.entries(BUDGET)) {
    const gzip = parts[part]?.gzip ?? 0;
    const ok = gzip <= budget;
    over ||= !ok;
    console.log(`  ${ok ? 'ok  ' : 'OVER'} ${part.padEnd(11)} ${(gzip / 1000).toFixed(1)} kB gzip of ${budget / 1000} kB budget`);
  }
}
mkdirSync(resolve(ROOT, 'bench-results'), { recursive: true });
writeFileSync(resolve(ROOT, 'bench-results/size.json'), JSON.stringify({ budget: BUDGET, builds: report }, null, 2));
if (over) {
  console.error('\nsize: over budget');
  process.exit(1);
}
