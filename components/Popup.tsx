import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PopupClient } from '../lib/extension/popup-client';
import type { DigestResponse } from '../lib/extension/protocol';
import { MAX_PAUSED_SITES, PausedSitesFull, siteOf, type Settings } from '../lib/extension/settings';
import { AccessLost, AutoSummarizeToggle, autoSummarizeStatus, SitePause } from './Controls';
import { DigestView } from './DigestView';
import { Notice } from './Notice';
import { t } from '../lib/extension/i18n';
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

interface FooterProps {
  settings: Settings;
  /** The page's site, where Auto-summarize can be paused. */
  site: string | null;
  onAuto: (on: boolean) => void;
  onPause: (paused: boolean) => void;
  openPanel: (() => Promise<void>) | null;
  openSettings: () => void;
}

/** Auto-summarize, its pause for this site, and the ways to the side panel and the settings. */
function Footer({ settings, site, onAuto, onPause, openPanel, openSettings }: FooterProps) {
  return (
    <footer class="controls">
      <AutoSummarizeToggle checked={settings.autoSummarize} onChange={onAuto} />
      {settings.accessLost && !settings.autoSummarize && <AccessLost />}
      {settings.autoSummarize && site && <SitePause site={site} paused={settings.pausedSites.includes(site)} onChange={onPause} />}
      <div class="links">
        {openPanel && (
          <button type="button" class="link" data-testid="open-panel" onClick={() => void openPanel().then(() => window.close())}>
            {t('openPanel')}
          </button>
        )}
        <button type="button" class="link" data-testid="open-settings" onClick={openSettings}>
          {t('openSettings')}
        </button>
      </div>
    </footer>
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
  // The popup opens on a click, which is the reader asking; the side panel asks on its own until
  // the reader clicks one of its buttons.
  const asked = useRef(place === 'popup');

  const load = async (length: DigestLength, force: boolean) => {
    try {
      setResponse(await client.requestDigest(length, force, asked.current));
    } catch (error) {
      setResponse({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  useEffect(() => {
    void client.loadSettings().then((loaded) => {
      setSettings(loaded);
      return load(loaded.length, false);
    });
    // The side panel stays open: its switches follow changes made elsewhere. The length shown is
    // this view's own until the reader changes it here.
    return client.watchSettings((next) => setSettings((last) => (last ? { ...next, length: last.length } : next)));
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
    // Not while the first answer is on its way: the digest it stores would ask a second time.
    if (!settings || response === null || response.status === 'ready') return;
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
    // The reader's choice shows at once: a re-render before the setting is saved would put it back.
    setSettings((current) => current && { ...current, length });
    setStatus(null);
    const top = rest.current?.getBoundingClientRect().top;
    restTop.current = top !== undefined && top < window.innerHeight / 2 ? top : null;
    setSettings(await client.setLength(length));
    await load(length, false);
  };

  const retry = async (force: boolean) => {
    asked.current = true;
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
    setStatus(autoSummarizeStatus(on, denied));
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
    try {
      setSettings(await client.setSitePaused(site, paused));
      setStatus(paused ? t('sitePaused', site) : t('siteResumed', site));
    } catch (error) {
      if (!(error instanceof PausedSitesFull)) throw error;
      setStatus(t('pausedSitesFull', MAX_PAUSED_SITES));
    }
  };

  const show = async (text: string) => {
    const outcome = await client.showInPage(text).catch(() => 'gone' as const);
    setStatus(outcome === 'shown' ? null : outcome === 'busy' ? t('pageBusy') : t('sentenceGone'));
  };

  const site = response?.status === 'ready' ? siteOf(response.digest.url) : response?.status === 'paused' ? response.site : null;
  return (
    <main class="popup">
      {response === null && <Skeleton />}
      {response?.status === 'ready' && (
        <DigestView
          digest={response.digest}
          length={settings?.length ?? null}
          status={status}
          titleRef={title}
          restRef={rest}
          onLength={(length) => void changeLength(length)}
          onCopy={(format) => void copy(format)}
          onShow={(text) => void show(text)}
        />
      )}
      {response && response.status !== 'ready' && (
        <Notice response={response} status={status} onSummarizeAnyway={() => void retry(true)} onAllowAccess={() => void allowAccess()} />
      )}
      {settings && (
        <Footer
          settings={settings}
          site={site}
          onAuto={(on) => void toggleAuto(on)}
          onPause={(paused) => site && void pauseSite(site, paused)}
          openPanel={place === 'popup' ? client.openPanel : null}
          openSettings={() => void client.openSettings()}
        />
      )}
    </main>
  );
}
