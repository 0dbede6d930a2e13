import { t } from './i18n';
import type { Digest } from '../lib/contracts';

function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

export function ArticleHeader({ digest }: { digest: Digest }) {
  const details = [digest.siteName, digest.byline, formatDate(digest.publishedTime), t('minRead', digest.readingMinutes)].filter(Boolean);
  return (
    <header class="article">
      <h1 data-testid="title">{digest.title || t('untitled')}</h1>
      <p class="meta" data-testid="meta">{details.join(' · ')}</p>
    </header>
  );
}
