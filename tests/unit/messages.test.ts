import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../../public/_locales/en/messages.json';
import { unavailableReason } from '../../lib/extension/background';
import { isDigestResponse } from '../../lib/extension/protocol';

describe('one true message per failure', () => {
  it.each([
    ['a web page Gist has no access to yet, in Firefox', 'https://news.example/a', 'Missing host permission for the tab', 'permission'],
    ['a web page Gist has no access to yet, in Chromium', null, 'Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'permission'],
    ['a local file with file access off', 'file:///home/me/a.html', 'Cannot access contents of url "file:///home/me/a.html".', 'local-file'],
    ['a browser page', null, 'Cannot access a chrome:// URL', 'browser-page'],
    ['the extension store', null, 'The extensions gallery cannot be scripted.', 'browser-page'],
  ] as const)('tells %s apart', (_, url, error, reason) => {
    expect(unavailableReason(url, error)).toBe(reason);
  });

  it('gives each state its own message, in the words of _locales', async () => {
    // The UI reads the browser's i18n once, when its module loads: hand it the real English strings first.
    const getMessage = (key: keyof typeof messages, substitutions?: string[]) =>
      messages[key].message.replace(/\$(\d)/gu, (_, n: string) => substitutions?.[Number(n) - 1] ?? '');
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as typeof fakeBrowser.i18n.getMessage);
    vi.resetModules();
    const { explain } = await import('../../components/Notice');
    const states = [
      { status: 'not-article', reason: 'not-readerable' },
      { status: 'not-article', reason: 'no-content' },
      { status: 'not-article', reason: 'too-long' },
      { status: 'unavailable', reason: 'browser-page' },
      { status: 'unavailable', reason: 'local-file' },
      { status: 'unavailable', reason: 'permission' },
      { status: 'paused', site: 'news.example' },
      { status: 'error', message: 'boom' },
    ] as const;
    const shown = states.map((state) => explain(state));
    expect(new Set(shown).size).toBe(states.length);
    expect(shown.every((message) => message.length > 20)).toBe(true);
    expect(shown.at(-1)).toContain('boom');
  });

  it('accepts only the reasons it knows across the message boundary', () => {
    expect(isDigestResponse({ status: 'unavailable', reason: 'permission' })).toBe(true);
    expect(isDigestResponse({ status: 'unavailable' })).toBe(true);
    expect(isDigestResponse({ status: 'unavailable', reason: '<img>' })).toBe(false);
  });
});
