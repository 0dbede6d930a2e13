/** Fails (exit 1) when a part of the built extension is over its gzip budget. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUDGET, measureBuilds } from './bundle-size';

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
let builds;
try {
  builds = measureBuilds();
} catch (error) {
  console.error(`size: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
let over = false;
for (const { build, files, parts } of builds) {
  console.log(`\n${build}`);
  for (const { file, raw, gzip } of [...files].sort((a, b) => b.gzip - a.gzip)) {
    console.log(`  ${file.padEnd(44)} ${kB(raw).padStart(7)} kB  ${kB(gzip).padStart(6)} kB gzip`);
  }
  for (const [part, budget] of Object.entries(BUDGET) as [keyof typeof BUDGET, number][]) {
    const ok = parts[part].gzip <= budget;
    over ||= !ok;
    console.log(`  ${ok ? 'ok  ' : 'OVER'} ${part.padEnd(11)} ${kB(parts[part].gzip)} kB gzip of ${kB(budget)} kB budget`);
  }
}
mkdirSync(resolve(import.meta.dirname, '../../bench-results'), { recursive: true });
writeFileSync(resolve(import.meta.dirname, '../../bench-results/size.json'), JSON.stringify({ budget: BUDGET, builds }, null, 2));
if (over) {
  console.error('\nsize: over budget');
  process.exit(1);
}
