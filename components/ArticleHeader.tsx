import type { Ref } from 'preact';
import type { Digest } from '../lib/contracts';
import { t, uiLocale } from '../lib/extension/i18n';
import { publishedDay } from '../lib/locale';
import { standfirstOf, tidyMetadata } from '../lib/text/display';

/** Title without the site's suffix, the page's standfirst when it has one, then one line of meta. */
export function ArticleHeader({ digest, titleRef }: { digest: Digest; titleRef: Ref<HTMLHeadingElement> }) {
  const { title, siteName, byline } = tidyMetadata(digest);
  const standfirst = standfirstOf(digest);
  const details = [siteName, byline, publishedDay(uiLocale(), digest.publishedTime), t('minRead', digest.readingMinutes)].filter(Boolean);
  return (
    <header class="article">
      {/* Focus starts here, on the content, so the first Tab reaches the toolbar. */}
      <h1 data-testid="title" tabIndex={-1} ref={titleRef} lang={title ? (digest.lang ?? undefined) : undefined}>
        {title || t('untitled')}
      </h1>
      {standfirst && (
        <p class="standfirst" data-testid="standfirst" lang={digest.lang ?? undefined}>
          {standfirst}
        </p>
      )}
      <p class="meta" data-testid="meta">
        {details.join(' · ')}
      </p>
    </header>
  );
}
