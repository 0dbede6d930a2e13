import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { autoSummarizes, parseSettings } from '../../../lib/extension/settings';
import { loadSettings, setSitePaused } from '../../../lib/extension/storage';
import type { ExtensionApi } from '../../../lib/extension/api';

describe('parseSettings', () => {
  it.each([
    [undefined, { autoSummarize: false, length: 'short', pausedSites: [], accessLost: false }],
    ['garbage', { autoSummarize: false, length: 'short', pausedSites: [], accessLost: false }],
    [
      { autoSummarize: 'yes', length: 7, pausedSites: 'all' },
      { autoSummarize: false, length: 'short', pausedSites: [], accessLost: false },
    ],
    [
      { autoSummarize: true, length: 'long' },
      { autoSummarize: true, length: 'long', pausedSites: [], accessLost: false },
    ],
    [
      { autoSummarize: true, pausedSites: ['news.example', 'news.example', 5, '<script>', 'localhost:8080'] },
      { autoSummarize: true, length: 'short', pausedSites: ['news.example', 'localhost:8080'], accessLost: false },
    ],
  ])('%j → %j', (raw, expected) => {
    expect(parseSettings(raw)).toEqual(expected);
  });

  it('keeps the paused-site list bounded', () => {
    const many = Array.from({ length: 2000 }, (_, i) => `site${i}.example`);
    expect(parseSettings({ pausedSites: many }).pausedSites).toHaveLength(500);
  });
});

describe('autoSummarizes', () => {
  const on = { autoSummarize: true, length: 'short' as const, pausedSites: ['paused.example'], accessLost: false };
  it.each([
    ['https://news.example/a', on, true],
    ['https://paused.example/a', on, false],
    ['chrome://settings', on, false],
    ['https://news.example/a', { ...on, autoSummarize: false }, false],
  ])('%s', (url, settings, expected) => {
    expect(autoSummarizes(settings, url)).toBe(expected);
  });
});

describe('paused sites', () => {
  const api = fakeBrowser as unknown as ExtensionApi;
  beforeEach(() => fakeBrowser.reset());

  it.each(['[::1]:8080', 'xn--mnchen-3ya.example', '127.0.0.1:3000', 'my_host.example'])('pauses %s and keeps it', async (host) => {
    await setSitePaused(api, host, true);
    expect((await loadSettings(api)).pausedSites).toEqual([host]);
  });
});
