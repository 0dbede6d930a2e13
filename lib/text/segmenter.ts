const cache = new Map<string, Intl.Segmenter>();

/**
 * An `Intl.Segmenter` for a page language, made once and reused; an unknown or malformed
 * language tag falls back to English rules.
 */
export function segmenterFor(lang: string | null, granularity: 'sentence' | 'word'): Intl.Segmenter {
  const key = `${granularity}:${lang ?? 'en'}`;
  let segmenter = cache.get(key);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang ?? 'en', { granularity });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity });
    }
    cache.set(key, segmenter);
  }
  return segmenter;
}
