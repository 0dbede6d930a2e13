import { describe, expect, it } from 'vitest';
import { explain } from '../../../components/Notice';
import messages from '../../../public/_locales/en/messages.json';

describe('one true message per failure', () => {
  it('gives each state its own message, in the words of _locales', () => {
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
    expect(shown[0]).toBe(messages.notReadable.message);
    expect(shown.at(-1)).toBe(messages.failed.message.replace('$1', 'boom'));
  });
});
