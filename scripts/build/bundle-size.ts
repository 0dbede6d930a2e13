import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUILDS = ['chrome-mv3', 'firefox-mv2'] as const;
/**
 * Gzip budgets in bytes (kB = 1000 bytes), word lists included: each content script, the popup's
 * files together, the background. The popup holds the views, the site name checked against the
 * host and the answers for every state. The background holds the whole digest: attribution with its
 * English word lists and 3,419 given names (11 kB), the reading of the lexicon languages (their
 * words load as data, public/lexicons/, and count for nothing here), the story-prose model, the
 * key-point rules, the explain trace the command line prints, and the digest shortened to fit the
 * browser's storage. German's word order (a verb of any kind after „…“, a subject in second place,
 * descriptions by the article's gender) and block quotes credited below took it from 60.8 to 61.9;
 * English appositions, bodies before roles, events, bodies joined by "and" and bracketed credits,
 * with the narrowings a review of them asked for, to 62.6; reversed guillemets, notices of five
 * languages' affiliate and newsletter lines, list items printed twice and "Also mentioned" from the
 * story only, to 63.3; German names no list holds, genitives, titles of works and descriptions
 * after "so", with English contractions and a name before a role, to 64.0.
 */
export const BUDGET = { content: 20_000, popup: 18_000, background: 65_500 } as const;
export type Part = keyof typeof BUDGET | 'other';

export interface BuiltFile {
  file: string;
  part: Part;
  raw: number;
  gzip: number;
}

export interface BuildSize {
  build: string;
  files: BuiltFile[];
  parts: Record<Part, { raw: number; gzip: number }>;
}

function partOf(file: string): Part {
  if (file === 'extract.js' || file === 'highlight.js') return 'content';
  if (file === 'background.js') return 'background';
  // The settings page and the side panel load their own chunks; the popup never does.
  if (/^(?:options|sidepanel)\.html$|^chunks\/(?:options|sidepanel)-/u.test(file)) return 'other';
  if (file === 'popup.html' || file.startsWith('chunks/') || file.startsWith('assets/')) return 'popup';
  return 'other';
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Raw and gzip size of every file of each build under .output, summed per part. */
export function measureBuilds(root = resolve(import.meta.dirname, '../..')): BuildSize[] {
  return BUILDS.map((build) => {
    const dir = resolve(root, '.output', build);
    if (!existsSync(dir)) throw new Error(`${relative(root, dir)} is missing: run npm run build first`);
    const files = filesUnder(dir).map((path): BuiltFile => {
      const bytes = readFileSync(path);
      const file = relative(dir, path);
      return { file, part: partOf(file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
    const parts = { content: { raw: 0, gzip: 0 }, popup: { raw: 0, gzip: 0 }, background: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 } };
    for (const { part, raw, gzip } of files) {
      if (part === 'content') {
        // Each content script is injected on its own (extract on a click, highlight on a
        // click in the popup): the budget holds for each, so the part is the largest one.
        if (gzip > parts.content.gzip) parts.content = { raw, gzip };
        continue;
      }
      parts[part].raw += raw;
      parts[part].gzip += gzip;
    }
    return { build, files, parts };
  });
}
