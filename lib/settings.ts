import type { DigestLength } from './digest';
import { isDigestLength } from './protocol';

export interface Settings {
  autoSummarize: boolean;
  length: DigestLength;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = { autoSummarize: false, length: 'short' };

export const SETTINGS_KEY = 'settings';

/** Reads stored settings; a value of the wrong shape falls back to its default, field by field. */
export function parseSettings(raw: unknown): Settings {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    autoSummarize: typeof stored.autoSummarize === 'boolean' ? stored.autoSummarize : DEFAULT_SETTINGS.autoSummarize,
    length: isDigestLength(stored.length) ? stored.length : DEFAULT_SETTINGS.length,
  };
}
