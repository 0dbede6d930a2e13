/**
 * Mozilla's pages (tests/fixtures/readability): long articles, where the clean-up is held back to a
 * task of its own, and short snippets, where Readability retries and the steps parse again.
 */
export const MOZILLA_PAGES = ['cnet', 'heise', 'lemonde-1', 'wapo-2', 'mozilla-2', 'ietf-1', 'lazy-image-3', 'hukumusume'];
