import type { KeyPoint } from '../lib/keypoints';

export function KeyPointList({ points }: { points: readonly KeyPoint[] }) {
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
              {point.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
