import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../../../public/_locales/en/messages.json';

describe('one true message per failure', () => {
  it('gives each state its own message, in the words of _locales', async () => {
    // The UI reads the browser's i18n once, when its module loads: hand it the real English strings first.
    const getMessage = (key: keyof typeof messages, substitutions?: string[]) =>
      messages[key].message.replace(/\$(\d)/gu, (_, n: string) => substitutions?.[Number(n) - 1] ?? '');
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as typeof fakeBrowser.i18n.getMessage);
    vi.resetModules();
    const { explain } = await import('../../../components/Notice');
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
    expect(shown.at(-1)).toContain('boom');
  });

});
