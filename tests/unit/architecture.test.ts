import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [relative(ROOT, join(dir, entry.name))],
  );
}

describe('docs/architecture.md, the map of the code', () => {
  const map = readFileSync(resolve(ROOT, 'docs/architecture.md'), 'utf8');
  const named = new Set([...map.matchAll(/`((?:lib|cli|components|entrypoints|scripts)\/[^`\s]+)`/gu)].map((m) => m[1]!));

  it('names every file of lib/, so the map cannot fall behind the code', () => {
    const missing = filesUnder(resolve(ROOT, 'lib')).filter((file) => !named.has(file));
    expect(missing).toEqual([]);
  });

  it('names no file that is not there', () => {
    const files = new Set(filesUnder(resolve(ROOT, 'lib')));
    const gone = [...named].filter((file) => file.startsWith('lib/') && !file.endsWith('/') && !files.has(file));
    expect(gone).toEqual([]);
  });
});

describe('source files', () => {
  /** One job per file: a file past this has grown a second one. */
  const MAX_LINES = 400;

  it(`hold at most ${MAX_LINES} lines each`, () => {
    const sources = ['lib', 'cli', 'components', 'entrypoints', 'scripts'].flatMap((dir) =>
      filesUnder(resolve(ROOT, dir)).filter((file) => /\.tsx?$/u.test(file)),
    );
    const long = sources.filter((file) => readFileSync(resolve(ROOT, file), 'utf8').split('\n').length > MAX_LINES + 1);
    expect(sources.length).toBeGreaterThan(50);
    expect(long).toEqual([]);
  });
});
