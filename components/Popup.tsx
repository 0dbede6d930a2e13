import { useEffect, useState } from 'preact/hooks';
import type { DigestLength } from '../lib/digest';
import type { PopupClient } from '../lib/extension/popup-client';
import type { DigestResponse } from '../lib/protocol';
import { siteOf, type Settings } from '../lib/settings';
import { ArticleHeader } from './ArticleHeader';
import { AutoSummarizeToggle, CopyButtons, LengthPicker, SiteToggle, StatusMessage } from './Controls';
import { KeyPointList } from './KeyPointList';
import { SpeakerList } from './SpeakerList';

/** What the popup says when there is no digest to show, in words a reader understands. */
export function explain(response: DigestResponse): string | null {
  switch (response.status) {
    case 'ready':
      return null;
    case 'not-article':
      return {
        'not-readerable': 'This page doesn’t look like an article, so Gist left it alone.',
        'no-content': 'Gist couldn’t find any article text on this page.',
        'too-long': 'This page is too long for Gist to summarize.',
      }[response.reason];
    case 'unavailable':
      return 'Gist can’t read this page. Browsers keep extensions out of their own pages (settings, the extension store, the PDF viewer) and out of local files unless you allow it.';
    case 'error':
      return `Something went wrong while summarizing this page: ${response.message}`;
  }
}

function Skeleton() {
  return (
    <div class="skeleton" aria-busy="true" aria-label="Summarizing">
      <div class="bar wide" />
      <div class="bar" />
      <div class="bar" />
      <div class="bar short" />
    </div>
  );
}

export function Popup({ client }: { client: PopupClient }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [response, setResponse] = useState<DigestResponse | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const load = async (length: DigestLength, force: boolean) => {
    setResponse(null);
    try {
      setResponse(await client.requestDigest(length, force));
    } catch (error) {
      setResponse({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  useEffect(() => {
    void client.loadSettings().then((loaded) => {
      setSettings(loaded);
      return load(loaded.length, false);
    });
  }, [client]);

  const changeLength = async (length: DigestLength) => {
    setSettings(await client.setLength(length));
    await load(length, false);
  };

  const toggleAuto = async (on: boolean) => {
    const { settings: next, denied } = await client.setAutoSummarize(on);
    setSettings(next);
    setStatus(
      denied
        ? 'Auto-summarize needs access to the pages you open. It stays off.'
        : on
          ? 'Auto-summarize is on: articles are summarized as they load.'
          : 'Auto-summarize is off.',
    );
  };

  const copy = async (format: 'text' | 'markdown') => {
    if (response?.status !== 'ready') return;
    try {
      await client.copy(format === 'text' ? response.text : response.markdown);
      setStatus(format === 'text' ? 'Copied the summary.' : 'Copied the summary as Markdown.');
    } catch {
      setStatus('The clipboard refused the copy. Try again.');
    }
  };

  const pauseSite = async (site: string, paused: boolean) => {
    setSettings(await client.setSitePaused(site, paused));
    setStatus(paused ? `Auto-summarize is paused on ${site}.` : `Auto-summarize is back on for ${site}.`);
  };

  const show = async (text: string) => {
    const found = await client.showInPage(text).catch(() => false);
    setStatus(found ? null : 'That sentence is no longer on the page.');
  };

  const message = response ? explain(response) : null;
  const site = response?.status === 'ready' ? siteOf(response.digest.url) : null;
  return (
    <main class="popup">
      {response === null && <Skeleton />}
      {response?.status === 'ready' && (
        <>
          <ArticleHeader digest={response.digest} />
          <KeyPointList points={response.digest.keyPoints} onShow={(text) => void show(text)} />
          <SpeakerList
            speakers={response.digest.speakers}
            mentioned={response.digest.mentioned}
            balance={response.digest.balance}
            onShow={(text) => void show(text)}
          />
        </>
      )}
      {message && (
        <div class="notice">
          <p data-testid="notice">{message}</p>
          {response?.status === 'not-article' && response.reason === 'not-readerable' && settings && (
            <button type="button" data-testid="summarize-anyway" onClick={() => void load(settings.length, true)}>
              Summarize anyway
            </button>
          )}
        </div>
      )}
      <footer class="controls">
        <CopyButtons onCopy={(format) => void copy(format)} disabled={response?.status !== 'ready'} />
        {settings && (
          <>
            <LengthPicker value={settings.length} onChange={(length) => void changeLength(length)} />
            <AutoSummarizeToggle checked={settings.autoSummarize} onChange={(on) => void toggleAuto(on)} />
            {settings.autoSummarize && site && (
              <SiteToggle
                site={site}
                paused={settings.pausedSites.includes(site)}
                onChange={(paused) => void pauseSite(site, paused)}
                onManage={() => void client.openSiteSettings()}
              />
            )}
          </>
        )}
        <StatusMessage message={status ?? message} />
      </footer>
    </main>
  );
}
