// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '../../../components/Popup';
import { articleFromText } from '../../../lib/text/article-text';
import { buildDigest } from '../../../lib/text/digest';
import { DEFAULT_SETTINGS } from '../../../lib/extension/settings';
import type { PopupClient } from '../../../lib/extension/popup-client';
import type { DigestLength } from '../../../lib/contracts';

const ARTICLE = [
  'The city council approved a flood wall for the harbor on Monday after a year of debate.',
  'The wall will run two miles along the waterfront and protect about 4,000 homes from storm surges.',
  'Construction starts in the spring and is expected to take three years, the council said.',
  'Residents who opposed the plan said the wall would block their view of the water.',
  '“We will protect the homes along the waterfront for years,” said Mayor Elena Marsh.',
].join('\n\n');

/** A popup client whose saving of the length never finishes: what the reader sees must not wait for it. */
function clientWithSlowSave(): { client: PopupClient; saved: DigestLength[] } {
  const saved: DigestLength[] = [];
  const client: PopupClient = {
    loadSettings: async () => ({ ...DEFAULT_SETTINGS }),
    requestDigest: async (length) => ({
      status: 'ready',
      digest: buildDigest(articleFromText(ARTICLE, { title: 'Harbor wall' }), length),
      text: '',
      markdown: '',
      fromCache: false,
    }),
    setLength: (length) => {
      saved.push(length);
      return new Promise(() => undefined);
    },
    setAutoSummarize: async () => ({ settings: { ...DEFAULT_SETTINGS }, denied: false }),
    copy: async () => undefined,
    showInPage: async () => 'shown',
    setSitePaused: async () => ({ ...DEFAULT_SETTINGS }),
    openSettings: async () => undefined,
    requestAccess: async () => true,
    watchSettings: () => () => undefined,
    watchDigest: () => () => undefined,
    openPanel: null,
  };
  return { client, saved };
}

/** Lets the popup's promises and renders run until `ready` holds (or a second has passed). */
async function settle(ready: () => boolean = () => true): Promise<void> {
  for (let turn = 0; turn < 100 && !ready(); turn++) await act(async () => new Promise((done) => setTimeout(done, 10)));
  await act(async () => new Promise((done) => setTimeout(done, 10)));
}

describe('the length switch', () => {
  const root = document.createElement('div');
  document.body.append(root);
  afterEach(() => render(null, root));

  it('shows the reader’s choice at once, while the setting is still being saved, after a copy too', async () => {
    const { client, saved } = clientWithSlowSave();
    render(<Popup client={client} place="popup" />, root);
    const radio = (length: DigestLength) => root.querySelector<HTMLInputElement>(`[data-testid="length-${length}"]`)!;
    await settle(() => radio('short') !== null);
    expect(radio('short').checked).toBe(true);
    // After a copy, whose message a length change clears: the re-render that clearing makes.
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="copy"]')!.click());
    await settle();
    await act(() => radio('long').click());
    await settle();
    expect(saved).toEqual(['long']);
    expect(radio('long').checked).toBe(true);
    expect(radio('short').checked).toBe(false);
  });
});
