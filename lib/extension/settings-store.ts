import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, type Settings } from '../settings';
import type { ExtensionApi } from './api';

export async function loadSettings(api: Pick<ExtensionApi, 'storage'>): Promise<Settings> {
  const stored = await api.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY] ?? DEFAULT_SETTINGS);
}

export async function saveSettings(api: Pick<ExtensionApi, 'storage'>, change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings(api)), ...change };
  await api.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

export async function setSitePaused(api: Pick<ExtensionApi, 'storage'>, site: string, paused: boolean): Promise<Settings> {
  const { pausedSites } = await loadSettings(api);
  const others = pausedSites.filter((host) => host !== site);
  return saveSettings(api, { pausedSites: paused ? [...others, site] : others });
}
