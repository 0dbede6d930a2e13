import type { KeyPoint } from '../lib/keypoints';

interface KeyPointListProps {
  points: readonly KeyPoint[];
  /** Shows the point's sentence in the page. */
  onShow: (sentence: string) => void;
}

export function KeyPointList({ points, onShow }: KeyPointListProps) {
  return (
    <section aria-labelledby="key-points-heading">
      <h2 id="key-points-heading">Key points</h2>
      {points.length === 0 ? (
        <p class="empty">No sentence here stands well on its own as a key point.</p>
      ) : (
        <ul class="key-points">
          {points.map((point) => (
            // elementtiming lets the benchmark read when the first point is painted.
            <li key={`${point.paragraph}:${point.start}`} data-testid="key-point" elementtiming="key-point">
              <button type="button" class="in-page" title="Show in the page" onClick={() => onShow(point.source)}>
                {point.text}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
