import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../lib/extension/settings';
import { t } from './i18n';

interface SiteSettingsProps {
  load: () => Promise<Settings>;
  resume: (site: string) => Promise<Settings>;
}

/** The sites where Auto-summarize is paused, each with a button to resume it. */
export function SiteSettings({ load, resume }: SiteSettingsProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void load().then(setSettings);
  }, [load]);
  if (!settings) return null;
  return (
    <main class="popup">
      <h1>{t('settingsTitle')}</h1>
      <p class="meta">{settings.autoSummarize ? t('settingsAutoOn') : t('settingsAutoOff')}</p>
      <h2 id="paused-heading">{t('pausedSites')}</h2>
      {settings.pausedSites.length === 0 ? (
        <p class="empty">{t('noPausedSites')}</p>
      ) : (
        <ul class="paused-sites" aria-labelledby="paused-heading">
          {settings.pausedSites.map((site) => (
            <li key={site} data-testid="paused-site">
              <span>{site}</span>
              <button type="button" class="link" onClick={() => void resume(site).then(setSettings)}>
                {t('resume')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
