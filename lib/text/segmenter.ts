const cache = new Map<string, Intl.Segmenter>();
/** Pages choose `lang`: the cache keeps a few languages, not one entry per value a page sends. */
const MAX_CACHED = 16;

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
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    cache.set(key, segmenter);
  }
  return segmenter;
}
