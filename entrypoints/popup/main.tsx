import { render } from 'preact';
import browser from 'webextension-polyfill';
import { Popup } from '../../components/Popup';
import { localizeDocument } from '../../lib/extension/i18n';
import { createPopupClient, targetTabId } from '../../lib/extension/popup-client';

localizeDocument(document, 'actionTitle');

// Escape closes the popup, as people expect of any pop-over.
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') window.close();
});

void targetTabId(browser, location.search).then((tabId) => {
  render(<Popup client={createPopupClient(browser, tabId, navigator.clipboard)} place="popup" />, document.getElementById('app')!);
});
