import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PopupClient } from '../lib/extension/popup-client';
import { t } from '../lib/extension/i18n';
import { Popup } from './Popup';

interface PanelProps {
  /** Calls `show` with the tab in front now and on every switch, `reload` when it loads a page. */
  follow: (show: (tabId: number | null) => void, reload: (tabId: number) => void) => Promise<() => void>;
  clientFor: (tabId: number) => PopupClient;
}

/** The side panel: the same view as the popup, for whichever tab is in front. */
export function Panel({ follow, clientFor }: PanelProps) {
  const [shown, setShown] = useState<{ tabId: number | null; load: number }>({ tabId: null, load: 0 });
  useEffect(() => {
    const stop = follow(
      (tabId) => setShown((last) => ({ tabId, load: last.load + 1 })),
      (tabId) => setShown((last) => (last.tabId === tabId ? { tabId, load: last.load + 1 } : last)),
    );
    return () => void stop.then((unsubscribe) => unsubscribe());
  }, [follow]);
  const client = useMemo(() => (shown.tabId === null ? null : clientFor(shown.tabId)), [shown, clientFor]);
  if (shown.load === 0) return null;
  if (!client) return <p class="notice popup">{t('panelNoTab')}</p>;
  // A new page or tab is a new view: its own focus, scroll and status.
  return <Popup key={`${shown.tabId}:${shown.load}`} client={client} place="panel" />;
}
