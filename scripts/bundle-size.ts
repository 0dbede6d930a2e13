import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUILDS = ['chrome-mv3', 'firefox-mv2'] as const;
/**
 * Gzip budgets in bytes (kB = 1000 bytes), NLP word lists included (issue #5): each content
 * script, the popup's files together, the background. The popup's went from 15 to 17 kB with
 * issue #14 (speaker strip, quotations without a speaker, one message per state, tidy metadata),
 * then to 17.5 kB for hostile pages (the site name checked against the host, the paused-site and
 * busy-page answers, settings that follow changes, the shortened-digest line).
 * The background's went from 36 to 48 kB for the given names that tell a pronoun's gender
 * (given-names.json, 11 kB of it), then to 49 kB for name particles ("al-Assad", "von der Leyen")
 * and the nationality words that are never names ("the German"), then to 51 kB for headline names,
 * agent nouns before a name ("blogger Amber Katz"), documents that speak for their issuer,
 * repeated quotations and place words read by their position, then to 52 kB for the key-point
 * rules from a blind reading of the points (whole sentences, words that point back from inside a
 * sentence, asides), then to 52.5 kB for hostile pages (the site name checked against the host in
 * the copies, a digest shortened to fit the storage, paused sites left unread by the side panel,
 * one time limit for a highlight).
 */
export const BUDGET = { content: 20_000, popup: 17_500, background: 52_500 } as const;
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
export function measureBuilds(root = resolve(import.meta.dirname, '..')): BuildSize[] {
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
