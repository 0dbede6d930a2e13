import { render } from 'preact';
import browser from 'webextension-polyfill';
import { SettingsPage } from '../../components/SettingsPage';
import { localizeDocument } from '../../lib/extension/i18n';
import { createPopupClient } from '../../lib/extension/popup-client';

localizeDocument(document, 'settingsTitle');

// The settings page is about no tab: the client's tab requests answer "unavailable".
render(<SettingsPage client={createPopupClient(browser, null, navigator.clipboard)} />, document.getElementById('app')!);
