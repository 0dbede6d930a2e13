import { t } from '../lib/extension/i18n';
import type { KeyPoint } from '../lib/contracts';

interface KeyPointListProps {
  points: readonly KeyPoint[];
  /** The page's language: the points are its sentences. */
  lang: string | null;
  /** Shows the point's sentence in the page. */
  onShow: (sentence: string) => void;
}

/** The key points; their heading sits in the toolbar above, beside the length switch. */
export function KeyPointList({ points, lang, onShow }: KeyPointListProps) {
  if (points.length === 0) return <p class="empty">{t('noKeyPoints')}</p>;
  return (
    <ul class="key-points" aria-labelledby="key-points-heading" lang={lang ?? undefined}>
      {points.map((point) => (
        <li key={`${point.paragraph}:${point.start}`} data-testid="key-point">
          {/* elementtiming on the text's own element lets the benchmark read when it is painted. */}
          <button type="button" class="in-page" title={t('showInPage')} elementtiming="key-point" onClick={() => onShow(point.source)}>
            {point.text}
          </button>
        </li>
      ))}
    </ul>
  );
}
