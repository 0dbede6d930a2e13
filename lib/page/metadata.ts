// Apart from extract.ts so that the background and popup, which check these limits, do not
// bundle Readability with them.

/**
 * The longest each metadata field may be, in characters: a page can put megabytes in its title
 * or `lang` (three 3.5 MB fields once filled the browser's session storage). Checked again in
 * the background (protocol.ts). A language tag is also checked for its shape (BCP 47 allows 35).
 */
export const METADATA_LIMITS = { title: 500, byline: 200, siteName: 200, lang: 35, publishedTime: 100, url: 4096 } as const;

const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/u;

export function isLanguageTag(value: string): boolean {
  return value.length <= METADATA_LIMITS.lang && LANGUAGE_TAG.test(value);
}
