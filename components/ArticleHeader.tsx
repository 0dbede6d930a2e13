import type { Digest } from '../lib/digest';

function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

export function ArticleHeader({ digest }: { digest: Digest }) {
  const details = [digest.siteName, digest.byline, formatDate(digest.publishedTime), `${digest.readingMinutes} min read`].filter(Boolean);
  return (
    <header class="article">
      <h1 data-testid="title">{digest.title || 'Untitled article'}</h1>
      <p class="meta" data-testid="meta">{details.join(' · ')}</p>
    </header>
  );
}
