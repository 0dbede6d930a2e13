import type { DigestLength } from '../lib/digest';

export function LengthPicker({ value, onChange }: { value: DigestLength; onChange: (length: DigestLength) => void }) {
  return (
    <label class="length">
      Key points
      <select
        data-testid="length"
        value={value}
        onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value as DigestLength)}
      >
        <option value="short">Short (3)</option>
        <option value="medium">Medium (5)</option>
        <option value="long">Long (7)</option>
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
      Auto-summarize articles as they load
    </label>
  );
}

export function CopyButtons({ onCopy, disabled }: { onCopy: (format: 'text' | 'markdown') => void; disabled: boolean }) {
  return (
    <div class="copy">
      <button type="button" data-testid="copy" disabled={disabled} onClick={() => onCopy('text')}>
        Copy
      </button>
      <button type="button" data-testid="copy-markdown" disabled={disabled} onClick={() => onCopy('markdown')}>
        Copy Markdown
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
        Auto-summarize on {site}
      </label>
      <button type="button" class="link" data-testid="manage-sites" onClick={onManage}>
        Paused sites…
      </button>
    </div>
  );
}
