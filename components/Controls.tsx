import { t } from './i18n';
import { DIGEST_LENGTHS, KEY_POINT_COUNTS, type DigestLength } from '../lib/contracts';

export function LengthPicker({ value, onChange }: { value: DigestLength; onChange: (length: DigestLength) => void }) {
  return (
    <label class="length">
      {t('lengthLabel')}
      <select
        data-testid="length"
        value={value}
        onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value as DigestLength)}
      >
        {DIGEST_LENGTHS.map((length) => (
          <option key={length} value={length}>
            {t(`length_${length}`, KEY_POINT_COUNTS[length])}
          </option>
        ))}
      </select>
    </label>
  );
}

export function AutoSummarizeToggle({ checked, onChange }: { checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <label class="toggle">
      <input
        type="checkbox"
        data-testid="auto-summarize"
        checked={checked}
        onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
      />
      {t('autoSummarize')}
    </label>
  );
}

export function CopyButtons({ onCopy, disabled }: { onCopy: (format: 'text' | 'markdown') => void; disabled: boolean }) {
  return (
    <div class="copy">
      <button type="button" data-testid="copy" disabled={disabled} onClick={() => onCopy('text')}>
        {t('copy')}
      </button>
      <button type="button" data-testid="copy-markdown" disabled={disabled} onClick={() => onCopy('markdown')}>
        {t('copyMarkdown')}
      </button>
    </div>
  );
}

export function StatusMessage({ message }: { message: string | null }) {
  return (
    <p class="status" data-testid="status" role="status" aria-live="polite">
      {message ?? ''}
    </p>
  );
}

export function SiteToggle({ site, paused, onChange, onManage }: { site: string; paused: boolean; onChange: (paused: boolean) => void; onManage: () => void }) {
  return (
    <div class="site">
      <label class="toggle">
        <input
          type="checkbox"
          data-testid="site-auto-summarize"
          checked={!paused}
          onChange={(event) => onChange(!(event.currentTarget as HTMLInputElement).checked)}
        />
        {t('siteToggle', site)}
      </label>
      <button type="button" class="link" data-testid="manage-sites" onClick={onManage}>
        {t('pausedSitesLink')}
      </button>
    </div>
  );
}
