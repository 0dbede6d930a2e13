import { useEffect, useState } from 'preact/hooks';
import type { PopupClient } from '../lib/extension/popup-client';
import type { DigestResponse } from '../lib/extension/protocol';
import { siteOf, type Settings } from '../lib/extension/settings';
import { ArticleHeader } from './ArticleHeader';
import { AutoSummarizeToggle, CopyButtons, LengthPicker, SiteToggle, StatusMessage } from './Controls';
import { KeyPointList } from './KeyPointList';
import { t } from './i18n';
import { SpeakerList } from './SpeakerList';
import type { DigestLength } from '../lib/contracts';

/** What the popup says when there is no digest to show, in words a reader understands. */
export function explain(response: DigestResponse): string | null {
  switch (response.status) {
    case 'ready':
      return null;
    case 'not-article':
      return t(({ 'not-readerable': 'notReadable', 'no-content': 'noContent', 'too-long': 'tooLong' } as const)[response.reason]);
    case 'unavailable':
      return t('unavailable');
    case 'error':
      return t('failed', response.message);
  }
}

function Skeleton() {
  return (
    <div class="skeleton" aria-busy="true" aria-label={t('summarizing')}>
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
    setStatus(denied ? t('autoDenied') : on ? t('autoOn') : t('autoOff'));
  };

  const copy = async (format: 'text' | 'markdown') => {
    if (response?.status !== 'ready') return;
    try {
      await client.copy(format === 'text' ? response.text : response.markdown);
      setStatus(format === 'text' ? t('copied') : t('copiedMarkdown'));
    } catch {
      setStatus(t('copyFailed'));
    }
  };

  const pauseSite = async (site: string, paused: boolean) => {
    setSettings(await client.setSitePaused(site, paused));
    setStatus(paused ? t('sitePaused', site) : t('siteResumed', site));
  };

  const show = async (text: string) => {
    const found = await client.showInPage(text).catch(() => false);
    setStatus(found ? null : t('sentenceGone'));
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
              {t('summarizeAnyway')}
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
