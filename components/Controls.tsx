import { t } from '../lib/extension/i18n';
import { DIGEST_LENGTHS, KEY_POINT_COUNTS, type DigestLength } from '../lib/contracts';

/** 3, 5 or 7 key points: one radio group, so it is one Tab stop and arrow keys move within it. */
export function LengthSwitch({ value, onChange }: { value: DigestLength; onChange: (length: DigestLength) => void }) {
  return (
    <div class="length" role="radiogroup" aria-label={t('lengthLabel')} data-testid="length">
      {DIGEST_LENGTHS.map((length) => (
        <label key={length} title={t(`length_${length}`, KEY_POINT_COUNTS[length])}>
          <input
            type="radio"
            name="length"
            value={length}
            data-testid={`length-${length}`}
            checked={value === length}
            aria-label={t(`length_${length}`, KEY_POINT_COUNTS[length])}
            onChange={() => onChange(length)}
          />
          <span aria-hidden="true">{KEY_POINT_COUNTS[length]}</span>
        </label>
      ))}
    </div>
  );
}

export function CopyButtons({ onCopy }: { onCopy: (format: 'text' | 'markdown') => void }) {
  return (
    <div class="copy">
      <button type="button" data-testid="copy" onClick={() => onCopy('text')}>
        {t('copy')}
      </button>
      <button type="button" class="secondary" data-testid="copy-markdown" onClick={() => onCopy('markdown')}>
        {t('copyMarkdown')}
      </button>
    </div>
  );
}

/** The one live region: what the last action did, or why there is no digest. */
export function StatusMessage({ message }: { message: string | null }) {
  return (
    <p class="status" data-testid="status" role="status" aria-live="polite">
      {message ?? ''}
    </p>
  );
}

export function AutoSummarizeToggle({ checked, onChange }: { checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <label class="toggle">
      <input type="checkbox" data-testid="auto-summarize" checked={checked} onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)} />
      {t('autoSummarize')}
    </label>
  );
}

/** Why Auto-summarize is off when the browser took Gist's access to sites away. */
export function AccessLost() {
  return (
    <p class="access-lost" data-testid="access-lost">
      {t('autoAccessLost')}
    </p>
  );
}

/** Pauses Auto-summarize on one site: a button that says what it does, not a second switch. */
export function SitePause({ site, paused, onChange }: { site: string; paused: boolean; onChange: (paused: boolean) => void }) {
  return (
    <button type="button" class="link" data-testid="site-pause" onClick={() => onChange(!paused)}>
      {paused ? t('siteResume', site) : t('sitePause', site)}
    </button>
  );
}

/** What the status line says after the reader switched Auto-summarize (popup and settings page alike). */
export function autoSummarizeStatus(on: boolean, denied: boolean): string {
  return denied ? t('autoDenied') : on ? t('autoOn') : t('autoOff');
}
