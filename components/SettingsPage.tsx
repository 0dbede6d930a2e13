import { useEffect, useState } from 'preact/hooks';
import type { PopupClient } from '../lib/extension/popup-client';
import type { Settings } from '../lib/extension/settings';
import { AccessLost, AutoSummarizeToggle, autoSummarizeStatus, LengthSwitch, StatusMessage } from './Controls';
import { t } from '../lib/extension/i18n';

/** The settings page: default length, Auto-summarize with its permission, paused sites, the panel's side. */
export function SettingsPage({ client }: { client: PopupClient }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    void client.loadSettings().then(setSettings);
    // The page stays open: it follows changes made elsewhere (the popup, or the browser taking
    // Gist's access away) instead of showing what was true when it opened.
    return client.watchSettings(setSettings);
  }, [client]);
  if (!settings) return null;

  const toggleAuto = async (on: boolean) => {
    const { settings: next, denied } = await client.setAutoSummarize(on);
    setSettings(next);
    setStatus(autoSummarizeStatus(on, denied));
  };

  return (
    <main class="popup settings">
      <h1>{t('settingsTitle')}</h1>
      <section aria-labelledby="length-heading">
        <h2 id="length-heading">{t('settingsLength')}</h2>
        <LengthSwitch value={settings.length} onChange={(length) => void client.setLength(length).then(setSettings)} />
      </section>
      <section aria-labelledby="auto-heading">
        <h2 id="auto-heading">{t('autoSummarizeHeading')}</h2>
        <AutoSummarizeToggle checked={settings.autoSummarize} onChange={(on) => void toggleAuto(on)} />
        {settings.accessLost && !settings.autoSummarize && <AccessLost />}
        <p class="meta">{t('settingsAuto')}</p>
        <StatusMessage message={status} />
      </section>
      <section aria-labelledby="paused-heading">
        <h2 id="paused-heading">{t('pausedSites')}</h2>
        {settings.pausedSites.length === 0 ? (
          <p class="empty">{t('noPausedSites')}</p>
        ) : (
          <ul class="paused-sites" aria-labelledby="paused-heading">
            {settings.pausedSites.map((site) => (
              <li key={site} data-testid="paused-site">
                <span>{site}</span>
                <button type="button" class="link" onClick={() => void client.setSitePaused(site, false).then(setSettings)}>
                  {t('resume')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="panel-heading">
        <h2 id="panel-heading">{t('settingsPanel')}</h2>
        <p class="meta">{t('settingsPanelSide')}</p>
      </section>
    </main>
  );
}
