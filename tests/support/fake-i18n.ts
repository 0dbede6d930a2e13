/**
 * fakeBrowser leaves `i18n` unimplemented: give it the in-memory one a browser in English has,
 * answering from `public/_locales/en` as `getMessage` does. A test of another language replaces it.
 */
import type { Browser } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { i18nOf } from './locales';

(fakeBrowser.i18n as unknown as Browser['i18n']).getMessage = i18nOf('en').getMessage;
