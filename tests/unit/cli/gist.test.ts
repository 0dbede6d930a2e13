import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SEED_HTML, SEED_TEXT } from '../../corpus';

const run = promisify(execFile);
const GIST = resolve(import.meta.dirname, '../../../bin/gist.js');

async function gist(args: string[], input?: string) {
  const child = run('node', [GIST, ...args], { maxBuffer: 10_000_000 });
  if (input !== undefined) {
    child.child.stdin!.end(input);
  }
  return child;
}

const CONTRACT_FIELDS = [
  'title',
  'byline',
  'siteName',
  'lang',
  'publishedTime',
  'url',
  'wordCount',
  'readingMinutes',
  'keyPoints',
  'speakers',
  'mentioned',
  'timings',
];

describe('gist digest', () => {
  it('prints the JSON contract for one HTML file', async () => {
    const { stdout } = await gist(['digest', SEED_HTML, '--format', 'json', '--length', 'medium', '--url', 'https://example.com/a']);
    const digest = JSON.parse(stdout);
    for (const field of CONTRACT_FIELDS) expect(digest).toHaveProperty(field);
    expect(digest.keyPoints).toHaveLength(5);
    expect(digest.url).toBe('https://example.com/a');
    expect(digest.keyPoints[0]).toHaveProperty('text');
    expect(digest.speakers[0]).toHaveProperty('quotes.0.text');
    expect(digest.timings.extractMs).toBeGreaterThan(0);
  });

  it('prints one JSON line per file in input order, with an error line for a bad file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gist-cli-'));
    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '<html><body></body></html>');
    const { stdout } = await gist(['digest', SEED_HTML, empty, join(dir, 'missing.html'), SEED_HTML]);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.file)).toEqual([SEED_HTML, empty, join(dir, 'missing.html'), SEED_HTML]);
    expect(lines[0].speakers).toHaveLength(2);
    expect(lines[1].error).toMatch(/no article/u);
    expect(lines[2].error).toMatch(/ENOENT|no such file/u);
    expect(lines[3].title).toBe(lines[0].title);
  });

  it('exits non-zero with a one-line reason for a single bad file', async () => {
    const error = await gist(['digest', '/nonexistent/page.html']).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 1 });
    expect((error as { stderr: string }).stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reads plain text from standard input', async () => {
    const { stdout } = await gist(
      ['digest', '--text', '-', '--format', 'markdown'],
      '“We will win this,” said Maria Lopez.\n\nThe vote is on Tuesday in the capital city of the state.',
    );
    expect(stdout).toContain('**Maria Lopez**');
  });

  it('prints plain text with title, key points and speakers', async () => {
    const { stdout } = await gist(['digest', '--text', SEED_TEXT, '--format', 'text']);
    expect(stdout.split('\n')[0]).toBe('U.S.-China ties are ‘beginning to stabilize,’ Chinese minister tells Blinken');
    expect(stdout).toContain('• ');
    expect(stdout).toContain('Wang Yi (China’s top diplomat)');
  });

  it.each([
    [['--length', 'huge'], /--length must be short, medium, long/u],
    // An inherited property name passes a bare `in` check: it is no length.
    [['--length', 'toString'], /--length must be short, medium, long/u],
    [['--format', 'xml'], /--format must be json, text, markdown/u],
    [['--bogus'], /Unknown option '--bogus'/u],
  ])('rejects %j with exit status 2 and one line', async (options, message) => {
    const error = await gist(['digest', SEED_HTML, ...options]).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 2 });
    const { stderr } = error as { stderr: string };
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
