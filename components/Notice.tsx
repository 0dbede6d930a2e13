import { t } from '../lib/extension/i18n';
import type { DigestResponse } from '../lib/extension/protocol';
import { StatusMessage } from './Controls';

/** What the reader is told when there is no digest: one plain message per state. */
export function explain(response: Exclude<DigestResponse, { status: 'ready' }>): string {
  switch (response.status) {
    case 'not-article':
      return t(({ 'not-readerable': 'notReadable', 'no-content': 'noContent', 'too-long': 'tooLong' } as const)[response.reason]);
    case 'unavailable':
      return t(({ 'browser-page': 'browserPage', 'local-file': 'localFile', permission: 'needsPermission' } as const)[response.reason ?? 'browser-page']);
    case 'paused':
      return t('pausedHere', response.site);
    case 'error':
      return t('failed', response.message);
  }
}

interface NoticeProps {
  response: Exclude<DigestResponse, { status: 'ready' }>;
  /** What the last action did, shown in place of the message until the next one. */
  status: string | null;
  onSummarizeAnyway: () => void;
  onAllowAccess: () => void;
}

/** The message, shown once, and only the action that can fix it. */
export function Notice({ response, status, onSummarizeAnyway, onAllowAccess }: NoticeProps) {
  return (
    <div class="notice" data-testid="notice">
      <StatusMessage message={status ?? explain(response)} />
      {((response.status === 'not-article' && response.reason === 'not-readerable') || response.status === 'paused') && (
        <button type="button" data-testid="summarize-anyway" onClick={onSummarizeAnyway}>
          {t('summarizeAnyway')}
        </button>
      )}
      {response.status === 'unavailable' && response.reason === 'permission' && (
        <button type="button" data-testid="allow-access" onClick={onAllowAccess}>
          {t('allowAccess')}
        </button>
      )}
    </div>
  );
}
