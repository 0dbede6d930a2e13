import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../lib/settings';

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
      <h1>Gist settings</h1>
      <p class="meta">
        Auto-summarize is {settings.autoSummarize ? 'on' : 'off'}. Switch it in the Gist popup; pause it for a site there too.
      </p>
      <h2 id="paused-heading">Paused sites</h2>
      {settings.pausedSites.length === 0 ? (
        <p class="empty">No site is paused.</p>
      ) : (
        <ul class="paused-sites" aria-labelledby="paused-heading">
          {settings.pausedSites.map((site) => (
            <li key={site} data-testid="paused-site">
              <span>{site}</span>
              <button type="button" class="link" onClick={() => void resume(site).then(setSettings)}>
                Resume
              </button>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
