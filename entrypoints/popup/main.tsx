import { render } from 'preact';
import browser from 'webextension-polyfill';
import { Popup } from '../../components/Popup';
import { createPopupClient, targetTabId } from '../../lib/extension/popup-client';

void targetTabId(browser, location.search).then((tabId) => {
  render(<Popup client={createPopupClient(browser, tabId, navigator.clipboard)} />, document.getElementById('app')!);
});
