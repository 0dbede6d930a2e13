import browser from 'webextension-polyfill';
import { startBackground } from '../lib/extension/background';

export default defineBackground(() => startBackground(browser));
