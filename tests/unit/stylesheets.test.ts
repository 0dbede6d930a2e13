import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { digestFile } from '../../cli/digest-file';
import { fixturePath, readFixture } from '../corpus';

// A page whose stylesheet and style attributes hold SCSS (`calc(#{$gap} * 2)`), as some real pages do.
const SCSS_PAGE = 'scss-stylesheet.html';

describe('a page whose CSS is SCSS', () => {
  it('makes jsdom itself throw, so the case below is real', () => {
    expect(() => new JSDOM(readFixture(SCSS_PAGE), { virtualConsole: new VirtualConsole() })).toThrow();
  });

  it('is digested by the command line, speakers and all', async () => {
    const digest = await digestFile(fixturePath(SCSS_PAGE));
    expect(digest.title).toBe('Council approves school budget after long debate');
    expect(digest.speakers.map((s) => s.name).sort()).toEqual(['Ana Ruiz', 'Peter Osei']);
  });

  it('still leaves out a paragraph its style attribute hides', async () => {
    const digest = await digestFile(fixturePath(SCSS_PAGE), { length: 'long' });
    expect(digest.keyPoints.length).toBeGreaterThan(0);
    expect(digest.wordCount).toBeGreaterThan(100);
    expect(JSON.stringify(digest)).not.toContain('earlier draft');
  });
});
