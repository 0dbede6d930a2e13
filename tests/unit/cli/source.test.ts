import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { decodeDocument, MAX_INPUT_BYTES, MAX_NESTING_DEPTH, nestingDepth } from '../../../cli/source';

const run = promisify(execFile);
const GIST = resolve(import.meta.dirname, '../../../bin/gist.js');
const dir = mkdtempSync(join(tmpdir(), 'gist-cli-input-'));

const ARTICLE =
  '<article><p>\u201CWe will rebuild the harbour before winter,\u201D said Ren\u00E9e M\u00FCller, the mayor of the town, on Monday.</p>' +
  '<p>The council voted to approve the new budget plan after a long debate about schools, roads and the harbour.</p>' +
  '<p>The plan includes new funding for schools and parks across the region, officials said on Monday evening.</p></article>';

function windows1252Page(): Buffer {
  const html = `<html><head><meta charset="windows-1252"><title>Caf\u00E9 d\u00E9j\u00E0 vu</title></head><body>${ARTICLE}</body></html>`;
  // windows-1252 bytes: curly quotes are 0x93/0x94, accented letters their Latin-1 codes.
  return Buffer.from(html.replace(/\u201C/gu, '\x93').replace(/\u201D/gu, '\x94'), 'latin1');
}

async function gist(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', [GIST, ...args], { maxBuffer: 10_000_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('reading a document for the command line', () => {
  it('honours a declared windows-1252 charset, and falls back to it for bytes that are not UTF-8', () => {
    expect(decodeDocument(windows1252Page())).toContain('Ren\u00E9e M\u00FCller');
    expect(decodeDocument(Buffer.from('<p>Ren\u00E9e</p>', 'latin1'))).toBe('<p>Ren\u00E9e</p>');
    expect(decodeDocument(Buffer.from('<p>Ren\u00E9e</p>', 'utf8'))).toBe('<p>Ren\u00E9e</p>');
    expect(decodeDocument(Buffer.from('<meta charset="koi8-r"><p>\xF0\xD2\xC9\xD7\xC5\xD4</p>', 'latin1'))).toContain('Привет');
  });

  it('measures nesting in the tree a parser builds: void elements, closed paragraphs and script text add nothing', () => {
    // html > body > div > p > span
    expect(nestingDepth('<html><body><div><p>One<p>Two<br><img src=x><span>x</span></div></body></html>')).toBe(5);
    expect(nestingDepth(`<div><script>${'<div>'.repeat(1000)}</script></div>`)).toBe(4);
    expect(nestingDepth('<li><li><li>')).toBe(3);
    expect(nestingDepth('<div>'.repeat(100_000))).toBeGreaterThan(MAX_NESTING_DEPTH);
  });

  it.each([
    ['self-closing divs (the slash means nothing in HTML)', '<div/>'.repeat(20_000)],
    ['divs after an <!--> comment', `<!-->${'<div>'.repeat(20_000)}`],
    ['divs in <noscript> (jsdom parses it as markup)', `<noscript>${'<div>'.repeat(20_000)}</noscript>`],
    ['divs in <svg><title>', `<svg><title>${'<div>'.repeat(20_000)}</title></svg>`],
    ['divs in a <template>', `<template>${'<div>'.repeat(20_000)}</template>`],
    ['500 nested tables', '<table><tr><td>'.repeat(500)],
  ])('sees through %s', (_, html) => {
    expect(nestingDepth(`<html><body>${html}<p>Text.</p></body></html>`, MAX_NESTING_DEPTH)).toBeGreaterThan(MAX_NESTING_DEPTH);
  });

  it('gives the speaker of a windows-1252 page the whole name', async () => {
    const file = join(dir, 'cp1252.html');
    writeFileSync(file, windows1252Page());
    const { code, stdout } = await gist(['digest', file]);
    expect(code).toBe(0);
    const digest = JSON.parse(stdout);
    expect(digest.title).toBe('Caf\u00E9 d\u00E9j\u00E0 vu');
    expect(digest.speakers.map((s: { name: string }) => s.name)).toContain('Ren\u00E9e M\u00FCller');
  });

  it('ends every hostile nesting in seconds with a one-line reason', async () => {
    const forms = {
      slash: '<div/>'.repeat(20_000),
      comment: `<!-->${'<div>'.repeat(20_000)}`,
      noscript: `<noscript>${'<div>'.repeat(20_000)}</noscript>`,
      svg: `<svg><title>${'<div>'.repeat(20_000)}</title></svg>`,
      tables: '<table><tr><td>'.repeat(500),
    };
    const files = Object.entries(forms).map(([name, markup]) => {
      const file = join(dir, `${name}.html`);
      writeFileSync(file, `<html><body>${markup}${ARTICLE}</body></html>`);
      return file;
    });
    const started = Date.now();
    const { stdout } = await gist(['digest', ...files]);
    // Before parsing the tree these took about 50 s each, then overflowed the stack; tables 30 s and more.
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { file: string; error?: string }),
    ).toEqual(files.map((file) => ({ file, error: "the page nests elements more than 512 deep (the most a browser's parser builds)" })));
  });

  it('gives up a page that runs over the time limit with one line, and goes on to the next', async () => {
    // 500 nested elements pass the nesting check and take jsdom and Readability about 30 s.
    const slow = join(dir, 'slow.html');
    writeFileSync(slow, `<html><body>${'<div>'.repeat(500)}${ARTICLE}${'</div>'.repeat(500)}</body></html>`);
    const good = join(dir, 'after-slow.html');
    writeFileSync(good, `<html><body>${ARTICLE}</body></html>`);
    const alone = await gist(['digest', '--time-limit', '1', slow]);
    expect(alone.code).toBe(1);
    expect(alone.stderr.trim().split('\n')).toEqual([`gist: ${slow}: the page took longer than 1 s to digest`]);
    const both = await gist(['digest', '--time-limit', '1', slow, good]);
    const [first, second] = both.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { error?: string; speakers?: { name: string }[] });
    expect(first).toEqual({ file: slow, error: 'the page took longer than 1 s to digest' });
    expect(second?.speakers?.map((speaker) => speaker.name)).toContain('Ren\u00E9e M\u00FCller');
    expect((await gist(['digest', '--time-limit', 'soon', good])).code).toBe(2);
  });

  it('refuses 100,000 nested elements and a file over the size limit with one line each, and keeps per-file lines', async () => {
    const deep = join(dir, 'deep.html');
    writeFileSync(deep, `<html><body>${'<div>'.repeat(100_000)}<p>Deep.</p>${'</div>'.repeat(100_000)}</body></html>`);
    const big = join(dir, 'big.html');
    writeFileSync(big, Buffer.alloc(MAX_INPUT_BYTES + 1, 0x20));
    const alone = await gist(['digest', deep]);
    expect(alone.code).toBe(1);
    expect(alone.stderr.trim().split('\n')).toEqual([expect.stringMatching(/nests elements more than 512 deep/u)]);
    const huge = await gist(['digest', big]);
    expect(huge.code).toBe(1);
    expect(huge.stderr.trim().split('\n')).toEqual([expect.stringMatching(/over the 10 MB limit/u)]);
    const good = join(dir, 'good.html');
    writeFileSync(good, `<html><body>${ARTICLE}</body></html>`);
    const several = await gist(['digest', deep, good, big]);
    const lines = several.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { file: string; error?: string });
    expect(lines.map((line) => [line.file, Boolean(line.error)])).toEqual([
      [deep, true],
      [good, false],
      [big, true],
    ]);
  });
});
