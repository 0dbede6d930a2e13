import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PopupClient } from '../lib/extension/popup-client';
import type { DigestResponse } from '../lib/extension/protocol';
import { siteOf, type Settings } from '../lib/extension/settings';
import { mentionedPeople } from '../lib/text/display';
import { ArticleHeader } from './ArticleHeader';
import { AutoSummarizeToggle, CopyButtons, LengthSwitch, SitePause, StatusMessage } from './Controls';
import { KeyPointList } from './KeyPointList';
import { Notice } from './Notice';
import { t } from './i18n';
import { SpeakerList, SpeakerStrip } from './SpeakerList';
import type { DigestLength } from '../lib/contracts';

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

interface PopupProps {
  client: PopupClient;
  /** The side panel stays open beside the page, so it offers no "Open in side panel". */
  place: 'popup' | 'panel';
}

/** The digest of one tab, or one plain message why there is none; the popup and the side panel both show this. */
export function Popup({ client, place }: PopupProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [response, setResponse] = useState<DigestResponse | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const focused = useRef(false);
  // What follows the key points, and where it stood on screen before a length change.
  const rest = useRef<HTMLDivElement>(null);
  const restTop = useRef<number | null>(null);

  const load = async (length: DigestLength, force: boolean) => {
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

  // Focus starts on the content, once: a length change later leaves focus where the reader put it.
  useEffect(() => {
    if (response?.status !== 'ready' || focused.current) return;
    focused.current = true;
    title.current?.focus({ preventScroll: true });
  }, [response]);

  // No digest yet (a page Gist had no access to, or one still loading): show one as soon as
  // Auto-summarize or the popup stores it.
  useEffect(() => {
    if (!settings || response?.status === 'ready') return;
    return client.watchDigest(() => void load(settings.length, false));
  }, [client, settings, response]);

  // A reader already past the key points keeps what they were reading where it was, however
  // many points come or go above it.
  useLayoutEffect(() => {
    const top = rest.current?.getBoundingClientRect().top;
    if (restTop.current !== null && top !== undefined) window.scrollBy(0, top - restTop.current);
    restTop.current = null;
  }, [response]);

  // The digest on screen stays while the new length loads, so nothing jumps meanwhile.
  const changeLength = async (length: DigestLength) => {
    setStatus(null);
    const top = rest.current?.getBoundingClientRect().top;
    restTop.current = top !== undefined && top < window.innerHeight / 2 ? top : null;
    setSettings(await client.setLength(length));
    await load(length, false);
  };

  const retry = async (force: boolean) => {
    setResponse(null);
    setStatus(null);
    if (settings) await load(settings.length, force);
  };

  const allowAccess = async () => {
    if (await client.requestAccess().catch(() => false)) await retry(false);
    else setStatus(t('accessDenied'));
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

  const openPanel = client.openPanel;
  const site = response?.status === 'ready' ? siteOf(response.digest.url) : null;
  return (
    <main class="popup">
      {response === null && <Skeleton />}
      {response?.status === 'ready' && (
        <>
          <ArticleHeader digest={response.digest} titleRef={title} />
          <div class="toolbar">
            <h2 id="key-points-heading">{t('keyPoints')}</h2>
            {settings && <LengthSwitch value={settings.length} onChange={(length) => void changeLength(length)} />}
            <CopyButtons onCopy={(format) => void copy(format)} />
            <StatusMessage message={status} />
          </div>
          <KeyPointList points={response.digest.keyPoints} onShow={(text) => void show(text)} />
          <div ref={rest}>
            <SpeakerStrip speakers={response.digest.speakers} balance={response.digest.balance} />
            <SpeakerList
              speakers={response.digest.speakers}
              unattributed={response.digest.unattributedQuotes}
              mentioned={mentionedPeople(response.digest)}
              onShow={(text) => void show(text)}
            />
          </div>
        </>
      )}
      {response && response.status !== 'ready' && (
        <Notice response={response} status={status} onSummarizeAnyway={() => void retry(true)} onAllowAccess={() => void allowAccess()} />
      )}
      {settings && (
        <footer class="controls">
          <AutoSummarizeToggle checked={settings.autoSummarize} onChange={(on) => void toggleAuto(on)} />
          {settings.autoSummarize && site && (
            <SitePause site={site} paused={settings.pausedSites.includes(site)} onChange={(paused) => void pauseSite(site, paused)} />
          )}
          <div class="links">
            {place === 'popup' && openPanel && (
              <button type="button" class="link" data-testid="open-panel" onClick={() => void openPanel().then(() => window.close())}>
                {t('openPanel')}
              </button>
            )}
            <button type="button" class="link" data-testid="open-settings" onClick={() => void client.openSettings()}>
              {t('openSettings')}
            </button>
          </div>
        </footer>
      )}
    </main>
  );
}
