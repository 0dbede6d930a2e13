import { describe, expect, it } from 'vitest';
import { explain } from '../../components/Notice';
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

  it('gives each state its own message, in the words of _locales', () => {
    const states = [
      { status: 'not-article', reason: 'not-readerable' },
      { status: 'not-article', reason: 'no-content' },
      { status: 'not-article', reason: 'too-long' },
      { status: 'unavailable', reason: 'browser-page' },
      { status: 'unavailable', reason: 'local-file' },
      { status: 'unavailable', reason: 'permission' },
      { status: 'error', message: 'boom' },
    ] as const;
    const shown = states.map((state) => explain(state));
    expect(new Set(shown).size).toBe(states.length);
    expect(shown.every((message) => message.length > 20)).toBe(true);
    expect(shown[0]).toBe(messages.notReadable.message);
    expect(shown.at(-1)).toBe(messages.failed.message.replace('$1', 'boom'));
  });

  it('accepts only the reasons it knows across the message boundary', () => {
    expect(isDigestResponse({ status: 'unavailable', reason: 'permission' })).toBe(true);
    expect(isDigestResponse({ status: 'unavailable' })).toBe(true);
    expect(isDigestResponse({ status: 'unavailable', reason: '<img>' })).toBe(false);
  });
});
