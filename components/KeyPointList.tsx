import { t } from './i18n';
import type { KeyPoint } from '../lib/contracts';

interface KeyPointListProps {
  points: readonly KeyPoint[];
  /** Shows the point's sentence in the page. */
  onShow: (sentence: string) => void;
}

export function KeyPointList({ points, onShow }: KeyPointListProps) {
  return (
    <section aria-labelledby="key-points-heading">
      <h2 id="key-points-heading">{t('keyPoints')}</h2>
      {points.length === 0 ? (
        <p class="empty">{t('noKeyPoints')}</p>
      ) : (
        <ul class="key-points">
          {points.map((point) => (
            <li key={`${point.paragraph}:${point.start}`} data-testid="key-point">
              {/* elementtiming on the text's own element lets the benchmark read when it is painted. */}
              <button type="button" class="in-page" title={t('showInPage')} elementtiming="key-point" onClick={() => onShow(point.source)}>
                {point.text}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
